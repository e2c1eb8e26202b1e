"""Dates: :class:`DateRange`, :class:`Duration`, their mentions, and the verbs
:func:`find_dates`, :func:`parse_date_range` and :func:`format_date_range`.

Every temporal expression resolves to a calendar range of days, inclusive at both ends
and open on either side, against the article's publication date.

Conventions (news English; en_US, en_CA, en_GB, en_AU):

- A date that leaves out its year, a weekday alone and a holiday take the occurrence
  around the publication date if there is one, else the nearest one in the direction of
  the clause's tense ("said" past, "will"/"is scheduled to" future); with no tense, the
  nearest. "since" always looks back; "by", "until", "through" look ahead.
- Weeks run Monday to Sunday in every locale. "last week" is the previous Monday-Sunday,
  "last weekend" the previous Saturday and Sunday, "earlier this week" this week's Monday
  to the day before publication, "next Friday" the Friday of next week.
- Parts of periods: "early"/"late" are halves ("early next week" is Monday to Wednesday);
  "the beginning"/"middle"/"end of" are first, middle and last parts (a month's 1-10,
  11-20 and 21-end; a year's first quarter, May-August and September-December).
- "the past three weeks" ends the day before publication; "the next 10 days" starts the
  day after; "within 5 days" starts on the publication day.
- Seasons are meteorological (three whole months), flipped south of the equator.
  Thanksgiving and Mother's Day follow the locale. Islamic holidays use the arithmetic
  calendar (the observed date may differ by a day or two); Lunar New Year comes from the
  new moon and the December solstice.
- Numbers are years only in a year context ("in 2022", "2014-18", a month before them);
  money, counts, percentages, model numbers, clock times and phone numbers are not dates.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import attrs
from babel.dates import format_date, format_interval, get_day_names, get_month_names
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from newsfacts._validate import instance_of, member_of, text_fits_span, to_enum
from newsfacts.errors import ParseError, ValidationError
from newsfacts.locales import month_names, normalize_locale, territory_of
from newsfacts.spans import Span

__all__ = [
    "DateMention",
    "DateRange",
    "DateRole",
    "Duration",
    "DurationMention",
    "DurationUnit",
    "Granularity",
    "find_dates",
    "format_date_range",
    "parse_date_range",
]


class Granularity(StrEnum):
    """The calendar unit a :class:`DateRange` was stated in."""

    DAY = "day"
    WEEK = "week"
    WEEKEND = "weekend"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"


class DateRole(StrEnum):
    """What a date does in its sentence."""

    POINT = "point"
    """One unit of time: "on Dec. 28", "last weekend", "in 2022"."""
    SPAN = "span"
    """A range between two points: "Jan. 5 to 6", "between 2026 and 2028"."""
    DEADLINE = "deadline"
    """An end with no start: "by Dec. 24", "through Dec. 31" (the start is open)."""
    START = "start"
    """A start with no end: "since 2022", "from July 1" (the end is open)."""


def _check_date(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise ValidationError(attr.name, value, "a datetime.date or None")


def _check_order(inst: DateRange, attr: attrs.Attribute[Any], value: dt.date | None) -> None:
    if value is not None and inst.start is not None and value < inst.start:
        raise ValidationError(attr.name, value, f"on or after start ({inst.start.isoformat()})")


_SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
_granularity = to_enum(Granularity)
_role = to_enum(DateRole)


def _to_granularity(value: Any) -> Any:
    """Converter for ``DateRange.granularity``: "day" -> Granularity.DAY."""
    return _granularity(value)


def _to_role(value: Any) -> Any:
    """Converter for ``DateMention.role``: "start" -> DateRole.START."""
    return _role(value)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The number of days in a month (Gregorian leap years)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _days_in(year, month))


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, kept inside the month it lands in (Jan. 31 + 1 month
    is Feb. 28 or 29), as ``dateutil.relativedelta`` moves it; ``ValueError`` when the
    year leaves 1..9999."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    return dt.date(year, month, min(day.day, _days_in(year, month)))


@attrs.frozen
class DateRange:
    """An inclusive range of calendar days, open on either side when a bound is ``None``.

    >>> from datetime import date
    >>> DateRange(date(2026, 1, 5), date(2026, 1, 6), Granularity.DAY).timex
    '2026-01-05/2026-01-06'
    >>> DateRange(date(2025, 12, 1), date(2025, 12, 31), "month").timex
    '2025-12'
    >>> DateRange(date(2022, 1, 1), None, "year").timex
    '2022-01-01/..'
    >>> DateRange(date(2026, 1, 6), date(2026, 1, 5), "day")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'end' must be on or after start (2026-01-06) (got ...)
    """

    start: dt.date | None = attrs.field(validator=_check_date)
    end: dt.date | None = attrs.field(validator=[_check_date, _check_order])
    granularity: Granularity = attrs.field(
        default=Granularity.DAY, converter=_to_granularity, validator=member_of(Granularity)
    )

    @classmethod
    def day(cls, day: dt.date) -> DateRange:
        """One day.

        >>> DateRange.day(dt.date(2025, 12, 28)).timex
        '2025-12-28'
        """
        return cls(day, day, Granularity.DAY)

    @property
    def is_open(self) -> bool:
        """Whether either side is open."""
        return self.start is None or self.end is None

    @property
    def timex(self) -> str:
        """The TIMEX3 value of a single calendar unit ("2026-01-05", "2026-W02", "2025-12",
        "2026-Q1", "2026-H1", "2022", "199"), else ISO 8601 interval notation
        ("2026-01-05/2026-01-06", "2022-01-01/.." when open)."""
        unit = self._unit_timex()
        if unit is not None:
            return unit
        left = self.start.isoformat() if self.start else ".."
        right = self.end.isoformat() if self.end else ".."
        return f"{left}/{right}"

    def _unit_timex(self) -> str | None:
        s, e = self.start, self.end
        if s is None or e is None:
            return None
        if s == e:
            return s.isoformat()
        iso = s.isocalendar()
        if s.weekday() == 0 and e == s + dt.timedelta(days=6):
            return f"{iso.year}-W{iso.week:02d}"
        if s.weekday() == 5 and e == s + dt.timedelta(days=1):
            return f"{iso.year}-W{iso.week:02d}-WE"
        if s.day == 1 and e == _month_end(s.year, s.month):
            return f"{s.year:04d}-{s.month:02d}"
        if s.day == 1 and s.month in (1, 4, 7, 10) and e == _month_end(s.year, s.month + 2):
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if s.day == 1 and s.month in (1, 7) and e == _month_end(s.year, s.month + 5):
            return f"{s.year:04d}-H{1 if s.month == 1 else 2}"
        if s == dt.date(s.year, 1, 1) and e == dt.date(s.year, 12, 31):
            return f"{s.year:04d}"
        if (
            self.granularity is Granularity.SEASON
            and s.day == 1
            and s.month in _SEASONS
            and e.month == (s.month + 2 - 1) % 12 + 1
            and e.day == _days_in(e.year, e.month)
        ):
            return f"{s.year:04d}-{_SEASONS[s.month]}"
        if s.year % 10 == 0 and s == dt.date(s.year, 1, 1) and e == dt.date(s.year + 9, 12, 31):
            return f"{s.year // 10:03d}"
        return None

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies inside the range (open sides are unbounded).

        >>> DateRange(dt.date(2022, 1, 1), None, "year").contains(dt.date(2030, 5, 1))
        True
        """
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def overlaps(self, other: DateRange) -> bool:
        """Whether the two ranges share at least one day.

        >>> a = DateRange(dt.date(2026, 1, 5), dt.date(2026, 1, 6), "day")
        >>> a.overlaps(DateRange(dt.date(2026, 1, 6), None, "day"))
        True
        """
        left_ok = self.start is None or other.end is None or self.start <= other.end
        right_ok = other.start is None or self.end is None or other.start <= self.end
        return left_ok and right_ok

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``{"start", "end", "granularity", "timex"}`` (ISO dates or null)."""
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "granularity": self.granularity.value,
            "timex": self.timex,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateRange:
        """Read the JSON form written by :meth:`to_dict` (``timex`` is derived, not read)."""
        return cls(
            _json_date("start", data.get("start")),
            _json_date("end", data.get("end")),
            data.get("granularity", "day"),
        )


def _json_date(name: str, value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(name, value, "an ISO date string (YYYY-MM-DD) or null")


class DurationUnit(StrEnum):
    """The unit of a :class:`Duration`, with its ISO 8601 designator."""

    DAY = "D"
    WEEK = "W"
    MONTH = "M"
    YEAR = "Y"
    DECADE = "DE"
    CENTURY = "CE"


_duration_unit = to_enum(DurationUnit)


def _to_duration_unit(value: Any) -> Any:
    """Converter for ``Duration.unit``: "Y" -> DurationUnit.YEAR."""
    return _duration_unit(value)


_DURATION_RE = re.compile(r"P(\d+(?:\.\d+)?)(Y|M|W|D)\Z")


def _check_quantity(_inst: object, attr: attrs.Attribute[Decimal], value: object) -> None:
    if isinstance(value, float) or not isinstance(value, Decimal):
        raise ValidationError(attr.name, value, "a Decimal")
    if not value.is_finite() or value < 0:
        raise ValidationError(attr.name, value, "a finite, non-negative Decimal")


def _to_quantity(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    return value


@attrs.frozen
class Duration:
    """A length of time that is not a date: "four years", "the four-year mark".

    >>> Duration(4, DurationUnit.YEAR).iso
    'P4Y'
    >>> Duration(Decimal("1.5"), "W").iso
    'P1.5W'
    >>> Duration(2, "DE").iso
    'P20Y'
    >>> Duration.from_iso("P4Y")
    Duration(quantity=Decimal('4'), unit=<DurationUnit.YEAR: 'Y'>)
    """

    quantity: Decimal = attrs.field(converter=_to_quantity, validator=_check_quantity)
    unit: DurationUnit = attrs.field(converter=_to_duration_unit, validator=member_of(DurationUnit))

    @property
    def iso(self) -> str:
        """The ISO 8601 duration ("P4Y"); decades and centuries are written in years."""
        qty, unit = self.quantity, self.unit
        if unit is DurationUnit.DECADE:
            qty, unit = qty * 10, DurationUnit.YEAR
        elif unit is DurationUnit.CENTURY:
            qty, unit = qty * 100, DurationUnit.YEAR
        num = format(qty.normalize(), "f") if qty else "0"
        return f"P{num}{unit.value}"

    def __str__(self) -> str:
        return self.iso

    @classmethod
    def from_iso(cls, value: str) -> Duration:
        """Read a one-unit ISO 8601 duration such as ``"P4Y"`` or ``"P1.5W"``."""
        match = _DURATION_RE.match(value) if isinstance(value, str) else None
        if match is None:
            raise ValidationError("duration", value, "a one-unit ISO 8601 duration such as 'P4Y'")
        return cls(Decimal(match.group(1)), match.group(2))


@attrs.frozen
class DateMention:
    """A date or date range found in a text.

    ``year_inferred`` is true when the text left the year out and it was chosen from the
    publication date (and the sentence's tense); ``role`` says whether the expression is a
    point, a span, a deadline (open start) or a starting point (open end).
    """

    span: Span = attrs.field(validator=instance_of(Span, what="a Span"))
    text: str = attrs.field(validator=text_fits_span)
    value: DateRange = attrs.field(validator=instance_of(DateRange, what="a DateRange"))
    year_inferred: bool = attrs.field(default=False, validator=instance_of(bool, what="a bool"))
    role: DateRole = attrs.field(
        default=DateRole.POINT, converter=_to_role, validator=member_of(DateRole)
    )

    def to_dict(self) -> dict[str, Any]:
        """The ``"dates"`` item of the newsfacts/1 JSON."""
        out: dict[str, Any] = {"text": self.text, "span": self.span.to_list()}
        out.update(self.value.to_dict())
        out["year_inferred"] = self.year_inferred
        out["role"] = self.role.value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateMention:
        """Read a ``"dates"`` item of the newsfacts/1 JSON."""
        return cls(
            span=Span.from_list(data.get("span")),
            text=data.get("text"),  # type: ignore[arg-type]
            value=DateRange.from_dict(data),
            year_inferred=data.get("year_inferred", False),
            role=data.get("role", "point"),
        )


@attrs.frozen
class DurationMention:
    """A duration found in a text: "four years", "the four-year mark"."""

    span: Span = attrs.field(validator=instance_of(Span, what="a Span"))
    text: str = attrs.field(validator=text_fits_span)
    value: Duration = attrs.field(validator=instance_of(Duration, what="a Duration"))

    def to_dict(self) -> dict[str, Any]:
        """The ``"durations"`` item of the newsfacts/1 JSON (value in ISO 8601)."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "value": self.value.iso,
            "quantity": format(self.value.quantity.normalize(), "f"),
            "unit": self.value.unit.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DurationMention:
        """Read a ``"durations"`` item of the newsfacts/1 JSON."""
        if "quantity" in data and "unit" in data:
            value = Duration(_json_qty(data["quantity"]), data["unit"])
        else:
            value = Duration.from_iso(data.get("value"))  # type: ignore[arg-type]
        return cls(span=Span.from_list(data.get("span")), text=data.get("text"), value=value)  # type: ignore[arg-type]


def _json_qty(value: object) -> Decimal:
    try:
        return Decimal(str(value))
    except Exception as exc:
        raise ValidationError("quantity", value, "a decimal string") from exc


# =====================================================================================
# Reading dates: lexicon
# =====================================================================================
#
# The grammar runs over tokens (words, digit runs, single punctuation marks), left to
# right; at each token it tries a bounded set of productions and keeps the longest match,
# so the work per token is bounded and the whole scan is linear in the text.
#
# Shortcuts skip work that cannot find anything, without changing what is found (the
# tests turn them off and compare): no expression is tried across a word or mark that no
# production reads ("council", "$"); "the" and a plain number are tried only before a
# token some production can read after them ("the 15th", "5 years", not "the vote", "450
# million"); a day of the year or a weekday is found without walking the calendar. The
# digits of an amount of money ("$4.2", "€500") are never part of a date.

_DATA_DIR = Path(__file__).with_name("data")
_NAME_LOCALES = ("en", "en_US", "en_GB", "en_CA", "en_AU", "en_IN", "en_NZ", "en_IE")
_FULL_MONTHS = month_names("en")  # CLDR's wide English month names, lower-cased
_WEAK_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "sep", "dec", "oct", "aug"})
"""Month words that are also common English words or names: read as months only in a
date context (a day or year beside them, or a preposition such as "in" before them)."""
_WEAK_WEEKDAYS = frozenset({"sun", "sat", "wed", "mon", "thu", "tue", "fri", "thur", "weds"})


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, Any]:
    return dict(json.loads(_DATA_DIR.joinpath("dates_words.json").read_text("utf-8")))


def _words(name: str) -> frozenset[str]:
    """A word list from ``data/dates_words.json``."""
    return frozenset(_word_lists()[name])


@lru_cache(maxsize=1)
def _month_words() -> dict[str, int]:
    """Month names and abbreviations from CLDR (several English locales) plus AP style."""
    out: dict[str, int] = {}
    for loc in _NAME_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for num, name in get_month_names(width, context, locale=loc).items():
                    out[str(name).lower().rstrip(".")] = int(num)
    out.update({"sept": 9, "febr": 2})  # AP style "Sept."
    return out


@lru_cache(maxsize=1)
def _weekday_words() -> dict[str, int]:
    """Weekday names (0 = Monday) from CLDR plus the AP and newsroom abbreviations."""
    out: dict[str, int] = {}
    for loc in _NAME_LOCALES:
        for width in ("wide", "abbreviated"):
            for num, name in get_day_names(width, "format", locale=loc).items():
                out[str(name).lower().rstrip(".")] = int(num)
    out.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
    return out


_CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_ORD_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_UNIT_WORDS = {
    "day": "D", "days": "D", "night": "D", "nights": "D", "week": "W", "weeks": "W",
    "wk": "W", "wks": "W", "fortnight": "F", "fortnights": "F", "month": "M", "months": "M",
    "mo": "M", "mos": "M", "quarter": "Q", "quarters": "Q", "qtr": "Q", "qtrs": "Q",
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y", "decade": "DE", "decades": "DE",
    "century": "CE", "centuries": "CE",
}  # fmt: skip
_LETTER_UNITS = {"d": "D", "w": "W", "y": "Y", "mon": "M", "mons": "M"}
"""Units glued to a number ("3Y", "2W", "1d ago", "2mon ago")."""
_FUZZY_QTY = {"couple": Decimal(2), "few": Decimal(3), "several": Decimal(3), "dozen": Decimal(12)}

_NEXT_WORDS = {
    "next": 1, "coming": 1, "upcoming": 1, "following": 1, "this": 0, "current": 0,
    "present": 0, "last": -1, "past": -1, "previous": -1, "prior": -1,
}  # fmt: skip
_PERIOD_UNITS = {
    "week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "qtr": "Q", "year": "Y",
    "yr": "Y", "decade": "DE", "century": "CE", "fortnight": "F", "workweek": "WW",
}  # fmt: skip

# Words before a bare year, a lone month or a bare day that make it a date ("in 2022").
_CUE_WORDS = _words("cue_words")
# Words that may follow a bare year ("in 2022 alone"); any other lower-case word after
# it ("in 2000 cases") means the number counts something.
_AFTER_YEAR_OK = _words("after_year_ok")
_PREPOSITIONS_KEPT_OUT = frozenset({"in", "on", "during", "at", "for", "over", "around", "about"})

_FUTURE_CUES = _words("future_cues")
_FUTURE_PARTICIPLES = _words("future_participles")
_PAST_CUES = _words("past_cues")
_MODALS = _words("modals")
_PRESENT_CUES = _words("present_cues")
_REPORTING_VERBS = frozenset(
    ["said", "says", "told", "added", "announced", "stated", "noted", "wrote", "according"]
)  # after a comma they begin an attribution ("..., the ministry said")
_PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they", "who", "which", "that"])
_NOT_PAST_ED = _words("not_past_ed")
_ABBREVIATIONS = _words("abbreviations")


@attrs.frozen
class _HolidayRule:
    names: tuple[str, ...]
    rule: dict[str, Any]
    territories: dict[str, dict[str, Any]]


@lru_cache(maxsize=1)
def _holidays() -> dict[tuple[str, ...], _HolidayRule]:
    """Holiday names (as word tuples) -> rule, from ``data/dates_holidays.json``."""
    raw = json.loads(_DATA_DIR.joinpath("dates_holidays.json").read_text("utf-8"))
    out: dict[tuple[str, ...], _HolidayRule] = {}
    for item in raw["holidays"]:
        rule = _HolidayRule(tuple(item["names"]), item["rule"], item.get("territories", {}))
        for name in item["names"]:
            out[tuple(name.split())] = rule
    return out


_CLOCK_WORDS = _words("clock_words")
_DURATION_VERBS = frozenset(
    {"for", "over", "last", "lasts", "lasted", "lasting", "spanning", "spanned", "take", "takes"}
    | {"took", "taking", "spent", "spend"}
)
_VERB_LEADS = frozenset({"to", "not", "did", "does", "do", "could", "would", "will", "can"})
_SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_SEASON_MONTHS |= {f"{name}'s": month for name, month in _SEASON_MONTHS.items()}  # "spring's"
_SOUTHERN = frozenset(["AU", "NZ", "ZA", "AR", "BR", "CL", "UY", "PY", "BO", "PE"])
_OTHER_CALENDARS = _words("other_calendars")
_CAPITALIZED_HOLIDAYS = frozenset({("lent",), ("new", "year"), ("new", "years"), ("family", "day")})
"""Holiday names that are also ordinary words: read only when capitalized (or with a year)."""


# =====================================================================================
# Tokens
# =====================================================================================

_TOKEN_RE = re.compile(r"(\s*)(?:([^\W\d_]+(?:['’][^\W\d_]+)*)|(\d+)|(\S))")
"""A token and the whitespace before it: a word, a digit run or a punctuation mark."""


class _Tokens:
    """The tokens of a text as parallel lists, one entry a token: its text (lower-cased
    when a word), kind ("w" a word, "n" a digit run, "p" a punctuation mark), start offset,
    whether it touches the token before it (``glued``) or follows a line break (``nl``), its
    lower-cased form when a word (else "", with ’ read as '), the mark when punctuation (else
    "\x00"), the length of a digit run (else 0) and the value of a short one (else -1)."""

    __slots__ = ("digits", "glued", "kind", "low", "mark", "nl", "start", "text", "value")

    def __init__(self) -> None:
        self.text: list[str] = []
        self.kind: list[str] = []
        self.start: list[int] = []
        self.glued: list[bool] = []
        self.nl: list[bool] = []
        self.low: list[str] = []
        self.mark: list[str] = []
        self.digits: list[int] = []
        self.value: list[int] = []

    def add(self, text: str, lo: int, hi: int) -> None:
        """Append the tokens of ``text[lo:hi]``; the first one starts a line."""
        part = text[lo:hi]
        lowered = part.lower()
        # Words come out lower-cased when lowering the whole keeps every letter one
        # character long and lowers it as it would alone (the usual case); otherwise ("İ",
        # a capital sigma, which lowers by its context) each word is lowered on its own.
        one_by_one = len(lowered) != len(part) or "Σ" in part
        found = _TOKEN_RE.findall(part if one_by_one else lowered)
        if not found:
            return
        # Every list is first filled with what a word has (a word's text and lower-cased
        # form are its own), then set token by token.
        first, count = len(self.text), len(found)
        texts, kinds, starts, glued, nls = self.text, self.kind, self.start, self.glued, self.nl
        lows, marks, digits, values = self.low, self.mark, self.digits, self.value
        texts += ("",) * count
        kinds += ("w",) * count
        starts += (0,) * count
        glued += (True,) * count
        nls += (False,) * count
        lows += ("",) * count
        marks += ("\x00",) * count
        digits += (0,) * count
        values += (-1,) * count
        curly = "’" in part
        pos, idx = lo, first
        for space, word, num, _mark in found:
            begin = pos + len(space)
            if word:
                tok = word
                if one_by_one:
                    word = word.lower()
                lows[idx] = word.replace("’", "'") if curly else word
            elif num:
                tok = num
                kinds[idx] = "n"
                digits[idx] = len(num)
                values[idx] = int(num) if len(num) <= 9 and num.isascii() else -1
            else:
                tok = part[begin - lo]  # as written: a symbol may have a case ("Ⓔ")
                kinds[idx] = "p"
                marks[idx] = tok
            texts[idx] = tok
            starts[idx] = begin
            if space:
                glued[idx] = False
                if "\n" in space:
                    nls[idx] = True
            pos = begin + len(tok)
            idx += 1
        glued[first] = False
        nls[first] = True

    def pad(self) -> None:
        """Padding after the last token: not a word, a number or a punctuation mark."""
        self.text += _PAD_NUL
        self.kind += _PAD_KIND
        self.start += _PAD_ZERO
        self.glued += _PAD_FALSE
        self.nl += _PAD_TRUE
        self.low += _PAD_EMPTY
        self.mark += _PAD_NUL
        self.digits += _PAD_ZERO
        self.value += _PAD_MINUS


_PAD = 24
"""Padding tokens: enough for any look-ahead past the end or look-behind before the start."""
_PAD_NUL, _PAD_KIND, _PAD_EMPTY = ("\x00",) * _PAD, ("x",) * _PAD, ("",) * _PAD
_PAD_ZERO, _PAD_MINUS = (0,) * _PAD, (-1,) * _PAD
_PAD_FALSE, _PAD_TRUE = (False,) * _PAD, (True,) * _PAD


_DIGIT_ANCHOR_RE = re.compile(  # ASCII digits: the only ones the grammar reads
    r"[0-9]+(?=[^\S\n]{0,3}[-/.~–—][^\S\n]{0,3}[0-9]|[^\S\n]{0,3}[a-zA-Z]|['’]s\b)"
    r"|(?<![0-9])[12][0-9]{3}(?![0-9])"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_DIGIT_NEAR_RE = re.compile(r"[^\d\n]{0,6}\d")
_FULL_SCAN_LIMIT = 50_000


def _regions(text: str) -> list[tuple[int, int]]:
    """Stretches of a long text around the words and numbers a date can hold; the rest
    (a megabyte of "1,1,1," or of prose without dates) is never tokenized."""
    anchors = _anchor_words()
    weak = (
        _WEAK_MONTHS | _WEAK_WEEKDAYS | {"jan", "feb", "apr", "jul", "nov", "sept", "tue", "tues"}
    )
    spots = [m.start() for m in _DIGIT_ANCHOR_RE.finditer(text)]
    for m in _WORD_RE.finditer(text):
        low = m.group(0).lower()
        if low not in anchors:
            continue
        if low in weak and not _DIGIT_NEAR_RE.match(text, m.end()):
            before = text[max(0, m.start() - 12) : m.start()].lower().split()
            if not before or before[-1] not in _CUE_WORDS:
                continue  # "Jan." or "may" with no number after and no "in" before
        spots.append(m.start())
    spots.sort()
    regions: list[tuple[int, int]] = []
    for spot in spots:
        lo, hi = max(0, spot - 160), min(len(text), spot + 320)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], hi)
        else:
            regions.append((lo, hi))
    out: list[tuple[int, int]] = []
    for lo, hi in regions:  # widen to whitespace (within reason) so that no token is cut
        for _ in range(40):
            if lo == 0 or text[lo - 1].isspace():
                break
            lo -= 1
        for _ in range(40):
            if hi >= len(text) or text[hi].isspace():
                break
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


# =====================================================================================
# Calendar helpers
# =====================================================================================

_MIN_YEAR, _MAX_YEAR = 1, 9998
_DAY = dt.timedelta(days=1)


def _safe(year: int, month: int, day: int) -> dt.date | None:
    if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    if day > 28 and day > _days_in(year, month):
        return None
    return dt.date(year, month, day)


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """A setter for the field ``name`` of an attrs class that skips its validators (and
    the frozen guard): for objects this module builds from values it has already checked.
    It is the slot's own setter, or ``object.__setattr__`` for a class without slots."""
    slot = cls.__dict__.get(name)
    if slot is not None and hasattr(slot, "__set__"):
        setter: Callable[[Any, Any], None] = slot.__set__
        return setter
    return lambda obj, value: object.__setattr__(obj, name, value)


_new_range = DateRange.__new__
_set_start = _setter(DateRange, "start")
_set_end = _setter(DateRange, "end")
_set_gran = _setter(DateRange, "granularity")


def _rng(start: dt.date, end: dt.date, gran: Granularity) -> DateRange:
    """A range the grammar built (two ``date`` objects and a ``Granularity``), made without
    re-running the validators when it is in order; a range running backwards is left to
    ``DateRange`` to reject."""
    if end < start:
        return DateRange(start, end, gran)
    rng = _new_range(DateRange)
    _set_start(rng, start)
    _set_end(rng, end)
    _set_gran(rng, gran)
    return rng


def _day_range(day: dt.date) -> DateRange:
    rng = _new_range(DateRange)
    _set_start(rng, day)
    _set_end(rng, day)
    _set_gran(rng, Granularity.DAY)
    return rng


def _month_range(year: int, month: int) -> DateRange | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return _rng(dt.date(year, month, 1), _month_end(year, month), Granularity.MONTH)


def _year_range(year: int) -> DateRange | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return _rng(dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR)


def _quarter_range(year: int, quarter: int) -> DateRange | None:
    if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= quarter <= 4):
        return None
    first = 3 * quarter - 2
    return _rng(dt.date(year, first, 1), _month_end(year, first + 2), Granularity.QUARTER)


def _half_range(year: int, half: int) -> DateRange | None:
    if not (_MIN_YEAR <= year <= _MAX_YEAR and half in (1, 2)):
        return None
    first = 1 if half == 1 else 7
    return _rng(dt.date(year, first, 1), _month_end(year, first + 5), Granularity.HALF)


def _decade_range(first_year: int, count: int = 1) -> DateRange | None:
    last = first_year + 10 * count - 1
    if not (first_year >= _MIN_YEAR and last <= _MAX_YEAR):
        return None
    return _rng(dt.date(first_year, 1, 1), dt.date(last, 12, 31), Granularity.DECADE)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _week_range(monday: dt.date) -> DateRange:
    return _rng(monday, monday + dt.timedelta(days=6), Granularity.WEEK)


def _weekend_range(monday: dt.date) -> DateRange:
    return _rng(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), Granularity.WEEKEND)


def _iso_week(year: int, week: int) -> DateRange | None:
    try:
        return _week_range(dt.date.fromisocalendar(year, week, 1))
    except ValueError:
        return None


def _shift(day: dt.date, qty: Decimal, unit: str, sign: int = 1) -> dt.date | None:
    """``day`` moved by ``qty`` units ("D", "W", "F", "M", "Q", "Y", "DE", "CE")."""
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    try:
        if months is not None:
            whole = qty * months
            n = int(whole)
            rest_days = round((whole - n) * 30)
            return _add_months(day, sign * n) + dt.timedelta(days=sign * rest_days)
        days = {"D": 1, "W": 7, "F": 14}[unit]
        return day + dt.timedelta(days=sign * round(qty * days))
    except (OverflowError, ValueError):
        return None


def _shift_all(day: dt.date, parts: tuple[tuple[Decimal, str], ...], sign: int) -> dt.date | None:
    out: dt.date | None = day
    # the largest units first, as people count ("1 year 2 months" from today)
    order = {"CE": 0, "DE": 1, "Y": 2, "Q": 3, "M": 4, "F": 5, "W": 6, "D": 7}
    for qty, unit in sorted(parts, key=lambda p: order.get(p[1], 9)):
        if out is None:
            return None
        out = _shift(out, qty, unit, sign)
    return out


def _business_days(start: dt.date, count: int, sign: int) -> list[dt.date]:
    out: list[dt.date] = []
    day = start
    while len(out) < count:
        day += sign * _DAY
        if day.weekday() < 5:
            out.append(day)
    return out


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    if n > 0:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        return day if day.month == month else None
    last = _month_end(year, month)
    day = last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))
    return day if day.month == month else None


def _weeks_of_month(year: int, month: int) -> list[DateRange]:
    """The ISO weeks that belong to a month: those whose Thursday falls in it."""
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return []
    first = dt.date(year, month, 1)
    monday = _monday(first)
    if (monday + dt.timedelta(days=3)).month != month:
        monday += dt.timedelta(days=7)
    out = []
    while (monday + dt.timedelta(days=3)).month == month:
        out.append(_week_range(monday))
        monday += dt.timedelta(days=7)
    return out


def _holiday_day(rule: dict[str, Any], year: int) -> DateRange | None:
    """Evaluate one rule of ``data/dates_holidays.json`` for ``year``."""
    if not 1583 <= year <= 4099:  # dateutil's Easter range; Gregorian rules only
        return None
    day: dt.date | None = None
    if "fixed" in rule:
        day = _safe(year, *rule["fixed"])
    elif "nth" in rule:
        month, weekday, n = rule["nth"]
        day = _nth_weekday(year, month, weekday, n)
    elif "easter" in rule:
        day = easter(year, EASTER_WESTERN) + dt.timedelta(days=rule["easter"])
    elif "orthodox" in rule:
        day = easter(year, EASTER_ORTHODOX) + dt.timedelta(days=rule["orthodox"])
    elif "before" in rule:
        month, dom, weekday = rule["before"]
        limit = dt.date(year, month, dom)
        day = limit - dt.timedelta(days=(limit.weekday() - weekday) % 7)
    elif "observed" in rule:
        day = dt.date(year, *rule["observed"])
        day += dt.timedelta(days={5: -1, 6: 1}.get(day.weekday(), 0))
    elif "sunday_back" in rule:
        day = dt.date(year, *rule["sunday_back"])
        day -= dt.timedelta(days=1 if day.weekday() == 6 else 0)
    elif "islamic" in rule or "islamic_month" in rule:
        month, dom = rule.get("islamic") or (rule["islamic_month"], 1)
        return _islamic_in_year(month, dom, year, "islamic_month" in rule)
    elif "lunar_new_year" in rule:
        day = _lunar_new_year(year)
    elif "easter_range" in rule or "orthodox_range" in rule:
        method: Literal[1, 2, 3] = EASTER_WESTERN if "easter_range" in rule else EASTER_ORTHODOX
        first, last = rule.get("easter_range") or rule["orthodox_range"]
        base = easter(year, method)
        return _rng(
            base + dt.timedelta(days=first), base + dt.timedelta(days=last), Granularity.DAY
        )
    if day is None:
        return None
    return _day_range(day + dt.timedelta(days=rule.get("offset", 0)))


# ---- other calendars: the tabular Islamic calendar and the Chinese Lunar New Year


def _hijri(year: int, month: int, day: int) -> dt.date:
    """A date of the arithmetic (tabular) Islamic calendar, civil epoch, as Dershowitz and
    Reingold give it. Observed dates follow the moon and may differ by a day or two."""
    fixed = day + 29 * (month - 1) + (6 * month - 1) // 11 + (year - 1) * 354
    return dt.date.fromordinal(fixed + (3 + 11 * year) // 30 + 227014)


def _islamic_in_year(month: int, day: int, year: int, whole_month: bool) -> DateRange | None:
    """The first occurrence in Gregorian ``year`` of an Islamic date (or month)."""
    guess = round((year - 622) * 33 / 32)
    for hijri_year in range(guess - 1, guess + 3):
        if hijri_year < 1:
            continue
        start = _hijri(hijri_year, month, 1 if whole_month else day)
        if start.year == year:
            if not whole_month:
                return _day_range(start)
            nxt = _hijri(hijri_year + month // 12, month % 12 + 1, 1)
            return _rng(start, nxt - _DAY, Granularity.DAY)
    return None


_NEW_MOON_TERMS = (  # (coefficient, power of E, multiples of M, M', F, Omega): Meeus, ch. 49
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0),
    (0.01039, 0, 0, 0, 2, 0), (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0),
    (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0), (-0.00057, 0, 0, 1, 2, 0),
    (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1),
    (-0.00007, 0, 2, 1, 0, 0), (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0),
    (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0), (-0.00003, 0, 1, 1, 2, 0),
    (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)  # fmt: skip
_SOLSTICE_TERMS = (  # (A, B, C): Meeus, table 27.C
    (485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186),
    (182, 27.85, 445267.112), (156, 73.14, 45036.886), (136, 171.52, 22518.443),
    (77, 222.54, 65928.934), (74, 296.72, 3034.906), (70, 243.58, 9037.513),
    (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
    (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417),
    (18, 155.12, 67555.328), (17, 288.79, 4562.452), (16, 198.04, 62894.029),
    (14, 199.76, 31436.921), (12, 95.39, 14577.848), (12, 287.11, 31931.756),
    (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074),
)  # fmt: skip
_BEIJING = 8 / 24


def _new_moon(k: int) -> float:
    """The Julian Ephemeris Day of new moon number ``k`` (k = 0 in January 2000)."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t**2 - 0.00000015 * t**3
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = math.radians(2.5534 + 29.1053567 * k - 0.0000014 * t**2 - 0.00000011 * t**3)
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3)
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3)
    om = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3)
    for coef, power, a, b, c, d in _NEW_MOON_TERMS:
        jde += coef * e**power * math.sin(a * m + b * mp + c * f + d * om)
    return jde


def _december_solstice(year: int) -> float:
    """The Julian Ephemeris Day of the December solstice of ``year`` (Meeus, ch. 27)."""
    y = (year - 2000) / 1000
    jde0 = 2451900.05952 + 365242.74049 * y - 0.06223 * y**2 - 0.00823 * y**3 + 0.00032 * y**4
    t = (jde0 - 2451545.0) / 36525
    w = math.radians(35999.373 * t - 2.47)
    spread = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    s = sum(a * math.cos(math.radians(b + c * t)) for a, b, c in _SOLSTICE_TERMS)
    return jde0 + 0.00001 * s / spread


def _jd_date(jd: float) -> dt.date:
    return dt.date.fromordinal(int(jd + 0.5) - 1721425)


def _lunar_new_year(year: int) -> dt.date | None:
    """Chinese (Lunar) New Year: in Beijing time, the second new moon after the start of
    the month holding the December solstice (the next one after a leap month)."""
    if not 1800 <= year <= 2200:
        return None
    solstice = _jd_date(_december_solstice(year - 1) + _BEIJING)
    k = math.floor((year - 1 + 11.8 / 12 - 2000) * 12.3685) - 2
    moons = [_jd_date(_new_moon(x) + _BEIJING) for x in range(k, k + 7)]
    month_11 = max(i for i, day in enumerate(moons) if day <= solstice)
    new_year = moons[month_11 + 2]
    if new_year < dt.date(year, 1, 21):  # a leap eleventh or twelfth month
        new_year = moons[month_11 + 3]
    return new_year


def _holiday_weekend(day: DateRange) -> DateRange:
    """The long weekend around a holiday: Sat..Mon for a Monday, Thu/Fri..Sun otherwise."""
    d = day.start
    assert d is not None
    wd = d.weekday()
    if wd == 0:
        return _rng(d - 2 * _DAY, d, Granularity.DAY)
    if wd in (3, 4):
        return _rng(d, d + dt.timedelta(days=6 - wd), Granularity.DAY)
    return _weekend_range(_monday(d) if wd >= 5 else _monday(d) - dt.timedelta(days=7))


_GRAN_ORDER = list(Granularity)


def _finer(a: Granularity, b: Granularity) -> Granularity:
    return a if _GRAN_ORDER.index(a) <= _GRAN_ORDER.index(b) else b


def _join(a: DateRange, b: DateRange) -> DateRange | None:
    """From the start of ``a`` to the end of ``b``."""
    if a.start is None or b.end is None or b.end < a.start:
        return None
    gran = a.granularity if a.granularity == b.granularity else _finer(a.granularity, b.granularity)
    return _rng(a.start, b.end, gran)


# =====================================================================================
# Values the grammar builds, before and after resolution against the publication date
# =====================================================================================

Tense = Literal["past", "future", "present", "none"]


# The grammar's own values are plain slotted classes (not attrs): thousands are made for
# every text read, and they never leave this module.


class _P:
    """A calendar date with parts left out: "Jan. 5" (no year), "the 5th", "Friday"."""

    __slots__ = ("day", "month", "weekday", "year")

    def __init__(
        self,
        year: int | None = None,
        month: int | None = None,
        day: int | None = None,
        weekday: int | None = None,
    ) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday

    def with_(self, **kw: int | None) -> _P:
        parts = {"year": self.year, "month": self.month, "day": self.day}
        parts["weekday"] = self.weekday
        parts.update(kw)
        return _P(**parts)


class _Fix:
    """A resolved range."""

    __slots__ = ("inferred", "rng")

    def __init__(self, rng: DateRange, inferred: bool = False) -> None:
        self.rng = rng
        self.inferred = inferred


class _Cyc:
    """Something that recurs every ``period`` ("year", "month" or "week"): ``make`` gives
    the occurrence for the period starting at an anchor day (Jan. 1, the 1st, a Monday).
    ``reach``: how many periods to search either way; ``weekday``: a weekday the text gave
    with the date ("Tue., May 9")."""

    __slots__ = ("inferred", "make", "period", "reach", "shape", "weekday")

    def __init__(  # noqa: PLR0917
        self,
        period: str,
        make: Callable[[dt.date], DateRange | None],
        inferred: bool = False,
        reach: int = 12,
        weekday: int | None = None,
        shape: tuple[int, int] | None = None,
    ) -> None:
        self.period = period
        self.make = make
        self.inferred = inferred
        self.reach = reach
        self.weekday = weekday
        # What ``make`` gives, when it is simple enough to find an occurrence without
        # walking: (month, day) a day of the year, (month, 0) a month, (-1, weekday) a
        # weekday. The walk and these shortcuts give the same occurrence.
        self.shape = shape

    def _anchor(self, day: dt.date) -> dt.date:
        if self.period == "year":
            return dt.date(day.year, 1, 1)
        if self.period == "month":
            return dt.date(day.year, day.month, 1)
        return _monday(day)

    def _step(self, anchor: dt.date, n: int) -> dt.date | None:
        try:
            if self.period == "year":
                return anchor.replace(year=anchor.year + n)
            if self.period == "month":
                return _add_months(anchor, n)
            return anchor + dt.timedelta(days=7 * n)
        except (ValueError, OverflowError):
            return None

    def around(self, day: dt.date, back: int, ahead: int) -> Iterator[DateRange]:
        base = self._anchor(day)
        for n in range(-back, ahead + 1):
            anchor = self._step(base, n)
            if anchor is not None:
                occ = self.make(anchor)
                if occ is not None:
                    yield occ

    def _walk(self, day: dt.date, direction: int) -> Iterator[DateRange]:
        """Occurrences from the period before ``day`` onward (or after it backward)."""
        base = self._anchor(day)
        for n in range(-1, self.reach + 1):
            anchor = self._step(base, n * direction)
            if anchor is not None:
                occ = self.make(anchor)
                if occ is not None:
                    yield occ

    def first_from(self, day: dt.date) -> DateRange | None:
        """The earliest occurrence starting on or after ``day``."""
        if self.shape is not None and _SHORTCUT_YEARS[0] <= day.year <= _SHORTCUT_YEARS[1]:
            return self._shortcut(day, 1)
        best: DateRange | None = None
        extra = 2
        for r in self._walk(day, 1):
            if r.start and r.start >= day and (best is None or r.start < (best.start or day)):
                best = r
            if best is not None:
                extra -= 1
                if extra == 0:
                    break
        return best

    def last_until(self, day: dt.date) -> DateRange | None:
        """The latest occurrence starting on or before ``day``."""
        if self.shape is not None and _SHORTCUT_YEARS[0] <= day.year <= _SHORTCUT_YEARS[1]:
            return self._shortcut(day, -1)
        best: DateRange | None = None
        extra = 2
        for r in self._walk(day, -1):
            if r.start and r.start <= day and (best is None or r.start > (best.start or day)):
                best = r
            if best is not None:
                extra -= 1
                if extra == 0:
                    break
        return best

    def _shortcut(self, day: dt.date, direction: int) -> DateRange | None:
        """:meth:`first_from` (``direction`` 1) or :meth:`last_until` (-1) of a simple
        ``shape``: the nearest occurrence in that direction, as the walk finds it."""
        assert self.shape is not None
        month, dom = self.shape
        if month < 0:  # a weekday: this week's, else the next (or the last) one
            if direction > 0:
                return _day_range(day + dt.timedelta(days=(dom - day.weekday()) % 7))
            return _day_range(day - dt.timedelta(days=(day.weekday() - dom) % 7))
        year = day.year
        for _ in range(self.reach + 1):
            if dom == 0:
                first = dt.date(year, month, 1)
                if (first >= day) if direction > 0 else (first <= day):
                    return _month_range(year, month)
            else:
                occ = _safe(year, month, dom)
                if occ is not None and ((occ >= day) if direction > 0 else (occ <= day)):
                    return _day_range(occ)
            year += direction
        return None

    def nth_from(self, day: dt.date, n: int) -> DateRange | None:
        """The n-th occurrence strictly after (n > 0) or strictly before (n < 0) ``day``."""
        if n > 0:
            found = sorted(
                (r for r in self.around(day, 1, self.reach + n) if r.start and r.start > day),
                key=lambda r: r.start or day,
            )
            return found[n - 1] if len(found) >= n else None
        found = sorted(
            (r for r in self.around(day, self.reach - n, 1) if r.end and r.end < day),
            key=lambda r: r.end or day,
            reverse=True,
        )
        return found[-n - 1] if len(found) >= -n else None


_When = _Fix | _Cyc


class _Dur:
    """A length of time in one or more units: ((4, "Y"),) or ((1, "M"), (21, "D"))."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[tuple[Decimal, str], ...]) -> None:
        self.parts = parts


_Val = _P | _Fix | _Cyc


def _choose(cyc: _Cyc, pub: dt.date, tense: Tense) -> DateRange | None:
    """The occurrence a news sentence means: the one around the publication date, else
    the nearest one in the direction of the tense (the next one when there is none).
    A weekday given with the date picks, near that choice, the occurrence on that weekday."""
    base = _by_tense(cyc, pub, tense)
    wd = cyc.weekday
    if base is None or wd is None or base.start is None or base.start.weekday() == wd:
        return base
    window = 1 if cyc.period == "year" else 6
    near = [
        r for r in cyc.around(base.start, window, window) if r.start and r.start.weekday() == wd
    ]
    if not near:
        return base  # the weekday does not fit: trust the date
    ahead = [r for r in near if r.start and (r.start >= pub) == (tense != "past")]
    pool = ahead if ahead and tense != "present" else near
    return min(pool, key=lambda r: (abs(((r.start or pub) - pub).days), r.start or pub))


def _by_tense(cyc: _Cyc, pub: dt.date, tense: Tense) -> DateRange | None:
    before = cyc.last_until(pub)
    if before is not None and before.end is not None and before.end >= pub:
        return before
    after = cyc.first_from(pub)
    if tense == "past":
        return before or after
    if tense == "future":
        return after or before
    if before is not None and after is not None:  # no tense: the nearest, a tie goes back
        assert before.end is not None and after.start is not None
        return before if (pub - before.end) <= (after.start - pub) else after
    return after or before


def _p_when(p: _P) -> _When | None:
    """Turn a partial date into a fixed range (year known) or a recurring one."""
    if p.year is not None:
        if p.month is None:
            rng = _year_range(p.year)
        elif p.day is None:
            rng = _month_range(p.year, p.month)
        else:
            day = _safe(p.year, p.month, p.day)
            rng = _day_range(day) if day else None
        return _Fix(rng) if rng else None
    month, dom, weekday = p.month, p.day, p.weekday
    if month is not None:
        if dom is not None and not (1 <= month <= 12 and 1 <= dom <= _days_in(2024, month)):
            return None  # no such day in any year (2024 is a leap year)

        def make_md(anchor: dt.date) -> DateRange | None:
            if dom is None:
                return _month_range(anchor.year, month)
            day = _safe(anchor.year, month, dom)
            return _day_range(day) if day else None

        shape = (month, dom or 0)
        return _Cyc("year", make_md, inferred=True, weekday=weekday if dom else None, shape=shape)
    if dom is not None:
        if not 1 <= dom <= 31:
            return None

        def make_dom(anchor: dt.date) -> DateRange | None:
            day = _safe(anchor.year, anchor.month, dom)
            return _day_range(day) if day else None

        return _Cyc("month", make_dom, weekday=weekday)
    if weekday is not None:
        return _Cyc(
            "week",
            lambda monday: _day_range(monday + dt.timedelta(days=weekday)),
            reach=3,
            shape=(-1, weekday),
        )
    return None


_SHORTCUT_YEARS = (20, 9970)
"""Publication years for which :meth:`_Cyc._shortcut` stands in for the walk (far from
the ends of the calendar, where the walk's steps can fail)."""


def _when(v: _Val | None) -> _When | None:
    if v is None or isinstance(v, _Fix | _Cyc):
        return v
    return _p_when(v)


def _map(v: _Val | None, f: Callable[[DateRange], DateRange | None]) -> _When | None:
    """Apply ``f`` to the range(s) a value stands for: "early" + X, "the week of" + X."""
    w = _when(v)
    if isinstance(w, _Fix):
        out = f(w.rng)
        return _Fix(out, w.inferred) if out else None
    if isinstance(w, _Cyc):
        inner = w.make

        def make(anchor: dt.date) -> DateRange | None:
            r = inner(anchor)
            return f(r) if r else None

        return _Cyc(w.period, make, w.inferred, w.reach)  # a weekday no longer applies
    return None


def _span_values(a: _Val, b: _Val) -> _When | None:
    """The range from ``a`` to ``b`` (both ends included), filling in what one side left
    out from the other: "Jan. 5 to 6", "Dec. 23 until Jan. 7", "Nov. 18 - Dec. 19, 2015"."""
    if isinstance(a, _P) and isinstance(b, _P):
        a, b = _fill_pair(a, b)
    wa, wb = _when(a), _when(b)
    if wa is None or wb is None:
        return None
    if isinstance(wa, _Fix) and isinstance(wb, _Fix):
        rng = _join(wa.rng, wb.rng)
        return _Fix(rng, wa.inferred or wb.inferred) if rng else None
    if isinstance(wa, _Fix) and isinstance(wb, _Cyc):
        assert wa.rng.start is not None
        end = wb.first_from(wa.rng.start)
        rng = _join(wa.rng, end) if end else None
        return _Fix(rng, True) if rng else None
    if isinstance(wa, _Cyc) and isinstance(wb, _Fix):
        assert wb.rng.end is not None
        start = wa.last_until(wb.rng.end)
        rng = _join(start, wb.rng) if start else None
        return _Fix(rng, True) if rng else None
    assert isinstance(wa, _Cyc) and isinstance(wb, _Cyc)
    first, second = wa, wb

    reach = {"year": 366, "month": 31}.get(first.period, 7)

    def make(anchor: dt.date) -> DateRange | None:
        left = first.make(anchor)
        if left is None or left.start is None:
            return None
        right = second.first_from(left.start)
        if right is None or right.start is None or (right.start - left.start).days > reach:
            return None  # "Feb. 27-29" in a year with no Feb. 29
        return _join(left, right)

    return _Cyc(first.period, make, first.inferred or second.inferred, first.reach)


def _fill_pair(a: _P, b: _P) -> tuple[_P, _P]:
    """Give each side of a range the month and year the other side names."""
    if b.month is None and b.day is not None and a.month is not None:
        month, year = a.month, a.year
        if a.day is not None and b.day < a.day:
            month, year = month % 12 + 1, (year + 1 if year and month == 12 else year)
        b = b.with_(month=month, year=b.year if b.year is not None else year)
    if a.month is None and a.day is not None and b.month is not None:
        month, year = b.month, b.year
        if b.day is not None and a.day > b.day:
            month, year = (month - 2) % 12 + 1, (year - 1 if year and month == 1 else year)
        a = a.with_(month=month, year=a.year if a.year is not None else year)
    if a.year is None and b.year is not None and a.month is not None and b.month is not None:
        later = (a.month, a.day or 1) > (b.month, b.day or 1)
        a = a.with_(year=b.year - 1 if later else b.year)
    if b.year is None and a.year is not None and a.month is not None and b.month is not None:
        earlier = (b.month, b.day or 31) < (a.month, a.day or 1)
        b = b.with_(year=a.year + 1 if earlier else a.year)
    return a, b


# =====================================================================================
# The reader: productions over tokens
# =====================================================================================

_M = tuple[int, _Val]
"""A match: the index of the token after it, and its value."""

_RANGE_DASHES = "-–—~"
_SENTENCE_END = ".!?;"


@lru_cache(maxsize=64)
def _month_first(locale: str) -> bool:
    """Whether the locale writes numeric dates month first (en_US 1/31) or day first."""
    from babel.dates import get_date_format

    pattern = str(get_date_format("short", locale=locale).pattern)
    m, d = pattern.find("M"), pattern.find("d")
    return m < d if m >= 0 and d >= 0 else True


_MISSING = object()
_CUE_ANY = (
    _FUTURE_CUES | _FUTURE_PARTICIPLES | _PAST_CUES | _PRESENT_CUES | {"have", "has", "be", "been"}
)
"""Every word :meth:`_Reader.cue` reads a tense from, but for "-ed" and "'ll" forms."""


@lru_cache(maxsize=64)
def _locale_setup(locale: str) -> tuple[str, str, bool]:
    """The canonical id of a locale, its territory ("US" when it has none) and whether it
    writes numeric dates month first (raises ``ValidationError`` for an unknown locale)."""
    loc = normalize_locale(locale)
    return loc, territory_of(loc) or "US", _month_first(loc)


def _locale_id(locale: str) -> str:
    """``normalize_locale`` through the cache (an unhashable value goes straight to it,
    which raises the usual ``ValidationError``)."""
    if isinstance(locale, str):
        return _locale_setup(locale)[0]
    return normalize_locale(locale)


class _Reader:
    """Reads the temporal expressions of one text, in the context of its publication date
    and locale. Every production takes a token index and returns ``(end, value)``."""

    def __init__(self, text: str, published: dt.date, locale: str, relaxed: bool = False) -> None:
        self.text = text
        toks = _Tokens()
        if relaxed or len(text) <= _FULL_SCAN_LIMIT:
            toks.add(text, 0, len(text))
        else:
            for lo, hi in _regions(text):
                toks.add(text, lo, hi)
        self.n = len(toks.text)
        # Padding: look-ahead past the end, and look-behind before the start (a negative
        # index wraps round to the padding), see "no token", never an IndexError.
        toks.pad()
        self._t, self._k, self._s, self._g = toks.text, toks.kind, toks.start, toks.glued
        self._nl, self._w, self._p = toks.nl, toks.low, toks.mark
        self._d, self._v = toks.digits, toks.value
        self._top_memo: dict[int, tuple[int, int, _Fix | _Dur, DateRole] | None] = {}
        self.pub = published
        _loc, self.territory, self.month_first = _locale_setup(locale)
        self.relaxed = relaxed
        self._expr_memo: dict[int, _M | None] = {}
        self._range_memo: dict[int, tuple[int, _When, str] | None] = {}
        self._cue_memo: dict[int, Tense | None] = {}

    # ------------------------------------------------------------------ token tests
    def original(self, i: int) -> str:
        """The text of token ``i`` as written (a word's ``_t`` is lower-cased)."""
        start = self._s[i]
        return self.text[start : start + len(self._t[i])] if 0 <= i < self.n else ""

    def cap(self, i: int) -> bool:
        """Whether token ``i`` is a capitalized word."""
        return self._k[i] == "w" and self.text[self._s[i]].isupper()

    def in_number_chain(self, start: int, end: int) -> bool:
        """Whether the digits in [start, end) are glued to more digits by separators, as in
        phone numbers, codes and decimals ("+86 138-2010-2015", "30/4.85")."""
        return self.chain_before(start) or self.chain_after(end)

    def chain_before(self, start: int) -> bool:
        before = start - 1
        glued = self._g[start] and self._g[before]
        if self._p[before] in "-/.:," and glued and self._d[before - 1]:
            return True
        return start > 0 and self._g[start] and self._k[start - 1] in "nw"

    def chain_after(self, end: int, dash_ok: bool = False) -> bool:
        seps = "/.:," if dash_ok else "-/.:,"
        if self._p[end] in seps and self._g[end] and self._g[end + 1] and self._d[end + 1]:
            return True
        return end < self.n and self._g[end] and self._k[end] in "nw"

    # ------------------------------------------------------------------ atoms
    def month(self, i: int) -> tuple[int, int, bool] | None:
        """A month name or abbreviation: (end, month, strong). Weak ones ("May",
        "March", "Jan") need a date context."""
        low = self._w[i]
        m = _MONTHS.get(low)
        if m is None:
            return None
        j = i + 1
        abbr = low not in _FULL_MONTHS
        if abbr and self._p[j] in "." and self._g[j]:
            j += 1
        strong = low not in _WEAK_MONTHS and (not abbr or j > i + 1 or self.cap(i))
        if low in _WEAK_MONTHS and abbr and j > i + 1:
            strong = True  # "Jan.", "Dec.", "Sept."
        return j, m, strong

    def weekday(self, i: int) -> tuple[int, int, bool] | None:
        """A weekday name or abbreviation: (end, weekday, strong)."""
        low = self._w[i]
        wd = _WEEKDAYS.get(low)
        if wd is None:
            return None
        j = i + 1
        abbr = not low.endswith("day")
        if abbr and self._p[j] in "." and self._g[j]:
            j += 1
        strong = not abbr or j > i + 1 or (self.cap(i) and low not in {"sun", "sat"})
        return j, wd, strong

    def small_words(self, i: int) -> tuple[int, int] | None:
        """0..99 in words: "seven", "nineteen", "twenty-one"."""
        low = self._w[i]
        if low in _CARDINALS:
            return i + 1, _CARDINALS[low]
        if low in _TENS:
            j = i + 1
            if self._p[j] in "-" and self._g[j]:
                j += 1
            unit = _CARDINALS.get(self._w[j], 0)
            if 1 <= unit <= 9:
                return j + 1, _TENS[low] + unit
            return i + 1, _TENS[low]
        return None

    def card_words(self, i: int) -> tuple[int, int] | None:
        """A cardinal in words up to 999999: "two thousand and fifteen"."""
        first = self.small_words(i)
        if first is None:
            return None
        j, total = first
        if self._w[j] == "thousand":
            total *= 1000
            j += 1
            k = j + 1 if self._w[j] == "and" and self.small_words(j + 1) else j
            more = self.small_words(k)
            if more is not None:
                if self._w[more[0]] == "hundred":
                    total += more[1] * 100
                    j = more[0] + 1
                    k = j + 1 if self._w[j] == "and" and self.small_words(j + 1) else j
                    rest = self.small_words(k)
                    if rest is not None:
                        total, j = total + rest[1], rest[0]
                else:
                    total, j = total + more[1], more[0]
            return j, total
        if self._w[j] == "hundred":
            total *= 100
            j += 1
            k = j + 1 if self._w[j] == "and" and self.small_words(j + 1) else j
            rest = self.small_words(k)
            if rest is not None:
                total, j = total + rest[1], rest[0]
        return j, total

    def day(self, i: int, words: bool = True) -> tuple[int, int, bool] | None:
        """A day of the month: (end, day, written as an ordinal)."""
        if 0 <= i < self.n and self._k[i] == "n":
            value = self._v[i]
            if self._d[i] > 2 or not 1 <= value <= 31:
                return None
            if self._w[i + 1] in _ORD_SUFFIXES and self._g[i + 1]:
                return i + 2, value, True
            return i + 1, value, False
        if not words:
            return None
        low = self._w[i]
        if low in _ORDINALS and _ORDINALS[low] <= 31:
            return i + 1, _ORDINALS[low], True
        if low in ("twenty", "thirty"):
            j = i + 1
            if self._p[j] in "-" and self._g[j]:
                j += 1
            nxt = self._w[j]
            if nxt in _ORDINALS and _ORDINALS[nxt] <= 9 and _TENS[low] + _ORDINALS[nxt] <= 31:
                return j + 1, _TENS[low] + _ORDINALS[nxt], True
            if 1 <= _CARDINALS.get(nxt, 0) <= 9 and _TENS[low] + _CARDINALS[nxt] <= 31:
                return j + 1, _TENS[low] + _CARDINALS[nxt], False
            return i + 1, _TENS[low], False
        if 1 <= _CARDINALS.get(low, 0) <= 19:
            return i + 1, _CARDINALS[low], False
        return None

    def year(self, i: int, words: bool = False, short: bool = False) -> tuple[int, int] | None:
        """A year: four digits (1000..2999, "AD" allowed), with ``short`` a two-digit
        year ("'87", "74"), with ``words`` a year in words ("nineteen ninety six")."""
        if 0 <= i < self.n and self._k[i] == "n":
            value, size = self._v[i], self._d[i]
            if size == 4 and 1000 <= value <= 2999:
                if self._p[i + 1] in "%" or (self._p[i - 1] in "$€£¥#" and self._g[i]):
                    return None
                return self.era(i + 1), value
            if short and size == 2:
                return i + 1, value + (2000 if value < 40 else 1900)
            return None
        if short and self._p[i] in "'’" and self._d[i + 1] == 2 and self._g[i + 1]:
            value = self._v[i + 1]
            return i + 2, value + (2000 if value < 40 else 1900)
        if words:
            return self.year_words(i)
        return None

    def era(self, j: int) -> int:
        """Skip "AD", "A.D.", "CE" after a year."""
        if self._w[j] in ("ad", "ce"):
            return j + 1 + (1 if self._p[j + 1] in "." and self._g[j + 1] else 0)
        if self._w[j] == "a" and self._p[j + 1] in "." and self._w[j + 2] == "d":
            return j + 3 + (1 if self._p[j + 3] in "." else 0)
        return j

    def year_words(self, i: int) -> tuple[int, int] | None:
        card = self.card_words(i)
        if card is not None and 1000 <= card[1] <= 2999:
            return card
        first = self.small_words(i)
        if first is None or not 10 <= first[1] <= 99:
            return None
        j = first[0]
        second = self.small_words(j)
        if second is not None and 10 <= second[1] <= 99:
            return second[0], first[1] * 100 + second[1]
        if self._w[j] in ("zero", "oh", "o"):
            unit = self.small_words(j + 1)
            if unit is not None and unit[1] <= 9:
                return unit[0], first[1] * 100 + unit[1]
        return None

    def qty(self, i: int) -> tuple[int, Decimal, str] | None:
        """A quantity of units: (end, value, kind) with kind "num", "word", "a" or "fuzzy"."""
        if not 0 <= i < self.n:
            return None
        if self._k[i] == "n":
            if self._d[i] > 6 or (self._p[i - 1] in "$€£¥#" and self._g[i]):
                return None
            if self._v[i] < 0:
                return None  # digits other than ASCII ("५"): not read as a number
            if self._p[i + 1] in "," and self._g[i + 1] and self._d[i + 2] == 3:
                return None  # "2,000"
            if self._p[i + 1] in "." and self._g[i + 1] and self._g[i + 2] and self._d[i + 2]:
                try:
                    return i + 3, Decimal(f"{self._t[i]}.{self._t[i + 2]}"), "num"
                except InvalidOperation:
                    return None
            return i + 1, Decimal(self._v[i]), "num"
        low = self._w[i]
        if low in ("a", "an"):
            nxt = self._w[i + 1]
            if nxt in ("couple", "few", "dozen"):
                return i + 2, _FUZZY_QTY[nxt], "fuzzy"
            if nxt == "half":
                return i + 2, Decimal("0.5"), "fuzzy"
            return i + 1, Decimal(1), "a"
        if low in _FUZZY_QTY:
            return i + 1, _FUZZY_QTY[low], "fuzzy"
        if low == "half":
            j = i + 2 if self._w[i + 1] in ("a", "an") else i + 1
            return j, Decimal("0.5"), "fuzzy"
        card = self.card_words(i)
        if card is not None:
            return card[0], Decimal(card[1]), "word"
        return None

    def unit(self, i: int) -> tuple[int, str] | None:
        """A unit of time: (end, code); "business days" is "BD"."""
        low = self._w[i]
        if low in ("business", "working", "work") and self._w[i + 1] in ("day", "days"):
            return i + 2, "BD"
        code = _UNIT_WORDS.get(low[:-2] if low.endswith("'s") else low)
        return (i + 1, code) if code else None

    def qty_unit(self, i: int, allow_a: bool = False) -> tuple[int, Decimal, str] | None:
        """A quantity and its unit: "four years", "3.5years", "a couple of weeks", "10D"."""
        q = self.qty(i)
        if q is None:
            return None
        j, value, kind = q
        if kind == "a" and not allow_a:
            return None
        if kind == "fuzzy" and self._w[j] == "of":
            j += 1
        u = self.unit(j)
        if u is not None:
            return (u[0], value, u[1]) if value > 0 else None
        letter = self._w[j]
        if kind == "num" and self._g[j] and letter in _LETTER_UNITS:
            upper = self.original(j) in ("D", "W", "Y")
            if upper or self._w[j + 1] == "ago" or self._w[i - 1] == "in":
                return j + 1, value, _LETTER_UNITS[letter]
        return None

    def qty_units(
        self, i: int, allow_a: bool = False
    ) -> tuple[int, tuple[tuple[Decimal, str], ...]] | None:
        """One or more quantities of units: "2 weeks and 2 days", "1 year, 09 months"."""
        first = self.qty_unit(i, allow_a)
        if first is None:
            return None
        end, parts = first[0], [(first[1], first[2])]
        while len(parts) < 5:
            k = end
            if self._p[k] in ",":
                k += 1
            if self._w[k] == "and":
                k += 1
            more = self.qty_unit(k)
            if more is None or any(u == more[2] for _, u in parts):
                break
            end = more[0]
            parts.append((more[1], more[2]))
        return end, tuple(parts)

    # ------------------------------------------------------------------ context
    def cue_before(self, i: int, strong_only: bool = False) -> bool:
        """Whether a word before ``i`` says a date follows ("in", "since", "on the")."""
        if self.relaxed:
            return True
        j = i - 1
        if self._w[j] == "the":
            j -= 1
        low = self._w[j]
        if strong_only:
            return low in ("since", "until", "till", "through", "during", "before", "after", "by")
        if low in _CUE_WORDS or low in _PREPOSITIONS_KEPT_OUT:
            return True
        return low in _WEEKDAYS and low not in _WEAK_WEEKDAYS

    def tail_ok(self, j: int) -> bool:
        """Whether the token after a bare year lets it stand as a year ("in 2022,"
        yes; "in 2000 cases" no)."""
        if j >= self.n:
            return True
        kind = self._k[j]
        if kind == "p":
            mark = self._t[j]
            return mark not in "%$€£" and not (mark in ".," and self._d[j + 1] and self._g[j + 1])
        if kind == "n":
            return False
        low = self._w[j]
        if low in _UNIT_WORDS or low in ("percent", "per", "million", "billion", "people"):
            return False
        return (
            self.cap(j)
            or low in _AFTER_YEAR_OK
            or low.endswith(("ed", "ly"))
            or low in _MONTHS
            or low in _WEEKDAYS
        )

    # ------------------------------------------------------------------ tense
    def cue(self, k: int) -> Tense | None:
        """The tense word ``k`` signals, if any: "will" future, "said" past, "is" present.
        A participle after "be" ("was held", "will be held") leaves it to the auxiliary."""
        memo = self._cue_memo.get(k, _MISSING)
        if memo is not _MISSING:
            return memo  # type: ignore[return-value]
        low = self._w[k]
        out: Tense | None = None
        if low not in _CUE_ANY and not low.endswith(("ed", "'ll")):
            self._cue_memo[k] = None  # no word of any tense (whatever comes before it)
            return None
        passive = self._w[k - 1] in ("be", "been", "being", "is", "are", "was", "were", "am")
        if passive and low not in _FUTURE_PARTICIPLES and low not in _PRESENT_CUES:
            out = None
        elif low in ("have", "has", "be", "been") and (
            self._w[k - 1] in _MODALS or self._w[k - 1].endswith("'ll")
        ):
            out = "future" if self._w[k - 1] not in ("could", "should", "might", "must") else None
        elif low:
            if (
                low in _FUTURE_CUES
                or low.endswith("'ll")
                or (
                    low in _FUTURE_PARTICIPLES
                    and self._w[k + 1] in ("to", "for", "on", "in", "at", "by", "before", "until")
                )
            ):
                out = "future"
            elif low in _PAST_CUES:
                out = "past"
            elif low in _PRESENT_CUES:
                out = "present"
            elif (
                len(low) >= 5
                and low.endswith("ed")
                and not low.endswith("eed")
                and low not in _NOT_PAST_ED
                and not self.cap(k)
                and not (
                    self._w[k + 1] == "by"
                    and self._k[k - 1] == "w"
                    and not self.cap(k - 1)
                    and self._w[k - 1] not in _PRONOUNS
                )
            ):
                out = "past"  # (not "a notice published by": a participle, no tense)
        self._cue_memo[k] = out
        return out

    def _is_day(self, j: int) -> bool:
        """Whether token ``j`` ends a day number: "1", or the "st" of "1st"."""
        if self._k[j] == "n":
            return True
        return j > 0 and self._w[j] in _ORD_SUFFIXES and self._g[j] and self._k[j - 1] == "n"

    def ends_sentence(self, k: int) -> bool:
        """Whether the mark at ``k`` (one of ".!?;") ends a sentence: a period does not
        after an abbreviation ("Jan.", "Gov.") nor between the digits of "1.5"."""
        if self._p[k] != ".":
            return True
        inside = 0 < k < self.n - 1
        if inside and self._g[k] and self._g[k + 1] and self._k[k - 1] == self._k[k + 1] == "n":
            return False  # the decimal point of "1.5"
        if inside and k > 1 and self._is_day(k - 2) and self._w[k - 1] in _MONTHS:
            return self.cap(k + 1) or not self._g[k]  # "on 1 Jan. Markets were calm" ends
        if k > 1 and self._k[k - 2] == "n" and self._g[k - 1] and self._w[k - 1] in _ORD_SUFFIXES:
            return True  # "on Jan. 1st. Then ...": an ordinal, not "St."
        return not (self._w[k - 1] in _ABBREVIATIONS and self._g[k])

    def tense(self, a: int, b: int) -> Tense:
        """The tense of the clause around tokens [a, b): the nearest tense cue in the
        same sentence (a preceding one wins a tie)."""
        marks, nls, memo = self._p, self._nl, self._cue_memo
        words = self._w
        best: Tense | None = None
        best_d = 20
        k, d = a - 1, 1
        while k >= 0 and d < best_d:
            if nls[k + 1] or (marks[k] in _SENTENCE_END and self.ends_sentence(k)):
                break  # the start of the sentence or of a line
            c = memo.get(k, _MISSING)
            if c is _MISSING:
                low = words[k]  # most words say no tense: skip the full test for them
                c = self.cue(k) if low in _CUE_ANY or low.endswith(("ed", "'ll")) else None
            if c is not None:
                best, best_d = c, d  # type: ignore[assignment]
                break
            k, d = k - 1, d + 1
        if 0 < b < self.n and marks[b - 1] in _SENTENCE_END and self.ends_sentence(b - 1):
            return best or "none"  # the expression's own period ("on 1 Jan.") ends it
        k, d, comma = b, 1, False
        while k < self.n and d < best_d:
            if nls[k] or (marks[k] in _SENTENCE_END and self.ends_sentence(k)):
                break
            comma = comma or marks[k] == ","
            if comma and words[k] in _REPORTING_VERBS:
                break  # "..., the ministry said": the attribution's tense is not the clause's
            c = memo.get(k, _MISSING)
            if c is _MISSING:
                low = words[k]
                c = self.cue(k) if low in _CUE_ANY or low.endswith(("ed", "'ll")) else None
            if c is not None:
                return c  # type: ignore[return-value]
            k, d = k + 1, d + 1
        return best or "none"

    def resolve(self, v: _Val | None, a: int, b: int, tense: Tense | None = None) -> _Fix | None:
        """A value resolved against the publication date and the clause's tense."""
        w = _when(v)
        if isinstance(w, _Fix) or w is None:
            return w
        rng = _choose(w, self.pub, tense or self.tense(a, b))
        return _Fix(rng, w.inferred) if rng else None

    # ------------------------------------------------------------------ calendar dates
    def year_after(
        self, j: int, joined: str = "", check_tail: bool = True
    ) -> tuple[int, int] | None:
        """A year after a month or a day: ", 2026", " 2026", " of 1987", " in 2020"; with
        ``joined`` (the separator the date already used, as in "31-Oct-74") "-74"."""
        if self._p[j] in "-/" and self._g[j] and self._g[j + 1]:
            if not joined or self._t[j] != joined:
                return None
            y = self.year(j + 1, short=True)
            return y if y is not None and not self.chain_after(y[0]) else None
        k = j
        short = False
        if self._p[k] in ",":
            k += 1
        elif self._w[k] in ("of", "in"):
            k += 1
            short = self._w[j] == "of"
        y = self.year(k, words=True, short=short)
        if y is None or self.chain_after(y[0]) or (check_tail and not self.tail_ok(y[0])):
            return None
        return y

    def weekday_tail(self, j: int, p: _P) -> tuple[int, _P]:
        """A weekday after a date: "Jul 18, Fri", "Nov 12 (Sun)"."""
        k = j + 1 if self._p[j] in ",(" else j
        wd = self.weekday(k)
        if wd is None or k == j:
            return j, p
        end = wd[0] + (1 if self._p[wd[0]] in ")" else 0)
        return end, p.with_(weekday=wd[1])

    def day_tail_ok(self, k: int, end: int) -> bool:
        """Whether a day number at ``k`` is really a day (not "May 5:30", "May 1,000")."""
        if self._k[k] != "n":
            return True
        if self._p[end] in ":" and self._g[end]:
            return False
        return not (self._p[end] in ",." and self._g[end] and self._d[end + 1] and self._g[end + 1])

    def md(self, i: int) -> _M | None:
        """Month first: "Jan. 5", "January 5th, 2026", "Oct2", "Sep-23-2020", "May 2018",
        "February the 15th", "June of 1992", "Dec/2018", "October, 1st", "January"."""
        mo = self.month(i)
        if mo is None:
            return None
        j, month, strong = mo
        k, joined = j, ""
        if self._p[k] in "-/" and self._g[k] and self._g[k + 1]:
            k, joined = k + 1, self._t[k]
        elif self._w[k] == "the" or (self._p[k] in "," and self._w[k + 1] != "the"):
            k += 1
        elif self._p[k] in "." and self._d[k + 1]:
            k += 1  # "October. 2"
        best: _M | None = None
        d = self.day(k, words=not joined)
        if d is not None and self.day_tail_ok(k, d[0]):
            dend, dom, ordinal = d
            word_day = self._k[k] == "w"
            comma_ok = self._p[j] not in "," or ordinal
            context = (
                strong or (self.cap(i) and i > 0) or self.cue_before(i) or self.weekday_before(i)
            )
            if comma_ok and (not word_day or ordinal or context):
                y = self.year_after(dend, joined)
                best = self.weekday_tail(y[0] if y else dend, _P(y[1] if y else None, month, dom))
        y = self.year_after(j, joined=self._t[j] if self._p[j] in "-/" else "", check_tail=False)
        if y is not None and (best is None or y[0] > best[0]):
            return y[0], _P(y[1], month)
        if best is not None:
            return best
        if strong and self._w[j] == "in":
            moved = self.shifted(j, self.cyc_unit(lambda yr: _month_range(yr, month)))
            if moved is not None:
                return moved
        full = self._w[i] in _FULL_MONTHS
        if not (strong and full) and not self.month_alone_ok(i, j):
            return None
        return j, _P(month=month)

    def currency_before(self, i: int) -> bool:
        return self._p[i - 1] in "$€£¥" or (self._d[i - 1] > 0 and self._p[i - 2] in "$€£¥")

    def weekday_before(self, i: int) -> bool:
        k = i - 1 if self._p[i - 1] in "," else i
        k = k - 1 if self._p[k - 1] in "." else k
        return self._w[k - 1] in _WEEKDAYS

    def month_alone_ok(self, i: int, j: int) -> bool:
        """A weak month word with nothing after it: "in May", "May to March"."""
        if self.cue_before(i) and self._w[i - 1] not in ("to", "and", "or", "not", "for", "on"):
            return True
        nxt = j + 1 if self._w[j] in ("to", "through", "thru", "till", "until", "and") else j
        if nxt == j and self._p[j] in _RANGE_DASHES:
            nxt = j + 1
        return nxt > j and self.month(nxt) is not None and self.cap(i)

    def dm(self, i: int) -> _M | None:
        """Day first: "5 January 2026", "the 1st of March", "16. Nov. 2016", "05-Aug-2016",
        "twenty second of June", "14april 2015"."""
        k = i + 1 if self._w[i] == "the" else i
        if self.currency_before(k):
            return None
        d = self.day(k)
        if d is None:
            return None
        j, dom, ordinal = d
        word_day = self._k[k] == "w"
        joined = ""
        if self._p[j] in "." and self._g[j] and not word_day:
            j += 1
        elif self._p[j] in "-/" and self._g[j] and self._g[j + 1]:
            joined = self._t[j]
            j += 1
        of = self._w[j] == "of"
        if of:
            j += 1
        mo = self.month(j)
        if mo is None:
            return None
        mend, month, strong = mo
        y = self.year_after(mend, joined)
        if not strong and not (ordinal or of or self.cap(j) or y or self.cue_before(k)):
            return None
        if word_day and not ordinal and not strong:
            return None
        p = _P(y[1] if y else None, month, dom)
        return self.weekday_tail(y[0] if y else mend, p)

    def year_month(self, i: int) -> _M | None:
        """Year first: "2016 November", "2016, nov", "2017 april"."""
        y = self.year(i)
        if y is None or self.in_number_chain(i, i + 1):
            return None
        j = y[0] + 1 if self._p[y[0]] in "," else y[0]
        mo = self.month(j)
        if mo is None or not (mo[2] or j > y[0] or self.cap(j)):
            return None
        if self._w[i - 1] in ("in", "during") or self.relaxed or mo[2] or j > y[0] or self.cap(j):
            return mo[0], _P(y[1], mo[1])
        return None

    def numeric(
        self, i: int, cue: bool = False, joined: bool = False, weekday: int | None = None
    ) -> _M | None:
        """Numeric dates: "2015-03-03", "10/31/74", "13.5.2015", "20161016", "11/2016",
        "2016-11", "5/17", and with a date context "2/15", "16.12". ``joined``: right after
        the dash of a range ("10/1-11/7"); ``weekday``: a weekday said with it, which
        settles the order of day and month ("Friday 7.6")."""
        if not (0 <= i < self.n and self._k[i] == "n"):
            return None
        if not joined and self.chain_before(i):
            return None
        a, na = self._v[i], self._d[i]
        if na == 8:
            day = _safe(a // 10000, a // 100 % 100, a % 100)
            if day and 1900 <= day.year <= 2100 and not self.chain_after(i + 1):
                return i + 1, _P(day.year, day.month, day.day)
            return None
        sep_i = i + 1
        if self._p[sep_i] not in "-/.":
            return None
        sep = self._t[sep_i]
        spaced = not self._g[sep_i] or not self._g[sep_i + 1]
        b_i = sep_i + 1
        if not (b_i < self.n and self._k[b_i] in "nw"):
            return None
        if not spaced and self._p[b_i + 1] in sep and self._g[b_i + 1] and self._g[b_i + 2]:
            got = self.three_part(i, b_i, b_i + 2, sep, weekday)
            if got is not None:
                return got
        if self._k[b_i] != "n":
            return None
        b, nb = self._v[b_i], self._d[b_i]
        end = b_i + 1
        dash_chain = self._p[end] in "-" and self._g[end] and self._d[end + 1]
        chained = self.chain_after(end, dash_ok=True) or (
            dash_chain and not self.date_ahead(end + 1)
        )
        if chained and not (self._p[end] in "," and self.year_after(end)):
            return None
        if na == 4 and nb <= 2 and 1 <= b <= 12 and 1000 <= a <= 2999 and sep != ".":
            return end, _P(a, b)  # 2016-11
        if nb == 4 and na <= 2 and 1 <= a <= 12 and 1000 <= b <= 2999:
            return end, _P(b, a)  # 11/2016
        if na > 2 or nb > 2 or self._w[end] in _UNIT_WORDS:
            return None  # "3.5 years" is a quantity
        if sep == "." and self._p[end] in "." and self._g[end]:
            end += 1  # "15.10."
        md = self.order(a, b, sep, weekday)
        if md is None or self._w[end] in _CLOCK_WORDS:
            return None  # "between 9-6 PT"
        if not (cue or self.cue_before(i) or self.listed(i)):
            idiom = (a, b) in ((24, 7), (9, 11), (7, 7), (50, 50), (20, 20))
            shaped = sep == "/" and not spaced and (md[1] > 12 or na == 2 == nb)
            if idiom or not shaped:
                return None
        y = self.year_after(end) if self._p[end] in "," else None
        if y is not None:
            return y[0], _P(y[1], md[0], md[1])
        return end, _P(None, md[0], md[1])

    def date_ahead(self, i: int) -> bool:
        """Whether a numeric date of two or three parts starts at ``i`` (a quick look, used
        to tell "10/1-11/7" from a chain of numbers)."""
        a = self._v[i]
        if not (1 <= a <= 31 and self._p[i + 1] in "/." and self._g[i + 1] and self._g[i + 2]):
            return False
        b = self._v[i + 2]
        if not 1 <= b <= 31:
            return False
        if self._p[i + 3] in "-" and self._g[i + 3] and self._d[i + 4]:
            return False  # another link of a chain
        return not (self._p[i + 3] in "/." and self._g[i + 3] and self._d[i + 4] not in (2, 4))

    def listed(self, i: int) -> bool:
        """Whether token ``i`` follows another date in a list: "11/20, 11/22 or 11/25"."""
        k = i - 1
        if self._w[k] in ("or", "and", "to") or self._p[k] in ",":
            k -= 1
            if self._p[k] in ",":
                k -= 1
            return self._d[k] > 0 and self._p[k - 1] in "/.-" and self._g[k]
        return False

    def three_part(
        self, i: int, b_i: int, c_i: int, sep: str, weekday: int | None = None
    ) -> _M | None:
        a, na = self._v[i], self._d[i]
        if self._k[b_i] == "w":
            mo = _MONTHS.get(self._w[b_i])
            c = self._v[c_i]
            if mo and na == 4 and 1 <= c <= 31 and self._d[c_i] <= 2:
                return c_i + 1, _P(a, mo, c)
            return None
        b, nb = self._v[b_i], self._d[b_i]
        c, nc = self._v[c_i], self._d[c_i]
        end = c_i + 1
        if c < 0 or self.chain_after(end, dash_ok=True):
            return None
        if (
            self._p[end] in "-"
            and self._g[end]
            and self._d[end + 1]
            and not self.date_ahead(end + 1)
        ):
            return None
        if na == 4 and nb <= 2 and nc <= 2:
            return (end, _P(a, b, c)) if _safe(a, b, c) else None
        if na <= 2 and nb <= 2 and nc in (2, 4):
            year = c if nc == 4 else c + (2000 if c < 40 else 1900)
            md = self.order(a, b, sep, weekday, year)
            if md and _safe(year, md[0], md[1]):
                return end, _P(year, md[0], md[1])
        return None

    def order(
        self, a: int, b: int, sep: str, weekday: int | None = None, year: int | None = None
    ) -> tuple[int, int] | None:
        """(month, day) of two numbers: by value, then by a weekday said with them, then
        by the locale (numbers joined by "." are day first)."""
        month_first = self.month_first and sep != "."
        options = [(a, b), (b, a)] if month_first else [(b, a), (a, b)]
        valid = [(m, d) for m, d in options if 1 <= m <= 12 and 1 <= d <= 31 and _safe(2024, m, d)]
        if not valid:
            return None
        if weekday is not None and len(valid) == 2:
            years = [year] if year else [self.pub.year, self.pub.year + 1, self.pub.year - 1]
            for y in years:
                for m, d in valid:
                    day = _safe(y, m, d)
                    if day is not None and day.weekday() == weekday:
                        return m, d
        return valid[0]

    def weekday_date(self, i: int) -> _M | None:
        """A weekday and a date: "Tuesday, Jan. 5", "Tue May 9", "Friday the 13th",
        "Thu 15th", "Monday 21", "Friday 7/6"."""
        wdm = self.weekday(i)
        if wdm is None:
            return None
        j, wd, _strong = wdm
        k = j + 1 if self._p[j] in ",-(" else j
        best: _M | None = None
        for cand in (self.md(k), self.dm(k), self.numeric(k, cue=True, weekday=wd)):
            dated = cand is not None and isinstance(cand[1], _P) and cand[1].day is not None
            if cand is not None and dated and (best is None or cand[0] > best[0]):
                best = cand
        if best is None:
            kk = k + 1 if self._w[k] == "the" else k
            d = self.day(kk, words=kk > k)
            if d is None or not self.day_tail_ok(kk, d[0]):
                return None
            if not (d[2] or kk > k) and not (d[0] >= self.n or self._k[d[0]] == "p"):
                return None  # "Monday 21 people"
            best = d[0], _P(day=d[1])
        end, p = best
        assert isinstance(p, _P)
        if self._p[j] in "(" and self._p[end] in ")":
            end += 1
        return end, p.with_(weekday=wd)

    def season(self, i: int) -> _M | None:
        """ "summer 2026", "the fall of 2025", "this winter", "last spring", "in the summer".
        Seasons are meteorological (three whole months), flipped south of the equator."""
        k = i + 1 if self._w[i] == "the" else i
        off = _NEXT_WORDS.get(self._w[k])
        if off is not None and self._w[k] not in ("prior", "present"):
            k += 1
        first = _SEASON_MONTHS.get(self._w[k])
        if first is None:
            return None
        if self.territory in _SOUTHERN:
            first = (first + 5) % 12 + 1

        def make(anchor: dt.date) -> DateRange | None:
            start = _safe(anchor.year, first, 1)
            if start is None or anchor.year + 1 > _MAX_YEAR:
                return None
            stop = _add_months(start, 3) - _DAY
            return _rng(start, stop, Granularity.SEASON)

        end = k + 1
        j = end + 1 if self._w[end] == "of" else end
        y = self.year(j)
        if y is not None and not self.in_number_chain(j, y[0]):
            rng = make(dt.date(y[1], 1, 1))
            return (y[0], _Fix(rng)) if rng else None
        cyc = _Cyc("year", make, reach=3)
        if off is not None:
            if off == 0:
                return end, cyc
            rng = cyc.nth_from(self.pub, off)
            return (end, _Fix(rng)) if rng else None
        if not (
            k > i and self._w[i - 1] in ("in", "during", "over", "by", "until", "since", "through")
        ):
            return None
        return end, cyc

    def weekend(self, i: int) -> _M | None:
        """ "the weekend", "over the weekend": the weekend of the tense's direction."""
        k = i + 1 if self._w[i] == "the" else i
        if self._w[k] != "weekend" or self._w[k + 1] == "of":
            return None
        bare = k == i and not (self.relaxed or self._w[i - 1] in ("on", "at", "this", "over"))
        if bare and not (k + 1 >= self.n or self._p[k + 1] in ".,;!?"):
            return None
        return k + 1, _Cyc("week", _weekend_range, reach=2)

    def listed_day(self, i: int) -> _M | None:
        """A day or weekday in a list that names its month or week once: "the 22nd, 23rd
        or 31st of March", "July 17th, 18th, or 19th", "next week Mon or Tue"."""
        wdm = self.weekday(i)
        if wdm is not None:
            week = self.list_anchor_week(i, wdm[0])
            if week is None or week.start is None:
                return None
            return wdm[0], _Fix(_day_range(week.start + dt.timedelta(days=wdm[1])))
        k = i + 1 if self._w[i] == "the" else i
        d = self.day(k, words=k > i)
        if d is None or not (d[2] or k > i or self._w[d[0]] in ("and", "or")):
            return None
        nxt = self._w[d[0]]
        if nxt and nxt not in _AFTER_YEAR_OK and not self.cap(d[0]) and self.month(d[0]) is None:
            return None  # "July 1st, 17th times"
        month = self.list_anchor_month(i, d[0])
        if month is None:
            return None
        return d[0], _P(month[1], month[0], d[1])

    def list_anchor_month(self, i: int, end: int) -> tuple[int, int | None] | None:
        """The (month, year) a list of days names after or before the day at [i, end)."""
        joiners = (",", "or", "and")
        k, seen_joiner = end, False
        for _ in range(14):
            low = self._w[k] or (self._t[k] if k < self.n else "")
            if low in joiners:
                seen_joiner, k = True, k + 1
                continue
            if not seen_joiner:
                break
            if self._w[k] == "of" or self.month(k):
                got = self.md(k + 1 if self._w[k] == "of" else k)
                if (
                    got is not None
                    and isinstance(got[1], _P)
                    and got[1].day is None
                    and got[1].month
                ):
                    return got[1].month, got[1].year
                break
            d = self.day(k + 1 if self._w[k] == "the" else k)
            if d is None:
                break
            if self._w[d[0]] == "of" or self.month(d[0]) is not None:
                got = self.dm(k)
                if got is not None and isinstance(got[1], _P) and got[1].month:
                    return got[1].month, got[1].year
                break
            k = d[0]
        k, seen_joiner = i - 1, False
        for _ in range(14):
            if k < 0:
                return None
            kind = self._k[k]
            low = self._w[k] or self._t[k]
            if low in joiners:
                seen_joiner, k = True, k - 1
                continue
            if kind == "n" or low in _ORD_SUFFIXES or low in _ORDINALS or low == "the":
                mo = self.month(k - 1) if kind == "n" else None
                if mo is not None and seen_joiner:
                    got = self.md(k - 1)
                    if got is not None and isinstance(got[1], _P) and got[1].month:
                        return got[1].month, got[1].year
                k -= 1
                continue
            if self._p[k] in "." and self.month(k - 1):
                k -= 1
                continue
            return None
        return None

    def list_anchor_week(self, i: int, end: int) -> DateRange | None:
        """The week a list of weekdays names before or after it: "next week Mon or Tue"."""
        joiners = (",", "or", "and")
        k, seen_joiner = end, False
        for _ in range(10):
            low = self._w[k] or (self._t[k] if k < self.n else "")
            if low in joiners:
                seen_joiner, k = True, k + 1
            elif self.weekday(k) is not None:
                k = self.weekday(k)[0]  # type: ignore[index]
            elif seen_joiner and low in _NEXT_WORDS and self._w[k + 1] == "week":
                return self.unit_range("W", _NEXT_WORDS[low], i, k + 2)
            else:
                break
        k, seen_joiner = i - 1, False
        for _ in range(10):
            if k < 1:
                return None
            low = self._w[k] or self._t[k]
            if low in joiners:
                seen_joiner = True
            elif low == "week" and seen_joiner and self._w[k - 1] in _NEXT_WORDS:
                return self.unit_range("W", _NEXT_WORDS[self._w[k - 1]], i, k + 1)
            elif seen_joiner and self.weekday(k) and self._w[k - 1] in ("next", "last", "previous"):
                led = self.rel_weekday(k - 1)  # "next Monday or Tuesday": Monday's week
                if led is not None and isinstance(led[1], _Fix) and led[1].rng.start:
                    return _week_range(_monday(led[1].rng.start))
                return None
            elif not (self.weekday(k) or low in (".", "on")):
                return None
            k -= 1
        return None

    def bare_weekday(self, i: int) -> _M | None:
        wdm = self.weekday(i)
        if wdm is None:
            return None
        j, wd, strong = wdm
        if not strong and not (
            self.relaxed or self._w[i - 1] in ("on", "next", "last", "this", "and", "or", ",")
        ):
            return None
        if self._w[i - 1] == "the" and not strong:
            return None
        return j, _P(weekday=wd)

    def bare_day(self, i: int, in_range: bool = False) -> _M | None:
        """A day of the month alone: "the 15th", "on the first", "the 24"."""
        k = i + 1 if self._w[i] == "the" else i
        d = self.day(k, words=k > i or in_range)
        if d is None or not self.day_tail_ok(k, d[0]):
            return None
        end, dom, ordinal = d
        if not in_range:
            if not (ordinal or k > i):
                return None
            closes = end >= self.n or (self._p[end] in ".,;!?" and self._k[k] == "n")
            if not (self.cue_before(k) or self.relaxed or (k > i and ordinal and closes)):
                return None
            if self._k[k] == "w" and k == i:
                return None
            nxt = self._w[end]
            if nxt and nxt not in _AFTER_YEAR_OK and not self.cap(end):
                return None  # "the 15th anniversary"
            if nxt == "of" and self.month(end + 1) is None:
                return None  # "the 15th of them"
        return end, _P(day=dom)

    def bare_year(self, i: int) -> _M | None:
        """A year alone, in a year context: "in 2022", "since 2022", "the year 2008"."""
        k = i + 1 if self._w[i] == "the" else i
        if self._w[k] in ("year", "calendar") and k + 1 < self.n:
            kk = k + 2 if self._w[k] == "calendar" and self._w[k + 1] == "year" else k + 1
            if self._w[kk] == "of":
                kk += 1
            if self._k[kk] == "n" and self._w[kk - 1] != "calendar":
                got = self.bare_year(kk)
                return (got[0], got[1]) if got else None
        after_year = self._w[i - 1] == "year" or (
            self._w[i - 1] == "of" and self._w[i - 2] == "year"
        )
        if after_year and 1 <= self._d[i] <= 4:
            value = self._v[i]
            if 1 <= value <= 2999 and not self.in_number_chain(i, i + 1):
                return self.era(i + 1), _P(year=value)
        y = self.year(i, words=self.cue_before(i, strong_only=False) and self._w[i - 1] != "and")
        if y is None or self.in_number_chain(i, y[0]):
            return None
        if not self.cue_before(i) and not self.relaxed:
            return None
        if self._k[i] == "w" and self._w[i - 1] not in ("in", "of", "year", "since"):
            return None
        if not self.tail_ok(y[0]) and not self.cue_before(i, strong_only=True):
            return None
        return y[0], _P(year=y[1])

    # ------------------------------------------------------------------ quarters, halves
    def qh(self, i: int) -> tuple[int, str, int] | None:
        """ "Q3", "q1", "H2" glued to their digit: (end, "Q" | "H", n)."""
        low = self._w[i]
        if low not in ("q", "h") or self._d[i + 1] != 1 or not self._g[i + 1]:
            return None
        n = self._v[i + 1]
        if not 1 <= n <= (4 if low == "q" else 2):
            return None
        return i + 2, low.upper(), n

    def quarter(self, i: int) -> _M | None:
        """Quarters and halves: "Q3 2025", "2017-q1", "18q4", "the third quarter of
        2016", "4th qtr 2018", "the first half of 2026", "H1 2016"."""
        made: Callable[[int, int], DateRange | None] = _quarter_range
        # Q3 2025, Q3, q1-2019, H1 2016
        q = self.qh(i)
        if q is not None:
            end, kind, n = q
            made = _quarter_range if kind == "Q" else _half_range
            k = end + 1 if (self._p[end] in "-" and self._g[end]) or self._w[end] == "of" else end
            y = self.year(k)
            if y is not None and not self.chain_after(y[0]):
                rng = made(y[1], n)
                return (y[0], _Fix(rng)) if rng else None
            return self.part_in_year(k, end, made, n, half=kind == "H")
        # 2017-q1, 2017 Q1, 2018Q4, 18q4, 2016H2
        if 0 <= i < self.n and self._k[i] == "n" and self._d[i] in (2, 4):
            k = i + 1
            if self._p[k] in "-" and self._g[k]:
                k += 1
            q = self.qh(k)
            if q is not None and not (self._d[i] == 2 and k != i + 1):
                value = self._v[i]
                year = value if self._d[i] == 4 else 2000 + value
                made = _quarter_range if q[1] == "Q" else _half_range
                rng = made(year, q[2])
                return (q[0], _Fix(rng)) if rng else None
        # 2016 the third quarter
        y = self.year(i)
        if y is not None and self._w[y[0]] == "the":
            got = self.ordinal_quarter(y[0])
            if got is not None and isinstance(got[1], _Cyc):
                rng = got[1].make(dt.date(y[1], 1, 1))
                return (got[0], _Fix(rng)) if rng else None
        return self.ordinal_quarter(i)

    def ordinal_quarter(self, i: int) -> _M | None:
        k = i + 1 if self._w[i] == "the" else i
        o = self.ordinal(k)
        if o is None or o[1] < 1:
            return None
        j, n = o
        unit = self._w[j]
        made: Callable[[int, int], DateRange | None]
        if unit in ("quarter", "qtr") and n <= 4:
            made = _quarter_range
        elif unit == "half" and n <= 2:
            made = _half_range
        else:
            return None
        if self._p[j + 1] in "-" and self._g[j + 1]:
            return None  # "third-quarter profit" is read by the adjective rule below
        end = j + 1
        k = end + 1 if self._w[end] in ("of", "in") else end
        if self._w[k] == "the" and self._w[k + 1] in ("year", "fiscal"):
            rng = made(self.pub.year, n)
            return (k + 2, _Fix(rng)) if rng else None
        y = self.year(k, words=k > end)
        if y is not None and not self.in_number_chain(k, y[0]):
            rng = made(y[1], n)
            return (y[0], _Fix(rng)) if rng else None
        return self.part_in_year(k, end, made, n, half=unit == "half")

    def part_in_year(
        self, k: int, end: int, made: Callable[[int, int], DateRange | None], n: int, *, half: bool
    ) -> _M | None:
        """The n-th quarter or half of the year a relative word at ``k`` names ("Q3 last
        year"), else of the year the tense picks; a lone half needs a year ("H1" alone is
        read only in relaxed mode)."""
        rel = self.rel_year(k)
        if rel is not None:
            rng = made(rel[1], n)
            return (rel[0], _Fix(rng)) if rng else None
        if half and not self.relaxed:
            return None
        return end, self.cyc_unit(lambda yr: made(yr, n))

    def cyc_unit(self, f: Callable[[int], DateRange | None]) -> _Cyc:
        return _Cyc("year", lambda anchor: f(anchor.year), inferred=True)

    def rel_year(self, k: int) -> tuple[int, int] | None:
        """ "this year", "next year", "last year" -> (end, year)."""
        off = _NEXT_WORDS.get(self._w[k])
        if off is None or self._w[k + 1] not in ("year", "yr"):
            return None
        return k + 2, self.pub.year + off

    def ordinal(self, i: int) -> tuple[int, int] | None:
        """An ordinal: "first", "3rd", "twenty-first", "last" (-1), "third last" (-3); a
        plain number before "of this/next month" ("20 of next month") counts too."""
        if self._w[i] == "last":
            return i + 1, -1
        d = self.day(i)
        if d is not None and not d[2] and self._w[d[0]] == "of":
            k = d[0] + 2 if self._w[d[0] + 1] == "the" else d[0] + 1
            if self._w[k] in _NEXT_WORDS and self._w[k + 1] == "month":
                return d[0], d[1]
        if d is None or not d[2]:
            return None
        if self._w[d[0]] == "last":
            return d[0] + 1, -d[1]
        return d[0], d[1]

    # ------------------------------------------------------------------ decades, centuries
    def decade(self, i: int) -> _M | None:
        """ "the 1990s", "1990's", "the '90s", "the seventies", "the noughties", "the
        nineteen seventies"; "the 1800s" and "the 21st century" are centuries."""
        k = i + 1 if self._w[i] == "the" else i
        the = k > i
        o = self.ordinal(k)
        if o is not None and o[1] > 0 and self._w[o[0]] == "century":
            first = (o[1] - 1) * 100
            if first >= 1:
                rng = _rng(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), Granularity.DECADE)
                return o[0] + 1, _Fix(rng)
            return None
        apostrophe = self._p[k] in "'’" and self._d[k + 1] == 2 and self._g[k + 1]
        if apostrophe:
            k += 1
        if 0 <= k < self.n and self._k[k] == "n":
            value, size = self._v[k], self._d[k]
            end = k + 1
            if self._w[end] in ("s", "'s") and (self._g[end] or size == 4):
                end += 1
            elif self._p[end] in "'’" and self._w[end + 1] == "s" and self._g[end]:
                end += 2
            else:
                return None
            if size == 4 and value % 10 == 0 and 1000 <= value <= 2990:
                if value % 100 == 0 and value != 2000:
                    rng = _rng(
                        dt.date(value, 1, 1), dt.date(value + 99, 12, 31), Granularity.DECADE
                    )
                    return end, _Fix(rng)
                d = _decade_range(value)
                return (end, _Fix(d)) if d else None
            if size == 2 and value % 10 == 0:
                if not (the or apostrophe or self.cue_before(k)):
                    return None
                year = self.pub.year // 100 * 100 + value
                if year > self.pub.year:
                    year -= 100
                d = _decade_range(year)
                return (end, _Fix(d)) if d else None
            return None
        low = self._w[k]
        if low == "noughties" or (low == "two" and self._w[k + 1] == "thousands"):
            d = _decade_range(2000)
            return (k + (1 if low == "noughties" else 2), _Fix(d)) if d and the else None
        if low == "twenty" and self._w[k + 2 if self._p[k + 1] in "-" else k + 1] == "tens":
            d = _decade_range(2010)
            return (k + (3 if self._p[k + 1] in "-" else 2), _Fix(d)) if d and the else None
        if low in _DECADE_WORDS and (the or self._w[k - 1] in ("in", "during", "since")):
            year = self.pub.year // 100 * 100 + _DECADE_WORDS[low]
            if year > self.pub.year:
                year -= 100
            d = _decade_range(year)
            return (k + 1, _Fix(d)) if d else None
        century = self.small_words(k)
        if century is not None and 10 <= century[1] <= 20 and self._w[century[0]] in _DECADE_WORDS:
            d = _decade_range(century[1] * 100 + _DECADE_WORDS[self._w[century[0]]])
            return (century[0] + 1, _Fix(d)) if d else None
        card = self.card_words(k)
        tens = card is not None and card[1] % 1000 == 0 and self._w[card[0]] == "and"
        if card is not None and tens and self._w[card[0] + 1] == "tens":
            d = _decade_range(card[1] + 10)
            return (card[0] + 2, _Fix(d)) if d else None
        return None

    # ------------------------------------------------------------------ holidays
    def holiday_name(self, i: int) -> tuple[int, _HolidayRule, tuple[str, ...]] | None:
        words: list[str] = []
        ends: list[int] = []
        k = i
        while k < self.n and len(words) < 7:
            kind = self._k[k]
            if kind == "w":
                words.append(self._w[k].replace("'", ""))
                ends.append(k + 1)
            elif not (kind == "p" and self._t[k] in "'’-." and k > i):
                break
            k += 1
        if not words or words[0] not in _HOLIDAY_FIRST:
            return None
        table = _HOLIDAYS
        for size in range(len(words), 0, -1):
            key = tuple(words[:size])
            if key in table:
                return ends[size - 1], table[key], key
        return None

    def holiday(self, i: int) -> _M | None:
        """ "Christmas", "New Year's Eve", "Thanksgiving" (by locale), "Easter 2018", "last
        Easter", "Labor Day weekend", "the weekend of Halloween"."""
        k, off = i, None
        if self._w[i] in _NEXT_WORDS and self._w[i] not in ("past", "present", "current"):
            k, off = i + 1, _NEXT_WORDS[self._w[i]]
        elif self._w[i] == "the" and self._w[i + 1] in _HOLIDAY_FIRST_OR_WEEKEND:
            k = i + 1  # "the weekend of Halloween", "the Islamic New Year"
        weekend = False
        if self._w[k] == "weekend" and self._w[k + 1] == "of":
            k, weekend = k + 2, True
        found = self.holiday_name(k)
        if found is None:
            return None
        end, rule, key = found
        lower = key in _CAPITALIZED_HOLIDAYS and not self.cap(k) and self.year(end) is None
        if lower and self._w[k - 1] not in ("before", "after", "until", "till", "since"):
            return None
        if key[0] == "new" and self._w[k - 1] in _OTHER_CALENDARS:
            return None  # "Chinese New Year", "Islamic New Year"
        if self._w[k - 1] in ("orthodox", "jewish", "chinese") and key[0] in (
            "easter",
            "christmas",
        ):
            return None
        spec = rule.territories.get(self.territory, rule.rule)

        def make(year: int) -> DateRange | None:
            got = _holiday_day(spec, year)
            return _holiday_weekend(got) if got and weekend else got

        if self._w[end] == "weekend":
            weekend, end = True, end + 1
        y = self.year(end, words=True)
        if y is None and self._w[end] in ("of", "in"):
            y = self.year(end + 1, words=True)
        if y is not None and not self.in_number_chain(end, y[0]):
            end = y[0]
            if self._w[end] == "weekend":
                weekend, end = True, end + 1
            rng = make(y[1])
            return (end, _Fix(rng)) if rng else None
        rel = self.rel_year(end + 1 if self._w[end] in ("of", "in") else end)
        if rel is not None:
            rng = make(rel[1])
            return (rel[0], _Fix(rng)) if rng else None
        cyc = _Cyc("year", lambda anchor: make(anchor.year), inferred=True, reach=3)
        shifted = self.shifted(end, cyc)
        if shifted is not None:
            return shifted
        if off is None or off == 0:
            return end, cyc
        rng = cyc.nth_from(self.pub, 1 if off > 0 else -1)
        return (end, _Fix(rng)) if rng else None

    def shifted(self, end: int, cyc: _Cyc) -> _M | None:
        """A yearly value moved by an offset: "Thanksgiving in 3 years", "March in a year",
        "Easter 2 years ago": its first occurrence from the moved date."""
        k = end + 1 if self._w[end] == "in" else end
        qu = self.qty_units(k, allow_a=True)
        if qu is None:
            return None
        stop, parts = qu
        sign = 1
        if k == end:
            if self._w[stop] == "ago":
                sign, stop = -1, stop + 1
            elif self._w[stop] == "hence" or (
                self._w[stop] == "from" and self._w[stop + 1] == "now"
            ):
                stop += 1 if self._w[stop] == "hence" else 2
            else:
                return None
        day = _shift_all(self.pub, parts, sign)
        rng = cyc.first_from(day) if day else None
        return (stop, _Fix(rng)) if rng else None

    # ------------------------------------------------------------------ relative dates
    def rel_day(self, i: int) -> _M | None:
        """ "today", "tomorrow", "yesterday", "the day after tomorrow"."""
        low = self._w[i]
        offsets = {"today": 0, "tonight": 0, "otd": 0, "tomorrow": 1, "tomorrows": 1, "tmrw": 1}
        offsets["yesterday"] = -1
        if low in offsets:
            return i + 1, _Fix(_day_range(self.pub + offsets[low] * _DAY))
        k = i + 1 if low == "the" else i
        if self._w[k] == "day" and self._w[k + 1] in ("after", "before"):
            target = self._w[k + 2]
            if target in ("tomorrow", "tmrw") and self._w[k + 1] == "after":
                return k + 3, _Fix(_day_range(self.pub + 2 * _DAY))
            if target == "yesterday" and self._w[k + 1] == "before":
                return k + 3, _Fix(_day_range(self.pub - 2 * _DAY))
        return None

    def unit_range(self, unit: str, off: int, a: int, b: int) -> DateRange | None:
        """This / next / last week, weekend, month, quarter, year, decade, fortnight."""
        pub = self.pub
        monday = _monday(pub)
        if unit == "W":
            return _week_range(monday + dt.timedelta(days=7 * off))
        if unit == "WW":
            start = monday + dt.timedelta(days=7 * off)
            return _rng(start, start + 4 * _DAY, Granularity.WEEK)
        if unit == "WE":
            if off == 0 and pub.weekday() < 5 and self.tense(a, b) == "past":
                off = -1  # "the rally this weekend" read on a Monday: the one just gone
            return _weekend_range(monday + dt.timedelta(days=7 * off))
        if unit == "F":
            first = monday + dt.timedelta(days=14 * off)
            return _rng(first, first + dt.timedelta(days=13), Granularity.WEEK)
        if unit == "M":
            first = _add_months(dt.date(pub.year, pub.month, 1), off)
            return _month_range(first.year, first.month)
        if unit == "Q":
            index = (pub.year * 4 + (pub.month - 1) // 3) + off
            return _quarter_range(index // 4, index % 4 + 1)
        if unit == "Y":
            return _year_range(pub.year + off)
        if unit == "DE":
            return _decade_range(pub.year // 10 * 10 + 10 * off)
        if unit == "CE":
            century = pub.year // 100 * 100 + 100 * off
            if century < 1:
                return None
            return _rng(dt.date(century, 1, 1), dt.date(century + 99, 12, 31), Granularity.DECADE)
        return None

    def period_unit(self, k: int) -> tuple[int, str] | None:
        """A calendar unit word after "this"/"next"/"last": (end, code)."""
        low = self._w[k]
        base = low[:-2] if low.endswith("'s") else low
        if base in ("working", "work") and self._w[k + 1] == "week":
            return k + 2, "WW"
        if base == "calendar" and self._w[k + 1] == "year":
            return k + 2, "Y"
        code = _PERIOD_UNITS.get(base)
        return (k + 1, code) if code else None

    def elided_unit(self, i: int) -> _M | None:
        """The half of "this week or next" / "this or next week" that leaves out the unit."""
        off = _NEXT_WORDS.get(self._w[i])
        if off is None or self._w[i] in ("past", "prior"):
            return None
        if self._w[i + 1] in ("or", "and") and self._w[i + 2] in _NEXT_WORDS:
            u = self.period_unit(i + 3)  # "this or next week"
            if u is not None:
                rng = self.unit_range(u[1], off, i, i + 1)
                return (i + 1, _Fix(rng)) if rng else None
        if self._w[i - 1] in ("or", "and"):
            u = self.period_unit(i - 2)  # "this week or next"
            if (
                u is not None
                and self._w[i - 3] in _NEXT_WORDS
                and self._w[i + 1] not in _PERIOD_UNITS
                and (
                    i + 1 >= self.n or self._k[i + 1] == "p" or self._w[i + 1] in ("please", "then")
                )
            ):
                rng = self.unit_range(u[1], off, i, i + 1)
                return (i + 1, _Fix(rng)) if rng else None
        return None

    def rel_unit(self, i: int) -> _M | None:
        """ "next week", "last weekend", "this month", "the following week", "last
        quarter", "this decade", "the week after next"; with a weekday: "next week
        Wednesday", "last week's Sunday", "this week from Tue to Thur"."""
        k = i + 1 if self._w[i] == "the" else i
        mod = self._w[k]
        if mod == "this" and self._w[k + 1] in ("past", "coming", "upcoming"):
            k, mod = k + 1, self._w[k + 1]
        if mod in _NEXT_WORDS:
            off = _NEXT_WORDS[mod]
            u = self.period_unit(k + 1)
            if u is None:
                return None
            end, unit = u
        elif k > i and self._w[k] == "fortnight":
            end, unit, off = k + 1, "F", 0
        elif k > i:
            u = self.period_unit(k)
            if u is None or self._w[u[0]] != "after":
                return None
            nxt = u[0] + 2 if self._w[u[0] + 1] == "the" else u[0] + 1
            if self._w[nxt] != "next":
                return None
            end, unit, off = nxt + 1, u[1], 2
        else:
            return None
        rng = self.unit_range(unit, off, i, end)
        if rng is None:
            return None
        if (
            self._w[end] in ("or", "and")
            and self._w[end + 1] in _NEXT_WORDS
            and self._w[end + 2] not in _PERIOD_UNITS
        ):
            pass  # the elided second half is read at its own position
        if unit in ("W", "WW"):
            got = self.week_tail(end, rng)
            if got is not None:
                return got
        return end, _Fix(rng)

    def week_tail(self, j: int, week: DateRange) -> _M | None:
        """A weekday after a week: "next week Wednesday", "next week on Tuesday", "last
        week's Sunday", "next week between Wednesday and Friday"."""
        assert week.start is not None
        k = j + 1 if self._p[j] in ",-" else j
        if self._w[k] in ("between", "from"):
            a = self.weekday(k + 1)
            if a is not None and self._w[a[0]] in ("and", "to", "through", "till", "until"):
                b = self.weekday(a[0] + 1)
                if b is not None and b[1] >= a[1]:
                    start = week.start + dt.timedelta(days=a[1])
                    stop = week.start + dt.timedelta(days=b[1])
                    return b[0], _Fix(_rng(start, stop, Granularity.DAY))
            return None
        if self._w[k] == "on":
            k += 1
        wd = self.weekday(k)
        if wd is None:
            return None
        return wd[0], _Fix(_day_range(week.start + dt.timedelta(days=wd[1])))

    def rel_weekday(self, i: int) -> _M | None:
        """ "next Monday", "last Friday", "this past Wednesday", "Friday after next",
        "Tuesday of next week", "Friday next week", "this Friday"."""
        mod = self._w[i]
        k = i + 1
        if mod == "this" and self._w[k] in ("past", "coming", "upcoming"):
            mod, k = "this " + self._w[k], k + 1
        pub, monday = self.pub, _monday(self.pub)
        modifiers = ("next", "last", "previous", "past", "this past", "coming", "upcoming")
        if mod in (*modifiers, "this coming", "this upcoming", "following", "this"):
            wdm = self.weekday(k)
            if wdm is None:
                return None
            end, wd, _ = wdm
            dated = self.weekday_date(k)
            if dated is not None and dated[0] > end:
                return dated  # "this Friday 5/12": the date decides
            if mod in ("next", "following"):
                day = monday + dt.timedelta(days=7 + wd)
            elif mod in ("last", "previous"):
                day = monday + dt.timedelta(days=wd - 7)
            elif mod in ("past", "this past"):
                day = pub - dt.timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
            elif mod == "this":
                if self.tense(i, end) == "past":
                    day = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
                else:
                    day = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
            else:
                day = pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
            return end, _Fix(_day_range(day))
        wdm = self.weekday(i)
        if wdm is None:
            return None
        end, wd, _ = wdm
        if self._w[end] == "after" and self._w[end + 1] == "next":
            day = pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 8)
            return end + 2, _Fix(_day_range(day))
        k = end + 1 if self._w[end] in ("of", "from") else end
        k = k + 1 if self._w[k] == "the" else k
        off = _NEXT_WORDS.get(self._w[k])
        if off is not None and self._w[k + 1] in ("week", "week's"):
            day = monday + dt.timedelta(days=7 * off + wd)
            return k + 2, _Fix(_day_range(day))
        return None

    def rel_month(self, i: int) -> _M | None:
        """ "next March", "last September", "this May", "March after next", "June next
        year"."""
        mod = self._w[i]
        pub = self.pub
        current = dt.date(pub.year, pub.month, 1)
        verb = self._w[i - 1] in _MODALS or self._w[i - 1] in _VERB_LEADS  # "may last 3.5 years"
        if (
            mod in ("this", "next", "last")
            and not verb
            and (self._k[i + 1] == "n" or self._w[i + 1] == "the")
        ):
            dated = self.numeric(i + 1, cue=True) or self.dm(i + 1)
            if dated is not None and isinstance(dated[1], _P) and dated[1].year is None:
                w = _when(dated[1])
                if isinstance(w, _Cyc):  # "next 5/12", "this 6th of April"
                    if mod == "this":
                        rng = w.first_from(dt.date(pub.year, 1, 1))
                    else:
                        rng = w.nth_from(pub, 1 if mod == "next" else -1)
                    return (dated[0], _Fix(rng, True)) if rng else None
            return None
        if mod in _NEXT_WORDS and mod not in ("current", "present"):
            mo = self.month(i + 1)
            if mo is None or not (mo[2] or self.cap(i + 1) or self._w[i + 1] not in _WEAK_MONTHS):
                return None  # "this may take longer"
            end, month, _ = mo
            cyc = self.cyc_unit(lambda y: _month_range(y, month))
            off = _NEXT_WORDS[mod]
            if off == 0:
                rng = _month_range(pub.year, month)
            elif off > 0:
                rng = (
                    cyc.nth_from(current, 1)
                    if month != pub.month
                    else _month_range(pub.year + 1, month)
                )
            else:
                rng = cyc.nth_from(current, -1)
            return (end, _Fix(rng)) if rng else None
        mo = self.month(i)
        if mo is None:
            return None
        end, month, _ = mo
        if self._w[end] == "after" and self._w[end + 1] == "next":
            cyc = self.cyc_unit(lambda y: _month_range(y, month))
            rng = cyc.nth_from(_add_months(current, 1) - _DAY, 2)
            return (end + 2, _Fix(rng)) if rng else None
        k = end + 1 if self._w[end] == "of" else end
        rel = self.rel_year(k)
        if rel is not None:
            rng = _month_range(rel[1], month)
            return (rel[0], _Fix(rng)) if rng else None
        return None

    # ------------------------------------------------------------------ n-th of a period
    def period_of(self, i: int) -> _M | None:
        """The month or year an ordinal counts within: "March", "March 2014", "2015",
        "this month", "next year", "the month", "the year"."""
        if self._w[i] == "the" and self._w[i + 1] in ("month", "year"):
            unit = "M" if self._w[i + 1] == "month" else "Y"
            rng = self.unit_range(unit, 0, i, i + 2)
            return (i + 2, _Fix(rng)) if rng else None
        k = i + 1 if self._w[i] == "the" else i
        off = _NEXT_WORDS.get(self._w[k])
        if off is not None and self._w[k + 1] in ("month", "year", "yr"):
            rng = self.unit_range("M" if self._w[k + 1] == "month" else "Y", off, i, k + 2)
            return (k + 2, _Fix(rng)) if rng else None
        got = self.md(i)
        if got is not None and isinstance(got[1], _P) and got[1].day is None:
            return got
        y = self.year(i, words=True)
        if y is not None and not self.in_number_chain(i, y[0]):
            return y[0], _P(year=y[1])
        return None

    def nth(self, i: int) -> _M | None:
        """ "the first Monday of March", "last Friday in October", "the second Sunday",
        "the third week of this month", "first week of 2015", "the last day of October
        2015", "the 20th of next month", "the 9th month of next year"."""
        k = i + 1 if self._w[i] == "the" else i
        o = self.ordinal(k)
        if o is None:
            return None
        j, n = o
        wd = self.weekday(j)
        what = "WD" if wd is not None else self._w[j]
        if what not in ("WD", "week", "day", "month") and not (k > i or n > 0):
            return None
        after = wd[0] if wd is not None else j + 1
        if what not in ("WD", "week", "day", "month"):
            after = j  # "the 20th of next month"
        has_of = self._w[after] in ("of", "in")
        period = self.period_of(after + 1) if has_of else None
        if has_of and period is None and what == "WD" and self._w[after + 1] == "each":
            period = None
        if what == "WD":
            assert wd is not None
            weekday = wd[1]
            if period is None:
                if not (self.cap(j) or k > i or self.relaxed) or n < 0:
                    return None
                rng = self.unit_range("M", 0, i, after)
                day = _nth_weekday(self.pub.year, self.pub.month, weekday, n) if rng else None
                return (after, _Fix(_day_range(day))) if day else None

            def nth_wd(r: DateRange) -> DateRange | None:
                if r.granularity is not Granularity.MONTH or r.start is None:
                    return None
                day = _nth_weekday(r.start.year, r.start.month, weekday, n)
                return _day_range(day) if day else None

            got = _map(period[1], nth_wd)
            return (period[0], got) if got else None
        if period is None:
            if what == "week" and self._w[j + 1] in _NEXT_WORDS and self._w[j + 2] == "year":
                period = self.period_of(j + 1)  # "the third week next year"
            if period is None:
                return None
        if what == "week":

            def nth_week(r: DateRange) -> DateRange | None:
                if r.start is None:
                    return None
                if r.granularity is Granularity.MONTH:
                    weeks = _weeks_of_month(r.start.year, r.start.month)
                else:
                    year = r.start.year
                    last = dt.date(year, 12, 28).isocalendar().week
                    weeks = [w for w in (_iso_week(year, x) for x in range(1, last + 1)) if w]
                index = n - 1 if n > 0 else len(weeks) + n
                return weeks[index] if 0 <= index < len(weeks) else None

            got = _map(period[1], nth_week)
        elif what == "month":

            def nth_month(r: DateRange) -> DateRange | None:
                if (
                    r.granularity is not Granularity.YEAR
                    or r.start is None
                    or not 1 <= abs(n) <= 12
                ):
                    return None
                return _month_range(r.start.year, n if n > 0 else 13 + n)

            got = _map(period[1], nth_month)
        else:

            def nth_day(r: DateRange) -> DateRange | None:
                if r.start is None or r.end is None:
                    return None
                day = (
                    r.start + dt.timedelta(days=n - 1)
                    if n > 0
                    else r.end + dt.timedelta(days=n + 1)
                )
                return _day_range(day) if r.start <= day <= r.end else None

            got = _map(period[1], nth_day)
        return (period[0], got) if got else None

    def first_n_of(self, i: int) -> _M | None:
        """ "the first 2 weeks of 2021", "the last four months of 2021", "first ten days of
        last year"."""
        k = i + 1 if self._w[i] == "the" else i
        which = self._w[k]
        if which not in ("first", "last"):
            return None
        q = self.qty_unit(k + 1)
        if q is None or self._w[q[0]] != "of":
            return None
        end, value, unit = q
        period = self.period_of(end + 1)
        if period is None or value != int(value) or unit not in ("D", "W", "M"):
            return None
        count = int(value)

        def part(r: DateRange) -> DateRange | None:
            if r.start is None or r.end is None:
                return None
            if unit == "W":
                year = r.start.year
                last = dt.date(year, 12, 28).isocalendar().week
                weeks = [w for w in (_iso_week(year, x) for x in range(1, last + 1)) if w]
                chosen = weeks[:count] if which == "first" else weeks[-count:]
                if not chosen or chosen[0].start is None:
                    return None
                return _rng(chosen[0].start, chosen[-1].end or chosen[0].start, Granularity.WEEK)
            if which == "first":
                stop = _shift(r.start, Decimal(count), unit)
                return _rng(r.start, stop - _DAY, Granularity.DAY) if stop else None
            start = _shift(r.end + _DAY, Decimal(count), unit, -1)
            gran = Granularity.MONTH if unit == "M" else Granularity.DAY
            return _rng(start, r.end, gran) if start else None

        got = _map(period[1], part)
        return (period[0], got) if got else None

    def week_of(self, i: int) -> _M | None:
        """ "the week of April 10", "w/c Feb 4", "the week beginning February 4", "week 31",
        "week 3 of 2027", "the month of September 16th"."""
        k = i + 1 if self._w[i] == "the" else i
        unit = self._w[k]
        if unit == "w" and self._p[k + 1] in "/" and self._w[k + 2] == "c":
            j, unit = k + 3, "week"
        elif unit in ("week", "month", "weekend") and self._w[k + 1] == "of":
            j = k + 2
        elif unit == "week" and self._w[k + 1] in ("beginning", "starting", "commencing"):
            j = k + 3 if self._w[k + 2] == "on" else k + 2
        elif unit == "week" and self._d[k + 1] in (1, 2):
            n = self._v[k + 1]
            end = k + 2
            year = self.pub.year
            if self._w[end] == "of":
                y = self.period_of(end + 1)
                if (
                    y is not None
                    and isinstance(y[1], _Fix)
                    and y[1].rng.granularity is Granularity.YEAR
                ):
                    assert y[1].rng.start is not None
                    end, year = y[0], y[1].rng.start.year
                elif (
                    y is not None
                    and isinstance(y[1], _P)
                    and y[1].year is not None
                    and y[1].month is None
                ):
                    end, year = y[0], y[1].year
            rng = _iso_week(year, n) if 1 <= n <= 53 else None
            return (end, _Fix(rng)) if rng else None
        else:
            return None
        target: _M | None = None
        for cand in (
            self.md(j),
            self.dm(j),
            self.numeric(j, cue=True),
            self.bare_day(j, in_range=True),
        ):
            dated = cand is not None and isinstance(cand[1], _P) and cand[1].day is not None
            if cand is not None and dated and (target is None or cand[0] > target[0]):
                target = cand
        if target is None:
            return None
        if unit == "week":
            got = _map(target[1], lambda r: _week_range(_monday(r.start)) if r.start else None)
        elif unit == "weekend":
            got = _map(target[1], lambda r: _weekend_range(_monday(r.start)) if r.start else None)
        else:
            got = _map(
                target[1], lambda r: _month_range(r.start.year, r.start.month) if r.start else None
            )
        return (target[0], got) if got else None

    # ------------------------------------------------------------------ parts of periods
    def period(self, i: int) -> _M | None:
        """What "early", "the end of" and the like apply to: a month, a year, a decade, a
        quarter, "next week", "this year", "the year"."""
        if self._w[i] == "around":
            i += 1
        best: _M | None = None
        for cand in (self.rel_unit(i), self.quarter(i), self.decade(i), self.rel_month(i)):
            if cand is not None and (best is None or cand[0] > best[0]):
                best = cand
        if best is not None:
            return best
        k = i + 1 if self._w[i] in ("the", "this", "current") else i
        if self._w[k] in ("week", "month", "year", "quarter", "decade") and (
            k > i or self._w[i - 1] == "of"
        ):
            unit = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE"}[
                self._w[k]
            ]
            rng = self.unit_range(unit, 0, i, k + 1)
            return (k + 1, _Fix(rng)) if rng else None
        mo = self.month(i)
        if mo is not None:
            got = self.md(i)
            if got is not None and isinstance(got[1], _P) and got[1].day is None:
                return got
            return mo[0], _P(month=mo[1])
        y = self.year(i, words=True)
        if y is not None and not self.in_number_chain(i, y[0]):
            return y[0], _P(year=y[1])
        return None

    def parts(self, i: int) -> _M | None:
        """ "early next week", "late March", "mid-2026", "the end of the year", "the
        beginning of 2017", "earlier this week", "later this month", "the rest of the week",
        "year to date", "EOY"."""
        low = self._w[i]
        word_parts = {"early": "early", "mid": "mid", "late": "late", "earlier": "earlier"}
        word_parts.update({"later": "later", "middle": "mid"})
        if low in word_parts and not (low == "middle" and self._w[i + 1] == "of"):
            k = i + 1
            if self._p[k] in "-" and self._g[k]:
                k += 1
            if low in ("earlier", "later") and self._w[k] == "in" and self._w[k + 1] == "the":
                k += 1  # "earlier in the week"
            if low in ("early", "late") and self._w[k] == "in":
                k += 1  # "late in the year"
            per = self.period(k)
            if per is None:
                return None
            return self.apply_part(word_parts[low], per, i)
        k = i + 1 if low in ("the", "at") else i
        k = k + 1 if self._w[k] == "the" else k
        which = {"beginning": "begin", "start": "begin", "middle": "mid", "end": "end"}.get(
            self._w[k]
        )
        if which is not None and self._w[k + 1] == "of":
            per = self.period(k + 2)
            return self.apply_part(which, per, i) if per else None
        short = {"eoy": ("end", "Y"), "boy": ("begin", "Y"), "eom": ("end", "M")}
        short["bom"] = ("begin", "M")
        if self._w[k] in short and (not self.original(k).islower() or self._w[k] in ("eoy", "eom")):
            which, unit = short[self._w[k]]
            rng = self.unit_range(unit, 0, i, k + 1)
            part = _part(rng, which) if rng else None
            return (k + 1, _Fix(part)) if part else None
        if self._w[k] in ("year", "month") and self._p[k + 1] in "-" and self._w[k + 2] == "end":
            rng = self.unit_range("Y" if self._w[k] == "year" else "M", 0, i, k + 3)
            part = _part(rng, "end") if rng else None
            return (k + 3, _Fix(part)) if part else None
        if self._w[k] in ("rest", "remainder", "remaining"):
            j = k + 1
            if self._w[j] == "of":
                j += 1
            if self._w[j] in ("the", "this", "my", "current"):
                j += 1
            code = {"week": "W", "month": "M", "year": "Y"}.get(self._w[j])
            if code is None:
                return None
            rng = self.unit_range(code, 0, i, j + 1)
            if rng is None or rng.end is None:
                return None
            return j + 1, _Fix(_rng(self.pub, rng.end, rng.granularity))
        if self._w[k] in ("year", "month") and self._w[k + 1] == "to" and self._w[k + 2] == "date":
            rng = self.unit_range("Y" if self._w[k] == "year" else "M", 0, i, k + 3)
            if rng is None or rng.start is None:
                return None
            return k + 3, _Fix(_rng(rng.start, self.pub, Granularity.DAY))
        if self._w[k] in ("ytd",):
            rng = self.unit_range("Y", 0, i, k + 1)
            return (
                (k + 1, _Fix(_rng(rng.start, self.pub, Granularity.DAY)))
                if rng and rng.start
                else None
            )
        return None

    def apply_part(self, which: str, per: _M, i: int) -> _M | None:
        end, value = per
        pub = self.pub
        if which in ("earlier", "later"):
            w = self.resolve(value, i, end)
            if w is None:
                return None
            r = w.rng
            if r.start is None or r.end is None:
                return None
            if not r.start <= pub <= r.end:
                which = "early" if which == "earlier" else "late"
            else:
                half = _half_point(r)
                if which == "earlier":  # from the start of the period to the day before
                    stop = max(r.start, pub - _DAY)
                    return end, _Fix(_rng(r.start, stop, r.granularity))
                begin = min(
                    r.end, max(pub, half + _DAY if r.granularity is not Granularity.WEEK else half)
                )
                return end, _Fix(_rng(begin, r.end, r.granularity))
        got = _map(value, lambda r: _part(r, which))
        return (end, got) if got else None

    # ------------------------------------------------------------------ offsets, windows
    def anchor(self, i: int) -> tuple[int, dt.date] | None:
        """What an offset counts from: "now", "today", "tomorrow", a date, a holiday."""
        low = self._w[i]
        if low in ("now", "today"):
            return i + 1, self.pub
        got = self.expr(i)
        if got is None:
            return None
        end, value = got
        w = self.resolve(value, i, end, tense="present")
        if w is None or w.rng.start is None or w.rng.start != w.rng.end:
            return None
        return end, w.rng.start

    def offset(self, i: int) -> _M | None:
        """ "two days ago", "in 3 weeks", "three weeks from tomorrow", "2 weeks before
        Christmas", "3 Fridays from now", "a decade ago"."""
        # "3 fridays from now", "2 thursdays ago"
        q = self.qty(i)
        if q is not None and q[2] != "fuzzy":
            low = self._w[q[0]]
            base = low[:-1] if low.endswith("s") else low
            wd = _WEEKDAYS.get(base)
            if wd is not None and low != base and base.endswith("day"):
                k = q[0] + 1
                n = int(q[1])
                if self._w[k] == "from" and self._w[k + 1] == "now":
                    rng = _Cyc("week", lambda m: _day_range(m + dt.timedelta(days=wd)), reach=n + 2)
                    got = rng.nth_from(self.pub, n)
                    return (k + 2, _Fix(got)) if got else None
                if self._w[k] in ("ago", "back"):
                    rng = _Cyc("week", lambda m: _day_range(m + dt.timedelta(days=wd)), reach=n + 2)
                    got = rng.nth_from(self.pub, -n)
                    return (k + 1, _Fix(got)) if got else None
        qu = self.qty_units(i, allow_a=True)
        if qu is None:
            return None
        end, parts = qu
        business = any(u == "BD" for _, u in parts)
        if business and (len(parts) != 1 or self._w[end] not in ("ago", "from")):
            return None
        if business and parts[0][0] != int(parts[0][0]):
            return None
        low = self._w[end]
        if low in ("ago", "back", "hence") or (low == "from" and self._w[end + 1] == "now"):
            sign = -1 if low in ("ago", "back") else 1
            stop = end + (2 if low == "from" else 1)
            if parts[0][1] == "BD":
                days = _business_days(self.pub, int(parts[0][0]), sign)
                return stop, _Fix(_day_range(days[-1])) if days else None  # type: ignore[return-value]
            day = _shift_all(self.pub, parts, sign)
            return (stop, _Fix(_day_range(day))) if day else None
        if low in ("from", "after", "before"):
            anchor = self.anchor(end + 1)
            if anchor is None:
                return None
            day = _shift_all(anchor[1], parts, -1 if low == "before" else 1)
            return (anchor[0], _Fix(_day_range(day))) if day else None
        if low == "in" and self._w[end + 1] == "the" and self._w[end + 2] == "future":
            last = _shift_all(self.pub, parts, 1)
            return (end + 3, _Fix(_rng(self.pub + _DAY, last, Granularity.DAY))) if last else None
        return None

    def in_offset(self, i: int) -> tuple[int, _Fix | _Dur] | None:
        """ "in 3 weeks", "in three weeks' time": a day ahead in a future sentence, a
        duration in a past one ("the highest in three years")."""
        if self._w[i] != "in":
            return None
        qu = self.qty_units(i + 1, allow_a=True)
        if qu is None:
            return None
        end, parts = qu
        if any(u == "BD" for _, u in parts):
            if len(parts) != 1 or parts[0][0] != int(parts[0][0]):
                return None
            days = _business_days(self.pub, int(parts[0][0]), 1)
            return (end, _Fix(_day_range(days[-1]))) if days else None
        if (self._p[end] in "'’" and self._g[end]) or self._w[end] == "'s":
            end += 1
        if self._w[end] == "time":
            end += 1
        if self.tense(i, end) in ("past", "present"):
            return end, _Dur(parts)
        day = _shift_all(self.pub, parts, 1)
        return (end, _Fix(_day_range(day))) if day else None

    def window(self, i: int) -> _M | None:
        """ "the past three weeks", "the next 3 days", "within 5 days", "the 5 upcoming
        years", "the last two decades", "for 10 days from Dec. 18"."""
        k = i + 1 if self._w[i] == "the" else i
        low = self._w[k]
        direction = 0
        if low == "within":
            k += 1
            if self._w[k] == "the":
                k += 1
            if self._w[k] in ("next", "coming", "upcoming", "following"):
                k += 1
            direction = 0
        elif low == "upcoming" and k == i:
            q = self.qty_unit(k + 1)
            return self.nth_unit(q[0], q[1], q[2]) if q else None
        elif low in _NEXT_WORDS and low not in ("this", "current", "present"):
            if (
                low == "last"
                and k == i
                and (self._w[i - 1] in _MODALS or self._w[i - 1] in _VERB_LEADS)
            ):
                return None  # "the trial may last 3.5 years": "last" is the verb
            direction, k = _NEXT_WORDS[low], k + 1
        elif low == "less" and self._w[k + 1] == "than":
            k += 2
        else:
            q = self.qty(k)
            if q is None or q[2] == "a":
                return None
            d = _NEXT_WORDS.get(self._w[q[0]])
            u = self.unit(q[0] + 1)
            if d is None or d == 0 or u is None:
                return None
            if q[1] > 1 and not self._w[q[0] + 1].endswith("s"):
                if self._w[q[0]] == "upcoming" and self._w[i] != "the":
                    return self.nth_unit(u[0], q[1], u[1])
                return None  # "only 3 next week"
            if self._w[q[0]] == "upcoming" and self._w[i] != "the":
                return self.nth_unit(u[0], q[1], u[1])
            return self.window_range(u[0], ((q[1], u[1]),), d)
        qu = self.qty_units(k, allow_a=False)
        if qu is None:
            return None
        end, parts = qu
        if self._w[end] in ("ago", "before", "later", "hence", "earlier") or (
            self._w[end] in ("after", "from") and self._w[end + 1] != "today"
        ):
            if len(parts) == 1:
                return None
            one = self.qty_unit(k)
            if one is None:
                return None
            end, parts = one[0], ((one[1], one[2]),)
        if direction == 0:
            if low == "less" and not (self._w[end] == "from" and self._w[end + 1] == "today"):
                return None
            if self._w[end] in ("after", "from") and self._w[end + 1] == "today":
                end += 2
        return self.window_range(end, parts, direction)

    def nth_unit(self, end: int, value: Decimal, unit: str) -> _M | None:
        """ "upcoming two weeks" (no article): the calendar unit that many units ahead."""
        if value != int(value) or unit in ("BD", "F", "CE"):
            return None
        if unit == "D":
            return end, _Fix(_day_range(self.pub + int(value) * _DAY))
        rng = self.unit_range(unit, int(value), 0, 0)
        return (end, _Fix(rng)) if rng else None

    def window_range(
        self, end: int, parts: tuple[tuple[Decimal, str], ...], direction: int
    ) -> _M | None:
        pub = self.pub
        units = {u for _, u in parts}
        if units & {"Q", "DE", "CE"}:
            if len(parts) != 1 or direction == 0:
                return None
            value, unit = parts[0]
            count = int(value)
            first = self.unit_range(unit, direction, 0, 0)
            last = self.unit_range(unit, direction * count, 0, 0)
            if first is None or last is None:
                return None
            a, b = (first, last) if direction > 0 else (last, first)
            rng = _join(a, b)
            return (end, _Fix(rng)) if rng else None
        if "BD" in units:
            if len(parts) != 1:
                return None
            days = _business_days(pub, int(parts[0][0]), 1 if direction >= 0 else -1)
            if not days:
                return None
            lo, hi = min(days), max(days)
            return end, _Fix(_rng(lo, hi, Granularity.DAY))
        if direction > 0:
            stop = _shift_all(pub, parts, 1)
            return (end, _Fix(_rng(pub + _DAY, stop, Granularity.DAY))) if stop else None
        if direction < 0:
            start = _shift_all(pub, parts, -1)
            return (end, _Fix(_rng(start, pub - _DAY, Granularity.DAY))) if start else None
        stop = _shift_all(pub, parts, 1)
        return (end, _Fix(_rng(pub, stop - _DAY, Granularity.DAY))) if stop else None

    def for_window(self, i: int) -> _M | None:
        """ "for 10 days from Dec. 18", "from Dec. 18 for 10 days", "Dec. 18 for 10 days",
        "3 days starting next Monday", "a week starting tomorrow"."""
        if self._w[i] == "for":
            qu = self.qty_units(i + 1, allow_a=True)
            if qu is None:
                return None
            k = qu[0] + 1 if self._p[qu[0]] in "," else qu[0]
            if self._w[k] not in ("from", "starting", "beginning"):
                return None
            k += 2 if self._w[k] == "starting" and self._w[k + 1] in ("from", "on") else 1
            return self.run_for(k, qu[1], None)
        qu = self.qty_units(i, allow_a=True)
        if qu is not None and self._w[qu[0]] in ("starting", "beginning"):
            k = qu[0] + 1
            if self._w[k] in ("from", "on"):
                k += 1
            return self.run_for(k, qu[1], None)
        k = i + 1 if self._w[i] == "from" else i
        got = self.expr(k)
        if got is None or self._w[got[0]] != "for":
            return None
        qu = self.qty_units(got[0] + 1, allow_a=True)
        if qu is None:
            return None
        return self.run_for(k, qu[1], (got, qu[0]))

    def run_for(
        self, k: int, parts: tuple[tuple[Decimal, str], ...], known: tuple[_M, int] | None
    ) -> _M | None:
        if known is None:
            got = self.expr(k)
            if got is None:
                return None
            end = got[0]
        else:
            got, end = known
        w = self.resolve(got[1], k, got[0])
        if w is None or w.rng.start is None or any(u == "BD" for _, u in parts):
            return None
        stop = _shift_all(w.rng.start, parts, 1)
        return (end, _Fix(_rng(w.rng.start, stop - _DAY, Granularity.DAY))) if stop else None

    # ------------------------------------------------------------------ durations
    def duration(self, i: int) -> tuple[int, _Dur] | None:
        """ "four years", "the four-year mark", "two weeks", "3.5years", "all week",
        "another month", "a couple of days"."""
        low = self._w[i]
        if low in ("all", "full", "whole", "another"):
            k = i + 2 if self._p[i + 1] in "-" and self._g[i + 1] else i + 1
            u = _UNIT_WORDS.get(self._w[k])
            if u in ("D", "W", "M", "Y") and not self._w[k].endswith("s"):
                return k + 1, _Dur(((Decimal(1), u),))
            return None
        q = self.qty(i)
        if q is not None and q[2] in ("num", "word") and self._p[q[0]] in "-" and self._g[q[0]]:
            u = _UNIT_WORDS.get(self._w[q[0] + 1])
            if u is not None and self._g[q[0] + 1] and not self._w[q[0] + 1].endswith("s"):
                after = q[0] + 2
                if (self._p[after] in "-" and self._w[after + 1] == "old") or self._w[
                    after
                ] == "old":
                    return None  # ages: "a 45-year-old"
                return after, _Dur(((q[1], u),))
        allow_a = self._w[i - 1] in _DURATION_VERBS
        if low == "some" and allow_a and self._w[i + 1] in ("days", "weeks", "months", "years"):
            return i + 2, _Dur(((Decimal(3), _UNIT_WORDS[self._w[i + 1]]),))
        qu = self.qty_units(i, allow_a=allow_a)
        if qu is None:
            return None
        return qu[0], _Dur(qu[1])

    # ------------------------------------------------------------------ ranges and roles
    def range_sep(self, j: int, between: bool) -> int | None:
        """The word or dash joining two ends of a range; the index after it. A comma
        before the word is AP style after a year ("Jan. 5, 2026, to Jan. 7, 2026")."""
        ap_comma = self._p[j] in "," and self._d[j - 1] == 4
        if ap_comma and self._w[j + 1] in ("to", "through", "thru", "until", "till", "and"):
            j += 1
        if self._p[j] in _RANGE_DASHES:
            return j + 2 if self._w[j + 1] == "to" else j + 1
        low = self._w[j]
        if low in ("to", "through", "thru", "till", "til", "until", "into"):
            if low == "into":
                return None
            return j + 1
        if low == "and" and between:
            return j + 1
        if low == "up" and self._w[j + 1] in ("to", "until"):
            return j + 2
        return None

    def month_spec(self, k: int) -> tuple[int, int, int | None] | None:
        """The month after a pair of bare days: "of April", "June 2020", "this month"."""
        j = k + 1 if self._w[k] == "of" else k
        off = _NEXT_WORDS.get(self._w[j + 1 if self._w[j] == "the" else j])
        if off is not None:
            jj = j + 1 if self._w[j] == "the" else j
            if self._w[jj + 1] == "month":
                rng = self.unit_range("M", off, k, jj + 2)
                if rng is not None and rng.start is not None:
                    return jj + 2, rng.start.month, rng.start.year
            return None
        got = self.md(j)
        if got is not None and isinstance(got[1], _P) and got[1].day is None and got[1].month:
            return got[0], got[1].month, got[1].year
        return None

    def range_right(self, k: int, left: _Val) -> list[_M]:
        """Candidates for the second end of a range that starts with ``left``."""
        out: list[_M] = []
        got = self.expr(k)
        if got is not None:
            out.append(got)
        num = self.numeric(k, cue=True, joined=True)
        if num is not None:
            out.append(num)
        mo = self.month(k)
        if mo is not None and (got is None or got[0] <= mo[0]):
            y = self.year_after(mo[0], check_tail=False)
            out.append((y[0], _P(y[1], mo[1])) if y else (mo[0], _P(month=mo[1])))
        if isinstance(left, _P):
            if left.day is not None:
                d = self.bare_day(k, in_range=True)
                if d is not None:
                    assert isinstance(d[1], _P)
                    spec = self.month_spec(d[0])
                    if spec is not None:
                        out.append((spec[0], d[1].with_(month=spec[1], year=spec[2])))
                    elif left.month is not None:
                        y = self.year_after(d[0])
                        out.append((y[0], d[1].with_(year=y[1])) if y else d)
            if left.year is not None and left.month is None:
                y = self.year(k)
                if y is not None and not self.chain_after(y[0]):
                    out.append((y[0], _P(year=y[1])))
                elif self._d[k] == 2 and self._g[k] and self._p[k - 1] in "-":
                    yy = left.year // 100 * 100 + self._v[k]
                    if left.year < yy <= left.year + 10:
                        out.append((k + 1, _P(year=yy)))  # "2014-18"
        low = self._w[k]
        if low in ("now", "today", "date"):
            out.append((k + 1, _Fix(_day_range(self.pub))))
        if low in ("current", "present") and self._w[k + 1] in ("date", "day"):
            out.append((k + 2, _Fix(_day_range(self.pub))))
        return out

    def ranged(self, i: int, between: bool = False) -> tuple[int, _When, str] | None:
        """An expression, or two joined into a range: "Jan. 5 to 6", "Nov. 12-14",
        "Dec. 23 until Jan. 7", "January through March", "2014-2018"."""
        key = i * 2 + (1 if between else 0)
        if key in self._range_memo:
            return self._range_memo[key]
        self._range_memo[key] = None
        if self._k[i] != "n" and self._w[i] not in ("now", "today") and not self.producers(i):
            return None  # no expression, day, year, date or month starts here
        best: tuple[int, _When, str] | None = None
        left = self.expr(i)
        lefts: list[tuple[_M, str]] = []
        if left is not None:
            lefts.append((left, "expr"))
        day = self.bare_day(i, in_range=True)
        if day is not None:
            if self._p[day[0]] in "." and self._g[day[0]] and self.range_sep(day[0] + 1, between):
                day = (day[0] + 1, day[1])  # "from 3. to 5.10.2017"
            lefts.append((day, "day"))
        year = self.year(i)
        if year is not None and not self.chain_before(i):
            lefts.append(((year[0], _P(year=year[1])), "year"))
            if (
                left is None
                and self._w[year[0]] in ("or", "and")
                and self._w[year[0] + 1]
                in (
                    "later",
                    "after",
                    "earlier",
                    "before",
                    "beyond",
                )
            ):
                left = (year[0], _P(year=year[1]))
        num = self.numeric(i, cue=True)
        if num is not None:
            lefts.append((num, "numeric"))
        mo = self.month(i)
        if mo is not None and (mo[2] or self.cap(i)) and (left is None or left[0] <= mo[0]):
            lefts.append(((mo[0], _P(month=mo[1])), "month"))
        if self._w[i] in ("now", "today"):
            lefts.append(((i + 1, _Fix(_day_range(self.pub))), "now"))
        for (a_end, a_val), kind in lefts:
            sep = self.range_sep(a_end, between)
            if sep is None and kind == "day" and self._p[a_end] in "/" and not self._g[a_end]:
                sep = a_end + 1  # "29 / 30 August"
            if sep is None:
                continue
            if kind == "numeric" and not (self.cue_before(i) or self._g[a_end]):
                continue
            for b_end, b_val in self.range_right(sep, a_val):
                if not self.range_ok(kind, a_val, b_val, i, b_end):
                    continue
                val = _span_values(a_val, b_val)
                if val is not None and (best is None or b_end > best[0]):
                    best = (b_end, val, "span")
        if left is not None and (best is None or left[0] >= best[0]):
            w = _when(left[1])
            if w is not None:
                best = (left[0], w, "point")
        if best is not None and best[2] == "point":
            best = self.suffix(best)
        self._range_memo[key] = best
        return best

    def range_ok(self, kind: str, a: _Val, b: _Val, i: int, end: int) -> bool:
        if kind == "day":
            return isinstance(b, _P) and b.month is not None and b.day is not None
        if kind == "month":
            return isinstance(b, _P) and b.month is not None and b.day is None
        if kind == "year":
            if not (isinstance(b, _P) and b.year is not None):
                return False
            assert isinstance(a, _P) and a.year is not None
            if b.month is None and not (a.year < b.year <= a.year + 100):
                return False
            short_end = self._d[end - 1] == 2  # "2014-18" is years, whatever follows
            return short_end or self.tail_ok(end) or self.cue_before(i, strong_only=True)
        if kind == "numeric":
            return isinstance(b, _P) and b.month is not None
        bare_day = isinstance(b, _P) and b.weekday is None and b.month is None
        return not (isinstance(a, _Fix | _Cyc) and bare_day)

    def suffix(self, hit: tuple[int, _When, str]) -> tuple[int, _When, str]:
        """ "2012 or later", "1/1/2016 and after", "2020 onwards", "March to date"."""
        end, value, _role = hit
        a, b = self._w[end], self._w[end + 1]
        if a in ("or", "and") and b in ("later", "after", "greater", "beyond", "onwards"):
            nxt = end + 2
            if b == "after" and nxt < self.n and self._k[nxt] in "nw":
                return hit  # "on 1/1/2016 and after my work item is done"
            return nxt, value, "start"
        if a in ("onwards", "onward"):
            return end + 1, value, "start"
        if a in ("or", "and") and b in ("earlier", "before", "sooner"):
            if end + 2 < self.n and self._k[end + 2] in "nw":
                return hit
            return end + 2, value, "deadline"
        if a in ("to", "till") and b == "date":
            return end + 2, value, "to_date"
        return hit

    _PREFIXES: dict[tuple[str, ...], str] = {  # noqa: RUF012
        ("since",): "start",
        ("from",): "from",
        ("starting",): "start",
        ("starting", "from"): "start",
        ("starting", "on"): "start",
        ("starting", "in"): "start",
        ("beginning",): "start",
        ("beginning", "on"): "start",
        ("beginning", "in"): "start",
        ("commencing",): "start",
        ("effective",): "start",
        ("as", "of"): "start",
        ("as", "early", "as"): "start",
        ("after",): "after",
        ("later", "than"): "after",
        ("greater", "than"): "after",
        ("anytime", "after"): "after",
        ("sometime", "after"): "after",
        ("after", "or", "equal", "to"): "start",
        ("later", "than", "or", "at"): "start",
        ("later", "than", "or", "in"): "start",
        ("later", "than", "or", "on"): "start",
        ("no", "earlier", "than"): "start",
        ("on", "or", "after"): "start",
        ("by",): "deadline",
        ("until",): "deadline",
        ("till",): "deadline",
        ("til",): "deadline",
        ("through",): "deadline",
        ("thru",): "deadline",
        ("up", "to"): "deadline",
        ("up", "until"): "deadline",
        ("no", "later", "than"): "deadline",
        ("not", "later", "than"): "deadline",
        ("ending", "with"): "deadline",
        ("ending", "on"): "deadline",
        ("as", "late", "as"): "deadline",
        ("before", "or", "on"): "deadline",
        ("on", "or", "before"): "deadline",
        ("on", "or", "earlier", "than"): "deadline",
        ("before", "or", "in"): "deadline",
        ("in", "or", "before"): "deadline",
        ("before",): "before",
        ("earlier", "than"): "before",
        ("sooner", "than"): "before",
        ("prior", "to"): "before",
        ("anytime", "before"): "before",
        ("sometime", "before"): "before",
        ("sometimes", "before"): "before",
        ("between",): "between",
        ("covering",): "between",
        ("spanning",): "between",
        ("in",): "point",
        ("on",): "point",
        ("during",): "point",
        ("at",): "point",
        ("around",): "point",
        ("about",): "point",
        ("circa",): "point",
        ("throughout",): "point",
        ("over",): "point",
        ("for",): "point",
        ("of",): "point",
    }

    def prefixed(self, i: int) -> tuple[int, int, _When, str] | None:
        """A range or point with the word that says what it does: "since 2022", "by Dec.
        24", "between March 3 and 7", "from July 1", "before 2018"."""
        low = self._w[i]
        if low not in _PREFIX_FIRST:
            return None
        kind, j = None, i
        words = self._w
        for size in _PREFIX_SIZES[low]:
            kind = self._PREFIXES.get(tuple(words[i : i + size]))
            if kind is not None:
                j = i + size
                break
        if kind is None:
            return None
        jj = j + 1 if self._w[j] == "the" else j
        if kind == "before" and self._w[jj] == "end" and self._w[jj + 1] == "of":
            kind = "deadline"
        if kind == "after" and self._w[jj] in ("beginning", "start") and self._w[jj + 1] == "of":
            kind = "start"
        got = self.ranged(j, between=kind == "between")
        if got is None:
            return None
        end, value, role = got
        if kind == "point":
            return j, end, value, role
        if kind == "between":
            return (i, end, value, role) if role == "span" else None
        if role == "span" and kind == "from":
            return i, end, value, role
        if role == "start" and kind in ("start", "from"):
            return i, end, value, "since" if self._w[i] == "since" else "start"
        if role != "point":
            return None
        if kind == "start" and self._w[i] == "since":
            return i, end, value, "since"
        return i, end, value, "start" if kind == "from" else kind

    # ------------------------------------------------------------------ the scan
    def expr(self, i: int) -> _M | None:
        """The longest single expression starting at token ``i`` (memoized)."""
        if i in self._expr_memo:
            return self._expr_memo[i]
        self._expr_memo[i] = None
        if self._w[i] == "the" and not self.the_may_start(i):
            return None
        names = self.producers(i)
        if self._k[i] == "n":
            if not self.relaxed and not self.number_may_start(i):
                return None
            kind = self._k[i + 1]
            after = self._w[i + 1] if kind == "w" else self._p[i + 1] if kind == "p" else ""
            names = _digit_producers(min(self._d[i], 9), kind, after)
        best: _M | None = None
        for produce in _producer_funcs(names):
            got = produce(self, i)
            if got is not None and (best is None or got[0] > best[0]):
                best = got
        self._expr_memo[i] = best
        return best

    def the_may_start(self, i: int) -> bool:
        """Whether an expression may start at the word "the" at ``i``, by the token after
        it: a number, an ordinal, a calendar unit, a holiday, "next", "beginning" and the
        like ("the 15th", "the next 3 days", "the end of March", "the '90s"); not "the vote"."""
        kind = self._k[i + 1]
        if kind == "n":
            return True
        if kind == "p":
            return self._p[i + 1] in "'’"
        low = self._w[i + 1]
        return (
            low in _THE_NEXT
            or low.replace("'", "") in _THE_NEXT
            or (low.endswith("'s") and low[:-2] in _THE_NEXT)
        )

    def producers(self, i: int) -> tuple[str, ...]:
        """The productions worth trying at token ``i``, by what the token is."""
        if not 0 <= i < self.n:
            return ()
        kind = self._k[i]
        if kind == "n":
            return _DIGIT_PRODUCERS
        if kind == "p":
            return ("decade",) if self._t[i] in "'’" else ()
        table = _PRODUCERS
        low = self._w[i]
        got = table.get(low)
        if got is None and "'" in low:
            got = table.get(low.replace("'", ""))
        return got or ()

    def could_start(self, i: int) -> bool:
        return bool(self.producers(i)) or self._w[i] in _TOP_LEADS

    def top(self, i: int) -> tuple[int, int, _Fix | _Dur, DateRole] | None:
        """The longest mention starting at token ``i``, resolved (memoized)."""
        memo = self._top_memo
        if i in memo:
            return memo[i]
        try:
            hit = self.top_uncached(i)
        except (ValidationError, ValueError, OverflowError, ArithmeticError):
            # A calendar edge no rule foresaw (a range running backwards, a year past
            # 9999): no mention here rather than an error from a finder.
            hit = None
        memo[i] = hit
        return hit

    def top_uncached(self, i: int) -> tuple[int, int, _Fix | _Dur, DateRole] | None:
        if not self.could_start(i):
            return None
        if self._k[i] == "n" and not self.relaxed and not self.number_may_start(i):
            return None
        best: tuple[int, int, _When | _Dur, str] | None = None
        cands: list[tuple[int, int, _When | _Dur, str]] = []
        low = self._w[i]
        quantity = self._k[i] == "n" or low in _QTY_LEADS
        if quantity or low in ("for", "from") or self.producers(i):
            fw = self.for_window(i)
            if fw is not None:
                w = _when(fw[1])
                if w is not None:
                    cands.append((i, fw[0], w, "point"))
        if low in _PREFIX_FIRST:
            pre = self.prefixed(i)
            if pre is not None:
                cands.append(pre)
        rng = self.ranged(i)
        if rng is not None:
            cands.append((i, rng[0], rng[1], rng[2]))
        if low == "in":
            io = self.in_offset(i)
            if io is not None:
                cands.append((i + 1 if isinstance(io[1], _Dur) else i, io[0], io[1], "point"))
        for cand in cands:
            if best is None or cand[1] > best[1]:
                best = cand
        if best is None:
            dur = self.duration(i) if quantity or low in _DURATION_LEADS else None
            if dur is None:
                return None
            return i, dur[0], dur[1], DateRole.POINT
        start, end, value, role = best
        if isinstance(value, _Dur):
            return start, end, value, DateRole.POINT
        tense = self.tense(start, end)
        if role == "since":
            tense = "past"  # "since April" looks back, whatever the verb
        elif role == "deadline" and tense in ("none", "present"):
            tense = "future"  # "by Dec. 24", "through March" look ahead
        fixed = self.resolve(value, start, end, tense)
        if fixed is None:
            return None
        return self.apply_role(start, end, fixed, role)

    def apply_role(
        self, start: int, end: int, fixed: _Fix, role: str
    ) -> tuple[int, int, _Fix, DateRole] | None:
        """Open one side of a resolved range as its leading word says."""
        r = fixed.rng
        lo, hi = r.start, r.end
        if role == "to_date":
            if lo is None or lo > self.pub:
                return None
            return (
                start,
                end,
                _Fix(DateRange(lo, self.pub, r.granularity), fixed.inferred),
                DateRole.SPAN,
            )
        if role in ("start", "after", "since"):
            if role == "after":
                lo = hi + _DAY if hi is not None else None
            return (
                start,
                end,
                _Fix(DateRange(lo, None, r.granularity), fixed.inferred),
                DateRole.START,
            )
        if role in ("deadline", "before"):
            if role == "before":
                hi = lo - _DAY if lo is not None else None
            return (
                start,
                end,
                _Fix(DateRange(None, hi, r.granularity), fixed.inferred),
                DateRole.DEADLINE,
            )
        return start, end, fixed, DateRole.SPAN if role == "span" else DateRole.POINT

    def number_may_start(self, i: int) -> bool:
        """Whether an expression may start at the digit run ``i``, by what follows it: a
        number that is not a year (four digits) or a date ("20161016") starts one only with
        a punctuation mark, a unit, a month, an ordinal suffix, a range word and the like
        after it ("5 years", "5/17", "5th", "5 to 6 March"), or after "year" ("year 300")."""
        if self._d[i] in (4, 8) or self._w[i - 1] in ("year", "of"):
            return True
        j = i + 1
        kind = self._k[j]
        if kind == "p":
            return True
        if kind != "w":
            return False  # another number, or the end of the text
        low = self._w[j]
        if low in _AFTER_NUMBER:
            return True
        if low.endswith("'s"):
            return low[:-2] in _UNIT_WORDS
        return low.endswith("s") and low[:-1] in _WEEKDAYS  # "3 Fridays from now"

    def number_noise(self, i: int) -> int:
        """For the digit run at ``i``: 2 when it is part of an amount of money ("$4.2",
        "€500", "£3bn"), 1 when it is part of a percentage ("8%", "3.5%") or of a number
        with thousands separators ("1,200", "40,000"), else 0. Such digits never start a
        date, and money is not even a place to look for one."""
        g, p, d = self._g, self._p, self._d
        j, k = i, i
        for _ in range(8):  # back to the first group of the number ("$1,234,567.89")
            if not (g[j] and p[j - 1] in ".," and g[j - 1] and d[j - 2]):
                break
            j -= 2
        if g[j] and p[j - 1] in "$€£¥":
            return 2
        for _ in range(8):  # on to its last group ("1,234.5%")
            if not (p[k + 1] in ".," and g[k + 1] and g[k + 2] and d[k + 2]):
                break
            k += 2
        if p[k + 1] == "%" and g[k + 1]:
            return 1
        if p[i + 1] == "," and g[i + 1] and g[i + 2] and d[i + 2] == 3:
            return 1
        if d[i] == 3 and p[i - 1] == "," and g[i] and g[i - 1] and d[i - 2]:
            return 1
        return 0

    def run(self) -> list[DateMention | DurationMention]:
        """Scan left to right: at each anchor token, try the few tokens before it that can
        lead an expression ("since", "the", "early"), then the anchor itself.

        A token no production reads inside an expression (a word such as "council", a
        currency sign) is a wall: an expression that starts before it cannot reach an
        anchor after it, so no start before it is tried for that anchor. The digits of an
        amount of money are no anchor, and no expression starts at them, at a percentage or
        at a number with thousands separators (see :meth:`number_noise`)."""
        out: list[DateMention | DurationMention] = []
        done = 0
        kinds, lows, nls, texts = self._k, self._w, self._nl, self._t
        anchors = _ANCHORS
        for a in range(self.n):
            if a < done:
                continue
            kind = kinds[a]
            noise = 0
            if kind == "n":
                noise = self.number_noise(a)
                if noise == 2:
                    continue
            elif kind != "w":
                continue
            else:
                low = lows[a]
                if low not in anchors and ("'" not in low or low.replace("'", "") not in anchors):
                    continue
            first = max(done, a - 4)
            for k in range(a - 1, first - 1, -1):  # the nearest wall before the anchor
                wk = kinds[k]
                if wk == "w":
                    if lows[k] not in _INNER_WORDS and not _inner(lows[k]):
                        first = k + 1
                        break
                elif wk == "p" and texts[k] not in _INNER_PUNCT:
                    first = k + 1
                    break
            for start in range(first, a + 1):
                if start == a:
                    if noise:
                        continue
                elif kinds[start] == "n" and self.number_noise(start):
                    continue
                if nls[start] and start < a and nls[a]:
                    continue
                hit = self.top(start)
                if hit is None or hit[1] <= a:
                    continue
                mention = self.mention(*hit)
                if mention is not None:
                    out.append(mention)
                done = hit[1]
                break
        return out

    def trailing(self, end: int) -> int:
        """Skip closing punctuation after an expression."""
        while end < self.n and self._k[end] == "p" and self._t[end] in ".,;:!?)\"'’”":
            end += 1
        return end

    def whole(self) -> DateMention | DurationMention | None:
        """The text as one expression (for a bare query such as "sat" or "1974")."""
        if self.n == 0:
            return None
        hit = self.top(0)
        if hit is None or self.trailing(hit[1]) < self.n:
            return None
        return self.mention(*hit)

    def mention(
        self, start: int, end: int, value: _Fix | _Dur, role: DateRole
    ) -> DateMention | DurationMention | None:
        a, b = self._s[start], self._s[end - 1] + len(self._t[end - 1])
        span, text = _new_span(Span), self.text[a:b]
        _set_span_start(span, a)
        _set_span_end(span, b)
        if isinstance(value, _Dur):
            dur = _duration_value(value)
            return DurationMention(span=span, text=text, value=dur) if dur else None
        # Every field is right by construction (a Span, its own text, a DateRange, a bool,
        # a DateRole), so the mention is made without running the validators again.
        mention = _new_mention(DateMention)
        _set_span(mention, span)
        _set_text(mention, text)
        _set_value(mention, value.rng)
        _set_inferred(mention, value.inferred)
        _set_role(mention, role)
        return mention


_new_span = Span.__new__
_set_span_start = _setter(Span, "start")
_set_span_end = _setter(Span, "end")
_new_mention = DateMention.__new__
_set_span = _setter(DateMention, "span")
_set_text = _setter(DateMention, "text")
_set_value = _setter(DateMention, "value")
_set_inferred = _setter(DateMention, "year_inferred")
_set_role = _setter(DateMention, "role")


def _duration_value(d: _Dur) -> Duration | None:
    if len(d.parts) != 1:
        return None
    qty, unit = d.parts[0]
    if unit == "F":
        return Duration(qty * 2, DurationUnit.WEEK)
    if unit == "Q":
        return Duration(qty * 3, DurationUnit.MONTH)
    if unit == "BD":
        return Duration(qty, DurationUnit.DAY)
    return Duration(qty, DurationUnit(unit))


def _half_point(r: DateRange) -> dt.date:
    """The last day of the first half of a week (Thursday), month (15th) or year (June 30)."""
    assert r.start is not None and r.end is not None
    if r.granularity is Granularity.WEEK:
        return r.start + dt.timedelta(days=3)
    if r.granularity is Granularity.MONTH:
        return r.start + dt.timedelta(days=14)
    if r.granularity is Granularity.YEAR:
        return dt.date(r.start.year, 6, 30)
    return r.start + (r.end - r.start) // 2


def _part(r: DateRange, which: str) -> DateRange | None:
    """Part of a period: "early"/"late" are its halves; "begin"/"mid"/"end" its first,
    middle and last days (a week: Mon-Wed, Tue-Fri, Fri-Sun; a month: 1-10, 11-20,
    21-end; a year: Jan-Mar, May-Aug, Sep-Dec; a decade: its first, middle and last
    three or four years)."""
    s, e, g = r.start, r.end, r.granularity
    if s is None or e is None:
        return None
    if g is Granularity.WEEK:
        a, b = {"early": (0, 2), "begin": (0, 2), "mid": (1, 4), "late": (3, 6), "end": (4, 6)}[
            which
        ]
        return _rng(s + dt.timedelta(days=a), s + dt.timedelta(days=b), Granularity.WEEK)
    if g is Granularity.MONTH:
        last = e.day
        a, b = {"early": (1, 15), "late": (16, last), "begin": (1, 10), "mid": (11, 20)}.get(
            which, (21, last)
        )
        return _rng(s.replace(day=a), s.replace(day=b), Granularity.MONTH)
    if g is Granularity.YEAR:
        table = {"early": (1, 6), "late": (7, 12), "begin": (1, 3), "mid": (5, 8), "end": (9, 12)}
        a, b = table[which]
        return _rng(dt.date(s.year, a, 1), _month_end(s.year, b), Granularity.MONTH)
    if g is Granularity.DECADE and (e.year - s.year) == 9:
        a, b = {"early": (0, 3), "begin": (0, 3), "mid": (4, 6), "late": (7, 9), "end": (7, 9)}[
            which
        ]
        return _rng(dt.date(s.year + a, 1, 1), dt.date(s.year + b, 12, 31), Granularity.YEAR)
    if g in (Granularity.QUARTER, Granularity.HALF, Granularity.SEASON):
        months = (e.year - s.year) * 12 + e.month - s.month + 1
        third = max(1, months // 3)
        first = {
            "early": 0,
            "begin": 0,
            "mid": third,
            "late": months - third,
            "end": months - third,
        }[which]
        start = _add_months(dt.date(s.year, s.month, 1), first)
        stop = _add_months(start, third) - _DAY
        return _rng(start, stop, Granularity.MONTH)
    return None


@lru_cache(maxsize=1)
def _holiday_first_words() -> frozenset[str]:
    return frozenset(key[0] for key in _holidays())


_PREFIX_FIRST = frozenset(key[0] for key in _Reader._PREFIXES)
_PREFIX_SIZES = {
    first: tuple(sorted({len(k) for k in _Reader._PREFIXES if k[0] == first}, reverse=True))
    for first in _PREFIX_FIRST
}
"""First word of a prefix -> the lengths of the prefixes it starts, longest first."""


@lru_cache(maxsize=2048)
def _digit_producers(size: int, kind: str, after: str) -> tuple[str, ...]:
    """The productions that may start at a digit run of ``size`` digits (9: nine or more)
    followed by a token of ``kind`` ("w", "p", "n" or "x" for none) that reads ``after``
    (the word or the mark): each needs a certain kind of token there ("5th", "5 years",
    "5/17", "1990s", "2017-q1", "May 5, 2026"); "bare_year" looks behind, so it stays."""
    word = after if kind == "w" else None
    mark = after if kind == "p" else None
    day = size <= 2
    ordinal = word in _ORD_SUFFIXES
    unit = word is not None and (
        word in _UNIT_WORDS
        or (word.endswith("'s") and word[:-2] in _UNIT_WORDS)
        or word in ("business", "working", "work")
        or word in _LETTER_UNITS
        or (word.endswith("s") and word[:-1] in _WEEKDAYS)
    )
    ok = {"bare_year"}
    if size == 8 or (mark is not None and mark in "-/."):
        ok.add("numeric")
    if day and ((mark is not None and mark in ".-/") or word == "of" or ordinal or word in _MONTHS):
        ok.add("dm")
    if size == 4 and (mark == "," or word in _MONTHS):
        ok.add("year_month")
    if (
        (size in (2, 4) and (mark == "-" or word in ("q", "h")))
        or (size == 4 and word in ("the", "ad", "a", "ce"))
        or (day and (ordinal or word == "of"))
    ):
        ok.add("quarter")
    if (mark is not None and mark in "'’") or word in ("s", "'s") or (day and ordinal):
        ok.add("decade")
    if day and (ordinal or word == "of"):
        ok.add("nth")
    if size <= 6 and (mark == "." or unit):
        ok.add("offset")
    if size <= 6 and (mark == "." or word in _NEXT_WORDS):
        ok.add("window")
    if day and (ordinal or word in ("and", "or")):
        ok.add("listed_day")
    if day and ordinal:
        ok.add("bare_day")
    return tuple(name for name in _DIGIT_PRODUCERS if name in ok)


@lru_cache(maxsize=256)
def _producer_funcs(names: tuple[str, ...]) -> tuple[Callable[[_Reader, int], _M | None], ...]:
    """The methods of :class:`_Reader` named in a tuple of producers."""
    return tuple(getattr(_Reader, name) for name in names)


_QTY_LEADS = (
    frozenset(_CARDINALS)
    | frozenset(_TENS)
    | frozenset({"a", "an", "couple", "few", "several", "dozen", "half"})
)
_DURATION_LEADS = _QTY_LEADS | {"all", "full", "whole", "another", "some"}
_TOP_LEADS = _PREFIX_FIRST | _DURATION_LEADS | {"for", "from", "in"}
_DIGIT_PRODUCERS = (
    "numeric", "dm", "year_month", "quarter", "decade", "nth", "offset", "window",
    "listed_day", "bare_year", "bare_day",
)  # fmt: skip
_PRODUCER_ORDER = (
    "numeric", "weekday_date", "md", "dm", "year_month", "quarter", "decade", "holiday",
    "rel_day", "rel_unit", "rel_weekday", "rel_month", "nth", "first_n_of", "week_of", "parts",
    "offset", "window", "listed_day", "bare_year", "bare_weekday", "bare_day", "weekend",
    "elided_unit", "season",
)  # fmt: skip


@lru_cache(maxsize=1)
def _word_producers() -> dict[str, tuple[str, ...]]:
    """Word -> the productions that can start with it, in a fixed order."""
    table: dict[str, set[str]] = {}

    def add(words: object, *names: str) -> None:
        for word in words:  # type: ignore[attr-defined]
            table.setdefault(str(word), set()).update(names)

    add(_month_words(), "md", "rel_month")
    add(_weekday_words(), "weekday_date", "rel_weekday", "listed_day", "bare_weekday")
    quantities = set(_CARDINALS) | set(_TENS) | {"a", "an", "couple", "few", "several", "dozen"}
    add(quantities | {"half"}, "offset", "window", "dm", "decade", "bare_year", "listed_day")
    add(set(_ORDINALS) | {"twenty", "thirty"}, "dm", "nth", "quarter", "decade", "bare_day")
    add(set(_ORDINALS) | {"twenty", "thirty"}, "listed_day", "first_n_of")
    add({"last"}, "nth", "first_n_of")
    add(_NEXT_WORDS, "holiday", "rel_unit", "rel_weekday", "rel_month", "window")
    add(_NEXT_WORDS, "elided_unit", "season")
    the = ("dm", "quarter", "decade", "holiday", "rel_day", "rel_unit", "nth", "first_n_of")
    add({"the"}, *the, "week_of", "parts", "window", "bare_year", "bare_day", "weekend")
    add({"the"}, "listed_day", "season")
    add(_holiday_first_words(), "holiday")
    add(
        {"early", "mid", "late", "earlier", "later", "middle", "beginning", "start", "end"}, "parts"
    )
    add({"rest", "remainder", "remaining", "eoy", "eom", "bom", "boy", "ytd", "at"}, "parts")
    add({"year", "month"}, "parts", "week_of", "bare_year")
    add({"calendar"}, "bare_year")
    add({"week", "w"}, "week_of")
    add({"weekend"}, "weekend", "holiday", "week_of")
    add({"within", "less"}, "window")
    add({"q", "h"}, "quarter")
    add({"today", "tonight", "tomorrow", "tomorrows", "tmrw", "yesterday", "otd", "day"}, "rel_day")
    add(set(_DECADE_WORDS) | {"noughties"}, "decade")
    add(_SEASON_MONTHS, "season")
    return {w: tuple(n for n in _PRODUCER_ORDER if n in names) for w, names in table.items()}


@lru_cache(maxsize=1)
def _anchor_words() -> frozenset[str]:
    """Words at least one of which every expression holds (lower case, apostrophes
    dropped, and also without a final "s" so "Valentine's" finds "valentine")."""
    common = {"the", "a", "an", "at", "in", "on", "of", "for", "from", "to"}
    words = {w for w in _word_producers() if w not in common}
    words |= set(_UNIT_WORDS) | {"weekend", "now", "date", "summer", "winter"}
    words |= {w[:-1] for w in words if w.endswith("s") and len(w) > 3}
    words |= {w.split("'")[0] for w in words}
    return frozenset(words)


_INNER_PUNCT = frozenset("-–—~,./'’():;!?")
"""Punctuation a production may read inside an expression ("Jan. 5", "10/31", "'90s")."""
_GRAMMAR_WORDS = frozenset({
    "ad", "another", "back", "be", "been", "begin", "being", "beyond", "business", "c", "ce",
    "date", "each", "hence", "hundred", "into", "now", "o", "oh", "old", "please", "my", "some",
    "tens", "thousand", "thousands", "time", "whole", "work", "working", "are", "can", "could",
    "did", "do", "does", "might", "must", "should", "lasted", "lasting", "lasts", "spanned",
    "spend", "spent", "take", "takes", "taking", "took", "full",
})  # fmt: skip
"""Words the rules test that are in none of the tables."""


@lru_cache(maxsize=1)
def _inner_words() -> frozenset[str]:
    """Every word a production may read inside an expression: the grammar's tables, the
    words of holiday names and prefixes, and the words the rules test for."""
    words = set(_word_producers()) | set(_anchor_words()) | set(_GRAMMAR_WORDS)
    for table in (
        _month_words(), _weekday_words(), _CARDINALS, _TENS, _ORDINALS, _DECADE_WORDS,
        _UNIT_WORDS, _LETTER_UNITS, _FUZZY_QTY, _NEXT_WORDS, _PERIOD_UNITS, _SEASON_MONTHS,
        _ORD_SUFFIXES, _CLOCK_WORDS, _OTHER_CALENDARS, _CUE_WORDS, _AFTER_YEAR_OK,
    ):  # fmt: skip
        words.update(table)
    for key in list(_holidays()) + list(_Reader._PREFIXES):
        words.update(key)
    return frozenset(words)


@lru_cache(maxsize=4096)
def _inner(low: str) -> bool:
    """Whether a word (lower case) may stand inside an expression ("week's", "Fridays"
    and "Valentine's" count through "week", "friday", "valentines")."""
    words = _inner_words()
    if low in words:
        return True
    bare = low.replace("'", "")
    return (
        bare in words
        or (low.endswith("'s") and low[:-2] in words)
        or (low.endswith("s") and low[:-1] in words)
    )


_INNER_WORDS = _inner_words()
_MONTHS = _month_words()
_WEEKDAYS = _weekday_words()
_HOLIDAYS = _holidays()
_HOLIDAY_FIRST = _holiday_first_words()
_HOLIDAY_FIRST_OR_WEEKEND = _HOLIDAY_FIRST | {"weekend"}
_PRODUCERS = _word_producers()
_ANCHORS = _anchor_words()
"""The tables, built once at import (the productions read them for every token)."""
_THE_NEXT = (
    frozenset(_ORDINALS) | frozenset(_CARDINALS) | frozenset(_TENS) | frozenset(_DECADE_WORDS)
    | frozenset(_NEXT_WORDS) | frozenset(_PERIOD_UNITS) | frozenset(_SEASON_MONTHS)
    | frozenset(_FUZZY_QTY) | _HOLIDAY_FIRST | {key[1] for key in _HOLIDAYS if key[:1] == ("the",)}
    | {"twenty", "thirty", "first", "last", "noughties", "two", "this", "fortnight", "working"}
    | {"work", "calendar", "w", "week", "weekend", "month", "year", "day", "the", "beginning"}
    | {"start", "middle", "end", "eoy", "boy", "eom", "bom", "rest", "remainder", "remaining"}
    | {"ytd", "within", "upcoming", "less", "a", "an", "half"}
)  # fmt: skip
"""Words after "the" that may make it the start of an expression (see
:meth:`_Reader.the_may_start`)."""
_AFTER_NUMBER = (
    frozenset(
        set(_ORD_SUFFIXES) | set(_MONTHS) | set(_UNIT_WORDS) | set(_LETTER_UNITS) | set(_NEXT_WORDS)
    )
    | {"of", "s", "'s", "q", "h", "and", "or", "to", "through", "thru", "till", "til", "until"}
    | {"up", "business", "working", "work"}
)
"""Words after a plain number that may make it part of an expression (see
:meth:`_Reader.number_may_start`)."""


# =====================================================================================
# The three verbs
# =====================================================================================


def _check_published(published: object) -> dt.date:
    if not isinstance(published, dt.date) or isinstance(published, dt.datetime):
        raise TypeError(f"published must be a datetime.date (got {published!r})")
    return published


def find_dates(
    text: str, *, published: dt.date, locale: str = "en_US"
) -> list[DateMention | DurationMention]:
    """Every date, date range and duration in ``text``, in order, with exact spans.

    Dates are resolved against ``published``: a year left out is the one that puts the
    date nearest the publication date in the direction of the sentence's tense ("said" /
    "will"), weekdays likewise; weeks run Monday to Sunday; the locale decides holidays
    such as Thanksgiving and the order of numeric dates. Never raises on a ``str``.

    >>> import datetime as dt
    >>> text = "Carney will travel to France early next week for his Jan. 5 to 6 visit."
    >>> [(m.text, m.value.timex) for m in find_dates(text, published=dt.date(2026, 1, 2))]
    [('early next week', '2026-01-05/2026-01-07'), ('Jan. 5 to 6', '2026-01-05/2026-01-06')]
    >>> text = "Trump said on Dec. 28 that aid has flowed since 2022, near the four-year mark."
    >>> for m in find_dates(text, published=dt.date(2026, 1, 2), locale="en_CA"):
    ...     d = m.to_dict()
    ...     print(repr(m.text), d.get("timex") or d["value"], d.get("role"))
    'Dec. 28' 2025-12-28 point
    'since 2022' 2022-01-01/.. start
    'four-year' P4Y None
    """
    day = _check_published(published)
    if not isinstance(text, str) or not text.strip():
        return []
    loc = _locale_id(locale)
    reader = _Reader(text, day, loc)
    found = reader.run()
    if not found and len(text) <= 200 and reader.n <= 12:
        whole = _Reader(text, day, loc, relaxed=True).whole()
        if whole is not None:
            found = [whole]
    return found


def parse_date_range(text: str, *, published: dt.date, locale: str = "en_US") -> DateRange:
    """Read ``text`` as one temporal expression and return its :class:`DateRange`.

    Raises :class:`~newsfacts.errors.ParseError` (a ``ValueError``) saying what was
    expected and where when the whole string is not one date or date range.

    >>> import datetime as dt
    >>> pub = dt.date(2026, 1, 2)
    >>> parse_date_range("Dec. 23 until Jan. 7", published=pub).timex
    '2025-12-23/2026-01-07'
    >>> parse_date_range("the first half of 2026", published=pub).timex
    '2026-H1'
    >>> parse_date_range("since April", published=pub, locale="en_GB").to_dict()["start"]
    '2025-04-01'
    >>> parse_date_range("Jan. 5 to 6 visit", published=pub)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsfacts.errors.ParseError: expected the end of the date expression at offset 12 of ...
    """
    day = _check_published(published)
    if not isinstance(text, str):
        raise TypeError(f"text must be a str (got {type(text).__name__})")
    reader = _Reader(text, day, _locale_id(locale), relaxed=True)
    if reader.n == 0:
        raise ParseError("a date or date range", text=text, position=0)
    hit = reader.top(0)
    if hit is None:
        raise ParseError("a date or date range", text=text, position=reader._s[0])
    _start, end, value, _role = hit
    rest = reader.trailing(end)
    if rest < reader.n:
        raise ParseError("the end of the date expression", text=text, position=reader._s[rest])
    if isinstance(value, _Dur):
        raise ParseError("a date or date range, not a duration", text=text, position=reader._s[0])
    return value.rng


def format_date_range(value: DateRange, *, locale: str) -> str:
    """``value`` written the way a newsroom in ``locale`` writes it, through babel.

    Single days and day ranges use CLDR's interval formats ("Jan 5 – 6, 2026" in
    en_US, "5–6 Jan 2026" in en_AU); whole months, quarters, halves, years and decades are
    named as such; open ranges read "since ..." and "through ...". What this returns,
    :func:`parse_date_range` reads back to the same range.

    >>> import datetime as dt
    >>> r = DateRange(dt.date(2026, 1, 5), dt.date(2026, 1, 6), "day")
    >>> format_date_range(r, locale="en_US").replace("\\u2009", " ")
    'Jan 5 – 6, 2026'
    >>> format_date_range(r, locale="en_GB").replace("\\u2009", " ")
    '5 – 6 Jan 2026'
    >>> format_date_range(DateRange(dt.date(2022, 1, 1), None, "year"), locale="en_CA")
    'since 2022'
    >>> q3 = DateRange(dt.date(2025, 7, 1), dt.date(2025, 9, 30), "quarter")
    >>> format_date_range(q3, locale="en_US")
    'Q3 2025'
    """
    if not isinstance(value, DateRange):
        raise TypeError(f"format_date_range() takes a DateRange (got {type(value).__name__})")
    loc = normalize_locale(locale)
    start, end, gran = value.start, value.end, value.granularity
    if start is None and end is None:
        raise ValidationError("value", value, "a DateRange with at least one bound")
    if start is None:
        assert end is not None
        return "through " + _format_unit(_unit_ending(end, gran), loc)
    if end is None:
        return "since " + _format_unit(_unit_starting(start, gran), loc)
    whole = DateRange(start, end, gran)
    if _aligned(whole):
        return _format_unit(whole, loc)
    if gran is Granularity.DAY:
        return _format_days(start, end, loc)
    first, last = _unit_starting(start, gran), _unit_ending(end, gran)
    if gran in (Granularity.WEEK, Granularity.WEEKEND, Granularity.SEASON) or not (
        _aligned(first) and _aligned(last) and first.start == start and last.end == end
    ):
        return _format_days(start, end, loc)
    if gran is Granularity.MONTH:
        return str(format_interval(start, end, "yMMMM", locale=loc))
    if gran is Granularity.YEAR:
        return str(format_interval(start, end, "y", locale=loc))
    return f"{_format_unit(first, loc)} through {_format_unit(last, loc)}"


def _unit_starting(day: dt.date, gran: Granularity) -> DateRange:
    """The calendar unit of ``gran`` that starts on ``day`` (a day when none does)."""
    return _unit_around(day, gran, day, "start")


def _unit_ending(day: dt.date, gran: Granularity) -> DateRange:
    return _unit_around(day, gran, day, "end")


def _unit_around(day: dt.date, gran: Granularity, anchor: dt.date, side: str) -> DateRange:
    unit: DateRange | None = None
    y = day.year
    if gran is Granularity.MONTH:
        unit = _month_range(y, day.month)
    elif gran is Granularity.QUARTER:
        unit = _quarter_range(y, (day.month - 1) // 3 + 1)
    elif gran is Granularity.HALF:
        unit = _half_range(y, 1 if day.month <= 6 else 2)
    elif gran is Granularity.YEAR:
        unit = _year_range(y)
    elif gran is Granularity.DECADE:
        unit = _decade_range(y // 10 * 10)
    elif gran is Granularity.WEEK:
        unit = _week_range(_monday(day))
    elif gran is Granularity.WEEKEND and day.weekday() >= 5:
        unit = _weekend_range(_monday(day))
    if unit is None or (unit.start if side == "start" else unit.end) != anchor:
        return _day_range(day)
    return unit


def _aligned(r: DateRange) -> bool:
    """Whether a closed range is exactly one unit of its granularity."""
    s, e, g = r.start, r.end, r.granularity
    if s is None or e is None:
        return False
    if g is Granularity.DAY:
        return s == e
    if g is Granularity.WEEK:
        return s.weekday() == 0 and e == s + dt.timedelta(days=6)
    if g is Granularity.WEEKEND:
        return s.weekday() == 5 and e == s + _DAY
    if g is Granularity.DECADE:
        century = s.year % 100 == 0 and e == dt.date(s.year + 99, 12, 31)
        decade = s.year % 10 == 0 and e == dt.date(s.year + 9, 12, 31)
        return s == dt.date(s.year, 1, 1) and (decade or century)
    if g is Granularity.SEASON:
        return False
    return _unit_starting(s, g) == r


def _format_unit(r: DateRange, loc: str) -> str:
    s = r.start
    assert s is not None
    g = r.granularity
    if g is Granularity.DAY:
        return str(format_date(s, "medium", locale=loc))
    if g is Granularity.WEEK:
        return "the week of " + str(format_date(s, "medium", locale=loc))
    if g is Granularity.WEEKEND:
        return "the weekend of " + str(format_date(s, "medium", locale=loc))
    if g is Granularity.MONTH:
        return str(format_date(s, "MMMM y", locale=loc))
    if g is Granularity.QUARTER:
        return f"Q{(s.month - 1) // 3 + 1} {s.year}"
    if g is Granularity.HALF:
        return f"H{1 if s.month <= 6 else 2} {s.year}"
    if g is Granularity.YEAR:
        return str(s.year)
    if g is Granularity.DECADE and r.end is not None and r.end.year - s.year == 99:
        return "the 21st century" if s.year == 2000 else f"the {s.year}s"  # "the 1800s"
    if g is Granularity.DECADE and s.year % 100:
        return f"the {s.year}s"
    if g is Granularity.DECADE:  # "the 1800s" would say the century
        return str(format_interval(s, r.end or s, "y", locale=loc))
    return _format_days(s, r.end or s, loc)


def _format_days(start: dt.date, end: dt.date, loc: str) -> str:
    if start == end:
        return str(format_date(start, "medium", locale=loc))
    return str(format_interval(start, end, "yMMMd", locale=loc))
