"""Dates: find_dates, parse_date_range and format_date_range.

The tables are news phrasing written for this project, grouped by what they prove (in the
manner of price-parser's tests). Most are read against an article published on Friday,
Jan. 2, 2026, the worked example's date. The properties at the end are Hypothesis tests:
format -> parse round trips, dates rendered in many surface forms parsing back, the
finder never raising, spans slicing to the mention text, and linear time on large
adversarial inputs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from babel.dates import get_month_names
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsfacts.dates
from newsfacts.dates import (
    DateMention,
    DateRange,
    DateRole,
    Duration,
    DurationMention,
    Granularity,
    find_dates,
    format_date_range,
    parse_date_range,
)
from newsfacts.errors import ParseError

PUB = dt.date(2026, 1, 2)  # a Friday
D = dt.date.fromisoformat


def dates_in(text: str, pub: dt.date = PUB, locale: str = "en_CA") -> list[DateMention]:
    return [m for m in find_dates(text, published=pub, locale=locale) if isinstance(m, DateMention)]


def only(text: str, pub: dt.date = PUB, locale: str = "en_CA") -> DateMention:
    """The one date mention of ``text``."""
    found = find_dates(text, published=pub, locale=locale)
    assert len(found) == 1, [m.text for m in found]
    (m,) = found
    assert isinstance(m, DateMention), m
    return m


def bounds(m: DateMention) -> tuple[str | None, str | None]:
    d = m.to_dict()
    return d["start"], d["end"]


# ------------------------------------------------------------------- absolute dates

ABSOLUTE = [
    # (text, written, start, end, granularity)
    ("The vote is set for 5 January 2026.", "5 January 2026", "2026-01-05", "2026-01-05", "day"),
    ("The report came out Sept. 14, 2025.", "Sept. 14, 2025", "2025-09-14", "2025-09-14", "day"),
    ("He was born on 14 April 1987.", "14 April 1987", "1987-04-14", "1987-04-14", "day"),
    (
        "The deal was signed on March 3rd, 2024.",
        "March 3rd, 2024",
        "2024-03-03",
        "2024-03-03",
        "day",
    ),
    (
        "It opened on the 1st of March 2024.",
        "the 1st of March 2024",
        "2024-03-01",
        "2024-03-01",
        "day",
    ),
    ("The plan was unveiled in April 2024.", "April 2024", "2024-04-01", "2024-04-30", "month"),
    ("Sales fell in Dec. 2025.", "Dec. 2025", "2025-12-01", "2025-12-31", "month"),
    ("The war began in 2022.", "2022", "2022-01-01", "2022-12-31", "year"),
    ("The filing is dated 2025-11-03.", "2025-11-03", "2025-11-03", "2025-11-03", "day"),
    ("Trump said on Dec. 28 that talks moved.", "Dec. 28", "2025-12-28", "2025-12-28", "day"),
    ("Markets reopen Jan. 5.", "Jan. 5", "2026-01-05", "2026-01-05", "day"),
    ("Officials met Nov. 3 in Paris.", "Nov. 3", "2025-11-03", "2025-11-03", "day"),
    ("The court ruled on Tuesday, Dec. 30.", "Tuesday, Dec. 30", "2025-12-30", "2025-12-30", "day"),
    ("The summit opens Jan. 5th.", "Jan. 5th", "2026-01-05", "2026-01-05", "day"),
    ("The budget, tabled on Nov. 4, passed.", "Nov. 4", "2025-11-04", "2025-11-04", "day"),
]


@pytest.mark.parametrize(("text", "written", "start", "end", "gran"), ABSOLUTE)
def test_absolute_dates(text: str, written: str, start: str, end: str, gran: str) -> None:
    m = only(text)
    assert (m.text, *bounds(m), m.value.granularity.value) == (written, start, end, gran)


@pytest.mark.parametrize(
    ("text", "locale", "start"),
    [
        ("The order was dated 11/3/2025.", "en_US", "2025-11-03"),
        ("The order was dated 3/11/2025.", "en_GB", "2025-11-03"),
        ("The order was dated 3/11/2025.", "en_AU", "2025-11-03"),
        ("The order was dated 25/12/2024.", "en_US", "2024-12-25"),  # 25 cannot be a month
        ("It was signed on 12.10.2024.", "en_GB", "2024-10-12"),
    ],
)
def test_numeric_dates_follow_the_locale(text: str, locale: str, start: str) -> None:
    assert bounds(only(text, locale=locale))[0] == start


def test_year_inferred_only_when_the_text_left_it_out() -> None:
    assert only("Trump said on Dec. 28 that talks moved.").year_inferred
    assert not only("The report came out Sept. 14, 2025.").year_inferred
    assert not only("Prices fell last week.").year_inferred


# ------------------------------------------------------------------- ranges

RANGES = [
    # (text, written, start, end)
    (
        "Carney is scheduled to visit during his Jan. 5 to 6 trip.",
        "Jan. 5 to 6",
        "2026-01-05",
        "2026-01-06",
    ),
    ("His Jan. 5-6 visit is on.", "Jan. 5-6", "2026-01-05", "2026-01-06"),
    ("The fair will run from Aug. 18 to 20.", "from Aug. 18 to 20", "2026-08-18", "2026-08-20"),
    ("The summit will be held Nov. 12-14.", "Nov. 12-14", "2026-11-12", "2026-11-14"),
    ("The summit was held Nov. 12-14.", "Nov. 12-14", "2025-11-12", "2025-11-14"),
    (
        "Talks will be held between March 3 and 7.",
        "between March 3 and 7",
        "2026-03-03",
        "2026-03-07",
    ),
    (
        "The office is closed Dec. 23 until Jan. 7.",
        "Dec. 23 until Jan. 7",
        "2025-12-23",
        "2026-01-07",
    ),
    ("Sales will grow January through March.", "January through March", "2026-01-01", "2026-03-31"),
    ("The plan runs between 2026 and 2028.", "between 2026 and 2028", "2026-01-01", "2028-12-31"),
    (
        "A budget covering 2026 and 2027 passed.",
        "covering 2026 and 2027",
        "2026-01-01",
        "2027-12-31",
    ),
    ("Output rose in the 2014-18 period.", "2014-18", "2014-01-01", "2018-12-31"),
    ("The festival ran 5-7 September 2025.", "5-7 September 2025", "2025-09-05", "2025-09-07"),
    ("It ran Nov. 28 to Dec. 2, 2025.", "Nov. 28 to Dec. 2, 2025", "2025-11-28", "2025-12-02"),
    (
        "Polls open Jan. 5, 2026, to Jan. 7, 2026.",
        "Jan. 5, 2026, to Jan. 7, 2026",
        "2026-01-05",
        "2026-01-07",
    ),
    ("Strikes hit from 13 to 15 July 2025.", "from 13 to 15 July 2025", "2025-07-13", "2025-07-15"),
    ("Exports fell from March to May 2025.", "from March to May 2025", "2025-03-01", "2025-05-31"),
]


@pytest.mark.parametrize(("text", "written", "start", "end"), RANGES)
def test_ranges(text: str, written: str, start: str, end: str) -> None:
    m = only(text)
    assert (m.text, *bounds(m)) == (written, start, end)
    assert m.role is DateRole.SPAN


# ------------------------------------------------------------------- open ranges and roles

OPEN = [
    # (text, written, start, end, role)
    ("Ottawa has committed $23.5 billion since 2022.", "since 2022", "2022-01-01", None, "start"),
    ("Prices have risen since April.", "since April", "2025-04-01", None, "start"),
    ("Submit the forms by Dec. 24.", "by Dec. 24", None, "2026-12-24", "deadline"),
    (
        "The program runs through Dec. 31, 2026.",
        "through Dec. 31, 2026",
        None,
        "2026-12-31",
        "deadline",
    ),
    ("The rules apply from July 1.", "from July 1", "2026-07-01", None, "start"),
    ("Nothing was built before 2018.", "before 2018", None, "2017-12-31", "deadline"),
    ("Bids opened after Feb. 3, 2025.", "after Feb. 3, 2025", "2025-02-04", None, "start"),
    (
        "The offer is good until the end of March.",
        "until the end of March",
        None,
        "2026-03-31",
        "deadline",
    ),
    (
        "It must be done by the end of the year.",
        "by the end of the year",
        None,
        "2026-12-31",
        "deadline",
    ),
    ("Models from 2012 or later qualify.", "from 2012 or later", "2012-01-01", None, "start"),
]


@pytest.mark.parametrize(("text", "written", "start", "end", "role"), OPEN)
def test_open_ranges_and_roles(
    text: str, written: str, start: str | None, end: str | None, role: str
) -> None:
    m = only(text)
    assert (m.text, *bounds(m), m.role.value) == (written, start, end, role)


def test_since_looks_back_and_by_looks_ahead_without_a_verb() -> None:
    assert bounds_of(parse_date_range("since April", published=PUB)) == ("2025-04-01", None)
    assert bounds_of(parse_date_range("by Dec. 24", published=PUB)) == (None, "2026-12-24")


def bounds_of(r: DateRange) -> tuple[str | None, str | None]:
    return (r.start.isoformat() if r.start else None, r.end.isoformat() if r.end else None)


# ------------------------------------------------------------------- relative dates

RELATIVE = [
    # (text, written, start, end) -- published Friday, Jan. 2, 2026
    ("He said yesterday that talks failed.", "yesterday", "2026-01-01", "2026-01-01"),
    ("The minister said today that talks failed.", "today", "2026-01-02", "2026-01-02"),
    ("Talks resume tomorrow.", "tomorrow", "2026-01-03", "2026-01-03"),
    ("Prices fell last week.", "last week", "2025-12-22", "2025-12-28"),
    ("The union suspended strike action this week.", "this week", "2025-12-29", "2026-01-04"),
    ("Negotiations hit a snag earlier this week.", "earlier this week", "2025-12-29", "2026-01-01"),
    ("Carney met Zelenskyy last weekend.", "last weekend", "2025-12-27", "2025-12-28"),
    ("Rallies are planned for this weekend.", "this weekend", "2026-01-03", "2026-01-04"),
    ("Inflation eased last month.", "last month", "2025-12-01", "2025-12-31"),
    ("The law takes effect next year.", "next year", "2027-01-01", "2027-12-31"),
    ("He will travel early next week.", "early next week", "2026-01-05", "2026-01-07"),
    ("The vote is set for next week.", "next week", "2026-01-05", "2026-01-11"),
    ("The talks resume the week after next.", "the week after next", "2026-01-12", "2026-01-18"),
    ("The firm cut jobs three days ago.", "three days ago", "2025-12-30", "2025-12-30"),
    ("Prices rose over the past three weeks.", "the past three weeks", "2025-12-12", "2026-01-01"),
    ("Rain is forecast for the next 10 days.", "the next 10 days", "2026-01-03", "2026-01-12"),
    ("A deal is expected within 5 days.", "within 5 days", "2026-01-02", "2026-01-06"),
    ("Profits fell last quarter.", "last quarter", "2025-10-01", "2025-12-31"),
    ("Rates rose late last year.", "late last year", "2025-07-01", "2025-12-31"),
    ("The bank moved a decade ago.", "a decade ago", "2016-01-02", "2016-01-02"),
    (
        "The bill will be voted on at the end of next month.",
        "at the end of next month",
        "2026-02-21",
        "2026-02-28",
    ),
]


@pytest.mark.parametrize(("text", "written", "start", "end"), RELATIVE)
def test_relative_dates(text: str, written: str, start: str, end: str) -> None:
    m = only(text)
    assert (m.text, *bounds(m)) == (written, start, end)


def test_in_a_future_sentence_in_n_weeks_is_a_day_in_a_past_one_a_duration() -> None:
    m = only("The ministers will meet in two weeks.")
    assert (m.text, *bounds(m)) == ("in two weeks", "2026-01-16", "2026-01-16")
    (d,) = find_dates("Rates hit their highest level in three years.", published=PUB)
    assert isinstance(d, DurationMention)
    assert (d.text, d.value.iso) == ("three years", "P3Y")


@pytest.mark.parametrize(
    ("pub", "start", "end"),
    [
        (D("2026-01-05"), "2026-01-05", "2026-01-05"),  # a Monday: nothing earlier this week
        (D("2026-01-08"), "2026-01-05", "2026-01-07"),  # a Thursday
        (D("2026-01-11"), "2026-01-05", "2026-01-10"),  # a Sunday
    ],
)
def test_earlier_this_week_runs_monday_to_the_day_before(
    pub: dt.date, start: str, end: str
) -> None:
    assert bounds(only("Talks stalled earlier this week.", pub=pub)) == (start, end)


@pytest.mark.parametrize(
    ("pub", "start", "end"),
    [
        (D("2026-01-05"), "2026-01-03", "2026-01-04"),  # Monday: the weekend just gone
        (D("2026-01-10"), "2026-01-03", "2026-01-04"),  # Saturday: the weekend before
        (D("2026-01-11"), "2026-01-03", "2026-01-04"),  # Sunday
    ],
)
def test_last_weekend_is_the_previous_weeks_saturday_and_sunday(
    pub: dt.date, start: str, end: str
) -> None:
    assert bounds(only("They met last weekend.", pub=pub)) == (start, end)


# ------------------------------------------------------------------- weekdays and tense

WEEKDAYS = [
    # (text, start) -- published Friday, Jan. 2, 2026
    ("The ministry said Tuesday that it would act.", "2025-12-30"),
    ("The leaders will meet on Monday.", "2026-01-05"),
    ("The strike ended on Friday.", "2026-01-02"),
    ("Police arrested two men Wednesday.", "2025-12-31"),
    ("The panel will report Wednesday.", "2026-01-07"),
    ("The vote is scheduled for next Monday.", "2026-01-05"),
    ("He resigned last Monday.", "2025-12-22"),
    ("Rain fell this past Tuesday.", "2025-12-30"),
    ("Markets on Sunday", "2026-01-04"),  # no tense: the nearest Sunday
]


@pytest.mark.parametrize(("text", "start"), WEEKDAYS)
def test_weekdays_follow_the_tense(text: str, start: str) -> None:
    m = only(text)
    assert bounds(m) == (start, start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The summit will be held Nov. 12.", "2026-11-12"),
        ("The summit was held Nov. 12.", "2025-11-12"),
        ("Zelenskyy said Dec. 29 that drones were shot down.", "2025-12-29"),
        ("The plan takes effect Jan. 5.", "2026-01-05"),  # present tense: the nearest
        ("Elections are expected in late March.", "2026-03-16"),
        ("Elections were held in late March.", "2025-03-16"),
    ],
)
def test_a_year_left_out_follows_the_tense(text: str, start: str) -> None:
    assert bounds(only(text))[0] == start


# ------------------------------------------------------------------- holidays

HOLIDAYS = [
    # (text, locale, written, start, end)
    ("Families gathered for Thanksgiving.", "en_CA", "Thanksgiving", "2025-10-13", "2025-10-13"),
    ("Families gathered for Thanksgiving.", "en_US", "Thanksgiving", "2025-11-27", "2025-11-27"),
    ("Stores open on Thanksgiving 2026.", "en_CA", "Thanksgiving 2026", "2026-10-12", "2026-10-12"),
    ("Stores open on Thanksgiving 2026.", "en_US", "Thanksgiving 2026", "2026-11-26", "2026-11-26"),
    (
        "Flights filled up for American Thanksgiving.",
        "en_CA",
        "American Thanksgiving",
        "2025-11-27",
        "2025-11-27",
    ),
    ("Fireworks are planned for Canada Day.", "en_CA", "Canada Day", "2026-07-01", "2026-07-01"),
    (
        "Americans celebrated Independence Day.",
        "en_US",
        "Independence Day",
        "2025-07-04",
        "2025-07-04",
    ),
    ("Zelenskyy spoke in a New Year’s address.", "en_CA", "New Year’s", "2026-01-01", "2026-01-01"),
    ("Crowds gathered on Christmas Eve.", "en_GB", "Christmas Eve", "2025-12-24", "2025-12-24"),
    ("Shops reopened after Boxing Day.", "en_GB", "after Boxing Day", "2025-12-27", None),
    ("Easter 2026 falls early.", "en_US", "Easter 2026", "2026-04-05", "2026-04-05"),
    ("Good Friday 2026 is a holiday.", "en_AU", "Good Friday 2026", "2026-04-03", "2026-04-03"),
    ("Victoria Day 2026 is a holiday.", "en_CA", "Victoria Day 2026", "2026-05-18", "2026-05-18"),
    ("Memorial Day 2026 is a holiday.", "en_US", "Memorial Day 2026", "2026-05-25", "2026-05-25"),
    ("Mother's Day 2026 sales rose.", "en_US", "Mother's Day 2026", "2026-05-10", "2026-05-10"),
    ("Mother's Day 2026 sales rose.", "en_GB", "Mother's Day 2026", "2026-03-15", "2026-03-15"),
    (
        "Traffic peaks on Labor Day weekend 2026.",
        "en_US",
        "Labor Day weekend 2026",
        "2026-09-05",
        "2026-09-07",
    ),
    (
        "Markets closed for Chinese New Year.",
        "en_US",
        "Chinese New Year",
        "2025-01-29",
        "2025-01-29",
    ),
    (
        "The Lunar New Year 2026 holiday was set.",
        "en_AU",
        "The Lunar New Year 2026",
        "2026-02-17",
        "2026-02-17",
    ),
    ("Ramadan 2026 begins soon.", "en_GB", "Ramadan 2026", "2026-02-18", "2026-03-19"),
    ("Eid al-Fitr 2018 was a holiday.", "en_GB", "Eid al-Fitr 2018", "2018-06-15", "2018-06-15"),
    ("Lent 2026 begins soon.", "en_GB", "Lent 2026", "2026-02-18", "2026-04-04"),
]


@pytest.mark.parametrize(("text", "locale", "written", "start", "end"), HOLIDAYS)
def test_holidays_by_locale(
    text: str, locale: str, written: str, start: str, end: str | None
) -> None:
    m = only(text, locale=locale)
    assert (m.text, *bounds(m)) == (written, start, end)


@pytest.mark.parametrize("text", ["He lent her money.", "Talks resume in the new year."])
def test_holiday_names_that_are_something_else(text: str) -> None:
    assert [m.text for m in dates_in(text)] == []


# ------------------------------------------------------------------- quarters, halves, decades

PERIODS = [
    # (text, locale, written, start, end, granularity)
    ("Earnings in Q3 2025 rose.", "en_CA", "Q3 2025", "2025-07-01", "2025-09-30", "quarter"),
    (
        "Earnings fell in the third quarter.",
        "en_CA",
        "the third quarter",
        "2025-07-01",
        "2025-09-30",
        "quarter",
    ),
    (
        "Profit in the fourth quarter of 2024 fell.",
        "en_CA",
        "the fourth quarter of 2024",
        "2024-10-01",
        "2024-12-31",
        "quarter",
    ),
    ("Sales in 2025-Q4 rose.", "en_CA", "2025-Q4", "2025-10-01", "2025-12-31", "quarter"),
    (
        "Growth in the first half of 2026 will slow.",
        "en_CA",
        "the first half of 2026",
        "2026-01-01",
        "2026-06-30",
        "half",
    ),
    ("Revenue in H2 2025 rose.", "en_CA", "H2 2025", "2025-07-01", "2025-12-31", "half"),
    ("Rents doubled in the 1990s.", "en_CA", "the 1990s", "1990-01-01", "1999-12-31", "decade"),
    ("Rents doubled in the '90s.", "en_CA", "the '90s", "1990-01-01", "1999-12-31", "decade"),
    ("Cities grew in the 1800s.", "en_CA", "the 1800s", "1800-01-01", "1899-12-31", "decade"),
    (
        "Trade changed in the 21st century.",
        "en_CA",
        "the 21st century",
        "2000-01-01",
        "2099-12-31",
        "decade",
    ),
    ("Prices rose in the early 2000s.", "en_CA", "early 2000s", "2000-01-01", "2003-12-31", "year"),
    ("Output will peak in mid-2026.", "en_CA", "mid-2026", "2026-05-01", "2026-08-31", "month"),
    (
        "The mill closed at the end of 2025.",
        "en_CA",
        "the end of 2025",
        "2025-09-01",
        "2025-12-31",
        "month",
    ),
    (
        "The mine opens at the beginning of 2027.",
        "en_CA",
        "the beginning of 2027",
        "2027-01-01",
        "2027-03-31",
        "month",
    ),
    (
        "Elections are expected in late March.",
        "en_CA",
        "late March",
        "2026-03-16",
        "2026-03-31",
        "month",
    ),
    ("Fires spread in summer 2025.", "en_CA", "summer 2025", "2025-06-01", "2025-08-31", "season"),
    ("Snow fell last winter.", "en_CA", "last winter", "2024-12-01", "2025-02-28", "season"),
    ("Bushfires raged this summer.", "en_AU", "this summer", "2025-12-01", "2026-02-28", "season"),
]


@pytest.mark.parametrize(("text", "locale", "written", "start", "end", "gran"), PERIODS)
def test_quarters_halves_decades_and_parts(
    text: str, locale: str, written: str, start: str, end: str, gran: str
) -> None:
    m = only(text, locale=locale)
    assert (m.text, *bounds(m), m.value.granularity.value) == (written, start, end, gran)


# ------------------------------------------------------------------- durations

DURATIONS = [
    # (text, written, iso)
    ("He served four years in office.", "four years", "P4Y"),
    ("Russia's invasion nears the four-year mark.", "four-year", "P4Y"),
    ("The debt grew over five years.", "five years", "P5Y"),
    ("The strike lasted two weeks.", "two weeks", "P2W"),
    ("Investors bought the 10-year bond.", "10-year", "P10Y"),
    ("The project took 18 months.", "18 months", "P18M"),
    ("The trial may last 3.5 years.", "3.5 years", "P3.5Y"),
    ("They stayed for a couple of days.", "a couple of days", "P2D"),
    ("The ban lasts a fortnight.", "fortnight", "P2W"),
]


@pytest.mark.parametrize(("text", "written", "iso"), DURATIONS)
def test_durations(text: str, written: str, iso: str) -> None:
    found = find_dates(text, published=PUB, locale="en_CA")
    durations = [(m.text, m.value.iso) for m in found if isinstance(m, DurationMention)]
    assert [(w, i) for w, i in durations if written in w] == [(durations[0][0], iso)]
    assert written in durations[0][0]


def test_ages_are_not_durations() -> None:
    assert find_dates("A 45-year-old man was arrested.", published=PUB) == []


# ------------------------------------------------------------------- not dates

NOT_DATES = [
    "Ottawa has committed $23.5 billion in aid.",
    "Russia said all 91 drones were intercepted.",
    "About 2,000 troops were sent.",
    "Prices rose 10 percent, a 10% rise.",
    "A Boeing 747 landed.",
    "COVID-19 cases fell.",
    "The meeting starts at 3:30 p.m.",
    "Call 555-123-4567 for details.",
    "Tel: +86 138-2010-2015",
    "A 24/7 newsroom covers 9/11 anniversaries.",
    "The Leafs won 3-2 in overtime.",
    "This may take longer than expected.",
    "May I ask a question?",
    "Will Smith arrived.",
    "The march on Washington drew crowds.",
    "She sat down as the sun rose.",
    "In 2000 cases the court agreed.",
    "It celebrated its 15th anniversary.",
    "The G7 summit and Title 42 rules.",
    "Latitude: 40.1693, 1666.90125 BRL",
    "The score was 30/4.85 in the lab.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert [m.text for m in find_dates(text, published=PUB, locale="en_US")] == []


# ------------------------------------------------------------------- bugs caught

BUGS = [
    # (text, published, [(written, start, end)]) -- each broke once during development
    (
        "July 13-15",
        D("2013-02-12"),
        [("July 13-15", "2013-07-13", "2013-07-15")],
    ),  # "-15" read as a year
    (
        "I bought it for $12 December 27",
        D("2019-07-04"),
        [("December 27", "2018-12-27", "2018-12-27")],
    ),
    ("The range is 2014-2018.", D("2016-11-07"), [("2014-2018", "2014-01-01", "2018-12-31")]),
    (
        "APEC meets on November 18-19",
        D("2018-10-24"),
        [("November 18-19", "2018-11-18", "2018-11-19")],
    ),
    (
        "will be held Nov. 12-14",
        PUB,
        [("Nov. 12-14", "2026-11-12", "2026-11-14")],
    ),  # "held" is not past
    ("between 9-6 PT", PUB, []),
    ("July 1st, 17th times", D("2018-04-07"), [("July 1st", "2018-07-01", "2018-07-01")]),
    ("Is this a valid date? 2015-32", PUB, []),
    ("This may or may not be right.", PUB, []),
    ("3mons ago", D("2014-09-01"), [("3mons ago", "2014-06-01", "2014-06-01")]),  # not "3 Mondays"
    (
        "The 22nd, 23rd or 31st of March will do.",
        PUB,
        [
            ("The 22nd", "2026-03-22", "2026-03-22"),
            ("23rd", "2026-03-23", "2026-03-23"),
            ("31st of March", "2026-03-31", "2026-03-31"),
        ],
    ),
    (
        "next week Mon or Tue",
        D("2017-12-04"),
        [
            ("next week Mon", "2017-12-11", "2017-12-11"),
            ("Tue", "2017-12-12", "2017-12-12"),
        ],
    ),
    (
        "Friday 7.6",
        D("2018-07-01"),
        [("Friday 7.6", "2018-07-06", "2018-07-06")],
    ),  # the weekday orders it
    (
        "The World Bank approved a $1.5 billion loan on Thursday.",
        D("2026-03-04"),
        [("Thursday", "2026-02-26", "2026-02-26")],
    ),  # the decimal point of "$1.5" ended the sentence, so "approved" was not seen
    (
        "Ana will visit Lyon on 1 Jan. Markets were calm.",
        D("2023-10-06"),
        [("1 Jan.", "2024-01-01", "2024-01-01")],
    ),  # the tense was read from the next sentence
    (
        "A decision is expected by 3 January.",
        D("2023-10-06"),
        [("by 3 January", None, "2024-01-03")],
    ),  # "expected by" looks ahead
    (
        "Ana met Ben in Lyon on Jan. 1st. Ana will provide $1 for the new hospital.",
        D("2000-01-02"),
        [("Jan. 1st", "2000-01-01", "2000-01-01")],
    ),  # the period after "1st" was read as the one of "St." and the tense came from "will"
    (
        "The tariffs take effect on 1 July, according to a notice published by the office.",
        D("2026-06-11"),
        [("1 July", "2026-07-01", "2026-07-01")],
    ),  # "published by" is a participle, not the clause's past tense
    (
        "Subsidies for power bills run through March, the Cabinet Office said.",
        D("2026-11-03"),
        [("through March", None, "2027-03-31")],
    ),  # the attribution's "said" after the comma is not the clause's tense
    (
        "Unions want raises in next spring's talks.",
        D("2026-11-03"),
        [("next spring's", "2027-03-01", "2027-05-31")],
    ),  # a possessive season
    (
        "Ana met Ben in Lyon on 1st Jan. Ana will provide $1 for the new hospital.",
        D("2000-01-02"),
        [("1st Jan.", "2000-01-01", "2000-01-01")],
    ),
]


@pytest.mark.parametrize(("text", "pub", "expected"), BUGS)
def test_bugs_caught(
    text: str, pub: dt.date, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(m.text, *bounds(m)) for m in dates_in(text, pub=pub, locale="en_US")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "12/12/12-" * 3000,
        "past  zero month fifty koningsdag",
        "mar3 this week or next",
        "Open ABC-12345-A1B2C3 next",
    ],
)
def test_bugs_that_raised(text: str) -> None:
    for m in find_dates(text, published=PUB):
        assert text[m.span.start : m.span.end] == m.text


# ------------------------------------------------------------------- money is not a date

AMOUNTS = [
    # (text, [(written, start, end)]) -- digits of money, percentages and thousands
    (
        "Analysts expect $4.2-5.1 billion in revenue in 2026.",
        [("2026", "2026-01-01", "2026-12-31")],
    ),
    ("The firm spent $12/25 a share on buybacks in 2024.", [("2024", "2024-01-01", "2024-12-31")]),
    ("It will cost £5 to 6 March travellers.", [("6 March", "2026-03-06", "2026-03-06")]),
    ("The temple was built 1,200 years ago.", []),
    ("The ruins are 1,200 years old.", []),
    ("Sales rose 3.5% in May, the index said.", [("May", "2025-05-01", "2025-05-31")]),
    ("Shares fell 8% on Dec. 30.", [("Dec. 30", "2025-12-30", "2025-12-30")]),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_amounts_of_money_are_not_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.text, *bounds(m)) for m in dates_in(text)] == expected
    assert [m.text for m in find_dates(text, published=PUB)] == [e[0] for e in expected]


@pytest.mark.parametrize(
    "text", ["Prices rose in ५Y.", "a ٣W wait", "It began ٣d ago.", "The plan runs ५ years."]
)
def test_digits_other_than_ascii_are_not_numbers(text: str) -> None:
    assert find_dates(text, published=PUB) == []  # (two of these once raised)


@pytest.mark.parametrize(
    "text",
    [
        "Shares of İstanbul-based Koç rose on Jan. 5.",  # "İ" lowers to two characters
        "ΑΘΗΝΑ ΣΑΣ: talks resume on Jan. 5 in Athens.",  # "Σ" lowers by its context
        "İİİ ΣΣ Jan. 5 ΣΣ İİİ",
    ],
)
def test_letters_that_lower_case_oddly_keep_the_spans(text: str) -> None:
    m = only(text)
    assert m.text == "Jan. 5" == text[m.span.start : m.span.end]


# ------------------------------------------------------------------- the worked example

WORKED = Path(__file__).parent.parent / "src" / "newsfacts" / "data" / "carney-france.txt"
WORKED_EXPECTED = [
    ("early next week", "2026-01-05", "2026-01-07"),
    ("Jan. 5 to 6", "2026-01-05", "2026-01-06"),
    ("Jan. 2", "2026-01-02", "2026-01-02"),
    ("Jan. 2", "2026-01-02", "2026-01-02"),
    ("since 2022", "2022-01-01", None),
    ("last weekend", "2025-12-27", "2025-12-28"),
    ("2022", "2022-01-01", "2022-12-31"),
    ("Dec. 28", "2025-12-28", "2025-12-28"),
    ("New Year’s", "2026-01-01", "2026-01-01"),
    ("earlier this week", "2025-12-29", "2026-01-01"),
    ("Dec. 29", "2025-12-29", "2025-12-29"),
]


def test_worked_example() -> None:
    text = WORKED.read_text("utf-8")
    found = find_dates(text, published=PUB, locale="en_CA")
    assert [(m.text, *bounds(m)) for m in found if isinstance(m, DateMention)] == WORKED_EXPECTED
    (mark,) = [m for m in found if isinstance(m, DurationMention)]
    assert (mark.text, mark.value) == ("four-year", Duration(4, "Y"))


# ------------------------------------------------------------------- parse_date_range

PARSE = [
    # (text, locale, start, end, granularity)
    ("Jan. 5 to 6", "en_US", "2026-01-05", "2026-01-06", "day"),
    ("5-6 January 2026", "en_GB", "2026-01-05", "2026-01-06", "day"),
    ("Dec. 23 until Jan. 7", "en_US", "2025-12-23", "2026-01-07", "day"),
    ("the week of Jan. 12, 2026", "en_US", "2026-01-12", "2026-01-18", "week"),
    ("the first half of 2026", "en_US", "2026-01-01", "2026-06-30", "half"),
    ("Q3 2025", "en_CA", "2025-07-01", "2025-09-30", "quarter"),
    ("since 2022", "en_CA", "2022-01-01", None, "year"),
    ("through Dec. 31, 2026", "en_CA", None, "2026-12-31", "day"),
    ("Thanksgiving 2025", "en_CA", "2025-10-13", "2025-10-13", "day"),
    ("Thanksgiving 2025", "en_US", "2025-11-27", "2025-11-27", "day"),
    ("the 1990s", "en_US", "1990-01-01", "1999-12-31", "decade"),
    ("Jan. 1", "en_US", "2026-01-01", "2026-01-01", "day"),  # the nearest Jan. 1
]


@pytest.mark.parametrize(("text", "locale", "start", "end", "gran"), PARSE)
def test_parse_date_range(
    text: str, locale: str, start: str | None, end: str | None, gran: str
) -> None:
    r = parse_date_range(text, published=PUB, locale=locale)
    assert (*bounds_of(r), r.granularity.value) == (start, end, gran)


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("Jan. 5 to 6 visit", 12, "the end of the date expression"),
        ("", 0, "a date or date range"),
        ("  ", 0, "a date or date range"),
        ("visit", 0, "a date or date range"),
        ("$23.5 billion", 0, "a date or date range"),
        ("four years", 0, "not a duration"),
    ],
)
def test_parse_errors_say_what_and_where(text: str, position: int, expected: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_date_range(text, published=PUB)
    assert info.value.position == position
    assert expected in str(info.value)
    assert isinstance(info.value, ValueError)


def test_bad_arguments_are_type_errors() -> None:
    with pytest.raises(TypeError):
        parse_date_range(5, published=PUB)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_dates("Jan. 5", published=dt.datetime(2026, 1, 2))
    with pytest.raises(TypeError):
        format_date_range("Jan. 5", locale="en_US")  # type: ignore[arg-type]


# ------------------------------------------------------------------- format_date_range

FORMAT = [
    # (value, locale, text) -- babel puts thin spaces around the dash; shown here as spaces
    (DateRange(D("2026-01-05"), D("2026-01-06"), "day"), "en_US", "Jan 5 – 6, 2026"),
    (DateRange(D("2026-01-05"), D("2026-01-06"), "day"), "en_GB", "5 – 6 Jan 2026"),
    (DateRange(D("2026-01-05"), D("2026-01-06"), "day"), "en_AU", "5–6 Jan 2026"),
    (DateRange(D("2025-12-23"), D("2026-01-07"), "day"), "en_CA", "Dec 23, 2025–Jan 7, 2026"),
    (DateRange.day(D("2025-12-28")), "en_CA", "Dec 28, 2025"),
    (DateRange.day(D("2025-09-14")), "en_GB", "14 Sept 2025"),
    (DateRange(D("2026-01-01"), D("2026-03-31"), "month"), "en_US", "January – March 2026"),
    (DateRange(D("2025-12-01"), D("2025-12-31"), "month"), "en_US", "December 2025"),
    (DateRange(D("2025-07-01"), D("2025-09-30"), "quarter"), "en_US", "Q3 2025"),
    (DateRange(D("2026-01-01"), D("2026-06-30"), "half"), "en_US", "H1 2026"),
    (DateRange(D("2026-01-01"), D("2028-12-31"), "year"), "en_US", "2026 – 2028"),
    (DateRange(D("1990-01-01"), D("1999-12-31"), "decade"), "en_US", "the 1990s"),
    (DateRange(D("2026-01-05"), D("2026-01-11"), "week"), "en_US", "the week of Jan 5, 2026"),
    (DateRange(D("2022-01-01"), None, "year"), "en_CA", "since 2022"),
    (DateRange(None, D("2026-12-24"), "day"), "en_CA", "through Dec 24, 2026"),
]


@pytest.mark.parametrize(("value", "locale", "text"), FORMAT)
def test_format_date_range(value: DateRange, locale: str, text: str) -> None:
    written = format_date_range(value, locale=locale)
    assert written.replace("\u2009", " ").replace("\u202f", " ") == text
    assert parse_date_range(written, published=PUB, locale=locale) == value


def test_format_refuses_a_range_open_on_both_sides() -> None:
    with pytest.raises(ValueError, match="at least one bound"):
        format_date_range(DateRange(None, None, "day"), locale="en_US")


# ------------------------------------------------------------------- the JSON form


def test_mentions_serialize_with_the_contract_fields() -> None:
    (date, duration) = find_dates(
        "Aid has flowed since 2022, nearing the four-year mark.", published=PUB
    )
    assert isinstance(date, DateMention) and isinstance(duration, DurationMention)
    assert date.to_dict() == {
        "text": "since 2022",
        "span": [15, 25],
        "start": "2022-01-01",
        "end": None,
        "granularity": "year",
        "timex": "2022-01-01/..",
        "year_inferred": False,
        "role": "start",
    }
    assert DateMention.from_dict(date.to_dict()) == date
    assert duration.to_dict()["value"] == "P4Y"
    assert DurationMention.from_dict(duration.to_dict()) == duration


# ------------------------------------------------------------------- properties

LOCALES = ("en_US", "en_CA", "en_GB", "en_AU")


@st.composite
def showable_ranges(draw: st.DrawFn) -> DateRange:
    """Ranges format_date_range can show: days and day ranges, whole weeks, weekends,
    months, quarters, halves, years and runs of them, decades and centuries, open on
    either side with a bound of their unit."""
    gran = draw(st.sampled_from(list(Granularity)).filter(lambda g: g is not Granularity.SEASON))
    start = draw(st.dates(dt.date(1001, 1, 1), dt.date(2990, 12, 31)))
    y, m = start.year, start.month
    end: dt.date
    if gran is Granularity.DAY:
        end = start + dt.timedelta(days=draw(st.sampled_from([0, 0, 1, 2, 6, 30, 400])))
    elif gran is Granularity.WEEK:
        start -= dt.timedelta(days=start.weekday())
        end = start + dt.timedelta(days=6)
    elif gran is Granularity.WEEKEND:
        start += dt.timedelta(days=5 - start.weekday())
        end = start + dt.timedelta(days=1)
    elif gran is Granularity.MONTH:
        start = dt.date(y, m, 1)
        last = m - 1 + draw(st.sampled_from([0, 0, 1, 2, 13]))
        end = month_end(y + last // 12, last % 12 + 1)
    elif gran is Granularity.QUARTER:
        start = dt.date(y, 3 * ((m - 1) // 3) + 1, 1)
        last = start.month + 1 + 3 * draw(st.sampled_from([0, 0, 1, 4]))
        end = month_end(y + last // 12, last % 12 + 1)
    elif gran is Granularity.HALF:
        start = dt.date(y, 1 if m <= 6 else 7, 1)
        end = month_end(y, start.month + 5)
    elif gran is Granularity.YEAR:
        start = dt.date(y, 1, 1)
        end = dt.date(min(2999, y + draw(st.sampled_from([0, 0, 1, 5]))), 12, 31)
    else:
        century = draw(st.booleans())
        first = y // 100 * 100 if century else y // 10 * 10
        if not century and first % 100 == 0:
            first += 10  # "the 1800s" names the century
        start = dt.date(first, 1, 1)
        end = dt.date(first + (99 if century else 9), 12, 31)
    side = draw(st.sampled_from(["both", "both", "start", "end"]))
    if gran is Granularity.DECADE and start.year % 100 == 0:
        side = "both"  # "since the 1800s" reads as the century
    if side == "start":
        return DateRange(start, None, gran)
    if side == "end":
        return DateRange(None, end, gran)
    return DateRange(start, end, gran)


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    value=showable_ranges(),
    locale=st.sampled_from(LOCALES),
    published=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
)
def test_format_then_parse_round_trips(value: DateRange, locale: str, published: dt.date) -> None:
    text = format_date_range(value, locale=locale)
    assert parse_date_range(text, published=published, locale=locale) == value


AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[str, str, dt.date, DateRange]:
    """A day (or a short range of days) near the publication date, written as news writes
    it: babel's wide or abbreviated month names for the locale, AP abbreviations with a
    period, US or UK order, ordinals or not, with the year or without it."""
    locale = draw(st.sampled_from(LOCALES))
    published = draw(st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)))
    first = published + dt.timedelta(days=draw(st.integers(-150, 150)))
    span = draw(st.sampled_from([0, 0, 0, 1, 2, 9]))
    last = first + dt.timedelta(days=span)
    width = draw(st.sampled_from(["wide", "abbreviated", "ap"]))
    wide = {n: str(name) for n, name in get_month_names("wide", locale=locale).items()}
    short = {n: str(name) for n, name in get_month_names("abbreviated", locale=locale).items()}

    def month(day: dt.date) -> str:
        if width == "ap":  # AP style: Jan., Feb., Aug., Sept., Oct., Nov., Dec.; others in full
            return AP_MONTHS.get(day.month, wide[day.month])
        return (wide if width == "wide" else short)[day.month]

    ordinal = draw(st.booleans())

    def num(day: dt.date) -> str:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(
            day.day % 10 if day.day not in (11, 12, 13) else 0, "th"
        )
        return f"{day.day}{suffix}" if ordinal else str(day.day)

    us = draw(st.booleans())
    with_year = draw(st.booleans()) or abs((first - published).days) > 140

    def one(day: dt.date, year: bool) -> str:
        core = f"{month(day)} {num(day)}" if us else f"{num(day)} {month(day)}"
        if not year:
            return core
        return f"{core}, {day.year}" if us else f"{core} {day.year}"

    if span == 0:
        text = one(first, with_year)
    elif first.month == last.month and first.year == last.year:
        joiner = draw(st.sampled_from(["-", " to ", " through "]))
        if us:
            text = f"{month(first)} {num(first)}{joiner}{num(last)}" + (
                f", {first.year}" if with_year else ""
            )
        else:
            text = f"{num(first)}{joiner}{num(last)} {month(first)}" + (
                f" {first.year}" if with_year else ""
            )
    else:
        text = f"{one(first, with_year)} to {one(last, with_year)}"
    return text, locale, published, DateRange(first, last, "day")


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(written_dates())
@example(("Sept. 14", "en_US", dt.date(2025, 10, 1), DateRange.day(dt.date(2025, 9, 14))))
@example(("14 Sept", "en_GB", dt.date(2025, 10, 1), DateRange.day(dt.date(2025, 9, 14))))
def test_dates_in_many_surface_forms_parse_back(case: tuple[str, str, dt.date, DateRange]) -> None:
    text, locale, published, value = case
    assert parse_date_range(text, published=published, locale=locale) == value
    (m,) = dates_in(f"The talks are on {text} in Paris.", pub=published, locale=locale)
    assert m.value == value and m.text == text


@settings(max_examples=300, deadline=None)
@given(text=st.text(), locale=st.sampled_from(LOCALES), published=st.dates())
@example(text="Jan. " * 300, locale="en_US", published=PUB)
@example(text="1," * 500, locale="en_US", published=PUB)
@example(text="since since by the end of of the 5th 5th - - Q3 Q", locale="en_US", published=PUB)
def test_find_dates_never_raises_and_spans_slice(
    text: str, locale: str, published: dt.date
) -> None:
    for m in find_dates(text, published=published, locale=locale):
        assert text[m.span.start : m.span.end] == m.text


NEWS_BITS = [
    "Jan.", "5", "6", "2026", "to", "-", "since", "by", "the", "end", "of", "week", "next", "last",
    "earlier", "this", "said", "will", "Tuesday", "Q3", "first", "half", "1990s", "’", "'s", ",",
    ".", "Christmas", "Thanksgiving", "early", "mid", "years", "four-year", "ago", "in", "$",
    "%", "/", "31", "12", "Sept", "May", "March", "between", "and", "through", "weekend",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(st.sampled_from(NEWS_BITS) | st.text(max_size=3), max_size=18),
    published=st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
)
def test_find_dates_never_raises_on_news_like_soup(words: list[str], published: dt.date) -> None:
    text = " ".join(words)
    for m in find_dates(text, published=published, locale="en_CA"):
        assert text[m.span.start : m.span.end] == m.text


def random_unicode(size: int) -> str:
    rnd = random.Random(20260102)
    return "".join(chr(rnd.randint(32, 0x2FFFF)) for _ in range(size))


ADVERSARIAL = {
    "1,": lambda: "1," * 500_000,
    "Jan. ": lambda: "Jan. " * 200_000,
    "$": lambda: "$" * 1_000_000,
    "unicode": lambda: random_unicode(1_000_000),
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_a_megabyte_of_adversarial_input_in_well_under_two_seconds(name: str) -> None:
    text = ADVERSARIAL[name]()
    assert len(text) >= 1_000_000
    started = time.perf_counter()
    find_dates(text, published=PUB)
    assert time.perf_counter() - started < 2.0


def elapsed(text: str) -> float:
    """CPU seconds of the fastest of three runs (other work on the machine aside)."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        find_dates(text, published=PUB)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize(
    "unit",
    ["Officials met on Jan. 5 and said prices rose 5% in 2022. ", "12/12/12-", "the week of "],
)
def test_time_grows_linearly_on_dense_dates(unit: str) -> None:
    small = (unit * (25_000 // len(unit) + 1))[:25_000]
    large = (unit * (100_000 // len(unit) + 1))[:100_000]
    elapsed(small)  # warm the caches
    assert elapsed(large) < 8 * max(elapsed(small), 0.01)


# ------------------------------------------------------------------- the shortcuts find the same
# find_dates skips work it can prove useless: no expression is tried across a word or mark
# no rule reads ("council", "$"), after "the" or a plain number that nothing can follow
# ("the vote", "450 million"), and a yearly day or a weekday is found without walking the
# calendar. With every shortcut turned off, it must find exactly the same.


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


@contextlib.contextmanager
def no_shortcuts() -> Iterator[None]:
    module = newsfacts.dates
    reader = module._Reader
    saved = {
        name: getattr(module, name)
        for name in ("_inner", "_INNER_WORDS", "_INNER_PUNCT", "_digit_producers")
    }
    saved_shortcut_years = module._SHORTCUT_YEARS
    saved_methods = (reader.number_may_start, reader.the_may_start)
    all_digit_producers = module._DIGIT_PRODUCERS
    try:
        module._inner = lambda low: True  # type: ignore[assignment]
        module._INNER_WORDS = _Everything()  # type: ignore[assignment]
        module._INNER_PUNCT = _Everything()  # type: ignore[assignment]
        module._digit_producers = lambda size, kind, after: all_digit_producers  # type: ignore[assignment]
        module._SHORTCUT_YEARS = (1, 0)  # an empty range: always walk
        reader.number_may_start = lambda self, i: True  # type: ignore[method-assign]
        reader.the_may_start = lambda self, i: True  # type: ignore[method-assign]
        yield
    finally:
        for name, value in saved.items():
            setattr(module, name, value)
        module._SHORTCUT_YEARS = saved_shortcut_years
        reader.number_may_start, reader.the_may_start = saved_methods  # type: ignore[method-assign]


def found(text: str, published: dt.date = PUB, locale: str = "en_US") -> list[dict[str, object]]:
    return [m.to_dict() for m in find_dates(text, published=published, locale=locale)]


TABLE_TEXTS = sorted(
    {row[0] for table in (ABSOLUTE, RANGES, OPEN, RELATIVE, WEEKDAYS, PERIODS) for row in table}
    | {row[0] for row in DURATIONS + AMOUNTS}
    | set(NOT_DATES)
)


@pytest.mark.parametrize("text", TABLE_TEXTS)
def test_the_shortcuts_find_the_same_in_the_tables(text: str) -> None:
    with no_shortcuts():
        slow = found(text)
    assert found(text) == slow


SHORTCUT_BITS = [
    *NEWS_BITS, "the", "vote", "council", "$4.2", "million", "450", "8%", "1,200", "years", "of",
    "on", "for", "a", "two", "weeks", "3.5", "Dec.", "30", "22nd", "s", "q4", "2018", "5/17",
    "the", "end", "next", "month", "12", "cents", "Easter", "Monday", "year", "earlier", "up",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(SHORTCUT_BITS), max_size=14),
    published=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    locale=st.sampled_from(LOCALES),
)
def test_the_shortcuts_find_the_same(words: list[str], published: dt.date, locale: str) -> None:
    text = " ".join(words)
    with no_shortcuts():
        slow = found(text, published, locale)
    fast = found(text, published, locale)
    assert fast == slow
    for m in find_dates(text, published=published, locale=locale):
        attrs.validate(m)  # the mentions made without the validators pass them
        attrs.validate(m.span)
        if isinstance(m, DateMention):
            attrs.validate(m.value)
