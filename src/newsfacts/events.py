"""Events: visits, meetings, summits, talks, attacks, addresses and statements, with who
took part, where, when, and how sure the text is. :class:`Event`, :class:`EventKind`,
:class:`EventStatus` and the finder :func:`find_events`.

Mentions of the same event are one :class:`Event` with all their spans ("will travel to
France early next week", "his Jan. 5 to 6 visit to France" and "is scheduled to meet");
when they give different dates the more precise one wins. A statement or address is an
event only when the text dates it or names its occasion ("a Jan. 2 statement", "a New
Year's address"): a plain "X said" is an attribution, not an event. An event one side
accuses another of is *alleged*, and *disputed* once the other side denies it, with both
attributions attached.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from enum import StrEnum
from functools import cache
from typing import Any

import attrs

from newsfacts._scan import Doc, doc_for, is_place, key, subject_mention
from newsfacts._text import load_data, trusted_span
from newsfacts._validate import instance_of, list_to_tuple, member_of, optional, to_enum, tuple_of
from newsfacts.actors import Actor, ActorKind, ActorMention, MentionForm, find_actors
from newsfacts.dates import DateMention, DateRange, DateRole, DurationMention, find_dates
from newsfacts.errors import ValidationError
from newsfacts.locales import normalize_locale
from newsfacts.money import MoneyMention
from newsfacts.quotes import Attribution, Quote, find_quotes
from newsfacts.spans import Span

__all__ = ["Event", "EventKind", "EventStatus", "find_events"]


class EventKind(StrEnum):
    """What sort of event it is."""

    VISIT = "visit"
    MEETING = "meeting"
    SUMMIT = "summit"
    TALKS = "talks"
    CONFERENCE = "conference"
    NEWS_CONFERENCE = "news_conference"
    INTERVIEW = "interview"
    ADDRESS = "address"
    STATEMENT = "statement"
    ANNOUNCEMENT = "announcement"
    ATTACK = "attack"
    VOTE = "vote"
    ELECTION = "election"
    CEREMONY = "ceremony"
    HEARING = "hearing"
    PROTEST = "protest"


class EventStatus(StrEnum):
    """How the text presents the event."""

    SCHEDULED = "scheduled"
    """"is scheduled to meet", "is due to", "is set to"."""
    EXPECTED = "expected"
    """Ahead of the publication date without a schedule: "will travel", "expected to"."""
    OCCURRED = "occurred"
    """Told as fact, in the past."""
    ALLEGED = "alleged"
    """One side says it happened: "accused Ukraine of initiating ... an attack"."""
    DISPUTED = "disputed"
    """Alleged by one side and denied by another."""
    CANCELLED = "cancelled"
    """"cancelled", "called off", "postponed"."""


def _to_kind(value: Any) -> Any:
    """Converter: a EventKind member or its value (a named function, for mypy)."""
    return to_enum(EventKind)(value)


def _to_status(value: Any) -> Any:
    """Converter: a EventStatus member or its value (a named function, for mypy)."""
    return to_enum(EventStatus)(value)


def _check_spans(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not value or not all(isinstance(s, Span) for s in value):
        raise ValidationError(attr.name, value, "a non-empty tuple of Span")


@attrs.frozen(kw_only=True)
class Event:
    """Something that happens at a time and place: its kind, the actors taking part, the
    place (an :class:`~newsfacts.actors.Actor` of kind place or country), when (a
    :class:`~newsfacts.dates.DateRange`, None when the text does not say), its status,
    the attributions that assert it and those that deny it, and the span of every
    mention of it.

    >>> from newsfacts.dates import Granularity
    >>> carney = Actor("Mark Carney", "person", title="Prime Minister")
    >>> visit = Event(kind="visit", actors=(carney,), place=Actor("France", "country"),
    ...               when=DateRange(dt.date(2026, 1, 5), dt.date(2026, 1, 6), Granularity.DAY),
    ...               status="scheduled", spans=(Span(40, 46), Span(250, 255)))
    >>> visit.kind.value, visit.start, visit.end, visit.status.value
    ('visit', datetime.date(2026, 1, 5), datetime.date(2026, 1, 6), 'scheduled')
    >>> Event(kind="picnic", spans=(Span(0, 6),))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'kind' must be a EventKind ('visit', ...) (got 'picnic')
    """

    kind: EventKind = attrs.field(converter=_to_kind, validator=member_of(EventKind))
    actors: tuple[Actor, ...] = attrs.field(
        default=(), converter=list_to_tuple, validator=tuple_of(Actor, what="Actor")
    )
    place: Actor | None = attrs.field(
        default=None, validator=optional(instance_of(Actor, what="an Actor"))
    )
    when: DateRange | None = attrs.field(
        default=None, validator=optional(instance_of(DateRange, what="a DateRange"))
    )
    status: EventStatus = attrs.field(
        default=EventStatus.OCCURRED,
        converter=_to_status,
        validator=member_of(EventStatus),
    )
    asserted_by: tuple[Attribution, ...] = attrs.field(
        default=(), converter=list_to_tuple, validator=tuple_of(Attribution, what="Attribution")
    )
    denied_by: tuple[Attribution, ...] = attrs.field(
        default=(), converter=list_to_tuple, validator=tuple_of(Attribution, what="Attribution")
    )
    spans: tuple[Span, ...] = attrs.field(converter=list_to_tuple, validator=_check_spans)

    @property
    def start(self) -> dt.date | None:
        """The first day, or None when unknown or open."""
        return self.when.start if self.when else None

    @property
    def end(self) -> dt.date | None:
        """The last day, or None when unknown or open."""
        return self.when.end if self.when else None

    def to_dict(self) -> dict[str, Any]:
        """The ``"events"`` item of the newsfacts/1 JSON: actors by canonical name,
        dates as ISO strings at the top level, attributions by speaker name (and in full
        under ``"assertions"`` and ``"denials"``).

        >>> e = Event(kind="attack", status="alleged", spans=(Span(10, 16),),
        ...           asserted_by=(Attribution(speaker=Actor("Russia", "country"),
        ...                                    cue="accused"),))
        >>> d = e.to_dict()
        >>> d["kind"], d["start"], d["status"], d["asserted_by"], d["spans"]
        ('attack', None, 'alleged', ['Russia'], [[10, 16]])
        """
        when = self.when
        return {
            "kind": self.kind.value,
            "actors": [a.name for a in self.actors],
            "place": self.place.name if self.place else None,
            "start": when.start.isoformat() if when and when.start else None,
            "end": when.end.isoformat() if when and when.end else None,
            "granularity": when.granularity.value if when else None,
            "timex": when.timex if when else None,
            "status": self.status.value,
            "asserted_by": [a.speaker.name if a.speaker else None for a in self.asserted_by],
            "denied_by": [a.speaker.name if a.speaker else None for a in self.denied_by],
            "assertions": [attribution_to_dict(a) for a in self.asserted_by],
            "denials": [attribution_to_dict(a) for a in self.denied_by],
            "spans": [s.to_list() for s in self.spans],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], entities: Mapping[str, Actor]) -> Event:
        """Read an ``"events"`` item; ``entities`` maps canonical names to actors (a name
        missing from it is read as an organization, or a place for ``place``)."""
        names = data.get("actors", [])
        if not isinstance(names, list):
            raise ValidationError("actors", names, "a list of names")
        spans = data.get("spans")
        if not isinstance(spans, list):
            raise ValidationError("spans", spans, "a list of [start, end] pairs")
        when = None
        if data.get("start") is not None or data.get("end") is not None or data.get("granularity"):
            when = DateRange.from_dict(
                {
                    "start": data.get("start"),
                    "end": data.get("end"),
                    "granularity": data.get("granularity") or "day",
                }
            )
        place = data.get("place")
        return cls(
            kind=data.get("kind"),
            actors=tuple(_named(n, entities, ActorKind.ORGANIZATION) for n in names),
            place=_named(place, entities, ActorKind.PLACE) if place is not None else None,
            when=when,
            status=data.get("status", "occurred"),
            asserted_by=_attributions(data, "assertions", "asserted_by", entities),
            denied_by=_attributions(data, "denials", "denied_by", entities),
            spans=tuple(Span.from_list(s) for s in spans),
        )


def _named(name: object, entities: Mapping[str, Actor], kind: ActorKind) -> Actor:
    if not isinstance(name, str):
        raise ValidationError("name", name, "a str")
    found = entities.get(name)
    return found if found is not None else Actor(name, kind)


def attribution_to_dict(att: Attribution) -> dict[str, Any]:
    """The JSON form of an :class:`~newsfacts.quotes.Attribution` (speaker by name).

    >>> d = attribution_to_dict(Attribution(speaker=Actor("Ukraine", "country"), cue="denied"))
    >>> d["speaker"], d["cue"], d["said_on"], d["cue_span"]
    ('Ukraine', 'denied', None, None)
    """
    return {
        "speaker": att.speaker.name if att.speaker else None,
        "cue": att.cue,
        "said_on": att.said_on.to_dict() if att.said_on else None,
        "occasion": att.occasion,
        "speaker_span": att.speaker_span.to_list() if att.speaker_span else None,
        "cue_span": att.cue_span.to_list() if att.cue_span else None,
    }


def attribution_from_dict(data: dict[str, Any], entities: Mapping[str, Actor]) -> Attribution:
    """Read the JSON form written by :func:`attribution_to_dict`."""
    name = data.get("speaker")
    said = data.get("said_on")
    if said is not None and not isinstance(said, dict):
        raise ValidationError("said_on", said, "an object or null")

    def span(field: str) -> Span | None:
        value = data.get(field)
        return None if value is None else Span.from_list(value)

    return Attribution(
        speaker=_named(name, entities, ActorKind.ORGANIZATION) if name is not None else None,
        cue=data.get("cue"),
        said_on=DateRange.from_dict(said) if said else None,
        occasion=data.get("occasion"),
        speaker_span=span("speaker_span"),
        cue_span=span("cue_span"),
    )


def _attributions(
    data: dict[str, Any], full: str, names: str, entities: Mapping[str, Actor]
) -> tuple[Attribution, ...]:
    items = data.get(full)
    if items is None:  # a document with names only
        listed = data.get(names, [])
        if not isinstance(listed, list):
            raise ValidationError(names, listed, "a list of names")
        items = [{"speaker": n} for n in listed]
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValidationError(full, items, "a list of objects")
    return tuple(attribution_from_dict(i, entities) for i in items)


# =====================================================================================
# Reading events. A first pass finds trigger words (verbs such as "met", "will travel
# to", nouns such as "visit", "summit", "attack", "a Jan. 2 statement") and reads, from
# a bounded window around each, its actors (subject, objects, possessor, "of EU
# leaders"), its place (a place or country after "in", "at", "to"), its date (a date
# before the noun or in the phrases after the trigger) and its tense. Mentions in one
# sentence linked by "to meet", "for talks", "during his visit" are one event; a
# definite mention with nothing of its own ("the meeting", "the thwarted attack") refers
# back to the latest event of its kind; an event with its own date or place joins an
# earlier one of the same family when place, date and actors agree. Accusations and
# denials nearby decide alleged and disputed.
# =====================================================================================


@attrs.frozen
class _Lex:
    nouns: dict[str, EventKind]
    verbs: dict[str, EventKind]
    need_after: dict[str, frozenset[str]]
    future_only: frozenset[str]
    past: frozenset[str]
    modifiers: frozenset[str]
    scheduled: frozenset[str]
    expected: frozenset[str]
    cancelled: frozenset[str]
    accuse: frozenset[str]
    deny: frozenset[str]
    claims: frozenset[str]
    predicates: frozenset[str]
    locative: frozenset[str]
    topic: frozenset[str]
    target: frozenset[str]
    links: frozenset[str]
    preps: frozenset[str]
    fuzzy: frozenset[str]
    speech: frozenset[EventKind]
    family: dict[EventKind, str]
    priority: dict[EventKind, int]


@cache
def _lex() -> _Lex:
    d = load_data("events.json")
    return _Lex(
        nouns={k: EventKind(v) for k, v in d["nouns"].items()},
        verbs={k: EventKind(v) for k, v in d["verbs"].items()},
        need_after={k: frozenset(v) for k, v in d["need_after"].items()},
        future_only=frozenset(d["future_only"]),
        past=frozenset(d["past_forms"]),
        modifiers=frozenset(d["modifiers"]),
        scheduled=frozenset(d["scheduled"]),
        expected=frozenset(d["expected"]),
        cancelled=frozenset(d["cancelled"]),
        accuse=frozenset(d["accuse"]),
        deny=frozenset(d["deny"]),
        claims=frozenset(d["claim_nouns"]),
        predicates=frozenset(d["predicates"]),
        locative=frozenset(d["locative"]),
        topic=frozenset(d["topic"]),
        target=frozenset(d["target"]),
        links=frozenset(d["links"]),
        preps=frozenset(d["prepositions"]),
        fuzzy=frozenset(d["fuzzy"]),
        speech=frozenset(EventKind(k) for k in d["communications"]),
        family={EventKind(k): v for k, v in d["families"].items()},
        priority={EventKind(k): n for n, k in enumerate(d["priority"])},
    )


_DATA = load_data("events.json")
_DEFINITE = frozenset(_DATA["definite"])
_DETS = _DEFINITE | {"a", "an"}
_CLAUSE_STOPS = frozenset(_DATA["clause_stops"])
_QUOTE_MARKS = frozenset(["“", "”", '"', "‘", "’", "'", "«", "»"])
_SAY = frozenset(["said", "says", "told", "tells", "stated", "announced", "added", "wrote"])
_PARTICIPANT_PREPS = frozenset([None, "with", "of", "by", "from", "between", "among", "alongside"])
_WALK_STOPS = frozenset(_DATA["walk_stops"])
_PEOPLE = frozenset(_DATA["people"])
_VERB_MARKERS = frozenset(["to", "will", "would", "could", "can", "must", "should", "may", "might"])
_ANAPHOR_WINDOW = 3  # sentences a bare "the meeting" may reach back
_LOOKBACK = 40  # earlier events a new mention may continue (keeps the pass linear)
_WALK = 16  # tokens read after a trigger


@attrs.define
class _Mention:
    """One trigger and what its window says."""

    i: int  # trigger token
    start: int  # character offsets of the trigger words
    end: int
    kind: EventKind
    sentence: int
    verb: bool
    definite: bool = False
    actors: list[Actor] = attrs.Factory(list)
    place: Actor | None = None
    date: DateMention | None = None
    status: EventStatus | None = None
    accused: Attribution | None = None
    linked: bool = False  # reached from an earlier trigger by "for", "to", "during"

    @property
    def own(self) -> bool:
        """Whether the mention says something of its own (a date or a place)."""
        return self.date is not None or self.place is not None


@attrs.define
class _Group:
    """An event while it is being read."""

    mentions: list[_Mention]
    kind: EventKind
    actors: list[Actor] = attrs.Factory(list)
    place: Actor | None = None
    date: DateMention | None = None
    statuses: set[EventStatus] = attrs.Factory(set)
    asserted: list[Attribution] = attrs.Factory(list)
    denied: list[Attribution] = attrs.Factory(list)
    alleged: bool = False

    @property
    def last_sentence(self) -> int:
        return max(m.sentence for m in self.mentions)


class _Reader:
    def __init__(self, doc: Doc, published: dt.date) -> None:
        self.doc = doc
        self.keys = doc.keys
        self.lex = _lex()
        self.published = published
        self.events: list[_Group] = []
        self.positions: set[int] = set()  # tokens that may be triggers
        self.linked: set[int] = set()  # triggers an earlier trigger's phrases lead to
        self.triggers: dict[int, _Mention] = {}

    # -- triggers ------------------------------------------------------------------

    def candidate(self, i: int) -> bool:
        k = self.keys[i]
        doc = self.doc
        if not (k in self.lex.nouns or k in self.lex.verbs):
            return False
        if doc.actors.covering(i) is not None or doc.dates.covering(i) is not None:
            return False
        if doc.is_lower_word(i):
            return True
        # "Talks in Doha ended ...": a capital only because the sentence starts there
        tok = doc.toks[i].text
        si = doc.sentence_of(doc.toks[i].start)
        first = doc.sentence_tokens(si)[0]
        while first < i and doc.toks[first].text in _QUOTE_MARKS:
            first += 1
        return first == i and tok[:1].isupper() and tok[1:].islower()

    def find_triggers(self) -> list[_Mention]:
        doc, keys, lex = self.doc, self.keys, self.lex
        n = len(keys)
        nouns, verbs = lex.nouns, lex.verbs  # (candidate's first test, inlined)
        self.positions = {
            i for i, k in enumerate(keys) if (k in nouns or k in verbs) and self.candidate(i)
        }
        out: list[_Mention] = []
        skip = -1
        for i in sorted(self.positions):
            if i <= skip:
                continue
            k = keys[i]
            nxt = keys[i + 1] if i + 1 < n else ""
            compound = f"{k} {nxt}"
            if compound in lex.nouns:  # "news conference", "press conference"
                out.append(self.noun(i, i + 2, lex.nouns[compound]))
                skip = i + 1
                continue
            if k not in lex.nouns and k not in lex.verbs:
                continue
            prev = keys[i - 1] if i > 0 else ""
            as_noun = k in lex.nouns and (
                k not in lex.verbs
                or prev in _DETS
                or prev in lex.modifiers
                or doc.possessive(i - 1)
                or doc.dates.covering(i - 1) is not None
                or (i > 0 and doc.is_word(i - 1) and not doc.is_lower_word(i - 1))
            )
            if k == "meeting" and prev in ("is", "are", "was", "were", "be", "been"):
                as_noun = False
            if as_noun and k not in lex.verbs and prev in _VERB_MARKERS:
                continue  # "to address the issue", "will attack": another verb, not an event
            if as_noun:
                out.append(self.noun(i, i + 1, lex.nouns[k]))
                continue
            if k not in lex.verbs or prev in _DETS:
                continue
            need = lex.need_after.get(k)
            if need is not None and nxt not in need:
                continue
            mention = self.verb(i, lex.verbs[k])
            if mention is not None:
                out.append(mention)
        for m in out:
            m.linked = m.i in self.linked
            self.triggers[m.i] = m
        return out

    def base(self, i: int, j: int, kind: EventKind, verb: bool) -> _Mention:
        doc = self.doc
        start = i
        if (
            not verb
            and i > 0
            and self.keys[i - 1] in self.lex.modifiers
            and doc.is_lower_word(i - 1)
        ):
            start = i - 1  # "drone attack"
        first = doc.toks[start].start
        return _Mention(i, first, doc.toks[j - 1].end, kind, doc.sentence_of(first), verb)

    def noun(self, i: int, j: int, kind: EventKind) -> _Mention:
        """A noun trigger: the date, possessor and modifiers before it, the phrases
        after it, and for a statement or address, who made it."""
        doc, keys, lex = self.doc, self.keys, self.lex
        m = self.base(i, j, kind, verb=False)
        floor = doc.sentence_tokens(m.sentence)[0]
        q = i - 1
        words = 0
        while q >= floor and i - q <= 10:
            date = doc.dates.covering(q)
            if date is not None:
                if m.date is None and date.role is not DateRole.START:
                    m.date = date
                q = doc.dates.first[doc.dates.index_at(q)] - 1
                continue
            hit = doc.actor_ending_at(q)
            if hit is not None:
                mention, first = hit
                if mention.form is MentionForm.PRONOUN:
                    m.definite = True
                    self.add_actor(m.actors, mention.value)
                    break
                if mention.value.kind is ActorKind.PLACE and not doc.possessive(q):
                    m.place = m.place or mention.value  # "the Lima summit"
                else:
                    self.add_actor(m.actors, mention.value)
                m.definite = m.definite or doc.possessive(q)
                q = first - 1
                continue
            k = keys[q]
            tok = doc.toks[q].text
            if k in _DETS:
                m.definite = m.definite or k in _DEFINITE
                break
            if tok in ("'", "’", "-", "‑") or k in lex.modifiers:
                q -= 1
                continue
            blocked = k in lex.preps or k in _CLAUSE_STOPS or k in lex.verbs or k in _SAY
            if doc.is_word(q) and not blocked and k not in lex.accuse and words < 3:
                words += 1
                if doc.possessive(q):
                    m.definite = True
                q -= 1
                continue
            break
        if kind in lex.speech and not m.actors:
            for r in range(q, max(floor - 1, q - 6), -1):
                if keys[r] in _SAY:
                    found = subject_mention(doc, r, floor)
                    if found is not None:
                        self.add_actor(m.actors, found[0])
                    break
        end = doc.sentence_tokens(m.sentence)[1]
        for r in range(j, min(end, j + 9)):
            if keys[r] in _WALK_STOPS or keys[r] in (";", ":"):
                break
            called_off = keys[r] == "called" and r + 1 < end and keys[r + 1] == "off"
            if (keys[r] in lex.cancelled and keys[r] not in ("called", "off")) or called_off:
                m.status = EventStatus.CANCELLED
                break
        self.walk(m, j)
        return m

    def verb(self, i: int, kind: EventKind) -> _Mention | None:
        """A verb trigger: its subject, tense, objects and the phrases after it."""
        doc, lex = self.doc, self.lex
        m = self.base(i, i + 1, kind, verb=True)
        floor = doc.sentence_tokens(m.sentence)[0]
        m.status = self.tense(i, floor)
        if self.keys[i] in lex.future_only and m.status not in (
            EventStatus.EXPECTED,
            EventStatus.SCHEDULED,
        ):
            return None
        if kind is EventKind.MEETING and not self.people_object(i + 1):
            return None  # "meet resistance", "met the deadline"
        found = subject_mention(doc, i, floor)
        if found is not None:
            self.add_actor(m.actors, found[0])
        self.walk(m, i + 1)
        if m.date is None:  # "On Tuesday, Park met ...": a date opening the sentence
            for q in range(floor, min(i, floor + 3)):
                date = doc.dates.covering(q)
                if date is not None and not key(date.text).startswith("since"):
                    m.date = date
                    break
        return m

    def people_object(self, j: int) -> bool:
        """Whether what follows "meet"/"host" can be people: a name, a preposition ("in
        Geneva", "with X"), or a noun for people ("her Turkish counterpart", "officials");
        not "resistance" or "the deadline"."""
        doc, keys = self.doc, self.keys
        end = min(len(keys), j + 4)
        for q in range(j, end):
            if doc.actors.covering(q) is not None and (
                q > j or keys[q] not in ("his", "her", "its", "their")
            ):
                return True
            k = keys[q]
            if k in _PEOPLE:
                return True
            dated = doc.dates.covering(q) is not None
            if q == j and (k in self.lex.preps or not doc.is_word(q) or dated):
                return True  # "meet in Geneva", "met on Tuesday"
            if q == j and not doc.is_lower_word(q):
                return True  # a name the actor finder missed
            if k in self.lex.preps or dated or not doc.is_word(q):
                return False
        return False

    def tense(self, i: int, floor: int) -> EventStatus | None:
        """Scheduled ("is scheduled to meet"), expected ("will travel"), occurred (a
        past form), or None (a present form: the date decides)."""
        keys, lex = self.keys, self.lex
        status: EventStatus | None = None
        for q in range(i - 1, max(floor - 1, i - 6), -1):
            k = keys[q]
            if k in lex.scheduled:
                return EventStatus.SCHEDULED
            if k in lex.expected:
                status = EventStatus.EXPECTED
                continue
            if k in ("be", "been", "is", "are", "was", "were", "also", "not", "now", "then"):
                continue
            break
        if status is not None:
            return status
        return EventStatus.OCCURRED if keys[i] in lex.past else None

    @staticmethod
    def add_actor(actors: list[Actor], actor: Actor) -> None:
        if actor not in actors:
            actors.append(actor)

    # -- the phrases after a trigger ------------------------------------------------

    def walk(self, m: _Mention, j: int) -> None:
        """Read objects, places and dates from the phrases after a trigger, through
        prepositional phrases only ("met X in Halifax last weekend", "attack on a fuel
        depot in Transnistria on 11 April"); stop at a clause boundary or the next
        trigger, which is linked when a preposition leads to it ("for talks")."""
        doc, keys, lex = self.doc, self.keys, self.lex
        _s, end = doc.sentence_tokens(m.sentence)
        stop = min(end, j + _WALK)
        prep: str | None = None  # the preposition heading the current phrase
        last_prep: str | None = None
        locative = topic = False
        words = 0
        attack = m.kind is EventKind.ATTACK
        first = j
        while j < stop:
            k = keys[j]
            tok = doc.toks[j].text
            if j in self.positions and j != m.i:
                if last_prep in lex.links or j == first:
                    self.linked.add(j)
                return
            date = doc.dates.covering(j)
            if date is not None:
                idx = doc.dates.index_at(j)
                since = key(date.text).startswith("since") or prep == "since"
                if m.date is None and not since:
                    m.date = date  # "starting July 11" starts it; "since 2022" does not
                j = doc.dates.last[idx] + 1
                prep, words = None, 0
                continue
            dur = doc.durations.covering(j)
            if dur is not None:
                j = doc.durations.last[doc.durations.index_at(j)] + 1
                continue
            hit = doc.actor_starting_at(j)
            if hit is not None:
                mention, after = hit
                if mention.form is MentionForm.PRONOUN and k in ("his", "her", "its", "their"):
                    j = after
                    continue
                target_place = attack and prep in lex.target and is_place(mention)
                visited = (
                    m.verb and m.kind is EventKind.VISIT and prep is None and is_place(mention)
                )
                if (locative and not topic and is_place(mention)) or target_place or visited:
                    if m.place is None:
                        m.place = mention.value
                elif not topic and (prep in _PARTICIPANT_PREPS or (attack and prep in lex.target)):
                    self.add_actor(m.actors, mention.value)
                j = after
                words = 0
                continue
            if tok in _QUOTE_MARKS:
                j += 1
                continue
            if tok == ",":
                nxt = j + 1
                if nxt < stop and (
                    doc.actor_starting_at(nxt) is not None or keys[nxt] in ("in", "at", "on")
                ):
                    j += 1
                    continue
                return
            if k == "and":
                if j + 1 < stop and doc.actor_starting_at(j + 1) is not None:
                    j += 1
                    continue
                return
            if k in _WALK_STOPS:
                return
            if k in lex.preps and doc.is_lower_word(j):
                prep = last_prep = k
                if k in lex.locative and (k != "to" or m.kind is EventKind.VISIT):
                    locative = True
                elif k != "of":
                    locative = False
                if attack and k in lex.target:
                    locative = False
                elif k in lex.topic and m.kind is not EventKind.VISIT:
                    topic = True
                words = 0
                j += 1
                continue
            if k in _DETS:
                if words:
                    return  # "negotiations ... hit a snag": a verb's object, not a phrase
                j += 1
                continue
            if not m.verb and j == first and k in lex.predicates:
                while j < stop and keys[j] in lex.predicates:
                    if keys[j] in lex.scheduled and m.status is None:
                        m.status = EventStatus.SCHEDULED
                    elif keys[j] in ("will", "expected") and m.status is None:
                        m.status = EventStatus.EXPECTED
                    j += 1
                first = j
                continue
            if tok in ("'", "’") and doc.glued(j):
                j += 1
                continue
            if doc.is_word(j):
                words += 1
                if words > 3:
                    return
                j += 1
                continue
            return

    # -- grouping ------------------------------------------------------------------

    def group(self, mentions: list[_Mention]) -> None:
        """One event per event: join linked mentions and mentions of one sentence that
        agree, resolve bare definite mentions, and continue earlier events."""
        current: _Group | None = None
        sentence = -1
        for m in mentions:
            if m.sentence != sentence:
                current, sentence = None, m.sentence
            if not m.own and m.definite and not m.linked:
                target = self.antecedent(m)  # "the meeting": the latest meeting first
                if target is None and current is not None and self.fits(current, m, loose=True):
                    target = current
                if target is not None:
                    self.absorb(target, m)
                continue
            if (
                current is not None
                and (m.linked or not m.own)
                and self.fits(current, m, loose=True)
            ):
                self.absorb(current, m)
                continue
            if current is not None and self.fits(current, m, loose=True):
                self.absorb(current, m)
                continue
            creatable = m.own or (m.verb and len(m.actors) > 1)
            if not creatable or (m.kind in self.lex.speech and m.date is None):
                continue  # nothing to place it, or an undated statement (an attribution)
            target = self.earlier(m)
            if target is not None:
                self.absorb(target, m)
                current = target
                continue
            current = _Group([], m.kind)
            self.absorb(current, m)
            self.events.append(current)

    def fits(self, g: _Group, m: _Mention, *, loose: bool = False) -> bool:
        """Whether mention ``m`` can be the same event as group ``g``."""
        lex = self.lex
        if lex.family.get(g.kind) != lex.family.get(m.kind):
            return False
        if g.place is not None and m.place is not None and g.place != m.place:
            return False
        if g.date is not None and m.date is not None and not g.date.value.overlaps(m.date.value):
            return False
        if loose:
            return True
        return not g.actors or not m.actors or self.related(g.actors, m.actors)

    @staticmethod
    def related(a: list[Actor], b: list[Actor]) -> bool:
        """Whether two actor lists share an actor, or one holds an office the other is
        named after ("Prime Minister" and the "Prime Minister's Office")."""
        for x in a:
            for y in b:
                if x == y:
                    return True
                for p, o in ((x, y), (y, x)):
                    office = p.kind is ActorKind.PERSON and o.kind is not ActorKind.PERSON
                    if office and p.title and key(p.title) in key(o.name):
                        return True
        return False

    def antecedent(self, m: _Mention) -> _Group | None:
        """The event a bare definite mention ("the meeting") refers back to."""
        for strict in (True, False):
            # an event of the same kind may be further back than one merely compatible
            window = _ANAPHOR_WINDOW * 3 if strict else _ANAPHOR_WINDOW
            for g in reversed(self.events[-_LOOKBACK:]):
                if m.sentence - g.last_sentence > window:
                    break
                if strict and m.kind not in {x.kind for x in g.mentions}:
                    continue
                if self.fits(g, m):
                    return g
        return None

    def earlier(self, m: _Mention) -> _Group | None:
        """An earlier event that mention ``m`` (with a date or place of its own)
        continues: same family, same place, overlapping dates, related actors. An event
        of the same kind is preferred ("The summit runs from 9 to 11 August")."""
        for strict in (True, False):
            for g in reversed(self.events[-_LOOKBACK:]):
                same = m.kind in {x.kind for x in g.mentions}
                if strict and not same:
                    continue
                if not self.fits(g, m):
                    continue
                dated = g.date is not None and m.date is not None
                placed = g.place is not None and m.place is not None
                if not (dated or placed or (same and m.definite)):
                    continue
                if g.actors and m.actors and not self.related(g.actors, m.actors):
                    continue
                if not g.actors and not m.actors and not (same and (dated or placed)):
                    continue
                return g
        return None

    def absorb(self, g: _Group, m: _Mention) -> None:
        lex = self.lex
        g.mentions.append(m)
        if lex.priority.get(m.kind, 99) < lex.priority.get(g.kind, 99):
            g.kind = m.kind
        if g.place is None and m.place is not None:
            g.place = m.place
        for a in m.actors:
            self.add_actor(g.actors, a)
        g.actors = [a for a in g.actors if a != g.place]
        g.date = self.better(g.date, m.date)
        if m.status is not None:
            g.statuses.add(m.status)
        if m.accused is not None:
            g.alleged = True
            if not any(a.speaker == m.accused.speaker for a in g.asserted):
                g.asserted.append(m.accused)

    def fuzzy(self, d: DateMention) -> bool:
        return any(key(w) in self.lex.fuzzy for w in d.text.split())

    def better(self, cur: DateMention | None, new: DateMention | None) -> DateMention | None:
        """The more precise of two dates for one event: a calendar date over a vague one
        ("Jan. 5 to 6" over "early next week"); of two calendar dates, the one that holds
        the other ("9 to 11 August" over "Sunday"); of two vague ones, the shorter."""
        if cur is None:
            return new
        if new is None:
            return cur
        cf, nf = self.fuzzy(cur), self.fuzzy(new)
        if cf != nf:
            return new if cf else cur
        a, b = cur.value, new.value
        if a.start is None or a.end is None or b.start is None or b.end is None:
            return new if a.is_open and not b.is_open else cur
        la, lb = (a.end - a.start).days, (b.end - b.start).days
        if not cf:
            return new if (lb > la and b.start <= a.start and a.end <= b.end) else cur
        return new if lb < la else cur

    # -- accusations and denials ---------------------------------------------------

    def attribution(self, i: int, floor: int) -> Attribution | None:
        """The attribution of a reporting verb at token ``i`` (the quote's own when the
        quotes finder read it)."""
        doc = self.doc
        cue_span = doc.span(i, i + 1)
        for q in doc.quotes_by_cue.get(cue_span.start, ()):
            if q.attribution.cue_span == cue_span:
                return q.attribution
        found = subject_mention(doc, i, floor)
        if found is None:
            return None
        return Attribution(
            speaker=found[0], cue=doc.toks[i].text, speaker_span=found[1], cue_span=cue_span
        )

    def accusations(self, mentions: list[_Mention]) -> None:
        """Mark attacks that are the object of an accusation ("accused Ukraine of
        initiating ... an attack") with the accuser, and add the accused as an actor."""
        doc, keys, lex = self.doc, self.keys, self.lex
        for m in mentions:
            if m.kind is not EventKind.ATTACK:
                continue
            floor = doc.sentence_tokens(m.sentence)[0]
            for q in range(m.i - 1, max(floor - 1, m.i - 16), -1):
                if keys[q] not in lex.accuse:
                    continue
                att = self.attribution(q, floor)
                if att is not None and att.speaker is not None:
                    m.accused = att
                    hit = doc.actor_starting_at(q + 1)
                    if hit is not None and hit[0].value != att.speaker:
                        m.actors.insert(0, hit[0].value)
                break

    def denials(self) -> None:
        """Attach denials ("Ukraine has denied the allegations", "an allegation Chisinau
        has denied", "rejected the claim") to the latest alleged event nearby."""
        doc, keys, lex = self.doc, self.keys, self.lex
        alleged = [g for g in self.events if g.alleged]
        if not alleged:
            return
        firsts = [min(mm.start for mm in g.mentions) for g in alleged]
        for i, k in enumerate(keys):
            if k not in lex.deny:
                continue
            si = doc.sentence_of(doc.toks[i].start)
            floor, end = doc.sentence_tokens(si)
            near = [keys[q] for q in range(max(floor, i - 6), min(end, i + 9)) if q != i]
            trigger_near = any(
                q in self.triggers for q in range(max(floor, i - 6), min(end, i + 12))
            )
            if not trigger_near and not any(w in lex.claims for w in near):
                continue
            att = self.attribution(i, floor)
            if att is None or att.speaker is None:
                continue
            pos = doc.toks[i].start
            upto = bisect_right(firsts, pos)
            for g in reversed(alleged[max(0, upto - _LOOKBACK) : upto]):
                first = min(mm.start for mm in g.mentions)
                if first > pos or si - doc.sentence_of(first) > _ANAPHOR_WINDOW:
                    continue
                if any(a.speaker == att.speaker for a in g.asserted):
                    continue
                if not any(a.speaker == att.speaker for a in g.denied):
                    g.denied.append(att)
                break

    def assertions(self) -> None:
        """Reported speech that mentions an alleged event asserts it too ("Russia said
        all 91 drones were intercepted ... the attack")."""
        doc = self.doc
        for g in self.events:
            if not g.alleged:
                continue
            for m in g.mentions:
                q = doc.quote_around(m.start)
                if q is None or q.speaker is None:
                    continue
                if key(q.attribution.cue or "") in self.lex.deny:
                    continue
                if any(a.speaker == q.speaker for a in [*g.denied, *g.asserted]):
                    continue
                g.asserted.append(q.attribution)

    # -- the pass ------------------------------------------------------------------

    def status(self, g: _Group) -> EventStatus:
        if g.alleged and g.denied:
            return EventStatus.DISPUTED
        if g.alleged:
            return EventStatus.ALLEGED
        for s in (
            EventStatus.CANCELLED,
            EventStatus.SCHEDULED,
            EventStatus.EXPECTED,
            EventStatus.OCCURRED,  # a past tense says more than a date's inferred year
        ):
            if s in g.statuses:
                return s
        when = g.date.value if g.date else None
        if when is not None and when.start is not None and when.start > self.published:
            return EventStatus.EXPECTED
        return EventStatus.OCCURRED

    def run(self) -> list[Event]:
        mentions = self.find_triggers()
        self.accusations(mentions)
        self.group(mentions)
        self.denials()
        self.assertions()
        out = []
        for g in self.events:
            spans = tuple(
                [trusted_span(s, e) for s, e in sorted({(m.start, m.end) for m in g.mentions})]
            )
            out.append(
                Event(
                    kind=g.kind,
                    actors=tuple(g.actors),
                    place=g.place,
                    when=g.date.value if g.date else None,
                    status=self.status(g),
                    asserted_by=tuple(g.asserted),
                    denied_by=tuple(g.denied),
                    spans=spans,
                )
            )
        out.sort(key=lambda e: e.spans[0].start)
        return out


def find_events(
    text: str,
    *,
    published: dt.date,
    locale: str,
    actors: Sequence[ActorMention] | None = None,
    dates: Sequence[DateMention] | None = None,
    durations: Sequence[DurationMention] | None = None,
    quotes: Sequence[Quote] | None = None,
    money: Sequence[MoneyMention] | None = None,
) -> list[Event]:
    """Find the events ``text`` tells of, one :class:`Event` per event however often it is
    mentioned, in order of first mention.

    Mentions other finders already found (actors, dates, durations, quotes) may be passed
    to save reading the text again; ``money`` (not read here) lets the event finder share
    its view of the text with :func:`~newsfacts.commitments.find_commitments`. Never
    raises on any ``str``; runs in time linear in the text.

    >>> import datetime as dt
    >>> text = ("Prime Minister Mark Carney will travel to France early next week. Carney "
    ...         "is scheduled to meet allies during his Jan. 5 to 6 visit to France. "
    ...         "Moscow accused Ukraine of a Dec. 29 drone attack. Ukraine has denied it.")
    >>> for e in find_events(text, published=dt.date(2026, 1, 2), locale="en_CA"):
    ...     print(e.kind.value, [a.name for a in e.actors], e.place and e.place.name,
    ...           e.when.timex, e.status.value, len(e.spans))
    visit ['Mark Carney'] France 2026-01-05/2026-01-06 scheduled 3
    attack ['Ukraine'] None 2025-12-29 disputed 1
    """
    if not isinstance(text, str) or not text.strip():
        return []
    loc = normalize_locale(locale)
    if dates is None or durations is None:
        found = find_dates(text, published=published, locale=loc)
        if dates is None:
            dates = [m for m in found if isinstance(m, DateMention)]
        if durations is None:
            durations = [m for m in found if isinstance(m, DurationMention)]
    if actors is None:
        actors = find_actors(text, locale=loc)
    if quotes is None:
        quotes = find_quotes(text, published=published, locale=loc, actors=actors, dates=dates)
    doc = doc_for(
        text,
        actors=actors,
        money=() if money is None else money,
        dates=dates,
        durations=durations,
        quotes=quotes,
    )
    return _Reader(doc, published).run()
