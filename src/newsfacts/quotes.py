"""Quotes: who said what, when, and how. :class:`Quote`, :class:`Attribution`,
:class:`QuoteKind`, and the finder :func:`find_quotes`.

A quote is one reporting clause: a *direct* quote is a whole sentence or more in quote
marks; a *partial* quote is a fragment in quote marks inside reported speech; an
*indirect* quote is reported speech without quote marks. Words in quote marks that no
one is reported as saying (a name, scare quotes) are not quotes.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

import attrs

from newsfacts._text import (
    QuoteRegion,
    Token,
    dateline,
    load_data,
    quote_regions,
    sentences,
    tokenize,
    trusted,
    trusted_span,
)
from newsfacts._validate import instance_of, list_to_tuple, member_of, optional, to_enum
from newsfacts.actors import Actor, ActorKind, ActorMention, MentionForm, find_actors
from newsfacts.dates import DateMention, DateRange, find_dates
from newsfacts.errors import ValidationError
from newsfacts.locales import normalize_locale
from newsfacts.spans import Span

__all__ = ["Attribution", "Quote", "QuoteKind", "find_quotes"]


class QuoteKind(StrEnum):
    """How the words are reported."""

    DIRECT = "direct"
    """A whole sentence or more in quote marks."""
    PARTIAL = "partial"
    """A fragment in quote marks inside reported speech: “closer than ever before”."""
    INDIRECT = "indirect"
    """Reported speech without quote marks: "Russia said all 91 drones were intercepted"."""


@attrs.frozen(kw_only=True)
class Attribution:
    """Who said it (``speaker``, None when the text does not say), the reporting words
    (``cue``: "said", "told reporters", "according to"; None when there are none), when
    (``said_on``) and on what occasion ("a Jan. 2 statement", "an interview with CBC
    News"). ``speaker_span`` and ``cue_span`` locate the speaker's name as written for
    this quote (it may be "Ottawa" or "she") and the cue.

    >>> a = Attribution(speaker=Actor("Canada", "country"), cue="said")
    >>> a.speaker.name, a.cue, a.said_on, a.occasion
    ('Canada', 'said', None, None)
    """

    speaker: Actor | None = attrs.field(
        default=None, validator=optional(instance_of(Actor, what="an Actor"))
    )
    cue: str | None = attrs.field(default=None, validator=optional(instance_of(str, what="a str")))
    said_on: DateRange | None = attrs.field(
        default=None, validator=optional(instance_of(DateRange, what="a DateRange"))
    )
    occasion: str | None = attrs.field(
        default=None, validator=optional(instance_of(str, what="a str"))
    )
    speaker_span: Span | None = attrs.field(
        default=None, validator=optional(instance_of(Span, what="a Span"))
    )
    cue_span: Span | None = attrs.field(
        default=None, validator=optional(instance_of(Span, what="a Span"))
    )


def _check_text(inst: Quote, attr: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise ValidationError(attr.name, value, "a non-empty str")


def _check_content(inst: Quote, attr: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise ValidationError(attr.name, value, "a str")
    if len(value) != len(inst.content_span):
        raise ValidationError(
            attr.name, value, f"as long as content_span ({len(inst.content_span)} chars)"
        )


def _check_content_span(inst: Quote, attr: attrs.Attribute[Span], value: object) -> None:
    if not isinstance(value, Span):
        raise ValidationError(attr.name, value, "a Span")
    if not value.contains(inst.span):
        raise ValidationError(attr.name, value, f"a Span containing span {inst.span.to_list()}")


def _to_kind(value: Any) -> Any:
    return to_enum(QuoteKind)(value)


def _check_parts(inst: Quote, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(p, Span) for p in value):
        raise ValidationError(attr.name, value, "a tuple of Span")
    if any(not inst.span.contains(p) for p in value):
        raise ValidationError(attr.name, value, f"spans inside span {inst.span.to_list()}")
    if len(value) <= 1 and len(inst.text) != len(inst.span):
        raise ValidationError("text", inst.text, f"as long as its span ({len(inst.span)} chars)")


@attrs.frozen(kw_only=True)
class Quote:
    """One reporting clause and what it reports.

    ``text`` is what was said: the words inside the quote marks for a direct or partial
    quote (several pieces joined: by a space for a direct quote interrupted by its
    attribution or running over paragraphs, by " … " for the fragments of a partial
    quote), the reported clause for an indirect one. ``span`` runs from the first quoted
    piece to the last, and ``parts`` locates each piece. ``content`` is the whole reported
    clause (for a direct quote, the quotation itself), at ``content_span``.

    >>> q = find_quotes("“We are ready,” Carney said.", published=dt.date(2026, 1, 2),
    ...                 locale="en_CA")[0]
    >>> q.text, q.kind.value, q.span.to_list(), q.attribution.speaker.name
    ('We are ready', 'direct', [1, 13], 'Carney')
    """

    text: str = attrs.field(validator=_check_text)
    kind: QuoteKind = attrs.field(converter=_to_kind, validator=member_of(QuoteKind))
    attribution: Attribution = attrs.field(
        validator=instance_of(Attribution, what="an Attribution")
    )
    span: Span = attrs.field(validator=instance_of(Span, what="a Span"))
    content_span: Span = attrs.field(validator=_check_content_span)
    content: str = attrs.field(validator=_check_content)
    parts: tuple[Span, ...] = attrs.field(
        default=(), converter=list_to_tuple, validator=_check_parts
    )

    @property
    def speaker(self) -> Actor | None:
        """The attribution's speaker."""
        return self.attribution.speaker

    def to_dict(self) -> dict[str, Any]:
        """The ``"quotes"`` item of the newsfacts/1 JSON (the speaker by canonical name)."""
        att = self.attribution
        said = att.said_on.to_dict() if att.said_on else None
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "kind": self.kind.value,
            "content": self.content,
            "content_span": self.content_span.to_list(),
            "parts": [p.to_list() for p in self.parts],
            "speaker": att.speaker.name if att.speaker else None,
            "speaker_span": att.speaker_span.to_list() if att.speaker_span else None,
            "cue": att.cue,
            "cue_span": att.cue_span.to_list() if att.cue_span else None,
            "said_on": said,
            "occasion": att.occasion,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], entities: Mapping[str, Actor]) -> Quote:
        """Read a ``"quotes"`` item; ``entities`` maps canonical names to actors (a name
        missing from it is read as a person of that name)."""
        name = data.get("speaker")
        speaker = None
        if name is not None:
            speaker = entities.get(name) if isinstance(name, str) else None
            if speaker is None:
                speaker = Actor(name, ActorKind.PERSON)
        said = data.get("said_on")
        if said is not None and not isinstance(said, dict):
            raise ValidationError("said_on", said, "an object or null")

        def span_or_none(key: str) -> Span | None:
            value = data.get(key)
            return None if value is None else Span.from_list(value)

        parts = data.get("parts", [])
        if not isinstance(parts, list):
            raise ValidationError("parts", parts, "a list of [start, end] pairs")
        span = Span.from_list(data.get("span"))
        content_span = span_or_none("content_span") or span
        return cls(
            text=data.get("text"),  # type: ignore[arg-type]  # the validators report it
            kind=data.get("kind"),
            attribution=Attribution(
                speaker=speaker,
                cue=data.get("cue"),
                said_on=DateRange.from_dict(said) if said else None,
                occasion=data.get("occasion"),
                speaker_span=span_or_none("speaker_span"),
                cue_span=span_or_none("cue_span"),
            ),
            span=span,
            content_span=content_span,
            content=data.get("content", data.get("text")),  # type: ignore[arg-type]
            parts=tuple(Span.from_list(p) for p in parts),
        )


# ---------------------------------------------------------------- lexicon


@attrs.frozen
class _Cues:
    modes: dict[str, str]  # verb -> say | clause | object | ask
    participles: dict[str, str]
    needs_next: dict[str, frozenset[str]]
    occasions: frozenset[str]
    occasion_preps: frozenset[str]
    audience: frozenset[str]
    clause_markers: frozenset[str]
    irregular_past: frozenset[str]
    wh_words: frozenset[str]
    fillers: frozenset[str]
    coordinators: frozenset[str]
    openers: frozenset[str]
    be_forms: frozenset[str]
    group_nouns: frozenset[str]
    title_heads: frozenset[str]
    org_words: frozenset[str]
    demonyms: frozenset[str]
    stopwords: frozenset[str]
    org_anaphors: frozenset[str]
    candidates: frozenset[str]


@cache
def _cues() -> _Cues:
    c = load_data("cues.json")
    n = load_data("names.json")
    d = load_data("demonyms.json")
    modes = {}
    for mode in ("say", "clause", "object", "ask"):
        for w in c[mode]:
            modes[w] = mode
    return _Cues(
        modes=modes,
        participles=dict(c["participles"]),
        needs_next={k: frozenset(v) for k, v in c["object_needs_preposition"].items()},
        occasions=frozenset(c["occasions"]),
        occasion_preps=frozenset(c["occasion_prepositions"]),
        audience=frozenset(c["audience"]),
        clause_markers=frozenset(c["clause_markers"]),
        irregular_past=frozenset(c["irregular_past"]),
        wh_words=frozenset(c["wh_words"]),
        fillers=frozenset(c["fillers"]),
        coordinators=frozenset(c["coordinators"]),
        openers=frozenset(c["clause_openers"]),
        be_forms=frozenset(c["be_forms"]),
        group_nouns=frozenset(n["group_nouns"]),
        title_heads=frozenset(n["title_heads"]),
        org_words=frozenset(n["org_suffixes"]),
        demonyms=frozenset(x.casefold() for v in d["demonyms"].values() for x in v),
        stopwords=frozenset(n["stopwords"]),
        org_anaphors=frozenset(n["org_anaphors"]),
        candidates=frozenset(
            [*modes, *c["participles"], "according", "According"]
            + [w.capitalize() for w in [*modes, *c["participles"]]]
        ),
    )


_ADVERBS = frozenset(
    [
        "again",
        "also",
        "later",
        "earlier",
        "then",
        "too",
        "today",
        "yesterday",
        "tonight",
        "publicly",
        "privately",
        "separately",
        "previously",
        "recently",
        "repeatedly",
        "late",
        "early",
        "once",
        "further",
        "still",
        "now",
        "already",
        "directly",
        "bluntly",
        "firmly",
        "flatly",
    ]
)
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "some",
    ]
)
_PREPOSITIONS = frozenset(
    ["of", "for", "from", "with", "in", "at", "to", "by", "on", "about", "against", "among"]
)
_SPOKES = frozenset(
    [
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "representative",
        "representatives",
        "official",
        "officials",
        "source",
        "sources",
        "aide",
        "aides",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "lawyer",
        "lawyers",
        "statement",
        "statements",
        "member",
        "members",
        "leader",
        "leaders",
        "head",
        "chief",
        "staff",
    ]
)
_END_PUNCT = frozenset(".!?…;")
_BOUNDARY = frozenset([",", "”", "’", '"', "'", "»", "—", "–"])
_APPOSITIVE_OPENERS = frozenset(
    [
        "a",
        "an",
        "the",
        "who",
        "which",
        "whose",
        "whom",
        "including",
        "such",
        "like",
        "among",
        "both",
        "along",
        "together",
        "formerly",
        "then",
        "now",
        "also",
        "himself",
        "herself",
    ]
)
_POSTMODIFIERS = frozenset(
    [
        "familiar",
        "close",
        "with",
        "in",
        "at",
        "from",
        "of",
        "for",
        "on",
        "briefed",
        "involved",
        "based",
        "speaking",
    ]
)
_PERSONAL = frozenset(["he", "she", "they", "it", "i", "we", "you"])
_BODY_WORDS = frozenset(
    [
        "department",
        "ministry",
        "government",
        "agency",
        "company",
        "police",
        "court",
        "office",
        "bank",
        "commission",
        "council",
        "committee",
        "treasury",
        "military",
        "army",
        "administration",
        "authority",
        "board",
        "party",
    ]
)
_TAIL_PREPS = frozenset(
    [
        "in",
        "at",
        "after",
        "before",
        "during",
        "following",
        "on",
        "ahead",
        "amid",
        "while",
        "outside",
        "inside",
        "from",
    ]
)
_SUBJECT_PRONOUNS = frozenset(["he", "she", "we", "they", "i"])
# after these a past participle modifies the noun before it: 'the aid needed by families'
_PARTICIPLE_FOLLOWERS = frozenset(["by", "as", "into", "under", "over", "through", "via", "than"])
_PARTY_TAG_RE = re.compile(r"[A-Z]-[A-Z][A-Za-z]{1,12}\.?")
_MAX_BACK = 40  # tokens a speaker may sit before its cue
_MAX_ADJ = 30  # tokens of adjuncts between a cue and its content


# ---------------------------------------------------------------- reading


@attrs.define
class _Cue:
    tok: int  # index of the verb token (or of "according")
    end: int  # index of the last token of the cue phrase
    mode: str
    coordinated: bool = False
    speaker: Actor | None = None
    speaker_span: tuple[int, int] | None = None
    subject_tok: int = -1  # first token of the subject, when there is one
    boundary: int = -1  # token index of the comma/closing mark before an inverted speaker
    post_speaker: bool = False  # "…,” said Carney."
    skip: bool = False
    content: tuple[int, int] | None = None
    adj: list[tuple[int, int]] = attrs.Factory(list)  # char spans of the attribution
    occasion: str | None = None
    direction: str = "fwd"
    continuation: QuoteRegion | None = None
    crossed_comma: bool = False  # a comma after the cue: '…, the company said Monday, in …'


@lru_cache(maxsize=4)
def _token_lows(text: str) -> list[str]:
    """Every token of ``text`` lowercased with straight apostrophes (cached per text;
    callers must not mutate it)."""
    return [t.text.lower().replace("’", "'") for t in tokenize(text)]


class _QuoteReader:
    def __init__(
        self,
        text: str,
        actors: Sequence[ActorMention],
        dates: Sequence[DateMention],
    ) -> None:
        self.text = text
        self.cues = _cues()
        self.toks: list[Token] = tokenize(text)
        self.lows = _token_lows(text)
        self.tok_starts = [t.start for t in self.toks]
        self.sents = sentences(text)
        self.sent_starts = [a for a, _b in self.sents]
        self.regions = quote_regions(text)
        self.region_starts = [r.start for r in self.regions]
        self.consumed: set[int] = set()
        self.actors = sorted(actors, key=lambda m: m.span.start)
        self.actor_starts = [m.span.start for m in self.actors]
        self.dates = sorted(dates, key=lambda m: m.span.start)
        self.date_starts = [d.span.start for d in self.dates]
        # mentions by the token they end at / start at
        self.ment_end: dict[int, ActorMention] = {}
        self.ment_start: dict[int, ActorMention] = {}
        self.ment_tok_start: dict[int, int] = {}
        for m in self.actors:
            i = bisect_left(self.tok_starts, m.span.start)
            j = bisect_left(self.tok_starts, m.span.end) - 1
            if i < len(self.toks) and self.toks[i].start == m.span.start and j >= i:
                self.ment_start[i] = m
                self.ment_end[j] = m
                self.ment_tok_start[j] = i
        self.date_tok: dict[int, tuple[int, int]] = {}  # token -> (first, last token) of date
        for d in self.dates:
            i = bisect_left(self.tok_starts, d.span.start)
            j = bisect_left(self.tok_starts, d.span.end) - 1
            for k in range(i, j + 1):
                self.date_tok[k] = (i, j)
        self.quotes: list[Quote] = []
        self.last: Attribution | None = None

    # -- helpers -----------------------------------------------------------------

    def region_at(self, i: int) -> int:
        """Index of the quotation holding token i (its marks included), else -1."""
        pos = self.toks[i].start
        k = bisect_right(self.region_starts, pos) - 1
        return k if k >= 0 and pos < self.regions[k].end else -1

    def low(self, i: int) -> str:
        return self.lows[i]

    def quoted(self, i: int) -> bool:
        return self.region_at(i) >= 0

    def is_adverb(self, i: int) -> bool:
        w = self.low(i)
        if w in _ADVERBS:
            return True
        # "quickly", but not a name that ends like one: "Italy", "Kelly", "Beverly"
        word = self.toks[i].text
        return len(w) > 4 and w.endswith("ly") and word.isalpha() and word.islower()

    def mention_in_quote(self, m: ActorMention) -> bool:
        k = bisect_right(self.region_starts, m.span.start) - 1
        return k >= 0 and self.regions[k].start <= m.span.start < self.regions[k].end

    # -- cue detection -----------------------------------------------------------

    def find_cues(self, s: int, e: int) -> list[_Cue]:
        out: list[_Cue] = []
        toks, cues = self.toks, self.cues
        candidates = cues.candidates
        for i in range(s, e):
            if toks[i].text not in candidates:
                continue
            if self.quoted(i):
                continue
            w = self.low(i)
            if w == "according" and i + 1 < e and self.low(i + 1) == "to":
                out.append(_Cue(i, i + 1, "according"))
                continue
            prev = self.low(i - 1) if i > s else ""
            if w in cues.participles:
                if prev == ",":
                    out.append(_Cue(i, i, cues.participles[w], coordinated=True))
                elif i - 1 in self.ment_end or prev in cues.group_nouns:
                    # 'with a ministry spokesperson telling reporters that …'
                    out.append(_Cue(i, i, cues.participles[w]))
                continue
            mode = cues.modes.get(w)
            if mode is None or (toks[i].text[:1].isupper() and i != s):
                continue
            if prev in cues.be_forms or prev in ("to", "the", "a", "an", "so", "this", "that"):
                continue
            if prev.endswith("ly") and i - 2 >= s and self.low(i - 2) in cues.be_forms:
                continue  # "was widely said"
            need = cues.needs_next.get(w)
            if need is not None and (i + 1 >= e or self.low(i + 1) not in need):
                continue
            out.append(_Cue(i, i, mode))
        return out

    # -- speakers ------------------------------------------------------------------

    def speaker_before(self, cue: _Cue, s: int) -> None:
        """Find the subject before the cue (or note that the subject is elided)."""
        j = cue.tok - 1
        floor = max(s, cue.tok - _MAX_BACK)
        while j >= floor:
            w = self.low(j)
            if j in self.date_tok and not self.quoted(j):
                j = self.date_tok[j][0] - 1
                if j >= floor and self.low(j) in ("on", "late", "early", "earlier"):
                    j -= 1
                continue
            if w in self.cues.fillers or self.is_adverb(j):
                j -= 1
                continue
            if w == ")":
                k = j - 1
                while k >= floor and self.low(k) != "(" and j - k < 8:
                    k -= 1
                if k >= floor and self.low(k) == "(":
                    if j - 1 in self.ment_end:  # "(PMO) said": the acronym's actor
                        self._take_mention(cue, j - 1)
                        if cue.speaker is not None:
                            cue.subject_tok = k
                            self._check_boundary(cue, k, s)
                            return
                    j = k - 1
                    continue
            if w == "," and self._appositive(j, floor):
                j = self._appositive(j, floor) - 1
                continue
            tag = _PARTY_TAG_RE.fullmatch(self.toks[j].text) or w.isdigit()
            if tag and j - 1 >= floor and self.low(j - 1) == ",":
                j -= 2  # "Sen. Laura Benning, D-Minn., said", "Tom Hewitt, 58, who …, said"
                continue
            break
        if j < floor:
            return
        w = self.low(j)
        if cue.mode != "according" and (w in self.cues.coordinators or w == ";"):
            cue.coordinated = True
            cue.subject_tok = j
            return
        if w in _BOUNDARY or w == ":":
            # "…,” said Carney" / "…, said the ministry"
            cue.boundary = j
            cue.post_speaker = True
            return
        if j in self.ment_end and not self.quoted(j):
            self._take_mention(cue, j)
            if cue.speaker is not None:
                self._check_boundary(cue, cue.subject_tok, s)
                return
        self._nominal_speaker(cue, j, s)

    def _appositive(self, j: int, floor: int) -> int:
        """If token j is the comma closing ', a spokeswoman for X,' / ', who …,', return the
        opening comma's index, else 0."""
        k = j - 1
        while k > floor and k > j - 25:
            w = self.low(k)
            if w in (".", ";", "“", "”", '"'):
                return 0
            if w == ",":
                first = self.low(k + 1)
                opens = (
                    first in _APPOSITIVE_OPENERS
                    or first.isdigit()
                    or first in self.cues.title_heads
                    or k + 1 in self.date_tok
                    or first in self.cues.occasion_preps
                )
                if opens and k - 1 >= floor and self.low(k - 1) != ",":
                    return k
                return 0
            k -= 1
        return 0

    def _take_mention(self, cue: _Cue, j: int) -> None:
        m = self.ment_end[j]
        if self.mention_in_quote(m):
            return
        start = self.ment_tok_start[j]
        k = start - 1
        while k >= 0 and self.low(k) in _DETERMINERS:
            k -= 1
        # "a spokesperson for the PMO": the PMO speaks; "officials in Kyiv": the officials
        if k >= 0 and self.low(k) in _PREPOSITIONS:
            head = k - 1
            if (
                head >= 0
                and self.low(head) in _SPOKES
                and self.low(k) in ("for", "of", "from", "at")
            ):
                cue.speaker = m.value
                cue.speaker_span = (m.span.start, m.span.end)
                h = head
                while (
                    h - 1 >= 0
                    and (
                        self.low(h - 1) in _DETERMINERS
                        or self.low(h - 1) in self.cues.demonyms
                        or (
                            self.toks[h - 1].text[:1].islower()
                            and self.low(h - 1).isalpha()
                            and self.low(h - 1) not in self.cues.stopwords
                        )
                    )
                    and head - h < 3
                ):
                    h -= 1
                cue.subject_tok = h
                return
            if head >= 0 and head in self.ment_end and self.low(k) in ("of", "from"):
                owner = self.ment_end[head]
                if owner.value.kind is ActorKind.PERSON and not self.mention_in_quote(owner):
                    cue.speaker = owner.value
                    cue.speaker_span = (owner.span.start, owner.span.end)
                    cue.subject_tok = self.ment_tok_start[head]
                    return
            if head >= 0:
                self._nominal_speaker(cue, head, 0)
                return
        if m.form is MentionForm.PRONOUN and self.low(start) in ("his", "her"):
            return
        cue.speaker = m.value
        cue.speaker_span = (m.span.start, m.span.end)
        cue.subject_tok = k + 1 if k + 1 < start and self.low(k + 1) in _DETERMINERS else start

    def _check_boundary(self, cue: _Cue, subject_tok: int, s: int) -> None:
        """Note a comma or closing mark before the subject (an inverted attribution),
        also before a lowercase description: '…,” chief executive Rachel Ngata said'."""
        b = subject_tok - 1
        while b >= s and subject_tok - b <= 4:
            w = self.low(b)
            t = self.toks[b].text
            if w in _BOUNDARY:
                cue.boundary = b
                return
            plain = t.replace("-", "").isalpha() and t.islower()
            if not plain or w in self.cues.stopwords or w in self.cues.modes:
                return
            b -= 1

    def _nominal_speaker(self, cue: _Cue, j: int, s: int) -> None:
        """'officials said', 'a government spokesperson said', 'it said'."""
        cues = self.cues
        w = self.low(j)
        if w in ("it", "they") and not self.quoted(j):
            cue.speaker = self._recent_body(j, plural=w == "they")
            if cue.speaker is not None:
                cue.speaker_span = (self.toks[j].start, self.toks[j].end)
                cue.subject_tok = j
                self._check_boundary(cue, j, s)
            return
        head = w.rstrip("s") if w.endswith("'s") else w
        if not self._group_word(head):
            if self._postmodified(cue, j, s):
                return
            if w in _PERSONAL or (self.toks[j].text[:1].isupper() and j > s):
                # a speaker we cannot name ('he' with no antecedent): keep the shape
                cue.subject_tok = j
                self._check_boundary(cue, j, s)
            return
        if not self.toks[j].text[:1].isalpha() or self.quoted(j):
            return
        k = j
        while k - 1 >= max(s, j - 4):
            p = self.low(k - 1)
            t = self.toks[k - 1].text
            if (
                p in _DETERMINERS
                or p in cues.demonyms
                or (
                    t[:1].islower()
                    and t.isalpha()
                    and p not in cues.stopwords
                    and p not in cues.modes
                    and p not in cues.coordinators
                )
                or (k - 2 in self.ment_end and k - 1 in self.ment_end)
                or (k - 1 == s and t[:1].isupper() and k - 1 not in self.ment_end)
            ):
                k -= 1  # "Environmental groups said": a capital only for the sentence
                continue
            owner = self.ment_end.get(k - 1)
            if owner is not None and owner.value.kind is ActorKind.COUNTRY:
                k = self.ment_tok_start[k - 1]
            elif (
                owner is not None
                and owner.value.kind is ActorKind.ORGANIZATION
                and head in cues.org_anaphors  # "the Fonterra co-operative said"
            ):
                cue.speaker = owner.value
                cue.speaker_span = (owner.span.start, owner.span.end)
                cue.subject_tok = self.ment_tok_start[k - 1]
                self._check_boundary(cue, cue.subject_tok, s)
                return
            break
        first = k
        while first < j and self.low(first) in _DETERMINERS:
            first += 1
        a, b = self.toks[first].start, self.toks[j].end
        name = self.text[a:b]
        if name[:1].isupper() and first == s:
            name = name[:1].lower() + name[1:] if first not in self.ment_start else name
        kind = ActorKind.PERSON
        if head in cues.org_words or head in ("government", "military", "administration"):
            kind = ActorKind.ORGANIZATION
        elif head.endswith("s") or head in ("police", "staff"):
            kind = ActorKind.GROUP
        country = None
        for q in range(first, j):
            m = self.ment_start.get(q)
            if m is not None and m.value.kind is ActorKind.COUNTRY:
                country = m.value.country
        cue.speaker = Actor(name, kind, country=country)
        cue.speaker_span = (a, b)
        cue.subject_tok = k
        self._check_boundary(cue, k, s)

    def _group_word(self, w: str) -> bool:
        cues = self.cues
        if w in cues.group_nouns or w in cues.title_heads:
            return True
        for cut in (1, 2):  # plural: "groups", "businesses"
            if len(w) > cut + 2 and w.endswith("s") and w[:-cut] in cues.group_nouns:
                return True
        return False

    def _postmodified(self, cue: _Cue, j: int, s: int) -> bool:
        """'A source familiar with the talks said': a group noun then a post-modifier;
        sets the speaker and returns True."""
        for k in range(j - 1, max(s, j - 8) - 1, -1):
            if not self.toks[k].text.replace("-", "").isalpha():
                return False
            if self._group_word(self.low(k)) and self.low(k + 1) in _POSTMODIFIERS:
                first = k
                while first - 1 >= s and self.low(first - 1) in _DETERMINERS:
                    first -= 1
                name_from = first
                while self.low(name_from) in _DETERMINERS:
                    name_from += 1
                a, b = self.toks[name_from].start, self.toks[j].end
                cue.speaker = Actor(self.text[a:b], ActorKind.PERSON)
                cue.speaker_span = (a, b)
                cue.subject_tok = first
                self._check_boundary(cue, first, s)
                return True
        return False

    def _recent_body(self, j: int, *, plural: bool) -> Actor | None:
        pos = self.toks[j].start
        idx = bisect_left(self.actor_starts, pos) - 1
        floor = max(0, idx - 60)
        while idx >= floor:
            m = self.actors[idx]
            kind = m.value.kind
            if not self.mention_in_quote(m) and m.span.start > pos - 1500:
                if plural and kind is ActorKind.GROUP:
                    return m.value
                if not plural and kind in (ActorKind.ORGANIZATION, ActorKind.COUNTRY):
                    return m.value
            idx -= 1
        return None

    def speaker_after(self, cue: _Cue, e: int) -> int:
        """'…, said Carney' / 'said the ministry': the subject after the cue; returns the
        index after it."""
        i = cue.end + 1
        while i < e and (self.is_adverb(i) or (self.low(i) in ("on",) and i + 1 in self.date_tok)):
            i += 1
        if i < e and i in self.date_tok:
            i = self.date_tok[i][1] + 1
        k = i
        while k < e and self.low(k) in _DETERMINERS:
            k += 1
        m = self.ment_start.get(k)
        if m is not None and not self.mention_in_quote(m):
            cue.speaker = m.value
            cue.speaker_span = (m.span.start, m.span.end)
            return bisect_left(self.tok_starts, m.span.end)
        # a nominal: 'said a spokesperson for the ministry'
        j = k
        while j < e and j - k < 4 and self.toks[j].text.isalpha() and self.toks[j].text.islower():
            if self.low(j) in self.cues.group_nouns or self.low(j) in self.cues.title_heads:
                if (
                    j + 2 < e
                    and self.low(j + 1) in ("for", "of", "at")
                    and (j + 2 in self.ment_start or j + 3 in self.ment_start)
                ):
                    q = j + 2 if j + 2 in self.ment_start else j + 3
                    m2 = self.ment_start[q]
                    cue.speaker = m2.value
                    cue.speaker_span = (m2.span.start, m2.span.end)
                    return bisect_left(self.tok_starts, m2.span.end)
                self._nominal_speaker(cue, j, k)
                return j + 1
            j += 1
        return i

    # -- adjuncts, occasions, content --------------------------------------------------

    def occasion_at(self, i: int, e: int) -> int:
        """If an occasion phrase ('in a Jan. 2 statement', 'during a New Year's address',
        'on social media') starts at token i, return the index after it, else -1; records
        nothing (see :meth:`occasion_text`)."""
        if i >= e or (self.low(i) not in self.cues.occasion_preps and self.low(i) != "to"):
            return -1
        j = i + 1
        found = -1
        while j < e and j - i <= 8:
            w = self.low(j)
            if w in self.cues.occasions:
                nxt = self.low(j + 1) if j + 1 < e else ""
                if nxt in self.cues.occasions and j + 1 < e:
                    j += 1  # "social media", "news conference"
                found = j
                break
            if j in self.date_tok:
                j = self.date_tok[j][1] + 1
                continue
            t = self.toks[j].text
            if not (t[:1].isalnum()) or w in self.cues.modes or w == "that":
                break
            j += 1
        if found < 0:
            return -1
        j = found + 1
        # "an interview with CBC News", "a post on X", "a letter to shareholders"
        prep = self.low(j) if j < e else ""
        if prep in ("with", "on", "to") and j + 1 < e:
            k = j + 1
            while k < e and self.low(k) in _DETERMINERS:
                k += 1
            if (
                k < e
                and k in self.ment_start
                and self.ment_start[k].form is not (MentionForm.PRONOUN)
            ):
                j = bisect_left(self.tok_starts, self.ment_start[k].span.end)
            elif k < e and self.low(k) in self.cues.occasions:  # "on social media", "on X"
                while k < e and self.low(k) in self.cues.occasions and k - j < 4:
                    k += 1
                j = k
            elif prep != "on" and k < e and k not in self.date_tok:
                n = k
                while (
                    n < e
                    and n - k < 4
                    and n not in self.date_tok
                    and (self.toks[n].text[:1].isupper() or self.low(n) in self.cues.audience)
                ):
                    n += 1
                j = n if n > k else j
        return j

    def occasion_text(self, i: int, j: int) -> str:
        """The occasion phrase of tokens (i, j): without its preposition."""
        a, b = self.toks[i + 1].start, self.toks[j - 1].end
        return self.text[a:b]

    def skip_adjuncts(self, i: int, e: int, cue: _Cue) -> tuple[int, bool]:
        """Skip dates, occasions, audiences, places and adverbs after a cue; return the
        index where the content starts and whether a 'that' or ':' introduced it."""
        floor = i
        while i < e and i - floor < _MAX_ADJ:
            w = self.low(i)
            if self.quoted(i):
                return i, False
            if i in self.date_tok:
                j = self.date_tok[i][1] + 1
                cue.adj.append((self.toks[i].start, self.toks[j - 1].end))
                i = j
                continue
            if w in ("on", "late", "early", "earlier") and i + 1 in self.date_tok:
                i += 1
                continue
            o = self.occasion_at(i, e)
            if o > 0:
                if cue.occasion is None:
                    cue.occasion = self.occasion_text(i, o)
                cue.adj.append((self.toks[i].start, self.toks[o - 1].end))
                i = o
                continue
            if w in ("to", "in", "at", "from", "outside", "after", "before") and i + 1 < e:
                k = i + 1
                while k < e and self.low(k) in _DETERMINERS:
                    k += 1
                if (
                    k < e
                    and k in self.ment_start
                    and self.ment_start[k].value.kind is not (ActorKind.PERSON)
                ):
                    i = bisect_left(self.tok_starts, self.ment_start[k].span.end)
                    continue
                if w == "to" and k < e and self.low(k) in self.cues.audience:
                    i = k + 1
                    continue
            if self.is_adverb(i) or w == ",":
                cue.crossed_comma = cue.crossed_comma or w == ","
                i += 1
                continue
            if w == "that":
                return i + 1, True
            if w == ":":
                return i + 1, True
            break
        return i, False

    def skip_told_object(self, cue: _Cue, e: int) -> None:
        """'told reporters', 'told CBC News', 'told a news conference', 'told him'."""
        i = cue.end + 1
        if i >= e:
            return
        k = i
        while k < e and (self.low(k) in _DETERMINERS or self.toks[k].text.endswith(("'s", "’s"))):
            k += 1
        if k < e and k in self.ment_start:
            end = bisect_left(self.tok_starts, self.ment_start[k].span.end) - 1
            cue.end = end
            return
        j = k
        while j < e and j - k < 3 and self.toks[j].text.isalpha():
            w = self.low(j)
            if w in self.cues.audience or w in self.cues.occasions:
                while j + 1 < e and (
                    self.low(j + 1) in self.cues.audience or self.low(j + 1) in self.cues.occasions
                ):
                    j += 1
                if self.low(j) in self.cues.occasions and cue.occasion is None:
                    cue.occasion = self.text[self.toks[i].start : self.toks[j].end]
                cue.end = j
                return
            j += 1

    def sentence_end_tok(self, e: int, s: int) -> int:
        """Index after the last content token of a sentence (final punctuation dropped)."""
        j = e
        while (
            j > s
            and (self.low(j - 1) in _END_PUNCT or self.low(j - 1) in ("”", "’", '"', "'", ")"))
            and not self.quoted(j - 1)
        ):
            j -= 1
        return j

    def content_ok(self, cue: _Cue, a: int, b: int, introduced: bool) -> bool:
        """Whether tokens [a, b) read as reported speech for this cue."""
        n = b - a
        if n <= 0:
            return False
        first = self.low(a)
        if first == "to" and not introduced:
            return False  # 'told him to leave', 'vowed to fight': not speech
        if cue.mode in ("object", "according"):
            return n >= 2
        if cue.mode == "ask":
            return introduced or first in self.cues.wh_words
        if introduced:
            return n >= 2
        if cue.mode == "say":
            return n >= 3 and (first not in _PREPOSITIONS or first == "on")
        # 'clause' verbs need a finite clause: 'announced the aid was ready'
        for k in range(a, min(b, a + 10)):
            if self.low(k) in self.cues.clause_markers:
                return True
        return first in self.cues.wh_words or self.subject_and_past_verb(a, b)

    def subject_and_past_verb(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) open with a subject and a verb in the past tense: 'he
        backed the deal', 'the plan needed more support', 'Canada's offer fell short';
        not a noun with a participle after it ('the funds needed for the bridge', 'the
        newly expanded programme')."""
        if self.low(a) in _SUBJECT_PRONOUNS:
            return b - a >= 2
        k = a
        while k < b and self.low(k) in _DETERMINERS:
            k += 1
        m = self.ment_start.get(k)
        words = 0
        if m is not None and not self.mention_in_quote(m):
            k, words = bisect_left(self.tok_starts, m.span.end), 1
        stop = min(b, k + 6)
        while k < stop:
            t = self.toks[k].text
            w = self.low(k)
            plain = t.replace("'", "").replace("’", "").isalpha()
            if not plain or w in _PREPOSITIONS or w in self.cues.modes:
                return False
            if words and k in self.ment_start and self.low(k - 1) != "and":
                return False  # 'announced the sanctions Britain imposed': a relative clause
            if words and t.islower() and self._past_tense(w):
                nxt = self.low(k + 1) if k + 1 < b else ""
                return nxt not in _PREPOSITIONS and nxt not in _PARTICIPLE_FOLLOWERS
            if self.is_adverb(k):
                return False
            words += 1
            k += 1
        return False

    def _past_tense(self, w: str) -> bool:
        return (len(w) > 4 and w.endswith("ed")) or w in self.cues.irregular_past

    # -- regions --------------------------------------------------------------------

    def regions_in(self, a: int, b: int) -> list[int]:
        """Indices of unconsumed regions starting in [a, b) (char offsets)."""
        lo = bisect_left(self.region_starts, a)
        out = []
        while lo < len(self.regions) and self.regions[lo].start < b:
            if lo not in self.consumed:
                out.append(lo)
            lo += 1
        return out

    def region_ending_at(self, tok: int) -> int:
        """The region whose closing mark is token ``tok`` (or just before it), else -1."""
        for cand in (tok, tok - 1):
            if cand < 0:
                continue
            r = self.region_at(cand)
            if r >= 0 and r not in self.consumed:
                reg = self.regions[r]
                if reg.end <= self.toks[tok].end and reg.end >= self.toks[cand].start:
                    return r
        return -1

    def namelike(self, r: int) -> bool:
        """“Coalition of the Willing”: title case, a few words, no sentence punctuation."""
        reg = self.regions[r]
        if len(reg.parts) != 1:
            return False
        s, e = reg.parts[0]
        words = self.text[s:e].split()
        if not words or len(words) > 6 or self.text[e - 1 : e] in ".?!,":
            return False
        small = {"of", "the", "and", "for", "in", "on", "a", "an", "to", "de"}
        return (
            all(w[:1].isupper() or w[:1].isdigit() or w in small for w in words)
            and words[0][:1].isupper()
        )

    # -- building quotes ----------------------------------------------------------------

    def said_on(self, cue: _Cue) -> DateRange | None:
        for a, b in cue.adj:
            k = bisect_left(self.date_starts, a)
            while k < len(self.dates) and self.dates[k].span.start < b:
                return self.dates[k].value
        return None

    def attribution(self, cue: _Cue) -> Attribution:
        t = self.toks
        cue_a, cue_b = t[cue.tok].start, t[cue.end].end
        return trusted(
            Attribution,
            speaker=cue.speaker,
            cue=self.text[cue_a:cue_b],
            said_on=self.said_on(cue),
            occasion=cue.occasion,
            speaker_span=trusted_span(*cue.speaker_span) if cue.speaker_span else None,
            cue_span=trusted_span(cue_a, cue_b),
        )

    def emit(
        self,
        kind: QuoteKind,
        att: Attribution,
        parts: list[tuple[int, int]],
        content: tuple[int, int],
    ) -> None:
        text = self.text
        if kind is QuoteKind.INDIRECT:
            a, b = content
            parts = []
            body = text[a:b]
            span = trusted_span(a, b)
        else:
            if kind is QuoteKind.PARTIAL:  # 'was “ambitious but achievable.”'
                parts = [(p, q - len(text[p:q]) + len(text[p:q].rstrip(".,;:"))) for p, q in parts]
                parts = [(p, q) for p, q in parts if q > p]
                if not parts:
                    return
            joiner = " … " if kind is QuoteKind.PARTIAL else " "
            body = joiner.join(text[p:q] for p, q in parts)
            span = trusted_span(parts[0][0], parts[-1][1])
            if kind is QuoteKind.DIRECT:
                content = (span.start, span.end)
        ca, cb = min(content[0], span.start), max(content[1], span.end)
        if not body.strip():
            return
        self.quotes.append(
            trusted(
                Quote,
                text=body,
                kind=kind,
                attribution=att,
                span=span,
                content_span=trusted_span(ca, cb),
                content=text[ca:cb],
                parts=tuple([trusted_span(p, q) for p, q in parts]),
            )
        )
        if att.speaker is not None:
            self.last = att

    def from_regions(
        self, cue: _Cue, regs: list[int], content: tuple[int, int], *, whole: bool
    ) -> None:
        """A cue whose content holds quotations: direct when they are the whole content
        (a sentence or more), partial otherwise; names in quote marks make it indirect."""
        att = self.attribution(cue)
        for r in regs:
            self.consumed.add(r)
        parts = [p for r in regs for p in self.regions[r].parts]
        if cue.continuation is not None:
            parts += list(cue.continuation.parts)
        if whole:
            self.emit(QuoteKind.DIRECT, att, parts, content)
        elif all(self.namelike(r) for r in regs):
            self.emit(QuoteKind.INDIRECT, att, [], content)
        else:
            self.emit(QuoteKind.PARTIAL, att, parts, content)

    def only_marks(self, a: int, b: int) -> bool:
        """Whether text[a:b] holds no words (spaces, punctuation, 'that')."""
        chunk = self.text[a:b].strip(" \t\n,.:;—–-“”‘’\"'()")
        return not chunk or chunk.lower() in ("that",)

    # -- the pass -----------------------------------------------------------------------------

    def read(self) -> list[Quote]:
        toks = self.toks
        ti = 0
        for ss, se in self.sents:
            while ti < len(toks) and toks[ti].start < ss:
                ti += 1
            s = ti
            e = s
            while e < len(toks) and toks[e].end <= se:
                e += 1
            if s < e:
                self.sentence(s, e)
            self.standalone(ss, se)
            ti = e
        self.quotes.sort(key=lambda q: (q.span.start, q.span.end))
        return self.quotes

    def sentence(self, s: int, e: int) -> None:
        cues = self.find_cues(s, e)
        if not cues:
            return
        for cue in cues:
            if cue.mode == "according":
                continue
            if cue.coordinated:
                # participle: subject elided; else look back for a subject
                continue
            self.speaker_before(cue, s)
        # elided subjects share the clause's speaker
        prev: _Cue | None = None
        for cue in cues:
            if cue.coordinated and cue.speaker is None:
                src = prev
                if src is None:
                    src = self._first_subject(s, cue.tok)
                if src is not None:
                    cue.speaker, cue.speaker_span = src.speaker, src.speaker_span
            if cue.mode != "according":
                prev = cue
        # one reporting clause, one quote: '… said X, according to a statement' is one
        for n, cue in enumerate(cues):
            if cue.mode != "according" or n == 0:
                continue
            prev_cue = cues[n - 1]
            if prev_cue.mode == "according" or prev_cue.tok >= cue.tok:
                continue
            src_end = self.according_source(cue, e)
            if prev_cue.occasion is None:
                prev_cue.occasion = cue.occasion
            prev_cue.adj.extend(cue.adj)
            if src_end > cue.end + 1 and prev_cue.speaker is None:
                prev_cue.speaker, prev_cue.speaker_span = cue.speaker, cue.speaker_span
            cue.skip = True
            cue.mode = "according-done"
        for n, cue in enumerate(cues):
            if cue.skip:
                continue
            nxt_break = self._next_break(cues, n, e)
            if cue.mode == "according":
                self.according(cue, s, e, nxt_break)
            else:
                self.reporting(cue, s, e, nxt_break)

    def _first_subject(self, s: int, before: int) -> _Cue | None:
        for i in range(s, min(before, s + 12)):
            m = self.ment_start.get(i)
            if m is not None and not self.mention_in_quote(m):
                c = _Cue(i, i, "say")
                c.speaker, c.speaker_span = m.value, (m.span.start, m.span.end)
                return c
            if self.low(i) not in _DETERMINERS:
                break
        return None

    def _next_break(self, cues: list[_Cue], n: int, e: int) -> int:
        """Token index where cue n's content must stop: before the next coordinated or
        independent reporting clause; nested clauses ('said Trump told him') are skipped."""
        for later in cues[n + 1 :]:
            if later.coordinated:
                k = later.subject_tok if later.subject_tok >= 0 else later.tok - 1
                while k - 1 >= 0 and self.low(k - 1) in (",",):
                    k -= 1
                return k
            if later.mode in ("according", "according-done"):
                k = later.tok
                if k - 1 >= 0 and self.low(k - 1) == ",":
                    k -= 1
                return k
            if later.boundary >= 0:
                return later.boundary
            st = later.subject_tok
            if st > 0 and (
                self.low(st - 1) in self.cues.coordinators or self.low(st - 1) in (",", ";")
            ):
                k = st - 1
                if k - 1 >= 0 and self.low(k - 1) == ",":
                    k -= 1
                return k
            later.skip = True
        return e

    def reporting(self, cue: _Cue, s: int, e: int, stop: int) -> None:
        toks = self.toks
        if cue.mode == "say" and self.low(cue.tok) in ("told", "tells", "telling"):
            self.skip_told_object(cue, e)
        if cue.mode == "ask":
            self.skip_told_object(cue, e)
        after = cue.end + 1
        if cue.post_speaker:
            after = self.speaker_after(cue, e)
            # ', a spokeswoman for X,' after the name
            if after < e and self.low(after) == "," and self._appositive_after(after, e):
                after = self._appositive_after(after, e)
        if cue.coordinated:
            pass  # 'X said A but said B': the second cue has no subject of its own
        elif cue.speaker_span is not None and toks[cue.tok].start >= cue.speaker_span[1]:
            # dates between speaker and cue: 'Carney on Thursday said'
            cue.adj.append((cue.speaker_span[1], toks[cue.tok].start))
        elif cue.speaker_span is not None:
            cue.adj.append((toks[cue.tok].start, cue.speaker_span[1]))
        for k in (s, s + 1):  # 'On Thursday, Carney said'
            if cue.subject_tok > k and k in self.date_tok:
                last = self.date_tok[k][1]
                if last + 1 < e and self.low(last + 1) == ",":
                    cue.adj.append((toks[k].start, toks[last].end))
                break
        j, introduced = self.skip_adjuncts(after, e, cue)
        end = self.sentence_end_tok(min(stop, e), s) if stop >= e else stop
        rest_empty = j >= self.sentence_end_tok(e, s) or j >= end
        # an inverted attribution: the content came before
        if cue.boundary >= 0 or cue.post_speaker:
            continuation = None
            if not rest_empty and self.low(j - 1) == "," and self.quoted(j):
                reg = self.regions[self.region_at(j)]
                if reg.start == toks[j].start:
                    continuation = reg
            quoted_before = cue.boundary >= 0 and self.region_ending_at(cue.boundary) >= 0
            if (
                rest_empty
                or continuation is not None
                or self.low(j) in self.cues.participles
                or (quoted_before and not introduced)
                or (cue.boundary >= 0 and cue.crossed_comma and not introduced)
                or self._adjunct_tail(j, self.sentence_end_tok(e, s))
            ):
                if cue.boundary < 0:
                    return
                cue.continuation = continuation
                if continuation is not None:
                    self.consumed.add(self.region_at(j))
                self.inverted(cue, s)
                return
            if cue.post_speaker:
                return
        no_marks = j >= end or not self.regions_in(toks[j].start, toks[end - 1].end)
        if cue.speaker is None and not (j < e and self.quoted(j)) and no_marks:
            return  # no speaker: only quotation marks in the content make it a quote
        self.forward(cue, j, end, e=e, introduced=introduced)

    def _adjunct_tail(self, j: int, end: int) -> bool:
        """Whether tokens [j, end) are only a prepositional phrase ('after the cabinet
        meeting', 'at a rally in Ohio'): the attribution's circumstances, not content."""
        if j >= end or self.low(j) not in _TAIL_PREPS or end - j > 15:
            return False
        for k in range(j, end):
            w = self.low(k)
            if (
                w == "that"
                or w in self.cues.clause_markers
                or w in self.cues.modes
                or self.quoted(k)
            ):
                return False
        return True

    def _appositive_after(self, i: int, e: int) -> int:
        """', a spokeswoman for the ministry,' after a name: index after the closing comma."""
        if i + 1 >= e or self.low(i + 1) not in ("a", "an", "the", "who", "which"):
            return 0
        k = i + 1
        while k < e and k - i < 20:
            if self.low(k) == ",":
                return k + 1
            if self.low(k) in _END_PUNCT:
                return k
            k += 1
        return 0

    def _remember(self, cue: _Cue) -> None:
        if cue.speaker is not None:
            self.last = self.attribution(cue)

    def clause_start(self, s: int) -> int:
        """Where the words of sentence s begin, after any dateline ('OTTAWA — ')."""
        found = dateline(self.text, self.toks[s].start)
        return found[2] if found else self.toks[s].start

    def inverted(self, cue: _Cue, s: int) -> None:
        """'“…,” Carney said.' / '…, Downing Street said.': content before the boundary."""
        toks = self.toks
        b = cue.boundary
        r = self.region_ending_at(b)
        if r >= 0:
            reg = self.regions[r]
            before = self.text[toks[s].start : reg.start] if reg.start >= toks[s].start else ""
            if reg.start < toks[s].start or self.only_marks(toks[s].start, reg.start) or not before:
                self.from_regions(cue, [r], (reg.start, reg.end), whole=True)
                return
            a = self.clause_start(s)
            regs = self.regions_in(a, toks[b].start + 1)
            self.from_regions(cue, regs, (a, toks[b].start), whole=False)
            return
        # plain clause before the comma
        a = self.clause_start(s)
        cb = toks[b].start
        while cb > a and self.text[cb - 1] in " ,":
            cb -= 1
        if b - s < 3:
            self._remember(cue)
            return
        regs = self.regions_in(a, cb)
        if regs:
            whole = (
                len(regs) == 1
                and self.only_marks(a, self.regions[regs[0]].start)
                and (self.only_marks(self.regions[regs[0]].end, cb))
            )
            self.from_regions(cue, regs, (a, cb), whole=whole)
            return
        self.emit(QuoteKind.INDIRECT, self.attribution(cue), [], (a, cb))

    def forward(self, cue: _Cue, j: int, end: int, *, e: int, introduced: bool) -> None:
        """'X said (that) …' / 'X said: “…”': content after the cue."""
        toks = self.toks
        if j >= e or j >= end:
            self._remember(cue)
            return
        a = toks[j].start
        b = toks[end - 1].end
        regs = self.regions_in(a, b)
        # a quotation opening the content may run past the sentence
        if self.quoted(j) and self.regions[self.region_at(j)].start == toks[j].start:
            r0 = self.region_at(j)
            if r0 not in regs and r0 not in self.consumed:
                regs = [r0, *regs]
            reg = self.regions[r0]
            b = max(b, reg.end)
            colon = j - 1 >= 0 and self.low(j - 1) in (":", ",")
            first_part = self.text[reg.parts[0][0] : reg.parts[0][1]]
            if (
                self.only_marks(reg.end, b)
                and (colon or first_part[:1].isupper())
                and len(regs) == 1
            ):
                self.from_regions(cue, [r0], (reg.start, reg.end), whole=True)
                return
        if regs:
            last = self.regions[regs[-1]]
            b = max(b, last.end)
            self.from_regions(cue, regs, (a, b), whole=False)
            return
        if not self.content_ok(cue, j, end, introduced):
            self._remember(cue)
            return
        self.emit(QuoteKind.INDIRECT, self.attribution(cue), [], (a, b))

    def according_source(self, cue: _Cue, e: int) -> int:
        """Read the source phrase after 'according to': speaker, occasion, date; return
        the index after it."""
        toks = self.toks
        i = cue.end + 1
        # the source phrase runs to a comma or the sentence end
        k = i
        while (
            k < e
            and self.low(k) not in (",", ";")
            and not (self.low(k) in _END_PUNCT and k == e - 1)
            and k - i < 25
        ):
            k += 1
        src_end = k
        o = self.occasion_at(cue.end, src_end)
        if o > 0:
            cue.occasion = self.occasion_text(cue.end, o)
        for q in range(i, src_end):
            m = self.ment_start.get(q)
            if m is not None and not self.mention_in_quote(m) and m.form is not MentionForm.PRONOUN:
                cue.speaker = m.value
                cue.speaker_span = (m.span.start, m.span.end)
                break
        if cue.speaker is None:
            # 'a department fact sheet': the department the text has named
            for q in range(i, src_end):
                w = self.low(q)
                if w in _BODY_WORDS and self.toks[q].text.islower():
                    body = self._recent_named_body(w, toks[q].start)
                    if body is not None:
                        cue.speaker = body
                        cue.speaker_span = (toks[q].start, toks[q].end)
                        break
        if cue.speaker is None:
            h = src_end - 1
            if h >= i:
                self._nominal_speaker(cue, h, i)
        if src_end > i:
            cue.adj.append((toks[i].start, toks[src_end - 1].end))
        return src_end

    def _recent_named_body(self, word: str, pos: int) -> Actor | None:
        idx = bisect_left(self.actor_starts, pos) - 1
        floor = max(0, idx - 200)
        while idx >= floor:
            m = self.actors[idx]
            if m.value.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP) and word in (
                m.value.name.casefold().split()
            ):
                return m.value
            idx -= 1
        return None

    def according(self, cue: _Cue, s: int, e: int, stop: int) -> None:
        """'…, according to a Jan. 2 statement from the PMO.' / 'According to X, …'."""
        toks = self.toks
        src_end = self.according_source(cue, e)
        if cue.tok > s:
            # content before: 'X is true, according to Y'
            cb = toks[cue.tok].start
            a = self.clause_start(s)
            while cb > a and self.text[cb - 1] in " ,":
                cb -= 1
            if cue.tok - s < 3:
                return
            content = (a, cb)
        else:
            j = src_end + 1 if src_end < e and self.low(src_end) == "," else src_end
            end = self.sentence_end_tok(e, s) if stop >= e else stop
            if j >= end:
                return
            content = (toks[j].start, toks[end - 1].end)
        regs = self.regions_in(*content)
        if regs:
            self.from_regions(cue, regs, content, whole=False)
            return
        self.emit(QuoteKind.INDIRECT, self.attribution(cue), [], content)

    def standalone(self, ss: int, se: int) -> None:
        """A quotation that is a whole sentence (or more) with no cue of its own carries on
        the previous speaker's words; after a colon, the sentence's subject speaks."""
        lo = bisect_left(self.region_starts, ss)
        while lo < len(self.regions) and self.regions[lo].start < se:
            r = lo
            lo += 1
            if r in self.consumed:
                continue
            reg = self.regions[r]
            end_chunk = self._rest_of_sentence(reg.end)
            if not self.only_marks(reg.end, end_chunk):
                continue
            head = self.text[ss : reg.start]
            first = self.text[reg.parts[0][0] : reg.parts[0][0] + 1]
            if self.only_marks(ss, reg.start) or not head.strip():
                if not (first.isupper() or first.isdigit() or first in "…."):
                    continue
                att = self.last or Attribution()
                self.consumed.add(r)
                self.emit(QuoteKind.DIRECT, att, list(reg.parts), (reg.start, reg.end))
                continue
            if head.rstrip().endswith(":") and (first.isupper() or first.isdigit()):
                i = bisect_left(self.tok_starts, ss)
                while i < len(self.toks) and self.low(i) in _DETERMINERS:
                    i += 1
                m = self.ment_start.get(i)
                if m is not None and not self.mention_in_quote(m):
                    att = Attribution(speaker=m.value, speaker_span=Span(m.span.start, m.span.end))
                    self.consumed.add(r)
                    self.emit(QuoteKind.DIRECT, att, list(reg.parts), (reg.start, reg.end))

    def _rest_of_sentence(self, pos: int) -> int:
        """The end of the sentence holding offset ``pos - 1``."""
        k = bisect_right(self.sent_starts, max(pos - 1, 0)) - 1
        if 0 <= k < len(self.sents):
            return max(self.sents[k][1], pos)
        return pos


def find_quotes(
    text: str,
    *,
    published: dt.date,
    locale: str,
    actors: Sequence[ActorMention] | None = None,
    dates: Sequence[DateMention] | None = None,
) -> list[Quote]:
    """Find every quotation and piece of reported speech in ``text``, with its speaker,
    cue, date and occasion, in text order.

    ``actors`` and ``dates`` may pass mentions already found (:func:`find_actors`,
    :func:`~newsfacts.dates.find_dates`) to save reading the text again. Never raises on
    any text; unbalanced quote marks give what can be found.

    >>> import datetime as dt
    >>> text = ("“We will not back down,” Ms Whitlock said in a statement on Tuesday. "
    ...         "She added that talks would resume. Ottawa said it was “deeply concerned”.")
    >>> for q in find_quotes(text, published=dt.date(2026, 3, 5), locale="en_CA",
    ...                      dates=[]):
    ...     print(q.kind.value, repr(q.text), q.speaker.name, q.attribution.occasion)
    direct 'We will not back down' Whitlock a statement
    indirect 'talks would resume' Whitlock None
    partial 'deeply concerned' Canada None
    """
    loc = normalize_locale(locale)
    if actors is None:
        actors = find_actors(text, locale=loc)
    if dates is None:
        dates = [
            m
            for m in find_dates(text, published=published, locale=loc)
            if isinstance(m, DateMention)
        ]
    return _QuoteReader(text, actors, dates).read()
