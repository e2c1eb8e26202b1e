"""Money: :class:`Money`, :class:`MoneyRange`, :class:`MoneyMention`, and the verbs
:func:`find_money`, :func:`parse_money` and :func:`format_money`.

Amounts are exact :class:`~decimal.Decimal` values, never floats; currencies are ISO 4217
codes that babel's CLDR data knows (historic ones such as DEM included).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import Any

import attrs
from babel.numbers import list_currencies

from newsfacts._validate import instance_of, member_of, to_enum
from newsfacts.errors import ValidationError
from newsfacts.spans import Span

__all__ = [
    "Money",
    "MoneyMention",
    "MoneyRange",
    "Qualifier",
]


class Qualifier(StrEnum):
    """How a money (or other) amount is hedged in the text."""

    EXACT = "exact"
    """No hedge: "$23.5 billion"."""
    APPROXIMATE = "approximate"
    """"about", "nearly", "some", "roughly", "approximately", "around"."""
    AT_LEAST = "at_least"
    """"more than", "over", "at least", "upwards of"."""
    AT_MOST = "at_most"
    """"less than", "up to", "under", "at most"."""


@cache
def _iso_codes() -> frozenset[str]:
    return frozenset(list_currencies())


def is_currency_code(code: object) -> bool:
    """Whether ``code`` is an upper-case ISO 4217 code in babel's CLDR data.

    >>> is_currency_code("CAD"), is_currency_code("DEM"), is_currency_code("usd")
    (True, True, False)
    """
    return isinstance(code, str) and code.isupper() and code in _iso_codes()


def _to_decimal(value: Any) -> Any:
    """Converter for amounts: ``int`` and decimal strings become ``Decimal``; floats and
    anything else are left for the validator to refuse."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except InvalidOperation:
            return value
    return value


def _check_amount(_inst: object, attr: attrs.Attribute[Decimal], value: object) -> None:
    if isinstance(value, float):
        raise ValidationError(attr.name, value, "a Decimal, not a float (floats are inexact)")
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(attr.name, value, "a finite Decimal")


def _check_currency(_inst: object, attr: attrs.Attribute[str], value: object) -> None:
    if not is_currency_code(value):
        raise ValidationError(attr.name, value, "an upper-case ISO 4217 code known to CLDR")


def decimal_str(value: Decimal) -> str:
    """A plain decimal string, never in exponent notation.

    >>> decimal_str(Decimal("2.35E+10")), decimal_str(Decimal("0.750"))
    ('23500000000', '0.75')
    """
    if value == 0:
        return "0"
    text = format(value.normalize(), "f")
    return text


@attrs.frozen
class Money:
    """An exact amount in one currency.

    >>> Money(Decimal("23.5E9"), "CAD")
    Money(amount=Decimal('2.35E+10'), currency='CAD')
    >>> Money("0.75", "USD").amount
    Decimal('0.75')
    >>> Money(1.5, "USD")
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'amount' must be a Decimal, not a float (floats are inexact) (got 1.5)
    >>> Money(1, "usd")
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'currency' must be an upper-case ISO 4217 code known to CLDR (got 'usd')
    """

    amount: Decimal = attrs.field(converter=_to_decimal, validator=_check_amount)
    currency: str = attrs.field(validator=_check_currency)

    def to_dict(self) -> dict[str, str]:
        """The JSON form: ``{"amount": "23500000000", "currency": "CAD"}``."""
        return {"amount": decimal_str(self.amount), "currency": self.currency}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Money:
        """Read the JSON form written by :meth:`to_dict`."""
        return cls(_json_decimal("amount", data.get("amount")), data.get("currency"))  # type: ignore[arg-type]


def _json_decimal(name: str, value: object) -> Decimal:
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            pass
    raise ValidationError(name, value, "a decimal string")


def _check_high(inst: MoneyRange, attr: attrs.Attribute[Money], value: Money) -> None:
    if value.currency != inst.low.currency:
        raise ValidationError(attr.name, value, f"in the same currency as low ({inst.low.currency})")
    if value.amount < inst.low.amount:
        raise ValidationError(attr.name, value, f"at least low ({inst.low.amount})")


@attrs.frozen
class MoneyRange:
    """An inclusive range of amounts in one currency: "$2-3 billion".

    >>> r = MoneyRange(Money(2_000_000_000, "USD"), Money(3_000_000_000, "USD"))
    >>> r.currency
    'USD'
    >>> MoneyRange(Money(3, "USD"), Money(2, "USD"))
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'high' must be at least low (3) (got Money(amount=Decimal('2'), currency='USD'))
    """

    low: Money = attrs.field(validator=instance_of(Money, what="a Money"))
    high: Money = attrs.field(validator=[instance_of(Money, what="a Money"), _check_high])

    @property
    def currency(self) -> str:
        """The range's one currency."""
        return self.low.currency

    def to_dict(self) -> dict[str, str]:
        """The JSON form: ``{"low": "2", "high": "3", "currency": "USD"}``."""
        return {
            "low": decimal_str(self.low.amount),
            "high": decimal_str(self.high.amount),
            "currency": self.currency,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MoneyRange:
        """Read the JSON form written by :meth:`to_dict`."""
        cur = data.get("currency")
        return cls(
            Money(_json_decimal("low", data.get("low")), cur),  # type: ignore[arg-type]
            Money(_json_decimal("high", data.get("high")), cur),  # type: ignore[arg-type]
        )


def money_value_from_dict(data: dict[str, Any]) -> Money | MoneyRange:
    """Read either JSON form: a range when ``"low"`` is present, else an amount."""
    return MoneyRange.from_dict(data) if "low" in data else Money.from_dict(data)


def _check_text_len(inst: Any, attr: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise ValidationError(attr.name, value, "a str")
    if len(value) != len(inst.span):
        raise ValidationError(attr.name, value, f"as long as its span ({len(inst.span)} chars)")


@attrs.frozen
class MoneyMention:
    """A money expression found in a text.

    ``text`` is always ``article_text[span.start:span.end]``; ``value`` is a
    :class:`Money` or a :class:`MoneyRange`; ``qualifier`` is the hedge around it;
    ``currency_inferred`` is true when the currency was not written out but taken from
    context (the article's locale for "$", a default for "kr" or "¥").
    """

    span: Span = attrs.field(validator=instance_of(Span, what="a Span"))
    text: str = attrs.field(validator=_check_text_len)
    value: Money | MoneyRange = attrs.field(
        validator=instance_of(Money, MoneyRange, what="a Money or MoneyRange")
    )
    qualifier: Qualifier = attrs.field(
        default=Qualifier.EXACT, converter=to_enum(Qualifier), validator=member_of(Qualifier)
    )
    currency_inferred: bool = attrs.field(
        default=False, validator=instance_of(bool, what="a bool")
    )

    def to_dict(self) -> dict[str, Any]:
        """The ``"money"`` item of the newsfacts/1 JSON."""
        out: dict[str, Any] = {"text": self.text, "span": self.span.to_list()}
        out.update(self.value.to_dict())
        out["qualifier"] = self.qualifier.value
        out["currency_inferred"] = self.currency_inferred
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MoneyMention:
        """Read a ``"money"`` item of the newsfacts/1 JSON."""
        return cls(
            span=Span.from_list(data.get("span")),
            text=data.get("text"),  # type: ignore[arg-type]
            value=money_value_from_dict(data),
            qualifier=data.get("qualifier", "exact"),
            currency_inferred=data.get("currency_inferred", False),
        )
