"""The models: validation at construction, values semantics, JSON round trips."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts import (
    Article,
    DateMention,
    DateRange,
    DateRole,
    Duration,
    DurationMention,
    Facts,
    Granularity,
    Money,
    MoneyMention,
    MoneyRange,
    Qualifier,
    Span,
    ValidationError,
)
from newsfacts.money import is_currency_code

# ---------------------------------------------------------------- invalid values are named


@pytest.mark.parametrize(
    ("make", "field", "value"),
    [
        (lambda: Money(1.5, "USD"), "amount", 1.5),
        (lambda: Money(Decimal("NaN"), "USD"), "amount", None),
        (lambda: Money(1, "usd"), "currency", "usd"),
        (lambda: Money(1, "XYZ"), "currency", "XYZ"),
        (lambda: Money(1, 840), "currency", 840),  # type: ignore[arg-type]
        (lambda: Money("ten", "USD"), "amount", "ten"),
        (lambda: MoneyRange(Money(3, "USD"), Money(2, "USD")), "high", None),
        (lambda: MoneyRange(Money(1, "USD"), Money(2, "CAD")), "high", None),
        (lambda: Span(-1, 2), "start", -1),
        (lambda: Span(3, 2), "end", 2),
        (lambda: Span(True, 2), "start", True),
        (lambda: DateRange(dt.date(2026, 1, 2), dt.date(2026, 1, 1)), "end", None),
        (lambda: DateRange(dt.datetime(2026, 1, 2), None), "start", None),
        (lambda: DateRange(None, None, "fortnight"), "granularity", "fortnight"),
        (lambda: Duration(Decimal(-1), "Y"), "quantity", None),
        (lambda: Duration(1.5, "Y"), "quantity", 1.5),
        (lambda: Article(text="x", published="2026-01-02"), "published", "2026-01-02"),  # type: ignore[arg-type]
        (
            lambda: Article(text="x", published=dt.date(2026, 1, 2), locale="qq_ZZ"),
            "locale",
            "qq_ZZ",
        ),
        (lambda: Article(text=None, published=dt.date(2026, 1, 2)), "text", None),  # type: ignore[arg-type]
        (
            lambda: MoneyMention(span=Span(0, 3), text="$1", value=Money(1, "USD")),
            "text",
            "$1",
        ),
        (
            lambda: MoneyMention(
                span=Span(0, 2), text="$1", value=Money(1, "USD"), qualifier="roughly"
            ),
            "qualifier",
            "roughly",
        ),
    ],
)
def test_invalid_values_name_the_field(make: object, field: str, value: object) -> None:
    with pytest.raises(ValidationError) as info:
        make()  # type: ignore[operator]
    assert info.value.field == field
    assert isinstance(info.value, ValueError)
    assert repr(field) in str(info.value)
    if value is not None:
        assert info.value.value == value
        assert repr(value) in str(info.value)


def test_usd_lowercase_message() -> None:
    with pytest.raises(ValueError, match=r"'currency' must be .*ISO 4217.*\(got 'usd'\)"):
        Money(Decimal(5), "usd")


@pytest.mark.parametrize("code", ["USD", "CAD", "EUR", "JPY", "DEM", "FIM", "ESP", "NLG", "XAU"])
def test_historic_and_current_codes_are_valid(code: str) -> None:
    assert is_currency_code(code)
    assert Money(1, code).currency == code


def test_models_are_frozen_hashable_and_picklable() -> None:
    m = Money(Decimal("23.5E9"), "CAD")
    assert m == Money(23_500_000_000, "CAD")
    assert hash(m) == hash(Money(23_500_000_000, "CAD"))
    assert pickle.loads(pickle.dumps(m)) == m
    with pytest.raises(AttributeError):
        m.amount = Decimal(1)  # type: ignore[misc]
    d = DateRange(dt.date(2022, 1, 1), None, Granularity.YEAR)
    assert pickle.loads(pickle.dumps(d)) == d
    assert len({d, DateRange(dt.date(2022, 1, 1), None, "year")}) == 1


def test_article_locale_is_normalized() -> None:
    a = Article(text="x", published=dt.date(2026, 1, 2), locale="fr-CA")
    assert a.locale == "fr_CA"
    assert Article(text="x", published=dt.date(2026, 1, 2)).locale == "en_CA"


def test_article_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        Article("x", dt.date(2026, 1, 2))  # type: ignore[call-arg]


# ---------------------------------------------------------------- DateRange semantics


@pytest.mark.parametrize(
    ("start", "end", "gran", "timex"),
    [
        ("2026-01-05", "2026-01-05", "day", "2026-01-05"),
        ("2026-01-05", "2026-01-11", "week", "2026-W02"),
        ("2025-12-27", "2025-12-28", "weekend", "2025-W52-WE"),
        ("2025-12-01", "2025-12-31", "month", "2025-12"),
        ("2026-01-01", "2026-03-31", "quarter", "2026-Q1"),
        ("2026-07-01", "2026-12-31", "half", "2026-H2"),
        ("2022-01-01", "2022-12-31", "year", "2022"),
        ("1990-01-01", "1999-12-31", "decade", "199"),
        ("2026-01-05", "2026-01-06", "day", "2026-01-05/2026-01-06"),
        ("2022-01-01", None, "year", "2022-01-01/.."),
        (None, "2026-12-24", "day", "../2026-12-24"),
        ("2026-01-05", "2026-01-07", "week", "2026-01-05/2026-01-07"),
    ],
)
def test_timex(start: str | None, end: str | None, gran: str, timex: str) -> None:
    s = dt.date.fromisoformat(start) if start else None
    e = dt.date.fromisoformat(end) if end else None
    assert DateRange(s, e, gran).timex == timex


def test_contains_and_overlaps() -> None:
    visit = DateRange(dt.date(2026, 1, 5), dt.date(2026, 1, 6), "day")
    assert visit.contains(dt.date(2026, 1, 6))
    assert not visit.contains(dt.date(2026, 1, 7))
    since = DateRange(dt.date(2022, 1, 1), None, "year")
    assert since.overlaps(visit) and visit.overlaps(since)
    before = DateRange(None, dt.date(2021, 12, 31), "day")
    assert not since.overlaps(before)
    assert DateRange(None, None, "day").contains(dt.date(1, 1, 1))


@pytest.mark.parametrize(
    ("qty", "unit", "iso"),
    [
        (4, "Y", "P4Y"),
        (Decimal("3.5"), "Y", "P3.5Y"),
        (2, "W", "P2W"),
        (90, "D", "P90D"),
        (1, "DE", "P10Y"),
    ],
)
def test_duration_iso(qty: int | Decimal, unit: str, iso: str) -> None:
    assert Duration(qty, unit).iso == iso


# ---------------------------------------------------------------- JSON round trips

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
currencies = st.sampled_from(["USD", "CAD", "EUR", "GBP", "JPY", "DEM", "INR", "CHF"])
amounts = st.decimals(min_value=-(10**15), max_value=10**15, allow_nan=False, places=2)


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    a, b = sorted([draw(dates), draw(dates)])
    start = draw(st.one_of(st.none(), st.just(a)))
    end = draw(st.one_of(st.none(), st.just(b)))
    return DateRange(start, end, draw(st.sampled_from(list(Granularity))))


@st.composite
def facts(draw: st.DrawFn) -> Facts:
    text = draw(st.text(min_size=0, max_size=60))
    article = Article(
        text=text,
        published=draw(dates),
        locale=draw(st.sampled_from(["en_CA", "en_US", "fr_CA", "en_GB"])),
        headline=draw(st.none() | st.text(max_size=10)),
        outlet=draw(st.none() | st.text(max_size=10)),
        url=draw(st.none() | st.just("https://example.org/a")),
    )

    def span() -> Span:
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, len(text)))
        return Span(a, b)

    money = []
    for _ in range(draw(st.integers(0, 3))):
        sp = span()
        cur = draw(currencies)
        x, y = sorted([draw(amounts), draw(amounts)])
        value: Money | MoneyRange = (
            MoneyRange(Money(x, cur), Money(y, cur)) if draw(st.booleans()) else Money(x, cur)
        )
        money.append(
            MoneyMention(
                span=sp,
                text=sp.slice(text),
                value=value,
                qualifier=draw(st.sampled_from(list(Qualifier))),
                currency_inferred=draw(st.booleans()),
            )
        )
    date_mentions = []
    for _ in range(draw(st.integers(0, 3))):
        sp = span()
        date_mentions.append(
            DateMention(
                span=sp,
                text=sp.slice(text),
                value=draw(date_ranges()),
                year_inferred=draw(st.booleans()),
                role=draw(st.sampled_from(list(DateRole))),
            )
        )
    durations = []
    for _ in range(draw(st.integers(0, 2))):
        sp = span()
        qty = draw(st.decimals(min_value=0, max_value=1000, places=1, allow_nan=False))
        durations.append(
            DurationMention(
                span=sp, text=sp.slice(text), value=Duration(qty, draw(st.sampled_from("YMWD")))
            )
        )
    return Facts(article=article, money=money, dates=date_mentions, durations=durations)


@given(facts())
def test_facts_round_trip_through_json(f: Facts) -> None:
    import json

    data = json.loads(json.dumps(f.to_dict()))
    assert Facts.from_dict(data) == f


@given(amounts, currencies)
def test_amounts_are_plain_decimal_strings(amount: Decimal, currency: str) -> None:
    d = Money(amount, currency).to_dict()
    assert "E" not in d["amount"] and "e" not in d["amount"]
    assert Decimal(d["amount"]) == amount


def test_from_dict_rejects_other_schemas() -> None:
    with pytest.raises(ValidationError, match="schema"):
        Facts.from_dict({"schema": "newsfacts/0"})
