"""Tests of ``newsfacts.strategies``: the strategies themselves, and newsfacts' parsers
checked against them.

- the model strategies are registered through the ``hypothesis`` entry point, so
  ``st.from_type`` gives valid models;
- every strategy shrinks towards its documented simplest case;
- the labels follow the conventions of the money and dates issues (checked here with
  properties that do not use newsfacts' parsers);
- every labeled text parses back to its value with ``parse_money`` / ``parse_date_range``,
  and 500 draws of each labeled strategy give at least 100 distinct texts.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from newsfacts import (
    Article,
    DateRange,
    Facts,
    Granularity,
    Money,
    MoneyRange,
    Qualifier,
    Span,
    extract,
    find_money,
    parse_date_range,
    parse_money,
)
from newsfacts.commitments import MonetaryCommitment
from newsfacts.events import Event
from newsfacts.quotes import Quote, find_quotes
from newsfacts.strategies import (
    DATE_KINDS,
    DATE_LOCALES,
    EVENT_STATUSES,
    MONEY_KINDS,
    MONEY_LOCALES,
    Labeled,
    actors,
    article_texts,
    articles,
    commitments,
    date_ranges,
    date_texts,
    events,
    money,
    money_ranges,
    money_texts,
    quote_texts,
    quotes,
)

FIND = settings(database=None, derandomize=True, max_examples=2000)
FRIDAY = dt.date(2026, 1, 2)  # a Friday, the 2nd of the month
MONDAY = dt.date(2026, 1, 5)


# --- the entry point and the model strategies -----------------------------------------


def test_the_hypothesis_entry_point_is_declared() -> None:
    hooks = {ep.value for ep in importlib.metadata.entry_points(group="hypothesis")}
    assert "newsfacts.strategies:_hypothesis_setup_hook" in hooks


@settings(max_examples=60, deadline=None)
@given(
    st.from_type(Money),
    st.from_type(MoneyRange),
    st.from_type(DateRange),
    st.from_type(Article),
)
def test_from_type_gives_valid_models(
    amount: Money, span: MoneyRange, days: DateRange, article: Article
) -> None:
    assert isinstance(amount.amount, Decimal)
    assert Money.from_dict(amount.to_dict()) == amount
    assert span.low.amount <= span.high.amount
    assert MoneyRange.from_dict(span.to_dict()) == span
    assert days.start is None or days.end is None or days.start <= days.end
    assert DateRange.from_dict(days.to_dict()) == days
    assert Article.from_dict(article.to_dict()) == article


def test_from_type_gives_actors_quotes_and_commitments() -> None:
    from newsfacts.actors import Actor

    actor = find(st.from_type(Actor), lambda a: a.kind == "country", settings=FIND)
    assert actor.country is not None and len(actor.country) == 2
    quote = find(st.from_type(Quote), lambda q: q.kind == "partial", settings=FIND)
    assert quote.content_span.contains(quote.span)
    given_to = find(
        st.from_type(MonetaryCommitment), lambda c: c.recipient is not None, settings=FIND
    )
    assert given_to.text and given_to.span == Span(0, len(given_to.text))
    disputed = find(st.from_type(Event), lambda e: e.status == "disputed", settings=FIND)
    assert disputed.asserted_by and disputed.denied_by


@settings(max_examples=150, deadline=None)
@given(events())
def test_events_are_consistent_and_round_trip(event: Event) -> None:
    assert event.status in EVENT_STATUSES
    assert event.place is None or event.place not in event.actors
    assert bool(event.asserted_by) == (event.status in ("alleged", "disputed"))
    assert bool(event.denied_by) == (event.status == "disputed")
    starts = [s.start for s in event.spans]
    assert starts == sorted(set(starts))
    word = event.kind.value.replace("_", " ")
    assert all(len(s) == len(word) for s in event.spans)
    people = [*event.actors, *([event.place] if event.place else [])]
    people += [a.speaker for a in (*event.asserted_by, *event.denied_by) if a.speaker]
    entities = {a.name: a for a in people}
    assert len(entities) == len(set(people))  # one actor per name
    assert Event.from_dict(event.to_dict(), entities) == event


@settings(max_examples=100, deadline=None)
@given(date_ranges())
def test_date_ranges_are_whole_units(value: DateRange) -> None:
    if value.granularity is Granularity.WEEK and value.start is not None:
        assert value.start.weekday() == 0
    if value.granularity is Granularity.WEEKEND and value.start is not None:
        assert value.start.weekday() == 5
    if value.granularity is Granularity.MONTH and value.end is not None:
        assert (value.end + dt.timedelta(days=1)).day == 1
    assert not (value.start is None and value.end is None)


@settings(max_examples=100, deadline=None)
@given(money(currencies=["JPY", "USD"]), money_ranges(min_value=1, max_value=10))
def test_money_respects_its_arguments(amount: Money, span: MoneyRange) -> None:
    assert amount.currency in ("JPY", "USD")
    if amount.currency == "JPY":
        assert amount.amount == amount.amount.to_integral_value()
    assert 1 <= span.low.amount <= span.high.amount <= 10


# --- shrinking ------------------------------------------------------------------------


def _first(strategy: st.SearchStrategy[Any]) -> Any:
    return find(strategy, lambda _x: True, settings=FIND)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("symbol", "$1"),
        ("code", "USD 1"),
        ("name", "1 dollar"),
        ("words", "one dollar"),
        ("minor", "1 cent"),
        ("foreign", "1,00€"),
        ("range", "$1-2 million"),
        ("hedge", "about $1"),
        ("negative", "-$1"),
    ],
)
def test_money_texts_shrink_towards_the_simplest_of_each_kind(kind: str, text: str) -> None:
    assert _first(money_texts(kinds=[kind])).text == text


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("day", "Jan. 1"),
        ("relative", "yesterday"),
        ("month", "January"),
        ("range", "Jan. 1 to 2"),
        ("open", "since 2000"),
        ("holiday", "Christmas"),
        ("period", "the first quarter"),
    ],
)
def test_date_texts_shrink_towards_the_simplest_of_each_kind(kind: str, text: str) -> None:
    assert _first(date_texts(kinds=[kind])).text == text


def test_every_strategy_shrinks_towards_its_documented_simplest_case() -> None:
    assert _first(money_texts()) == Labeled(
        "$1", Money(1, "USD"), "en_US", dt.date(2000, 1, 1), Qualifier.EXACT
    )
    assert _first(date_texts()) == Labeled(
        "Jan. 1", DateRange.day(dt.date(2000, 1, 1)), "en_US", dt.date(2000, 1, 1)
    )
    assert _first(money()) == Money(0, "USD")
    assert _first(money_ranges()) == MoneyRange(Money(0, "USD"), Money(0, "USD"))
    assert _first(date_ranges()) == DateRange.day(dt.date(2000, 1, 1))
    assert _first(articles()) == Article(text="", published=dt.date(2000, 1, 1), locale="en_US")
    assert _first(actors()).name == "Ana Silva"
    assert _first(quote_texts()).text == "“We are ready,” Ana Silva said."
    assert _first(quotes()).text == "We are ready"
    assert _first(article_texts()).text == "Ana Silva will provide $1 for the new hospital."
    assert _first(commitments()).text == "$1"
    assert _first(events()) == Event(kind="visit", actors=(_first(actors()),), spans=(Span(0, 5),))


def test_locales_are_normalized() -> None:
    assert _first(money_texts(locales=["en-CA"])).locale == "en_CA"
    yuan = find(money_texts(locales=["zh_CN"]), lambda x: x.text.startswith("¥"), settings=FIND)
    assert (yuan.locale, yuan.value.currency) == ("zh_Hans_CN", "CNY")
    assert _first(date_texts(locales=iter(["en_GB"]))).text == "Jan. 1"


@pytest.mark.parametrize(
    "call",
    [
        lambda: money_texts(locales=["xx_YY"]),
        lambda: money_texts(kinds=["emoji"]),
        lambda: money_texts(locales=["zh_Hans_CN"], kinds=["words"]),
        lambda: date_texts(locales=["fr_CA"]),
        lambda: date_texts(kinds=[]),
        lambda: money(currencies=[]),
    ],
)
def test_bad_arguments_are_refused(call: Any) -> None:
    with pytest.raises(ValueError):
        call()


# --- the labels follow the issues' conventions (no parser involved) --------------------

DOLLAR = {"en_US": "USD", "en_CA": "CAD", "en_AU": "AUD", "en_NZ": "NZD", "fr_CA": "CAD"}
KRONA = {"en_SE": "SEK", "en_DK": "DKK", "en_NO": "NOK"}


@settings(max_examples=300, deadline=None)
@given(money_texts(kinds=["symbol", "negative"]))
def test_shared_symbols_follow_the_locale(x: Labeled[Money | MoneyRange]) -> None:
    core = x.text.lstrip("-−")
    prefix = core[: next(i for i, ch in enumerate(core) if ch.isdigit())].strip()
    if prefix == "$" or (not prefix and core.endswith("$")):
        assert x.value.currency == DOLLAR.get(x.locale, "USD")
    elif prefix == "kr" or (not prefix and core.endswith("kr")):
        assert x.value.currency == KRONA.get(x.locale, "SEK")
    elif prefix == "¥":
        assert x.value.currency == ("CNY" if x.locale.startswith("zh") else "JPY")


HEDGES = {
    *("about", "nearly", "some", "roughly", "approximately", "around", "more", "over"),
    *("at", "upwards", "less", "up", "under", "environ", "près", "plus", "au", "moins"),
    "jusqu'à",
}


@settings(max_examples=300, deadline=None)
@given(money_texts())
def test_money_labels_are_consistent(x: Labeled[Money | MoneyRange]) -> None:
    assert x.text == x.text.strip() and x.text
    assert x.locale in MONEY_LOCALES
    if isinstance(x.value, MoneyRange):
        assert x.value.low.amount < x.value.high.amount
    assert (x.qualifier is not Qualifier.EXACT) == (x.text.split()[0] in HEDGES)


def _weekend_before(day: dt.date) -> DateRange:
    monday = day - dt.timedelta(days=day.weekday())
    return DateRange(monday - dt.timedelta(days=2), monday - dt.timedelta(days=1), "weekend")


RELATIVE_ON_FRIDAY_2026_01_02 = {
    "yesterday": DateRange.day(dt.date(2026, 1, 1)),
    "today": DateRange.day(dt.date(2026, 1, 2)),
    "last week": DateRange(dt.date(2025, 12, 22), dt.date(2025, 12, 28), "week"),
    "this week": DateRange(dt.date(2025, 12, 29), dt.date(2026, 1, 4), "week"),
    "earlier this week": DateRange(dt.date(2025, 12, 29), dt.date(2026, 1, 1), "week"),
    "last weekend": DateRange(dt.date(2025, 12, 27), dt.date(2025, 12, 28), "weekend"),
    "this weekend": DateRange(dt.date(2026, 1, 3), dt.date(2026, 1, 4), "weekend"),
    "last month": DateRange(dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month"),
    "earlier this month": DateRange(dt.date(2026, 1, 1), dt.date(2026, 1, 1), "month"),
    "next year": DateRange(dt.date(2027, 1, 1), dt.date(2027, 12, 31), "year"),
}


@settings(max_examples=200, deadline=None)
@given(date_texts(published=FRIDAY, kinds=["relative"]))
def test_relative_dates_on_a_friday(x: Labeled[DateRange]) -> None:
    if x.text in RELATIVE_ON_FRIDAY_2026_01_02:
        assert x.value == RELATIVE_ON_FRIDAY_2026_01_02[x.text]


@settings(max_examples=100, deadline=None)
@given(date_texts(published=MONDAY, kinds=["relative"]))
def test_earlier_this_week_is_not_written_on_a_monday(x: Labeled[DateRange]) -> None:
    assert x.text != "earlier this week"
    if x.text == "last weekend":
        assert x.value == DateRange(dt.date(2026, 1, 3), dt.date(2026, 1, 4), "weekend")


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _has_year(text: str) -> bool:
    return any(word.isdigit() and len(word) == 4 for word in text.replace(",", " ").split())


@settings(max_examples=300, deadline=None)
@given(date_texts(kinds=["day", "holiday"]))
def test_a_left_out_year_is_the_nearest(x: Labeled[DateRange]) -> None:
    assert x.value.start is not None and x.value.start == x.value.end
    day = x.value.start
    if not _has_year(x.text):
        assert abs((day - x.published).days) <= 190
    if x.text.startswith("Thanksgiving"):
        expected = (0, 10) if x.locale == "en_CA" else (3, 11)
        assert (day.weekday(), day.month) == expected
    if x.text.startswith("Easter"):
        assert day.weekday() == 6
    if x.text.startswith("Good Friday"):
        assert day.weekday() == 4


@settings(max_examples=300, deadline=None)
@given(date_texts())
def test_date_labels_are_consistent(x: Labeled[DateRange]) -> None:
    assert x.text == x.text.strip() and x.text
    assert x.locale in DATE_LOCALES
    value = x.value
    assert DateRange.from_dict(value.to_dict()) == value
    if x.text.startswith("since"):
        assert value.end is None and value.start is not None and value.start <= x.published
    if x.text.startswith(("by ", "through ", "until ")):
        assert value.start is None and value.end is not None
    if value.granularity is Granularity.WEEK and value.start is not None:
        assert value.start.weekday() == 0
    if x.text == "last weekend":
        assert value == _weekend_before(x.published)


@settings(max_examples=200, deadline=None)
@given(quote_texts())
def test_quote_labels_point_into_their_sentence(x: Labeled[Quote]) -> None:
    quote, sentence = x.value, x.text
    assert quote.span.slice(sentence) == quote.text
    assert quote.content_span.slice(sentence) == quote.content
    assert quote.content_span.contains(quote.span)
    attribution = quote.attribution
    assert attribution.speaker is not None and attribution.speaker_span is not None
    assert attribution.speaker.name in attribution.speaker_span.slice(sentence)
    assert attribution.cue_span is not None
    assert attribution.cue_span.slice(sentence) == attribution.cue
    if quote.kind == "indirect":
        assert quote.parts == () and not any(mark in quote.text for mark in '“”"')
    else:
        assert quote.parts == (quote.span,)


# --- newsfacts' parsers against the labels ---------------------------------------------

SLOW_OK = settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_money_texts_parse_back_and_vary() -> None:
    texts: set[str] = set()

    @SLOW_OK
    @given(money_texts())
    def check(x: Labeled[Money | MoneyRange]) -> None:
        texts.add(x.text)
        if x.qualifier is Qualifier.EXACT:
            assert parse_money(x.text, locale=x.locale) == x.value
        else:  # parse_money reads one amount; the hedge is a mention's qualifier
            found = find_money(x.text, locale=x.locale)
            assert [(m.value, m.qualifier) for m in found] == [(x.value, x.qualifier)]

    check()
    assert len(texts) >= 100


def test_date_texts_parse_back_and_vary() -> None:
    texts: set[str] = set()

    @SLOW_OK
    @given(date_texts())
    def check(x: Labeled[DateRange]) -> None:
        texts.add(x.text)
        assert parse_date_range(x.text, published=x.published, locale=x.locale) == x.value

    check()
    assert len(texts) >= 100


@settings(max_examples=200, deadline=None)
@given(money_texts(kinds=[k for k in MONEY_KINDS if k != "range"]))
def test_find_money_reads_the_amount_and_its_hedge(x: Labeled[Money | MoneyRange]) -> None:
    mentions = find_money(x.text, locale=x.locale)
    assert [(m.value, m.qualifier) for m in mentions] == [(x.value, x.qualifier)]


def test_find_quotes_finds_the_generated_quote_and_texts_vary() -> None:
    texts: set[str] = set()

    @SLOW_OK
    @given(quote_texts())
    def check(x: Labeled[Quote]) -> None:
        texts.add(x.text)
        found = find_quotes(x.text, published=x.published, locale=x.locale)
        expected = x.value
        assert expected.speaker is not None
        got = [(q.speaker.name if q.speaker else None, q.kind, q.span, q.text) for q in found]
        assert got == [(expected.speaker.name, expected.kind, expected.span, expected.text)]

    check()
    assert len(texts) >= 100


@settings(max_examples=100, deadline=None)
@given(article_texts())
def test_article_labels_point_into_the_article(x: Labeled[Facts]) -> None:
    facts = x.value
    assert facts.article.text == x.text
    for money_mention in facts.money:
        assert money_mention.span.slice(x.text) == money_mention.text
    for date_mention in facts.dates:
        assert date_mention.span.slice(x.text) == date_mention.text
    for quote in facts.quotes:
        assert quote.span.slice(x.text) == quote.text
    for event in facts.events:
        assert [s.slice(x.text) for s in event.spans] in (
            ["visit"],
            ["visited"],
            ["travel"],
            ["travelled"],
            ["traveled"],
            ["meet"],
            ["met"],
        )
        assert event.place is not None and event.place.name in x.text
        assert all(a.name in x.text for a in event.actors)


def test_article_texts_tell_of_visits_and_meetings() -> None:
    meeting = find(
        article_texts(kinds=["event"]),
        lambda x: any(e.kind == "meeting" and e.status == "scheduled" for e in x.value.events),
        settings=FIND,
    )
    (event,) = meeting.value.events
    assert len(event.actors) == 2 and event.when is not None
    assert event.when.start is not None and event.when.start > meeting.published
    past = find(
        article_texts(kinds=["event"]),
        lambda x: any(e.status == "occurred" for e in x.value.events),
        settings=FIND,
    )
    assert past.value.events[0].when is not None
    assert past.value.events[0].when.end is not None
    assert past.value.events[0].when.end < past.published


def test_extract_finds_the_generated_facts_and_texts_vary() -> None:
    texts: set[str] = set()

    @SLOW_OK
    @given(article_texts())
    def check(x: Labeled[Facts]) -> None:
        texts.add(x.text)
        extract_finds_the_generated_facts(x)

    check()
    assert len(texts) >= 100


def extract_finds_the_generated_facts(x: Labeled[Facts]) -> None:
    """As ``../shared/eval/score.py`` matches them: money by value, dates by an
    overlapping span with the same start and end, quotes by speaker, kind and text,
    commitments by amount, donor and (no) recipient, events by start and end, place and
    one of the actors (and here also by kind and status)."""
    expected, found = x.value, extract(x.value.article)
    assert [m.value for m in found.money] == [m.value for m in expected.money]
    assert len(found.dates) == len(expected.dates)
    for date in expected.dates:
        assert any(
            d.span.overlaps(date.span)
            and (d.value.start, d.value.end) == (date.value.start, date.value.end)
            for d in found.dates
        ), (date.text, date.value.timex, [(d.text, d.value.timex) for d in found.dates])
    assert [(q.speaker.name if q.speaker else None, q.kind, q.text) for q in found.quotes] == [
        (q.speaker.name if q.speaker else None, q.kind, q.text) for q in expected.quotes
    ]
    assert [(c.amount, c.donor.name, c.recipient) for c in found.commitments] == [
        (c.amount, c.donor.name, None) for c in expected.commitments
    ]

    def event(e: Event) -> tuple[Any, ...]:
        place = e.place.name if e.place else None
        return (e.kind, e.status, e.start, e.end, place, {a.name for a in e.actors})

    got, wanted = [event(e) for e in found.events], [event(e) for e in expected.events]
    assert len(got) == len(wanted), (got, wanted)
    for g, w in zip(got, wanted, strict=True):
        assert g[:5] == w[:5] and g[5] & w[5], (g, w)


@pytest.mark.parametrize("kind", DATE_KINDS)
def test_each_date_kind_is_generated(kind: str) -> None:
    assert _first(date_texts(kinds=[kind])).value is not None
