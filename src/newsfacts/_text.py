"""Text plumbing shared by the finders (private): words, paragraphs, sentences and
quotation marks.

Everything here runs in time linear in the text and never raises on any ``str``. The
results for the last few texts are cached, so the finders reading one article share the
work; callers must not mutate the lists they get.
"""

from __future__ import annotations

import gc
import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple, TypeVar

import attrs

from newsfacts.locales import month_names
from newsfacts.spans import Span

__all__ = [
    "QuoteRegion",
    "Token",
    "dateline",
    "load_data",
    "paragraphs",
    "quote_regions",
    "sentences",
    "tokenize",
    "trusted",
    "trusted_span",
]


@cache
def load_data(name: str) -> Any:
    """Read ``newsfacts/data/<name>`` (JSON), once."""
    raw = resources.files("newsfacts").joinpath("data", name).read_text("utf-8")
    return json.loads(raw)


_new = object.__new__
_set = object.__setattr__


def trusted_span(start: int, end: int) -> Span:
    """``Span(start, end)`` without the attrs validators when the offsets are plainly
    valid (the finders' own offsets, built many times per article); anything else goes
    through ``Span`` and its validation as usual.

    >>> trusted_span(3, 7) == Span(3, 7)
    True
    """
    if type(start) is int and type(end) is int and 0 <= start <= end:
        span: Span = _new(Span)
        _set(span, "start", start)
        _set(span, "end", end)
        return span
    return Span(start, end)


_T = TypeVar("_T")


_FIELDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _fields_of(cls: type) -> tuple[tuple[str, Any], ...]:
    """The attrs fields of ``cls`` with their defaults (``attrs.NOTHING`` if none)."""
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple((f.name, f.default) for f in attrs.fields(cls))
    return found


def trusted(cls: type[_T], /, **values: Any) -> _T:
    """An instance of the frozen attrs class ``cls`` built without its converters and
    validators: for the finders' own output, whose values are valid by construction and
    already of the converted types. Fields not given take their defaults.

    >>> trusted(Span, start=1, end=4) == Span(1, 4)
    True
    """
    obj: _T = _new(cls)
    for name, default in _fields_of(cls):
        value = values.get(name, default)
        if value is attrs.NOTHING:
            raise TypeError(f"{cls.__name__}: missing {name!r}")
        if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
            value = value.factory()
        _set(obj, name, value)
    return obj


class Token(NamedTuple):
    """A word or a single punctuation character, with its ``str`` offsets."""

    start: int
    end: int
    text: str


# A word is letters/digits joined by inner apostrophes, hyphens, dots or ampersands
# ("Minister’s", "Mar-a-Lago", "U.S", "AT&T"), optionally ending in a dot that is kept only
# for abbreviations. The separators are not word characters, so matching is linear.
_TOKEN_RE = re.compile(r"\w+(?:[’'\-.&]\w+)*\.?|[^\w\s]")
# The same tokens with the spaces before each: every character of a text is a space or
# part of a token, so the offsets follow from the lengths (faster than match objects).
# Linear as long as the text searched ends in a token (see tokenize).
_SPACED_TOKEN_RE = re.compile(r"(\s*)(\w+(?:[’'\-.&]\w+)*\.?|[^\w\s])")

# Abbreviations that never end a sentence (titles, months, days, "No.").
_ABBREV_INNER = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "capt",
        "maj",
        "sgt",
        "cmdr",
        "adm",
        "insp",
        "supt",
        "det",
        "const",
        "st",
        "mt",
        "ft",
        "rev",
        "fr",
        "pres",
        "amb",
        "atty",
        "cllr",
        "hon",
        "messrs",
        "mme",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "no",
        "nos",
        "vs",
        "approx",
        "est",
        "dept",
        "univ",
        "fig",
        "vol",
        "pp",
        "ave",
        "blvd",
        "rd",
    ]
)
# Month and day abbreviations and "No." stand before a number ("Aug. 28", "No. 10") or,
# for days, before a date ("Wed. Jan. 5"); with anything else after them they end the
# sentence ("The talks will take place on 28 Aug. “We are ready,” ...").
_MONTH_ABBREV = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_BEFORE_NUMBER = _MONTH_ABBREV | frozenset(
    ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos"]
)
_MONTH_NAMES = month_names("en")  # CLDR's wide English month names, lower-cased
# Abbreviations that may end a sentence ("... Ford Motor Co. The company said").
_ABBREV_FINAL = frozenset(
    ["etc", "inc", "ltd", "corp", "co", "jr", "sr", "bros", "plc", "llc", "al"]
)
# Capitalized words that begin a new sentence after a final abbreviation or initialism.
_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "in",
        "on",
        "at",
        "but",
        "and",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "there",
        "however",
        "meanwhile",
        "earlier",
        "later",
        "last",
        "next",
        "after",
        "before",
        "when",
        "while",
        "as",
        "if",
        "some",
        "many",
        "most",
        "one",
        "two",
        "three",
        "four",
        "five",
        "what",
        "why",
        "how",
        "who",
    ]
)
_PARTY_STATE_RE = re.compile(r"[A-Z]-[A-Z][a-z]{1,4}")
_OPENERS = frozenset("“‘\"'«„‚([")
_CLOSERS = frozenset("”’\"'»)]")
_TERMINALS = frozenset(".!?…")


def _is_abbreviation(word: str) -> bool:
    """Whether ``word`` (ending in ".") keeps its dot: "Jan.", "U.S.", "F.", "Inc."."""
    stem = word[:-1]
    if not stem:
        return False
    if "." in stem:  # U.S. / a.m. / U.K.
        return True
    low = stem.lower()
    if len(stem) == 1 and stem.isalpha():
        return True
    if _PARTY_STATE_RE.fullmatch(stem):  # "D-Minn."
        return True
    return low in _ABBREV_INNER or low in _ABBREV_FINAL


@lru_cache(maxsize=4)
def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words and punctuation marks.

    >>> [t.text for t in tokenize("U.S. President Donald Trump said.")]
    ['U.S.', 'President', 'Donald', 'Trump', 'said', '.']
    >>> [t.text for t in tokenize("“Canada’s aid,” Carney said in Jan. 2")]
    ['“', 'Canada’s', 'aid', ',', '”', 'Carney', 'said', 'in', 'Jan.', '2']
    """
    # a million small tuples would set the cyclic garbage collector off again and again;
    # tokens hold no references to other objects, so it has nothing to find here
    collecting = gc.isenabled()
    gc.disable()
    try:
        new = tuple.__new__  # Token(...) without the NamedTuple's Python-level __new__
        out: list[Token] = []
        append = out.append
        pos = 0
        # (up to the last non-space: spaces with no token after them would be tried from
        # every offset, which is quadratic in their length)
        for space, word in _SPACED_TOKEN_RE.findall(text, 0, len(text.rstrip())):
            pos += len(space)
            end = pos + len(word)
            append(new(Token, (pos, end, word)))
            pos = end
        dotted = [k for k, t in enumerate(out) if t[2][-1] == "." and len(t[2]) > 1]
        if dotted:
            out = _split_final_dots(out, dotted)
    finally:
        if collecting:
            gc.enable()
    return out


def _split_final_dots(tokens: list[Token], dotted: list[int]) -> list[Token]:
    """'said.' is a word and a full stop; 'Jan.' and 'U.S.' keep their dot. ``dotted`` are
    the indices of the words ending in a dot, in order."""
    out: list[Token] = []
    prev = 0
    for k in dotted:
        tok = tokens[k]
        word = tok.text
        if _is_abbreviation(word):
            continue
        out += tokens[prev:k]
        out.append(Token(tok.start, tok.end - 1, word[:-1]))
        out.append(Token(tok.end - 1, tok.end, "."))
        prev = k + 1
    if prev == 0:
        return tokens
    out += tokens[prev:]
    return out


_BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v]*\n")
# "WASHINGTON (AP) — ", "TOKYO, Nov 3 (Reuters) - ", "OTTAWA — ": bounded, so linear
_DATELINE_RE = re.compile(
    r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:,[^—–\n()]{1,30})?(?: ?\([A-Za-z .&-]{1,30}\))? ?[—–-] "
)


def dateline(text: str, start: int) -> tuple[int, int, int] | None:
    """A news dateline at ``start``: (start, end of the place name, end of the dateline).

    >>> t = "TOKYO, Nov 3 (Reuters) - Japan's cabinet approved it."
    >>> s, name_end, end = dateline(t, 0)
    >>> t[s:name_end], t[end:end + 5]
    ('TOKYO', 'Japan')
    >>> dateline("OTTAWA — The deal", 0)[2], dateline("Ottawa — The deal", 0)
    (9, None)
    """
    m = _DATELINE_RE.match(text, start)
    if m is None:
        return None
    return m.start(), m.end(1), m.end()


@lru_cache(maxsize=4)
def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` as ``(start, end)`` spans with outer whitespace trimmed.

    When the text has blank lines, paragraphs are separated by them (single newlines are
    line wrapping); otherwise every line is a paragraph.

    >>> t = "One.\\nTwo.\\n"
    >>> [t[s:e] for s, e in paragraphs(t)]
    ['One.', 'Two.']
    >>> t = "One\\nwrapped.\\n\\nTwo."
    >>> [t[s:e] for s, e in paragraphs(t)]
    ['One\\nwrapped.', 'Two.']
    """
    if _BLANK_LINE_RE.search(text):
        cuts = [(m.start(), m.end()) for m in _BLANK_LINE_RE.finditer(text)]
    else:
        cuts = [(m.start(), m.end()) for m in re.finditer(r"\n", text)]
    out: list[tuple[int, int]] = []
    prev = 0
    for cs, ce in [*cuts, (len(text), len(text))]:
        s, e = prev, cs
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        prev = ce
    return out


def _ends_after_date_word(stem: str, nxt: str) -> bool:
    """Whether "Aug.", "Wed." or "No." ends its sentence, given the next token."""
    first = nxt[0]
    if first.isdigit() or not (first.isupper() or nxt in _OPENERS):
        return False
    if stem in _MONTH_ABBREV or stem in ("no", "nos"):
        return True
    # a day before a date: "Wed. Jan. 5", "Fri. March 6"
    month = nxt.rstrip(".").lower()
    return month not in _MONTH_ABBREV and month not in _MONTH_NAMES


@lru_cache(maxsize=4)
def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(start, end)`` spans, never crossing a paragraph.

    Abbreviations ("Jan.", "Dr.", "U.S.", "Ms.") do not end a sentence; a closing quote
    after the full stop stays with its sentence.

    >>> t = "U.S. President Donald Trump said on Dec. 28 it was “close.” Talks went on."
    >>> [t[s:e] for s, e in sentences(t)]
    ['U.S. President Donald Trump said on Dec. 28 it was “close.”', 'Talks went on.']
    >>> t = "“We will,” he said. “Yes.”\\nNext"
    >>> [t[s:e] for s, e in sentences(t)]
    ['“We will,” he said.', '“Yes.”', 'Next']
    """
    toks = tokenize(text)
    out: list[tuple[int, int]] = []
    ti = 0
    n = len(toks)
    for ps, pe in paragraphs(text):
        while ti < n and toks[ti].start < ps:
            ti += 1
        start = ps
        i = ti
        while i < n and toks[i].end <= pe:
            word = toks[i].text
            boundary = False
            end_i = i
            if word in _TERMINALS or (len(word) > 1 and word[-1] == "." and _is_abbreviation(word)):
                j = i + 1
                while j < n and toks[j].end <= pe and toks[j].text in _CLOSERS:
                    if toks[j].start != toks[j - 1].end:
                        break  # a mark after a space opens the next sentence
                    j += 1
                end_i = j - 1
                if j >= n or toks[j].end > pe:
                    boundary = True
                else:
                    nxt = toks[j].text
                    first = nxt[0]
                    if word in _TERMINALS:
                        boundary = first.isupper() or first.isdigit() or nxt in _OPENERS
                    elif word[:-1].lower() in _BEFORE_NUMBER:
                        boundary = _ends_after_date_word(word[:-1].lower(), nxt)
                    elif word[:-1].lower() in _ABBREV_INNER or (
                        len(word) == 2 and word[0].isupper()
                    ):
                        boundary = False
                    else:  # initialism or final abbreviation
                        boundary = nxt.lower() in _STARTERS and first.isupper()
            if boundary:
                out.append((start, toks[end_i].end))
                more = end_i + 1 < n and toks[end_i + 1].end <= pe
                start = toks[end_i + 1].start if more else pe
                i = end_i + 1
                continue
            i += 1
        if start < pe:
            out.append((start, pe))
        ti = i
    return out


class QuoteRegion(NamedTuple):
    """A quotation in quote marks: from its opening mark to just after its closing mark.

    ``parts`` are the quoted words inside the marks, one per paragraph (a quotation that
    runs over paragraphs repeats the opening mark and closes only at its end), with
    surrounding spaces and a trailing comma trimmed. ``closed`` is false when the text
    never closed it.
    """

    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    closed: bool


_DOUBLE_OPEN = frozenset("“„«")
_DOUBLE_CLOSE = frozenset("”»")
_SINGLE_OPEN = frozenset("‘‚")
_MARKS_RE = re.compile("[“”„«»\"‘’‚']+")


def _marks(text: str, ps: int, pe: int) -> list[int]:
    """Offsets of the quote marks in text[ps:pe]; of a run of more than four marks only
    the two at each end can open or close anything, so the middle is skipped."""
    out: list[int] = []
    for m in _MARKS_RE.finditer(text, ps, pe):
        a, b = m.span()
        if b - a > 4:
            out += (a, a + 1, b - 2, b - 1)
        else:
            out += range(a, b)
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def _double_marks(text: str, ps: int, pe: int) -> list[tuple[int, int | None]]:
    """(open, close) offsets of the outermost double quotations in one paragraph; close
    is None when the paragraph ends first. Nested double marks are counted, not paired."""
    out: list[tuple[int, int | None]] = []
    depth = 0
    opened = -1
    for i in _marks(text, ps, pe):
        ch = text[i]
        if ch in "‘’‚'":
            continue
        before = text[i - 1] if i > ps else " "
        after = text[i + 1] if i + 1 < pe else " "
        if ch == '"':
            if depth and not before.isspace():
                ch = "”"
            elif not after.isspace():
                ch = "“"
            elif depth:
                ch = "”"
            else:
                continue
        if ch in _DOUBLE_OPEN:
            if depth == 0:
                opened = i
            depth += 1
        elif ch in _DOUBLE_CLOSE:
            if depth == 0:
                if before.isspace() and not after.isspace():  # ”Backwards” opener
                    opened, depth = i, 1
                continue
            depth -= 1
            if depth == 0:
                out.append((opened, i))
    if depth:
        out.append((opened, None))
    return out


def _single_marks(
    text: str, ps: int, pe: int, blocked: list[tuple[int, int]]
) -> list[tuple[int, int | None]]:
    """(open, close) offsets of single-mark quotations outside ``blocked`` spans."""
    out: list[tuple[int, int | None]] = []
    bi = 0
    opened = -1
    for i in _marks(text, ps, pe):
        ch = text[i]
        if ch not in "‘’‚'":
            continue
        while bi < len(blocked) and blocked[bi][1] <= i:
            bi += 1
        if bi < len(blocked) and blocked[bi][0] <= i:
            continue
        before = text[i - 1] if i > ps else " "
        after = text[i + 1] if i + 1 < pe else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if opened < 0:
            # ‘ opens before anything but a space; a straight ' only before a letter ('90s)
            opens = not after.isspace() if ch in _SINGLE_OPEN else ch == "'" and after.isalpha()
            if opens and (before.isspace() or before in '“"([—–-'):
                opened = i
            continue
        if before.isspace():
            continue
        # "the allies’ plan": a plural possessive, unless nothing later could close
        if before in "sS" and after == " " and i + 2 < pe and text[i + 2].islower():
            rest = text[i + 1 : pe]
            if "’" in rest or "'" in rest:
                continue
        if after.isalnum():
            continue
        out.append((opened, i))
        opened = -1
    if opened >= 0:
        out.append((opened, None))
    return out


@lru_cache(maxsize=4)
def quote_regions(text: str) -> list[QuoteRegion]:
    """The outermost quotations of ``text``, in order.

    Curly, straight and low-9 double marks, guillemets, and single marks used as the outer
    pair (the British convention); apostrophes are told apart from closing single marks.
    A quotation left open at the end of a paragraph continues when the next paragraph
    opens with the same kind of mark; otherwise it ends with its paragraph.

    >>> t = "“It is close,” he said of the ‘deal’. ‘Fine,’ she said."
    >>> [[t[s:e] for s, e in r.parts] for r in quote_regions(t)]
    [['It is close'], ['deal'], ['Fine']]
    >>> t = "“First paragraph.\\n“Second paragraph.”"
    >>> [[t[s:e] for s, e in r.parts] for r in quote_regions(t)]
    [['First paragraph.', 'Second paragraph.']]
    """
    raw: list[tuple[str, int, int | None, int, int]] = []  # kind, open, close, ps, pe
    for ps, pe in paragraphs(text):
        dbl = _double_marks(text, ps, pe)
        blocked = [(o, (c if c is not None else pe) + 1) for o, c in dbl]
        sgl = _single_marks(text, ps, pe, blocked)
        merged = sorted(
            [("d", o, c, ps, pe) for o, c in dbl] + [("s", o, c, ps, pe) for o, c in sgl],
            key=lambda r: r[1],
        )
        # drop single regions nested in an unclosed double region and vice versa
        last_end = -1
        for r in merged:
            if r[1] < last_end:
                continue
            raw.append(r)
            last_end = (r[2] if r[2] is not None else r[4]) + 1
    out: list[QuoteRegion] = []
    i = 0
    while i < len(raw):
        kind, o, c, ps, pe = raw[i]
        parts: list[tuple[int, int]] = []
        start = o
        while c is None:
            parts.append(_trim(text, o + 1, pe))
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            if nxt is None or nxt[0] != kind or nxt[1] != nxt[3] or nxt[3] <= pe:
                if kind == "s" and len(parts) == 1:
                    parts = []  # a lone ‘ never closed is more likely an apostrophe
                break
            i += 1
            kind, o, c, ps, pe = nxt
        if c is not None:
            parts.append(_trim(text, o + 1, c))
            end, closed = c + 1, True
        else:
            end, closed = pe, False
        parts = [p for p in parts if p[0] < p[1]]
        if parts:
            out.append(QuoteRegion(start, end, tuple(parts), closed))
        i += 1
    return out
