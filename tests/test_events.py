"""find_events: visits, meetings, summits, talks, attacks, addresses and statements; one
event however often it is mentioned; status from tense and attribution. Tables of news
phrasing, grouped by what they prove."""

from __future__ import annotations

import datetime as dt
import random
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import (
    Actor,
    Article,
    Attribution,
    DateMention,
    DateRange,
    DurationMention,
    Event,
    EventKind,
    EventStatus,
    Facts,
    Span,
    ValidationError,
    extract,
    find_actors,
    find_dates,
    find_events,
    find_quotes,
)

PUB = dt.date(2026, 3, 4)  # a Wednesday


def found(text: str, locale: str = "en_US") -> list[Event]:
    return find_events(text, published=PUB, locale=locale)


def one(text: str, locale: str = "en_US") -> Event:
    out = found(text, locale)
    assert len(out) == 1, [(e.kind.value, [text[s.start : s.end] for s in e.spans]) for e in out]
    return out[0]


def when(e: Event) -> str | None:
    return e.when.timex if e.when else None


# ---------------------------------------------------------------- kinds, places and dates

EVENTS = [
    # (locale, text, kind, place, when, one actor or None)
    (
        "en_US",
        "Indian Prime Minister Rohan Mehta will visit Japan next month.",
        "visit", "Japan", "2026-04", "Rohan Mehta",
    ),
    (
        "en_US",
        "Chancellor Ines Vogel flew to Washington on Monday for talks with President Mark Hale.",
        "visit", "Washington", "2026-03-02", "Mark Hale",
    ),
    (
        "en_US",
        "Her three-day trip to Nairobi begins on March 9.",
        "visit", "Nairobi", "2026-03-09", None,
    ),
    (
        "en_GB",
        "Foreign Secretary Sara Lind met her Turkish counterpart in Ankara on Tuesday.",
        "meeting", "Ankara", "2026-03-03", "Sara Lind",
    ),
    (
        "en_US",
        "The two leaders are scheduled to meet in Geneva on June 16.",
        "meeting", "Geneva", "2026-06-16", None,
    ),
    (
        "en_US",
        "NATO leaders will hold a two-day summit in Vilnius starting July 11.",
        "summit", "Vilnius", "2026-07-11/..", None,
    ),
    (
        "en_US",
        "Talks in Doha on Sunday ended without agreement.",
        "talks", "Doha", "2026-03-01", None,
    ),
    (
        "en_US",
        "A drone strike killed four people in Kharkiv on Friday.",
        "attack", "Kharkiv", "2026-02-27", None,
    ),
    (
        "en_US",
        "In a televised address on Sunday, President Ana Ruiz announced new curbs.",
        "address", None, "2026-03-01", None,
    ),
    ("en_US", "The vote is scheduled for Thursday.", "vote", None, "2026-03-05", None),
    (
        "en_CA",
        "Ms. Leduc said in a March 2 statement that the border would stay open.",
        "statement", None, "2026-03-02", "Leduc",
    ),
    (
        "en_IE",
        "Thousands of people marched through Dublin on Saturday to demand action on housing.",
        "protest", "Dublin", "2026-02-28", None,
    ),
    (
        "en_US",
        "President Ortega hosted the premier at the presidential palace in Mexico City.",
        "meeting", "Mexico City", None, "Ortega",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "text", "kind", "place", "day", "actor"), EVENTS)
def test_event(
    locale: str, text: str, kind: str, place: str | None, day: str | None, actor: str | None
) -> None:
    e = one(text, locale)
    assert e.kind.value == kind
    assert (e.place.name if e.place else None) == place
    assert when(e) == day
    if actor is not None:
        assert actor in [a.name for a in e.actors]


# ---------------------------------------------------------------- status from tense

STATUSES = [
    ("Governor Amy Stone will travel to Ottawa on March 20.", EventStatus.EXPECTED),
    ("Governor Amy Stone is scheduled to visit Ottawa on March 20.", EventStatus.SCHEDULED),
    ("Governor Amy Stone is due to meet officials in Ottawa on March 20.", EventStatus.SCHEDULED),
    ("Governor Amy Stone visited Ottawa on Monday.", EventStatus.OCCURRED),
    ("Governor Amy Stone met officials in Ottawa last week.", EventStatus.OCCURRED),
    ("The Ottawa summit on March 20 was cancelled.", EventStatus.CANCELLED),
    ("The summit in Ottawa on March 20 has been called off.", EventStatus.CANCELLED),
    ("The first awards are expected to be announced by June 30.", EventStatus.EXPECTED),
]


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_status_from_tense(text: str, status: EventStatus) -> None:
    assert one(text).status is status


# ---------------------------------------------------------------- one event, many mentions


def test_mentions_of_one_visit_are_one_event_with_the_more_precise_date() -> None:
    text = (
        "Governor Amy Stone will travel to Mexico early next week to meet business leaders. "
        "Stone is scheduled to meet with President Luis Ortega during her March 9 to 10 "
        "visit to Mexico. The aim of the trip is to expand trade."
    )
    e = one(text)
    assert (e.kind, e.place.name if e.place else None) == (EventKind.VISIT, "Mexico")
    assert when(e) == "2026-03-09/2026-03-10"  # over "early next week"
    assert e.status is EventStatus.SCHEDULED
    assert [a.name for a in e.actors][:2] == ["Amy Stone", "Luis Ortega"]
    assert len(e.spans) >= 4  # travel, meet, meet, visit (and "the trip")


def test_a_summit_named_again_with_its_dates_is_the_same_summit() -> None:
    text = (
        "Prime Minister Lea Moss will fly to Apia on Sunday for the regional summit, where "
        "she is scheduled to meet Samoan Prime Minister Tui Fale on March 10. "
        "The summit runs from 8 to 11 March."
    )
    summit, meeting = found(text, "en_GB")
    assert (summit.kind, when(summit)) == (EventKind.SUMMIT, "2026-03-08/2026-03-11")
    assert (meeting.kind, when(meeting)) == (EventKind.MEETING, "2026-03-10")
    assert "Tui Fale" in [a.name for a in meeting.actors]


def test_different_places_are_different_events() -> None:
    text = (
        "Premier Jo Park met Chancellor Ines Vogel in Berlin on Monday. On Tuesday Park met "
        "President Ana Ruiz in Madrid."
    )
    berlin, madrid = found(text)
    assert (berlin.place and berlin.place.name, when(berlin)) == ("Berlin", "2026-03-02")
    assert (madrid.place and madrid.place.name, when(madrid)) == ("Madrid", "2026-03-03")


def test_statements_of_an_office_and_its_holder_on_one_day_are_one_statement() -> None:
    text = (
        "The plan is on track, according to a March 2 statement from the Prime Minister's "
        "Office. “We will deliver,” Prime Minister Lea Moss said in a March 2 statement."
    )
    e = one(text)
    assert e.kind is EventKind.STATEMENT
    assert len(e.spans) == 2


# ---------------------------------------------------------------- alleged and disputed


def test_an_accused_attack_is_alleged_and_a_denial_makes_it_disputed() -> None:
    text = (
        "Moscow accused Kyiv of a missile strike on Belgorod on Sunday. Ukraine denied "
        "carrying out the strike."
    )
    e = one(text)
    assert (e.kind, when(e), e.status) == (EventKind.ATTACK, "2026-03-01", EventStatus.DISPUTED)
    assert [a.speaker.name for a in e.asserted_by if a.speaker] == ["Russia"]
    assert [a.speaker.name for a in e.denied_by if a.speaker] == ["Ukraine"]
    assert e.asserted_by[0].cue == "accused"
    assert "Ukraine" in [a.name for a in e.actors]  # the accused


def test_an_allegation_denied_in_a_relative_clause() -> None:
    text = (
        "Serbia accused Kosovo of a drone attack on a power station in Zubin Potok on "
        "Saturday, an allegation Pristina has denied."
    )
    e = one(text)
    assert e.status is EventStatus.DISPUTED
    assert [a.speaker.name for a in e.denied_by if a.speaker] == ["Kosovo"]


def test_an_accusation_without_denial_is_alleged() -> None:
    e = one("Israel accused Hezbollah of a rocket attack on Haifa on Saturday.")
    assert e.status is EventStatus.ALLEGED


# ---------------------------------------------------------------- not events

NOT_EVENTS = [
    "She said in a statement that the plan would work.",  # an undated statement
    "Smith said on Monday that the plan would work.",  # a plain "said" is an attribution
    "Officials held talks on trade.",  # no time, no place
    "The meeting was productive, she said.",  # refers to nothing
    "He has visited the country many times.",
    "The attack on democracy must stop, the senator said.",
    "Prices will meet resistance next week.",  # not people meeting
    "The firm failed to meet the deadline on Friday.",
    "Analysts expect the central bank to announce a rate cut.",
    "The minister promised to address the issue on Tuesday.",  # "address": deal with
    "Canada announced $2 billion in aid on Monday.",  # an announcement of money: a commitment
    "U.S.-led negotiations hit a snag earlier this week.",  # the date is the snag's
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_an_event(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- the model


def test_invalid_values_are_named() -> None:
    with pytest.raises(ValidationError, match="'spans'"):
        Event(kind="visit", spans=())
    with pytest.raises(ValidationError, match="'status'"):
        Event(kind="visit", status="rumoured", spans=(Span(0, 1),))
    with pytest.raises(ValidationError, match="'actors'"):
        Event(kind="visit", actors=("Carney",), spans=(Span(0, 1),))
    with pytest.raises(ValidationError, match="'place'"):
        Event(kind="visit", place="France", spans=(Span(0, 1),))  # type: ignore[arg-type]


def test_spans_slice_the_mentions() -> None:
    text = "Governor Amy Stone will travel to Ottawa on March 20 for a two-day visit."
    e = one(text)
    assert [text[s.start : s.end] for s in e.spans] == ["travel", "two-day visit"]


# ---------------------------------------------------------------- the JSON round trip


def _constructed() -> Facts:
    text = "Aland accused Bland of an attack on Cland on Jan. 3; Bland denied it."
    aland = Actor("Aland", "country", country="AX")
    bland = Actor("Bland", "group")
    cland = Actor("Cland", "place")
    same_name = Actor("Aland", "person", title="Envoy")
    attack = Event(
        kind="attack",
        actors=(bland, same_name),
        place=cland,
        when=DateRange(dt.date(2026, 1, 3), dt.date(2026, 1, 3), "day"),
        status="disputed",
        asserted_by=(
            Attribution(
                speaker=aland, cue="accused", speaker_span=Span(0, 5), cue_span=Span(6, 13)
            ),
        ),
        denied_by=(
            Attribution(
                speaker=bland,
                cue="denied",
                said_on=DateRange(dt.date(2026, 1, 4), dt.date(2026, 1, 4)),
                occasion="a statement",
            ),
        ),
        spans=(Span(25, 31),),
    )
    undated = Event(kind="meeting", spans=(Span(0, 5), Span(14, 19)), status="expected")
    open_ended = Event(
        kind="summit", when=DateRange(dt.date(2026, 7, 11), None, "day"), spans=(Span(6, 13),)
    )
    article = Article(text=text, published=dt.date(2026, 1, 5), locale="en_US")
    return Facts(article=article, entities=(aland, bland), events=(attack, undated, open_ended))


def test_facts_round_trip_with_constructed_events() -> None:
    facts = _constructed()
    doc = facts.to_dict()
    item = doc["events"][0]
    assert (item["start"], item["end"], item["status"]) == ("2026-01-03", "2026-01-03", "disputed")
    assert (item["asserted_by"], item["denied_by"], item["place"]) == (
        ["Aland"],
        ["Bland"],
        "Cland",
    )
    assert doc["events"][1]["start"] is None and doc["events"][1]["granularity"] is None
    assert Facts.from_dict(doc) == facts


def test_facts_round_trip_of_an_extracted_article() -> None:
    text = (
        "Moscow accused Kyiv of a missile strike on Belgorod on Sunday. Ukraine denied "
        "carrying out the strike. Chancellor Ines Vogel will travel to Kyiv on March 9 "
        "to meet President Olena Kravets."
    )
    facts = extract(Article(text=text, published=PUB, locale="en_US"))
    assert [e.kind for e in facts.events] == [EventKind.ATTACK, EventKind.VISIT]
    back = Facts.from_dict(facts.to_dict())
    assert back == facts
    for e in back.events:
        assert all(a in back.entities for a in e.actors)


# ---------------------------------------------------------------- never raises, linear time

_NEWS_WORDS = st.sampled_from(
    [
        "met", "will travel to", "visit", "summit", "talks", "the", "attack", "a", "drone",
        "on", "in", "Halifax", "France", "Carney", "Dec. 29", "next week", "Jan. 5 to 6",
        "accused", "denied", "of", "his", "statement", "address", "scheduled", "to meet",
        ",", ".", "\n", "“", "”", "cancelled", "which", "where", "Moscow", "hosted", "it",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_NEWS_WORDS, max_size=40).map(" ".join))
def test_never_raises_on_news_like_text(text: str) -> None:
    for e in found(text, "en_CA"):
        assert e.spans == tuple(sorted(e.spans))
        assert all(0 <= s.start < s.end <= len(text) for s in e.spans)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    found(text)


def _mentions(text: str, *, with_dates: bool = True) -> dict[str, Any]:
    found_dates = find_dates(text, published=PUB, locale="en_US") if with_dates else []
    actors = find_actors(text, locale="en_US")
    dates = [m for m in found_dates if isinstance(m, DateMention)]
    return {
        "actors": actors,
        "dates": dates,
        "durations": [m for m in found_dates if isinstance(m, DurationMention)],
        "quotes": find_quotes(text, published=PUB, locale="en_US", actors=actors, dates=dates),
    }


def _timed(text: str, mentions: dict[str, Any]) -> float:
    start = time.perf_counter()
    find_events(text, published=PUB, locale="en_US", **mentions)
    return time.perf_counter() - start


_RNG = random.Random(7)
ADVERSARIAL = {
    "dollars": "$" * 1_000_000,
    "digits": "1," * 500_000,
    "unicode": "".join(chr(_RNG.randrange(32, 0x3000)) for _ in range(1_000_000)),
}


@pytest.mark.parametrize("label", sorted(ADVERSARIAL))
def test_a_megabyte_of_adversarial_text_in_well_under_a_second(label: str) -> None:
    text = ADVERSARIAL[label]
    assert _timed(text, _mentions(text, with_dates=False)) < 1.0


DENSE = {
    "events": "".join(
        f"Premier Jo Park met officials in Ottawa on March {d}. Moscow accused Kyiv of an "
        f"attack on Belgorod on March {d}. Kyiv denied it. "
        for d in range(1, 29)
    ),
    "triggers": "the attack the meeting met visit to talks ",
}


@pytest.mark.parametrize("label", sorted(DENSE))
def test_time_is_linear_in_the_text(label: str) -> None:
    """Many distinct dated events, or a trigger every other word: four times the text
    (up to 800 KB) takes about four times as long, not sixteen."""
    unit = DENSE[label]
    small = unit * (200_000 // len(unit))
    large = small * 4
    t_small = _timed(small, _mentions(small))
    t_large = _timed(large, _mentions(large))
    assert t_large < 10 * t_small + 0.05
