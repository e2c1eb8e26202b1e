"""Dates: :class:`DateRange`, :class:`Duration`, their mentions, and the verbs
:func:`find_dates`, :func:`parse_date_range` and :func:`format_date_range`.

Every temporal expression resolves to a calendar range of days, inclusive at both ends
and open on either side, against the article's publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal
from enum import StrEnum
from typing import Any

import attrs

from newsfacts._validate import instance_of, member_of, to_enum
from newsfacts.errors import ValidationError
from newsfacts.spans import Span

__all__ = [
    "DateMention",
    "DateRange",
    "DateRole",
    "Duration",
    "DurationMention",
    "DurationUnit",
    "Granularity",
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


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


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
    >>> DateRange(date(2026, 1, 6), date(2026, 1, 5), "day")
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'end' must be on or after start (2026-01-06) (got datetime.date(2026, 1, 5))
    """

    start: dt.date | None = attrs.field(validator=_check_date)
    end: dt.date | None = attrs.field(validator=[_check_date, _check_order])
    granularity: Granularity = attrs.field(
        default=Granularity.DAY, converter=to_enum(Granularity), validator=member_of(Granularity)
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
            and e.day == calendar.monthrange(e.year, e.month)[1]
        ):
            return f"{s.year:04d}-{_SEASONS[s.month]}"
        if (
            s.year % 10 == 0
            and s == dt.date(s.year, 1, 1)
            and e == dt.date(s.year + 9, 12, 31)
        ):
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
    unit: DurationUnit = attrs.field(converter=to_enum(DurationUnit), validator=member_of(DurationUnit))

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


def _check_text_len(inst: Any, attr: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise ValidationError(attr.name, value, "a str")
    if len(value) != len(inst.span):
        raise ValidationError(attr.name, value, f"as long as its span ({len(inst.span)} chars)")


@attrs.frozen
class DateMention:
    """A date or date range found in a text.

    ``year_inferred`` is true when the text left the year out and it was chosen from the
    publication date (and the sentence's tense); ``role`` says whether the expression is a
    point, a span, a deadline (open start) or a starting point (open end).
    """

    span: Span = attrs.field(validator=instance_of(Span, what="a Span"))
    text: str = attrs.field(validator=_check_text_len)
    value: DateRange = attrs.field(validator=instance_of(DateRange, what="a DateRange"))
    year_inferred: bool = attrs.field(default=False, validator=instance_of(bool, what="a bool"))
    role: DateRole = attrs.field(
        default=DateRole.POINT, converter=to_enum(DateRole), validator=member_of(DateRole)
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
    text: str = attrs.field(validator=_check_text_len)
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

