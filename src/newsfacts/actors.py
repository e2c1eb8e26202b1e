"""Actors: who does and says things in the news. :class:`Actor`, :class:`ActorMention`,
and the finder :func:`find_actors`.

Names are normalized the way a careful reader would: a title is split off ("Prime Minister
Mark Carney" is Mark Carney, Prime Minister), a later surname, honorific ("Ms Whitlock"),
title ("the prime minister") or pronoun ("she") refers back to the same actor, an acronym
defined in parentheses becomes an alias, and a capital or seat of government that acts or
speaks ("Ottawa said", "the Kremlin denied") stands for its country, with the surface form
kept on the mention. Country names come from babel's CLDR territory names; demonyms,
capitals and seats of government from small data files in ``newsfacts/data``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

import attrs
from babel import Locale

from newsfacts._text import (
    Token,
    dateline,
    load_data,
    paragraphs,
    quote_regions,
    sentences,
    tokenize,
    trusted,
    trusted_span,
)
from newsfacts._validate import (
    instance_of,
    list_to_tuple,
    member_of,
    optional,
    text_fits_span,
    to_enum,
    tuple_of,
)
from newsfacts.errors import ValidationError
from newsfacts.locales import normalize_locale, territory_of
from newsfacts.spans import Span

__all__ = ["Actor", "ActorKind", "ActorMention", "MentionForm", "find_actors"]


class ActorKind(StrEnum):
    """What sort of actor a name stands for."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    PLACE = "place"
    GROUP = "group"
    """Several people or states acting together: "the Coalition of the Willing", "officials"."""


class MentionForm(StrEnum):
    """How a mention refers to its actor."""

    NAME = "name"
    """The actor's name, with or without a title: "Prime Minister Mark Carney"."""
    ALIAS = "alias"
    """A surname, acronym or short form: "Carney", "PMO", "U.S."."""
    METONYM = "metonym"
    """A capital or seat of government for its country: "Ottawa", "the Kremlin"."""
    NOMINAL = "nominal"
    """A title or common noun: "the prime minister", "the ministry"."""
    PRONOUN = "pronoun"
    """"he", "she", "him", "her", "his"."""


def _check_name(_inst: object, attr: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise ValidationError(attr.name, value, "a non-empty str without outer spaces")


def _to_kind(value: Any) -> Any:
    return to_enum(ActorKind)(value)


def _to_form(value: Any) -> Any:
    return to_enum(MentionForm)(value)


def _check_country(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (
        isinstance(value, str) and len(value) == 2 and value.isascii() and value.isupper()
    ):
        raise ValidationError(attr.name, value, "a two-letter CLDR territory code or None")


@attrs.frozen
class Actor:
    """A person, organization, country, place or group, by its canonical name.

    ``title`` is the office or role split off the name ("Prime Minister"); ``aliases``
    are the other names the text used for it (surname, acronym, capital); ``country`` is
    the CLDR territory code it belongs to or stands for, when the text says so.

    >>> carney = Actor("Mark Carney", "person", title="Prime Minister", aliases=("Carney",))
    >>> carney.kind, carney.title, carney.aliases
    (<ActorKind.PERSON: 'person'>, 'Prime Minister', ('Carney',))
    >>> Actor("", "person")
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'name' must be a non-empty str without outer spaces (got '')
    >>> Actor("Canada", "nation")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'kind' must be a ActorKind ('person', ...) (got 'nation')
    """

    name: str = attrs.field(validator=_check_name)
    kind: ActorKind = attrs.field(converter=_to_kind, validator=member_of(ActorKind))
    title: str | None = attrs.field(
        default=None, kw_only=True, validator=optional(instance_of(str, what="a str"))
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=list_to_tuple, validator=tuple_of(str, what="str")
    )
    country: str | None = attrs.field(default=None, kw_only=True, validator=_check_country)

    def to_dict(self) -> dict[str, Any]:
        """The ``"entities"`` item of the newsfacts/1 JSON.

        >>> Actor("Canada", "country", aliases=("Ottawa",), country="CA").to_dict()
        {'name': 'Canada', 'kind': 'country', 'title': None, 'aliases': ['Ottawa'], 'country': 'CA'}
        """
        return {
            "name": self.name,
            "kind": self.kind.value,
            "title": self.title,
            "aliases": list(self.aliases),
            "country": self.country,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        """Read an ``"entities"`` item of the newsfacts/1 JSON."""
        aliases = data.get("aliases", [])
        if not isinstance(aliases, list | tuple):
            raise ValidationError("aliases", aliases, "a list of str")
        return cls(
            data.get("name"),  # type: ignore[arg-type]  # the validators report bad values
            data.get("kind"),
            title=data.get("title"),
            aliases=tuple(aliases),
            country=data.get("country"),
        )


@attrs.frozen
class ActorMention:
    """One place where the text refers to an actor; ``text`` is the surface form."""

    span: Span = attrs.field(validator=instance_of(Span, what="a Span"))
    text: str = attrs.field(validator=text_fits_span)
    value: Actor = attrs.field(validator=instance_of(Actor, what="an Actor"))
    form: MentionForm = attrs.field(
        default=MentionForm.NAME, converter=_to_form, validator=member_of(MentionForm)
    )


_new = object.__new__
_set = object.__setattr__


def _trusted_mention(start: int, end: int, text: str, value: Actor, form: MentionForm) -> Any:
    """``ActorMention(Span(start, end), text, value, form)`` without running the attrs
    validators, for the finder's own output whose values are valid by construction
    (``0 <= start <= end``, ``text`` is the slice, ``value`` an Actor, ``form`` a form)."""
    mention = _new(ActorMention)
    _set(mention, "span", trusted_span(start, end))
    _set(mention, "text", text)
    _set(mention, "value", value)
    _set(mention, "form", form)
    return mention


# ---------------------------------------------------------------- lexicon


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """Matching key: case-folded, straight apostrophes, single spaces (memoized: the same
    words come up again and again)."""
    return " ".join(text.replace("’", "'").casefold().split())


def _strip_possessive(word: str) -> str:
    if len(word) > 2 and word[-2] in "’'" and word[-1] in "sS":
        return word[:-2]
    return word


@attrs.frozen
class _Lexicon:
    countries: dict[str, str]  # key -> territory code
    canonical: dict[str, str]  # code -> canonical English name
    demonyms: dict[str, str]  # key -> code
    capitals: dict[str, str]  # key -> code
    seats: dict[str, str]  # key -> code
    organizations: dict[str, str]  # key -> code, for CLDR "territories" that are bodies
    regions: frozenset[str]
    title_heads: frozenset[str]
    title_abbr: dict[str, str]
    honorifics: dict[str, str]
    gendered: dict[str, str]
    suffixes: frozenset[str]
    particles: frozenset[str]
    org_suffixes: frozenset[str]
    group_suffixes: frozenset[str]
    org_heads: frozenset[str]
    group_heads: frozenset[str]
    place_suffixes: frozenset[str]
    place_prefixes: frozenset[str]
    time_words: frozenset[str]
    stopwords: frozenset[str]
    locatives: frozenset[str]
    pronouns: dict[str, str]
    group_nouns: frozenset[str]
    org_anaphors: frozenset[str]
    say_verbs: frozenset[str]
    of_heads: frozenset[str]  # the heads a name may continue after with "of" or "for"


_BODIES = {"EU": "European Union", "UN": "United Nations"}
_SKIP_TERRITORIES = frozenset({"EZ", "QO", "XA", "XB", "ZZ", "UN", "EU"})


@cache
def _lexicon(language: str) -> _Lexicon:
    names = load_data("names.json")
    dem = load_data("demonyms.json")
    caps = load_data("capitals.json")
    cues = load_data("cues.json")
    countries: dict[str, str] = {}
    canonical: dict[str, str] = {}
    regions: set[str] = {_key(p) for p in names["places"]}
    english = Locale("en").territories
    langs = [english] if language == "en" else [english, Locale(language).territories]
    for terr in langs:
        for code, name in terr.items():
            if code in _SKIP_TERRITORIES or "Pseudo" in name:
                continue
            if not (len(code) == 2 and code.isalpha()):
                regions.add(_key(name))
                continue
            canonical.setdefault(code, dem["canonical"].get(code, name))
            variants = {name, name.replace("&", "and"), re.sub(r"\s*\(.*?\)", "", name)}
            if name.startswith("St. "):
                variants.add("Saint " + name[4:].replace("&", "and"))
            for v in variants:
                if " - " not in v:
                    countries.setdefault(_key(v), code)
            for sub in re.findall(r"\((.*?)\)", name):
                countries.setdefault(_key(sub), code)
    organizations: dict[str, str] = {}
    for code, extra in dem["names"].items():
        target = organizations if code in _BODIES else countries
        for v in extra:
            target.setdefault(_key(v), code)
    for code, name in _BODIES.items():
        organizations[_key(name)] = code
    demonyms = {_key(d): code for code, ds in dem["demonyms"].items() for d in ds}
    gendered = {w: g for g, ws in names["gendered_words"].items() for w in ws}
    return _Lexicon(
        countries=countries,
        canonical=canonical,
        demonyms=demonyms,
        capitals={_key(k): v for k, v in caps["capitals"].items()},
        seats={_key(k): v for k, v in caps["seats"].items()},
        organizations=organizations,
        regions=frozenset(regions),
        title_heads=frozenset(names["title_heads"]),
        title_abbr=dict(names["title_abbreviations"]),
        honorifics=dict(names["honorifics"]),
        gendered=gendered,
        suffixes=frozenset(names["name_suffixes"]),
        particles=frozenset(names["name_particles"]),
        org_suffixes=frozenset(names["org_suffixes"]),
        group_suffixes=frozenset(names["group_suffixes"]),
        org_heads=frozenset(names["org_heads"]),
        group_heads=frozenset(names["group_heads"]),
        place_suffixes=frozenset(names["place_suffixes"]),
        place_prefixes=frozenset(names["place_prefixes"]),
        time_words=frozenset(names["time_words"]),
        stopwords=frozenset(names["stopwords"]),
        locatives=frozenset(names["locative_prepositions"]),
        pronouns=dict(names["pronouns"]),
        group_nouns=frozenset(names["group_nouns"]),
        org_anaphors=frozenset(names["org_anaphors"]),
        say_verbs=frozenset(
            [*cues["say"], *cues["clause"], *cues["object"], *cues["ask"], *cues["participles"]]
        ),
        of_heads=frozenset(
            [
                *names["org_heads"],
                *names["group_heads"],
                *names["title_heads"],
                *names["place_suffixes"],
            ]
        ),
    )


@cache
def _calendar_words(language: str) -> frozenset[str]:
    loc = Locale("en") if language == "en" else Locale(language)
    out: set[str] = set()
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            out.update(_key(v).rstrip(".") for v in loc.months[ctx][width].values())
            out.update(_key(v).rstrip(".") for v in loc.days[ctx][width].values())
    out.add("sept")
    return frozenset(out)


@cache
def _calendar_words_but_may(language: str) -> frozenset[str]:
    """The calendar words that are never a name in a run ("may" can be: "Theresa May")."""
    return _calendar_words(language) - {"may"}


# ---------------------------------------------------------------- building actors


# verbs after a lone capitalized word at the start of a sentence that show it is a name
_ACTING = frozenset(
    [
        "was",
        "is",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "also",
        "then",
        "met",
        "spoke",
        "did",
        "does",
        "wants",
        "visited",
        "hosted",
        "thanked",
        "welcomed",
        "declined",
        "refused",
    ]
)
_CURRENCY_MARKS = frozenset("$€£¥₹₩")
_OPENING_MARKS = frozenset("“‘\"'(«")
_OPENING = frozenset(":—–")
_LOOKBACK = 200  # how many earlier mentions a title, noun or pronoun may reach back over
# lowercase words that are titles only sometimes ("the general public", "a major city")
_LOOSE_TITLES = frozenset(
    [
        "general",
        "major",
        "chief",
        "executive",
        "judge",
        "doctor",
        "candidate",
        "father",
        "sister",
        "manager",
        "head",
    ]
)


class _Builder:
    """A mutable actor while the text is read; frozen into an :class:`Actor` at the end."""

    __slots__ = ("aliases", "country", "gender", "kind", "name", "title")

    def __init__(self, name: str, kind: ActorKind, country: str | None = None) -> None:
        self.name = name
        self.kind = kind
        self.title: str | None = None
        self.country = country
        self.aliases: list[str] = []
        self.gender = ""

    def alias(self, surface: str) -> None:
        if _key(surface) != _key(self.name) and surface not in self.aliases:
            self.aliases.append(surface)

    def freeze(self) -> Actor:
        aliases = tuple(a for a in self.aliases if _key(a) != _key(self.name))
        name, country = self.name, self.country
        if (
            name
            and name == name.strip()
            and (country is None or (len(country) == 2 and country.isascii() and country.isupper()))
        ):  # what Actor's validators check (the rest holds by construction)
            return trusted(
                Actor, name=name, kind=self.kind, title=self.title, aliases=aliases, country=country
            )
        return Actor(name, self.kind, title=self.title, aliases=aliases, country=country)


class _Reader:
    """One pass over a text, left to right, building actors and their mentions."""

    def __init__(self, text: str, locale: str) -> None:
        self.text = text
        self.locale = locale
        language = locale.split("_", maxsplit=1)[0]
        self.lex = _lexicon(language)
        self.calendar = _calendar_words(language)
        self.calendar_but_may = _calendar_words_but_may(language)
        self.toks: list[Token] = tokenize(text)
        self.builders: list[_Builder] = []
        self.by_key: dict[str, int] = {}
        self.by_alias: dict[str, list[int]] = {}
        # start, end, builder, form (or the name as written, for NAME/ALIAS)
        self.mentions: list[tuple[int, int, int, MentionForm | str]] = []
        self.person_marks: list[tuple[int, int, int]] = []  # sentence, start, builder
        self.last_seen: dict[int, int] = {}
        self.lower_words = {t.text for t in self.toks if t.text[:1].islower()}
        self._sent_starts: list[int] = []
        self._heading_spans: list[tuple[int, int]] = []
        self._datelines: set[int] = set()
        self._quoted: list[tuple[int, int]] = []
        self._acronym_done: set[int] = set()
        self._prepare()

    # -- structure -------------------------------------------------------

    def _prepare(self) -> None:
        text = self.text
        self._sent_starts = [a for a, _b in sentences(text)]
        self._heading_spans = []
        for ps, pe in paragraphs(text):
            if text[pe - 1] not in ".!?”’\"'…:;)":
                self._heading_spans.append((ps, pe))
        self._quoted = [(r.start, r.end) for r in quote_regions(text)]
        self._datelines = set()
        for ps, _pe in paragraphs(text):
            found = dateline(text, ps)
            if found:
                self._datelines.add(found[0])

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos``."""
        return bisect_right(self._sent_starts, pos) - 1

    def is_start(self, i: int) -> bool:
        """Whether token i begins a sentence (after any opening marks, or after a colon
        or dash)."""
        toks = self.toks
        k = i
        while k > 0 and i - k < 4:
            prev = toks[k - 1].text
            if prev in _OPENING:
                return True
            if self.sentence_index(toks[k - 1].start) != self.sentence_index(toks[i].start):
                return True
            if prev not in _OPENING_MARKS:
                return False
            k -= 1
        return k == 0

    def in_heading(self, pos: int) -> bool:
        k = bisect_right(self._heading_spans, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self._heading_spans[k][0] <= pos < self._heading_spans[k][1]

    def inside_quote(self, pos: int) -> bool:
        lo, hi = 0, len(self._quoted)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._quoted[mid][1] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo < len(self._quoted) and self._quoted[lo][0] <= pos

    def is_name_word(self, i: int) -> bool:
        t = self.toks[i].text
        if not t[:1].isupper() or not t[:1].isalpha():
            return False
        end = self.toks[i].end
        if end < len(self.text) and self.text[end] in _CURRENCY_MARKS:
            return False  # "NZ$600", "US$5": a currency, not a name
        low = _key(t)
        bare = low.rstrip(".")
        if bare in self.calendar:
            nxt = self.toks[i + 1].text if i + 1 < len(self.toks) else ""
            dated = nxt[:1].isdigit() or len(bare) > 3 or low.endswith(".")
            if dated and not (bare == "may" and nxt[:1].isupper()):
                return False
        if self.is_start(i) or self.in_heading(self.toks[i].start):
            low = _key(_strip_possessive(t))
            if low in self.lex.stopwords:
                return False
            keep = (
                low in self.lex.title_heads
                or low.rstrip(".") in self.lex.title_abbr
                or low.rstrip(".") in self.lex.honorifics
            )
            if not keep and low in self.lower_words and _key(t) not in self.lex.countries:
                return False
        return True

    def _gap_ok(self, i: int) -> bool:
        """Whether tokens i and i+1 are separated by spaces only (no newline)."""
        a, b = self.toks[i].end, self.toks[i + 1].start
        if b - a == 1:  # the usual single space, tested without slicing
            ch = self.text[a]
            return ch == " " or (ch.isspace() and ch != "\n")
        gap = self.text[a:b]
        return 0 < len(gap) <= 2 and gap.strip() == "" and "\n" not in gap

    def runs(self) -> list[tuple[int, int]]:
        """Maximal runs [i, j) of name words joined by spaces and name connectors."""
        toks, lex = self.toks, self.lex
        n = len(toks)
        out: list[tuple[int, int]] = []
        # a run starts at a name word, and is_name_word is false unless the word is
        # capitalized: only those are tried, in order, from the end of the last run
        pos = 0
        for i in [q for q, t in enumerate(toks) if t.text[:1].isupper()]:
            if i < pos or not self.is_name_word(i):
                continue
            j = i + 1
            has_of = False
            while j < n:
                if (
                    toks[j].text in ("’", "'")
                    and toks[j].start == toks[j - 1].end
                    and toks[j - 1].text.endswith("s")
                    and j + 1 < n
                    and self._gap_ok(j)
                    and self.is_name_word(j + 1)
                ):
                    j += 2  # "Home Builders’ Association"
                    continue
                if not self._gap_ok(j - 1):
                    break
                if self.is_name_word(j):  # possessives are split later
                    j += 1
                    continue
                # a lowercase connector followed by more name words
                low = toks[j].text
                prev = _key(_strip_possessive(toks[j - 1].text)).rstrip(".")
                k = j
                ok = False
                if low in lex.particles:
                    while k < n and toks[k].text in lex.particles and self._gap_ok(k):
                        k += 1
                    ok = k < n and self.is_name_word(k) and k - j <= 3
                elif low in ("of", "for"):
                    heads = lex.of_heads
                    if prev in heads or prev.split("-")[-1] in heads:
                        k = j + 1
                        if k < n and toks[k].text == "the" and self._gap_ok(k - 1):
                            k += 1
                        ok = k < n and self._gap_ok(k - 1) and self.is_name_word(k)
                        has_of = has_of or ok
                elif low in ("and", "&") and has_of:
                    k = j + 1
                    ok = k < n and self._gap_ok(j) and self.is_name_word(k)
                if not ok:
                    break
                j = k
            out.append((i, j))
            pos = j
        return out

    # -- actor registry ----------------------------------------------------

    def get(self, key: str, name: str, kind: ActorKind, country: str | None = None) -> int:
        idx = self.by_key.get(key)
        if idx is None:
            idx = len(self.builders)
            self.builders.append(_Builder(name, kind, country))
            self.by_key[key] = idx
        return idx

    def add_alias(self, idx: int, surface: str) -> None:
        k = _key(surface)
        lst = self.by_alias.setdefault(k, [])
        if idx in lst:
            lst.remove(idx)
        lst.append(idx)
        self.builders[idx].alias(surface)

    def lookup(self, surface: str) -> int | None:
        k = _key(surface)
        if k in self.by_key:
            return self.by_key[k]
        lst = self.by_alias.get(k)
        if lst:
            # the most recently mentioned actor with this alias
            return max(lst, key=self._last_pos)
        return None

    def _last_pos(self, idx: int) -> int:
        return self.last_seen.get(idx, -1)

    def emit(self, start: int, end: int, idx: int, form: MentionForm | str) -> None:
        self.mentions.append((start, end, idx, form))
        self.last_seen[idx] = start
        b = self.builders[idx]
        if b.kind is ActorKind.PERSON and not self.inside_quote(start):
            sent = self.sentence_index(start)
            self.person_marks.append((sent, start, idx))

    def country(self, code: str) -> int:
        lex = self.lex
        if code in _BODIES:
            return self.get("#" + code, _BODIES[code], ActorKind.ORGANIZATION)
        return self.get("#" + code, lex.canonical.get(code, code), ActorKind.COUNTRY, code)

    # -- reading ---------------------------------------------------------------

    def read(self) -> None:
        """Read the runs of name words and, between them, pronouns and "the" phrases, in
        text order (tokens inside a run are the run's)."""
        toks = self.toks
        n = len(toks)
        pronouns = self.lex.pronouns
        words = [
            i for i, t in enumerate(toks) if (low := t.text.lower()) == "the" or low in pronouns
        ]
        wi = 0
        for s, e in [*self.runs(), (n, n)]:
            while wi < len(words) and words[wi] < s:
                i = words[wi]
                wi += 1
                low = toks[i].text.lower()
                if low in pronouns and not self.inside_quote(toks[i].start):
                    self.pronoun(i)
                elif low == "the" and i + 1 < n:
                    self.nominal(i)
            while wi < len(words) and words[wi] < e:
                wi += 1
            if s < n:
                self.segment_run(s, e)

    def segment_run(self, s: int, e: int) -> None:
        """Split a run at possessives ("Canada's Prime Minister X") and classify the parts."""
        toks, lex = self.toks, self.lex
        start = s
        for p in range(s, e - 1):
            word = toks[p].text
            if _strip_possessive(word) == word:
                continue
            rest = [_key(toks[q].text).rstrip(".") for q in range(p + 1, e)]
            if rest and (rest[-1] in lex.org_suffixes or rest[-1] in lex.group_suffixes):
                continue  # "Prime Minister's Office"
            self.classify(start, p + 1)
            owner = self._match_place_name(start, p + 1)
            start = p + 1
            if owner is not None and owner[0] == "country":  # "Canada's Finance Minister"
                self.classify(start, e, owner[1])
                return
        self.classify(start, e)

    def _words(self, s: int, e: int) -> list[str]:
        return [self.toks[q].text for q in range(s, e)]

    def _surface(self, s: int, e: int, *, strip_poss: bool = True) -> tuple[int, int, str]:
        """Offsets and text of tokens [s, e), without a final possessive."""
        a, b = self.toks[s].start, self.toks[e - 1].end
        if strip_poss:
            last = self.toks[e - 1].text
            bare = _strip_possessive(last)
            b -= len(last) - len(bare)
        return a, b, self.text[a:b]

    def _match_place_name(self, s: int, e: int) -> tuple[str, str] | None:
        """('country'|'org'|'capital'|'seat'|'region'|'demonym', code) for the whole span."""
        _a, _b, surface = self._surface(s, e)
        k = _key(surface)
        lex = self.lex
        for kind, table in (
            ("country", lex.countries),
            ("org", lex.organizations),
            ("seat", lex.seats),
            ("capital", lex.capitals),
        ):
            if k in table:
                return kind, table[k]
        if k in lex.regions:
            return "region", ""
        if k in lex.demonyms:
            return "demonym", lex.demonyms[k]
        return None

    def _prev_word(self, s: int) -> str:
        return _key(self.toks[s - 1].text) if s > 0 else ""

    def classify(self, s: int, e: int, owner: str | None = None) -> None:
        lex = self.lex
        if s >= e:
            return
        lows = [_key(_strip_possessive(t.text)).rstrip(".") for t in self.toks[s:e]]
        if not (lex.time_words.isdisjoint(lows) and self.calendar_but_may.isdisjoint(lows)):
            return
        if self._modifies_title(e):
            return  # "Opposition leader Sarah Pryce": the person's title reads it
        if self.toks[s].start in self._datelines:  # "WASHINGTON (AP) —": where, not who
            a, b, surf = self._surface(s, e)
            match = self._match_place_name(s, e)
            code = match[1] if match and match[0] in ("capital", "country") else None
            name = surf.title() if surf.isupper() else surf
            self.emit(a, b, self.get("@" + _key(name), name, ActorKind.PLACE, code), name)
            return
        whole = self._match_place_name(s, e)
        if whole is not None and whole[0] != "demonym":
            self.place_like(s, e, whole)
            return
        # a country or demonym qualifier in front: "U.S. President ...", "Russian officials"
        country: str | None = owner
        for k in range(min(3, e - s - 1), 0, -1):
            q = self._match_place_name(s, s + k)
            if q is None or q[0] not in ("country", "demonym"):
                continue
            rest = lows[k:]
            if rest[-1] in lex.org_suffixes or rest[-1] in lex.group_suffixes:
                country = q[1]  # the whole run is an organization: "Russian Defence Ministry"
                break
            country = q[1]
            if q[0] == "country":
                a, b, surf = self._surface(s, s + k)
                idx = self.country(country)
                self.add_alias(idx, surf)
                self.emit(a, b, idx, self._form(idx, surf))
            s += k
            lows = rest
            break
        if s >= e:
            return
        last = lows[-1]
        if (
            last in lex.org_suffixes
            or last in lex.group_suffixes
            or (
                len(lows) > 2
                and lows[1] == "of"
                and (lows[0] in lex.org_heads or lows[0] in lex.group_heads)
            )
        ):
            group = last in lex.group_suffixes or lows[0] in lex.group_heads
            self.organization(s, e, ActorKind.GROUP if group else ActorKind.ORGANIZATION, country)
            return
        if self.person_with_title(s, e, lows, country):
            return
        prev = self._prev_word(s)
        if e - s >= 2 and (last in lex.place_suffixes or lows[0] in lex.place_prefixes):
            self.place(s, e, country)
            return
        if e - s == 1:
            self.single(s, country)
            return
        if "of" in lows or "for" in lows or "and" in lows or "&" in lows or e - s > 4:
            return
        if prev in lex.locatives and prev not in ("to", "from"):
            self.place(s, e, country)
            return
        self.person(s, e, s, country=country)

    def _modifies_title(self, e: int) -> bool:
        """Whether tokens from e are a lowercase title and then a name."""
        toks = self.toks
        j = e
        while j < len(toks) and j - e < 3 and self._gap_ok(j - 1):
            w = toks[j].text
            if not (w.isalpha() and w.islower()) or w in self.lex.stopwords:
                return False
            if w in self.lex.title_heads and j + 1 < len(toks) and self._gap_ok(j):
                return self.is_name_word(j + 1) and _key(w) not in _LOOSE_TITLES
            j += 1
        return False

    def _form(self, idx: int, surface: str) -> str:
        """Name or alias is decided at the end, once the actor's name is final."""
        return surface

    def place_like(self, s: int, e: int, match: tuple[str, str]) -> None:
        kind, code = match
        a, b, surf = self._surface(s, e)
        if kind == "country":
            idx = self.country(code)
            self.add_alias(idx, surf)
            self.emit(a, b, idx, self._form(idx, surf))
        elif kind == "org":
            idx = self.country(code)
            self.add_alias(idx, surf)
            self.emit(a, b, idx, self._form(idx, surf))
            self.acronym(e, idx)
        elif kind in ("seat", "capital"):
            if kind == "capital" and self._prev_word(s) in self.lex.locatives:
                idx = self.get("@" + _key(surf), surf, ActorKind.PLACE, code)
                self.emit(a, b, idx, MentionForm.NAME)
                return
            idx = self.country(code)
            if s > 0 and self.toks[s - 1].text.lower() == "the" and kind == "seat":
                a = self.toks[s - 1].start
                surf = self.text[a:b]
            self.add_alias(idx, surf)
            self.emit(a, b, idx, MentionForm.METONYM)
        else:
            idx = self.get("@" + _key(surf), surf, ActorKind.PLACE)
            self.emit(a, b, idx, MentionForm.NAME)

    def acronym(self, e: int, idx: int) -> None:
        """'(PMO)' right after a name becomes an alias of that actor."""
        toks = self.toks
        if e + 2 < len(toks) and toks[e].text == "(" and toks[e + 2].text == ")":
            word = toks[e + 1].text
            letters = word.replace(".", "").replace("&", "")
            if (
                2 <= len(letters) <= 8
                and letters.isalpha()
                and sum(c.isupper() for c in letters) >= 2
            ):
                name = self.builders[idx].name
                if letters[0].upper() == name[:1].upper() or len(letters) >= 2:
                    self.add_alias(idx, word)
                    self.emit(toks[e + 1].start, toks[e + 1].end, idx, MentionForm.ALIAS)
                    self._acronym_done.add(e + 1)

    def organization(self, s: int, e: int, kind: ActorKind, country: str | None) -> None:
        a, b, surf = self._surface(s, e)
        k = _key(surf)
        known = self.lookup(surf)
        idx = known if known is not None else self.get(k, surf, kind, country)
        self.emit(a, b, idx, self._form(idx, surf))
        self.acronym(e, idx)

    def place(self, s: int, e: int, country: str | None) -> None:
        a, b, surf = self._surface(s, e)
        known = self.lookup(surf)
        idx = (
            known
            if known is not None
            else self.get("@" + _key(surf), surf, ActorKind.PLACE, country)
        )
        self.emit(a, b, idx, self._form(idx, surf))

    def single(self, s: int, country: str | None) -> None:
        tok = self.toks[s]
        a, b, surf = self._surface(s, s + 1)
        if s in self._acronym_done:
            return
        known = self.lookup(surf)
        if known is not None:
            self.emit(a, b, known, self._form(known, surf))
            return
        letters = surf.replace(".", "")
        if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
            idx = self.get(_key(surf), surf, ActorKind.ORGANIZATION, country)
            self.emit(a, b, idx, MentionForm.NAME)
            self.acronym(s + 1, idx)
            return
        prev = self._prev_word(s)
        low = _key(surf)
        if low in self.lex.title_heads or low in self.lex.stopwords or low in self.calendar:
            return
        after_name = prev in ("of", "from") and s >= 2 and self.toks[s - 2].text[:1].isupper()
        if (prev in self.lex.locatives and not self._speaks(s + 1)) or after_name:
            idx = self.get("@" + low, surf, ActorKind.PLACE, country)
            self.emit(a, b, idx, MentionForm.NAME)
            return
        if low in self.lex.group_nouns:
            return  # "Officials said": a common noun, read by the quote finder
        nxt = self.toks[s + 1].text if s + 1 < len(self.toks) and self._gap_ok(s) else ""
        if nxt in self.lex.org_anaphors:  # "the Fonterra co-operative"
            idx = self.get(low, surf, ActorKind.ORGANIZATION, country)
            self.emit(a, b, idx, MentionForm.NAME)
            return
        follows_cue = prev in self.lex.say_verbs  # "…,” said Carney."
        acts = (
            self.is_start(s) and s + 1 < len(self.toks) and _key(self.toks[s + 1].text) in _ACTING
        )  # "Carney was blunt:"
        if (self._speaks(s + 1) or follows_cue or acts) and tok.text == surf:
            self.person(s, s + 1, s, country=country)

    def _speaks(self, i: int) -> bool:
        """Whether a reporting verb follows at token i (after auxiliaries/adverbs)."""
        toks = self.toks
        for j in range(i, min(i + 3, len(toks))):
            low = toks[j].text.lower()
            if low in self.lex.say_verbs:
                return True
            if low not in ("has", "had", "have", "also", "later", "then", "again") and not (
                low.endswith("ly") and len(low) > 3
            ):
                return False
        return False

    def person_with_title(self, s: int, e: int, lows: list[str], country: str | None) -> bool:
        """Titles and honorifics before a name; True when the run was consumed."""
        lex = self.lex
        gender = ""
        first = lows[0]
        name_start = s
        title: str | None = None
        if first in lex.honorifics and e - s >= 2:
            gender = lex.honorifics[first]
            name_start = s + 1
        head = -1
        for q in range(name_start - s, len(lows)):
            w = lows[q]
            if (
                w in lex.title_heads
                or w.split("-")[-1] in lex.title_heads
                or (w in lex.title_abbr and self.toks[s + q].text[0].isupper())
            ):
                head = q
        if head >= 0:
            if lows[head] in lex.gendered:
                gender = lex.gendered[lows[head]]
            after = head + 1
            # "Secretary of State Marco Rubio", "President of Ukraine Volodymyr Zelenskyy"
            if after < len(lows) and lows[after] == "of":
                remaining = len(lows) - after - 1
                take = 1 if remaining <= 2 else remaining - 2
                of_end = after + 1 + take
                if of_end < len(lows) and lows[after + 1] == "the":
                    of_end = min(of_end + 1, len(lows) - 1)
                place = self._match_place_name(s + after + 1, s + of_end)
                if place is not None and place[0] == "country":
                    country = country or place[1]
                after = of_end
            title_words = self._words(name_start, s + head + 1)
            if len(title_words) == 1 and _key(title_words[0]).rstrip(".") in lex.title_abbr:
                title = lex.title_abbr[_key(title_words[0]).rstrip(".")]
            else:
                title = " ".join(self._words(name_start, s + after))
            name_start = s + after
        if name_start >= e:
            if head >= 0:  # a title alone: "President", "the Prime Minister"
                self.title_only(s, e, lows[head], country, gender)
            return True
        if head < 0 and not gender:
            return False
        name_words = self._words(name_start, e)
        if any(_key(w).rstrip(".") in lex.title_heads for w in name_words):
            return False
        self.person(s, e, name_start, title=title, country=country, gender=gender)
        return True

    def person(
        self,
        s: int,
        e: int,
        name_start: int,
        *,
        title: str | None = None,
        country: str | None = None,
        gender: str = "",
    ) -> None:
        lex = self.lex
        a, b, surf = self._surface(s, e)
        _na, _nb, name = self._surface(name_start, e)
        words = name.split()
        pre_title = self._lower_title_before(s)
        if pre_title is not None:
            a = self.toks[pre_title[0]].start
            title = title or pre_title[1]
            country = country or pre_title[2]
        known = self.lookup(name)
        if known is None and len(words) > 1:
            # "President Trump" first, "Donald Trump" later: the same person
            single = self.by_key.get(_key(words[-1]))
            if single is not None and self.builders[single].kind is ActorKind.PERSON:
                known = single
        if known is not None and self.builders[known].kind is not ActorKind.PERSON:
            if len(words) == 1:
                self.emit(a, b, known, self._form(known, surf))
                return
            known = None
        idx: int
        if known is not None:
            idx = known
            bld = self.builders[idx]
            if len(words) > len(bld.name.split()) and bld.name.split()[-1] == words[-1]:
                bld.alias(bld.name)
                bld.name = name  # "President Trump" first, "Donald Trump" later
                self.by_key[_key(name)] = idx
        else:
            idx = self.get(_key(name), name, ActorKind.PERSON, country)
        bld = self.builders[idx]
        if title and not bld.title:
            bld.title = title
        if country and not bld.country:
            bld.country = country
        if gender and not bld.gender:
            bld.gender = gender
        surname = words[-1]
        if len(words) > 1 and _key(surname) in lex.suffixes:
            surname = words[-2]
        if len(words) > 1:
            self.add_alias(idx, surname)
        elif name != bld.name:
            self.add_alias(idx, name)
        self.emit(a, b, idx, self._form(idx, name))
        self.acronym(e, idx)

    def _lower_title_before(self, s: int) -> tuple[int, str, str | None] | None:
        """A lowercase title right before a name: 'foreign minister Mélanie Joly'."""
        toks, lex = self.toks, self.lex
        j = s - 1
        if j < 0 or not self._gap_ok(j):
            return None
        low = toks[j].text.lower()
        if not toks[j].text.islower() or low in _LOOSE_TITLES:
            return None
        if not (low in lex.title_heads or low.split("-")[-1] in lex.title_heads):
            return None
        k = j
        while k - 1 >= 0 and j - k < 2 and self._gap_ok(k - 1):
            w = toks[k - 1].text
            if not w.isalpha() or w.lower() in lex.stopwords:
                break
            if not w.islower():  # "Opposition leader", "Conservative housing critic"
                if _key(w) in lex.countries or _key(w) in lex.demonyms:
                    break
                k -= 1
                break
            k -= 1
        country = None
        if k - 1 >= 0 and self._gap_ok(k - 1):
            w = toks[k - 1].text
            q = _key(_strip_possessive(w))
            country = self.lex.countries.get(q) or self.lex.demonyms.get(q)
        title = self.text[toks[k].start : toks[j].end]
        return k, title, country

    def title_only(self, s: int, e: int, head: str, country: str | None, gender: str) -> None:
        """A title without a name refers to the latest person holding it; an office no
        one in the text holds ("the Parliamentary Budget Officer") is an actor itself."""
        a, b, surf = self._surface(s, e)
        the = s > 0 and self.toks[s - 1].text.lower() == "the"
        if the:
            a = self.toks[s - 1].start
        idx = self._holder(head, country)
        if idx is not None:
            self.emit(a, b, idx, MentionForm.NOMINAL)
            return
        if the and e - s >= 2:
            idx = self.get(_key(surf), surf, ActorKind.PERSON, country)
            if gender and not self.builders[idx].gender:
                self.builders[idx].gender = gender
            self.emit(self.toks[s].start, b, idx, MentionForm.NAME)

    def _holder(self, head: str, country: str | None) -> int | None:
        best = None
        for _s, _e, idx, _f in reversed(self.mentions[-_LOOKBACK:]):
            bld = self.builders[idx]
            if bld.kind is not ActorKind.PERSON or not bld.title:
                continue
            words = _key(bld.title).replace("-", " ").split()
            if head in words and (country is None or bld.country in (None, country)):
                best = idx
                break
        return best

    def nominal(self, i: int) -> None:
        """'the prime minister', 'the ministry', 'the Canadian government'."""
        toks, lex = self.toks, self.lex
        j = i + 1
        words: list[str] = []
        while j < len(toks) and len(words) < 3 and self._gap_ok(j - 1):
            w = toks[j].text
            if not w.replace("-", "").isalpha() or not w.islower():
                if w[:1].isupper() and _key(w) in lex.demonyms and not words:
                    words.append(_key(w))
                    j += 1
                    continue
                break
            words.append(w)
            j += 1
            if w in lex.title_heads or w in lex.org_suffixes or w in lex.org_anaphors:
                break
        if not words:
            return
        head = words[-1]
        a, b = toks[i].start, toks[j - 1].end
        if head == "government":
            code = None
            if len(words) >= 2 and words[-2] in lex.demonyms:
                code = lex.demonyms[words[-2]]
            elif len(words) >= 2 and words[-2] == "federal":
                code = territory_of(self.locale)
            if code:
                self.emit(a, b, self.country(code), MentionForm.NOMINAL)
            return
        if head in lex.title_heads and toks[i + 1].text.islower():
            if j < len(toks) and self._gap_ok(j - 1) and toks[j].text[:1].isupper():
                return  # 'the prime minister Mark Carney': the name reads it
            holder = self._holder(head, None)
            if holder is not None:
                self.emit(a, b, holder, MentionForm.NOMINAL)
            return
        if head in lex.org_suffixes or head in lex.group_suffixes or head in lex.org_anaphors:
            recent = self.mentions[-_LOOKBACK:]
            for _s, _e, idx, _f in reversed(recent):
                bld = self.builders[idx]
                if (
                    bld.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP)
                    and head in _key(bld.name).split()
                ):
                    self.emit(a, b, idx, MentionForm.NOMINAL)
                    return
            if head in lex.org_anaphors and len(words) == 1:
                # "the company": the organization the text named last
                for _s, _e, idx, _f in reversed(recent):
                    if self.builders[idx].kind is ActorKind.ORGANIZATION:
                        self.emit(a, b, idx, MentionForm.NOMINAL)
                        return

    def pronoun(self, i: int) -> None:
        """he/she/him/her/his: the nearest sentence's first person of a compatible gender."""
        tok = self.toks[i]
        gender = self.lex.pronouns[tok.text.lower()]
        sent = self.sentence_index(tok.start)
        marks = self.person_marks
        best: int | None = None
        k = len(marks) - 1
        floor = max(0, len(marks) - _LOOKBACK)
        while k >= floor and best is None:
            s_idx = marks[k][0]
            if s_idx < sent - 3:
                break
            # the first compatible person of that sentence
            first_k = k
            while first_k - 1 >= floor and marks[first_k - 1][0] == s_idx:
                first_k -= 1
            for q in range(first_k, k + 1):
                g = self.builders[marks[q][2]].gender
                if g in ("", gender):
                    best = marks[q][2]
                    break
            k = first_k - 1
        if best is None:
            return
        bld = self.builders[best]
        if not bld.gender:
            bld.gender = gender
        self.emit(tok.start, tok.end, best, MentionForm.PRONOUN)

    def result(self) -> list[ActorMention]:
        frozen = [b.freeze() for b in self.builders]
        out: list[ActorMention] = []
        seen: set[tuple[int, int]] = set()
        for s, e, idx, form in sorted(self.mentions, key=lambda m: (m[0], m[1])):
            if (s, e) in seen:
                continue
            seen.add((s, e))
            actor = frozen[idx]
            if isinstance(form, str) and not isinstance(form, MentionForm):
                same = _key(form) == _key(actor.name)
                form = MentionForm.NAME if same else MentionForm.ALIAS
            if 0 <= s <= e:  # always: offsets come from tokens
                out.append(_trusted_mention(s, e, self.text[s:e], actor, form))
            else:
                out.append(ActorMention(Span(s, e), self.text[s:e], actor, form))
        return out


def find_actors(text: str, *, locale: str) -> list[ActorMention]:
    """Find the people, organizations, countries, places and groups named in ``text``.

    Mentions come in text order with exact spans; every mention of one actor carries the
    same :class:`Actor` value, whatever the surface form (full name, surname, acronym,
    capital, title or pronoun).

    >>> text = ("Prime Minister Mark Carney spoke, according to the Prime Minister's "
    ...         "Office (PMO). Carney said Ottawa would help. The PMO agreed.")
    >>> for m in find_actors(text, locale="en_CA"):
    ...     print(f"{m.text!r:32} {m.value.name:24} {m.form.value}")
    'Prime Minister Mark Carney'     Mark Carney              name
    "Prime Minister's Office"        Prime Minister's Office  name
    'PMO'                            Prime Minister's Office  alias
    'Carney'                         Mark Carney              alias
    'Ottawa'                         Canada                   metonym
    'PMO'                            Prime Minister's Office  alias
    >>> carney = find_actors(text, locale="en_CA")[0].value
    >>> carney.title, carney.aliases
    ('Prime Minister', ('Carney',))
    """
    reader = _Reader(text, normalize_locale(locale))
    reader.read()
    return reader.result()


def unique_actors(mentions: Sequence[ActorMention]) -> tuple[Actor, ...]:
    """The distinct actors of ``mentions``, in order of first mention.

    >>> ms = find_actors("Ottawa said Canada would pay.", locale="en_CA")
    >>> [a.name for a in unique_actors(ms)]
    ['Canada']
    """
    return tuple(dict.fromkeys(m.value for m in mentions))
