"""Money: :class:`Money`, :class:`MoneyRange`, :class:`MoneyMention`, and the verbs
:func:`find_money`, :func:`parse_money` and :func:`format_money`.

Amounts are exact :class:`~decimal.Decimal` values, never floats; currencies are ISO 4217
codes that babel's CLDR data knows (historic ones such as DEM included).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from decimal import Context, Decimal, InvalidOperation
from enum import StrEnum
from functools import cache, partial
from importlib import resources
from itertools import accumulate, chain, compress
from operator import attrgetter, itemgetter, not_, or_
from typing import Any, NamedTuple

import attrs
from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global, parse_locale
from babel.numbers import (
    format_compact_currency,
    format_compact_decimal,
    format_currency,
    get_currency_name,
    get_currency_precision,
    get_currency_unit_pattern,
    get_decimal_symbol,
    get_territory_currencies,
    list_currencies,
)

from newsfacts._validate import instance_of, member_of, text_fits_span, to_enum
from newsfacts.errors import ParseError, ValidationError
from newsfacts.locales import normalize_locale, territory_of
from newsfacts.spans import Span

__all__ = [
    "Money",
    "MoneyMention",
    "MoneyRange",
    "Qualifier",
    "find_money",
    "format_money",
    "parse_money",
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
    return format(value.normalize(), "f")


@attrs.frozen
class Money:
    """An exact amount in one currency.

    >>> Money(Decimal("23.5E9"), "CAD")
    Money(amount=Decimal('2.35E+10'), currency='CAD')
    >>> Money("0.75", "USD").amount
    Decimal('0.75')
    >>> Money(1.5, "USD")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'amount' must be a Decimal, not a float ... (got 1.5)
    >>> Money(1, "usd")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'currency' must be an upper-case ISO 4217 code ... (got 'usd')
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
        raise ValidationError(
            attr.name, value, f"in the same currency as low ({inst.low.currency})"
        )
    if value.amount < inst.low.amount:
        raise ValidationError(attr.name, value, f"at least low ({inst.low.amount})")


@attrs.frozen
class MoneyRange:
    """An inclusive range of amounts in one currency: "$2-3 billion".

    >>> r = MoneyRange(Money(2_000_000_000, "USD"), Money(3_000_000_000, "USD"))
    >>> r.currency
    'USD'
    >>> MoneyRange(Money(3, "USD"), Money(2, "USD"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'high' must be at least low (3) (got Money(...))
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


_qualifier = to_enum(Qualifier)


def _to_qualifier(value: Any) -> Any:
    """Converter for ``MoneyMention.qualifier``: "approximate" -> Qualifier.APPROXIMATE."""
    return _qualifier(value)


@attrs.frozen
class MoneyMention:
    """A money expression found in a text.

    ``text`` is always ``article_text[span.start:span.end]``; ``value`` is a
    :class:`Money` or a :class:`MoneyRange`; ``qualifier`` is the hedge around it;
    ``currency_inferred`` is true when the currency was not written out but taken from
    context (the article's locale for "$", a default for "kr" or "¥").
    """

    span: Span = attrs.field(validator=instance_of(Span, what="a Span"))
    text: str = attrs.field(validator=text_fits_span)
    value: Money | MoneyRange = attrs.field(
        validator=instance_of(Money, MoneyRange, what="a Money or MoneyRange")
    )
    qualifier: Qualifier = attrs.field(
        default=Qualifier.EXACT, converter=_to_qualifier, validator=member_of(Qualifier)
    )
    currency_inferred: bool = attrs.field(default=False, validator=instance_of(bool, what="a bool"))

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


# =====================================================================================
# The grammar: a hand-written scanner over tokens. Everything below the models reads or
# writes money text; the babel-derived tables are built once per process (per language
# or locale) and cached.
#
# Pipeline of find_money:
#   1. anchors: every digit run and every English number word ("ten", "half",
#      "a billion"). Money always contains one of them. A text of up to 2 KB is
#      tokenized once and its anchors read off the tokens; a longer one is searched with
#      one regex and only the regions below are tokenized.
#   2. regions: a window of text around each anchor (windows merged).
#   3. reader: from a few tokens before each anchor, a recursive-descent reader tries to
#      read one money expression (hedge, range, amount, currency marker, magnitude,
#      minor units). Each attempt looks at a bounded number of tokens, so the whole scan
#      is linear in the text. An anchor with no currency marker among the tokens around
#      it, or in its run of tokens that money can be made of, is not read.
# Speed: find_money is timed against price-parser (benchmarks/). Tokens are parallel
# lists built by C-level map() calls, and the reader has shortcuts for the most common
# cases ("$4.2 million", "30 after"), each returning what the general reading would, or
# deferring to it. tests/test_money.py holds the behaviour; the shortcuts were checked
# against the general reading on the peer suites, the development set and random text.
# =====================================================================================

_DATA_FILE = "money_aliases.json"
_MAX_NUMBER_CHARS = 40  # a longer run of digits and separators is not an amount
_LOOKBACK = 8  # tokens before an anchor where a money expression may start
_LOOKAHEAD = 12  # tokens after an anchor where its currency may be written
_WINDOW_BEFORE = 64  # characters of context kept before an anchor
_WINDOW_AFTER = 112  # ... and after it
_WHOLE_TEXT_LIMIT = 256  # find_money first tries a text this short as one expression
_TOKENIZE_WHOLE_LIMIT = 2048  # find_money tokenizes a text this short once, as a whole
_YUAN_WINDOW = 200  # "¥" is the yuan when "yuan" or "RMB" is this close (characters)

_TODAY = dt.date.today()
_EXACT = Context(prec=120)  # room for 40 digits times any magnitude: arithmetic stays exact
_HUNDREDTH = Decimal("0.01")
_ONE = Decimal(1)


@cache
def _data() -> dict[str, Any]:
    """The newsroom aliases and defaults of ``data/money_aliases.json``."""
    raw = resources.files("newsfacts").joinpath("data", _DATA_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


# ---------------------------------------------------------------- tokens

# CJK, kana and Hangul characters are single tokens: these scripts do not separate words
# with spaces ("3,500円です").
_WIDE = (
    "\u1100-\u11ff\u2e80-\u303f\u3041-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6"
)
# Combining marks continue a word ("ரூ", Arabic vowel signs, Indic vowel signs).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e4e\u200c\u200d"
)
# A number is digits with inner separators ("1,049.95", "1'049,95", "1 298,00" with a
# no-break space); no quantifier is nested over overlapping classes, so it is linear.
_NUMBER_PATTERN = r"(?:(?<![\w.])\.(?=[0-9]))?[0-9]+(?:[.,'’\u00a0\u202f\u2009][0-9]+)*"
_TOKEN_RE = re.compile(
    rf"(?P<D>{_NUMBER_PATTERN})|(?P<C>[{_WIDE}])|(?P<W>(?:[^\W\d_{_WIDE}]|[{_MARKS}])+)|(?P<O>\S)"
)
# The same tokens for text without CJK characters or combining marks (almost all news):
# words first, as they are the most frequent, and one character class for them.
_PLAIN_TOKEN_RE = re.compile(rf"(?P<W>[^\W\d_]+)|(?P<D>{_NUMBER_PATTERN})|(?P<O>\S)")
_NOT_PLAIN_RE = re.compile(f"[{_WIDE}{_MARKS}]")
# ... and for ASCII text, where a word is [A-Za-z]+ and a number starts with a digit or
# a lone "." (so that the regex engine can skip ahead to the first character it needs).
_SEPARATORS = "[.,'’\u00a0\u202f\u2009]"
_ASCII_TOKEN_RE = re.compile(
    rf"(?P<W>[A-Za-z]+)|(?P<D>[0-9]+(?:{_SEPARATORS}[0-9]+)*"
    rf"|(?<![\w.])\.[0-9]+(?:{_SEPARATORS}[0-9]+)*)|(?P<O>\S)"
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "−": "-", "‑": "-"})


class _Toks(NamedTuple):
    """Tokens, their fields in parallel lists: ``kinds`` D (number), W (word), C (one
    CJK/Hangul character) or O (any other single character); ``keys`` what the lexicon
    matches (case-folded words, apostrophes and minus signs made ASCII)."""

    kinds: list[str]
    starts: list[int]
    ends: list[int]
    texts: list[str]
    keys: list[str]

    def slice(self, first: int, last: int) -> _Toks:
        """Tokens ``first`` to ``last`` (exclusive)."""
        return _Toks(
            self.kinds[first:last],
            self.starts[first:last],
            self.ends[first:last],
            self.texts[first:last],
            self.keys[first:last],
        )


_GROUP = re.Match.group
_START = re.Match.start
_END = re.Match.end
_LASTGROUP = attrgetter("lastgroup")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _tokenize(text: str, start: int = 0, end: int | None = None) -> _Toks:
    """The tokens of ``text[start:end]``, built with C-level maps (no Python call per
    token): tokenizing is a good part of the time find_money takes."""
    stop = len(text) if end is None else end
    ascii_only = _NON_ASCII_RE.search(text, start, stop) is None
    if ascii_only:
        pattern = _ASCII_TOKEN_RE
    else:
        pattern = _PLAIN_TOKEN_RE if _NOT_PLAIN_RE.search(text, start, stop) is None else _TOKEN_RE
    found = list(pattern.finditer(text, start, stop))
    texts: list[str] = list(map(_GROUP, found))
    kinds: list[str] = list(map(_LASTGROUP, found))  # every alternative is a named group
    if ascii_only:
        keys = list(map(str.casefold, texts))  # digits and ASCII signs do not change
    else:
        keys = [
            word.casefold() if kind == "W" else word.translate(_APOSTROPHES)
            for kind, word in zip(kinds, texts, strict=True)
        ]
    return _Toks(kinds, list(map(_START, found)), list(map(_END, found)), texts, keys)


def _pattern_keys(pattern: str) -> tuple[str, ...]:
    """The token keys of a lexicon entry, tokenized like the text it must match."""
    return tuple(_tokenize(pattern).keys)


# ---------------------------------------------------------------- numbers


class _Digits(NamedTuple):
    """A digit run with its separators understood. ``frac`` is set when the decimal mark
    is certain; ``tail`` holds the three digits after a lone "." or "," that may be a
    decimal part ("1.125 billion") or a group ("$94,000"): the reader decides."""

    whole: str
    frac: str | None
    tail: str | None
    sep: str


def _valid_groups(groups: list[str], *, long_first: bool = False) -> bool:
    """Western ("1,234,567") or Indian ("12,34,567") grouping of the integer part;
    ``long_first`` accepts babel's Swiss form, which groups only the last three digits
    ("1271874'564.75")."""
    if len(groups) == 1:
        return True
    first, rest = groups[0], groups[1:]
    if not 1 <= len(first) <= (99 if long_first and len(rest) == 1 else 3):
        return False
    if all(len(g) == 3 for g in rest):
        return True
    return len(first) <= 2 and len(rest[-1]) == 3 and all(len(g) == 2 for g in rest[:-1])


def _digits(raw: str) -> _Digits | None:
    """Understand the separators of a digit run, or None if they make no number.

    >>> _digits("1.049,95"), _digits("94,000").tail
    (_Digits(whole='1049', frac='95', tail=None, sep=','), '000')
    """
    if len(raw) > _MAX_NUMBER_CHARS:
        return None
    if raw.isdigit():
        return _Digits(raw, None, None, "")
    if raw.count(".") + raw.count(",") == 1:  # one separator, the usual case: "4.2", "94,000"
        sep = "." if "." in raw else ","
        head, _, rest = raw.partition(sep)
        if head.isdigit() and rest.isdigit():
            if len(rest) == 3 and len(head) <= 3:  # decided in context
                return _Digits(head, None, rest, sep)
            return _Digits(head, rest, None, sep)
    if raw.startswith("."):
        return _Digits("0", raw[1:], None, ".") if raw[1:].isdigit() else None
    groups: list[str] = []
    seps: list[str] = []
    current = []
    for ch in raw:
        if ch.isdigit():
            current.append(ch)
        else:
            groups.append("".join(current))
            seps.append(ch)
            current = []
    groups.append("".join(current))
    if not seps:
        return _Digits(raw, None, None, "")
    marks = [s for s in seps if s in ".,"]
    decimal: str | None = None
    if len(set(marks)) == 2:  # "1.049,95", "123,456.789": the last mark is the decimal one
        decimal = seps[-1]
        if decimal not in ".," or marks.count(decimal) != 1:
            return None
    elif len(marks) == 1 and seps[-1] in ".,":
        if len(seps) > 1 or len(groups[-1]) != 3:  # "1'049.95", "45,00", "23,5"
            decimal = seps[-1]
        elif _valid_groups(groups):  # "94,000", "1.125": decided in context
            return _Digits(groups[0], None, groups[1], seps[-1])
        else:  # "220419234.464": a group would have at most three digits before it
            decimal = seps[-1]
    elif len(marks) == 1:  # "1.000 000"
        return None
    if decimal is not None:
        whole_groups, frac = groups[:-1], groups[-1]
    else:
        whole_groups, frac = groups, None
    swiss = all(sep in "'’" for sep in seps[: len(whole_groups) - 1])
    if not _valid_groups(whole_groups, long_first=swiss):
        return None
    return _Digits("".join(whole_groups), frac, None, decimal or "")


def _digits_value(d: _Digits, *, decimal_mark: str, precision: int, magnitude: bool) -> Decimal:
    """The value of a digit run. A lone separator before exactly three digits is decimal
    after "0", for currencies with three minor digits (KWD 1.500), before a magnitude
    when it is "." or the locale's decimal mark ("1.125 billion", "2,125 milliards"), and
    grouping otherwise ("$94,000", "Rp 31.500")."""
    if d.tail is None:
        return Decimal(f"{d.whole}.{d.frac}" if d.frac else d.whole)
    decimal = d.whole == "0" or precision == 3 or (magnitude and d.sep in (".", decimal_mark))
    return Decimal(f"{d.whole}.{d.tail}" if decimal else d.whole + d.tail)


def _canonical(value: Decimal) -> Decimal:
    """Drop trailing fractional zeros without switching to exponent notation."""
    if value == value.to_integral_value(context=_EXACT):
        return value.quantize(_ONE, context=_EXACT)
    return value.normalize(_EXACT)


def _words(text: str, sep: str | None = None) -> tuple[str, ...]:
    """A tuple of the words of ``text`` (split on ``sep``, default whitespace)."""
    return tuple(text.split(sep))


# English number words (the grammar of spelled-out amounts: "two hundred thousand").
_UNITS = {
    w: i
    for i, w in enumerate(
        _words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(_words("twenty thirty forty fifty sixty seventy eighty ninety"))
}
_WORD_SCALES = {
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
    "lakh": 5,
    "lakhs": 5,
    "crore": 7,
    "crores": 7,
}
_NUMBER_WORDS = frozenset(
    [*_UNITS, *_TENS, *_WORD_SCALES, "hundred", "half", "quarter", "quarters", "point"]
)
# French number words (read in French locales): units and tens add up ("soixante-dix-sept"
# is 60 + 10 + 7), "quatre-vingt(s)" is 4 x 20, "cent(s)" multiplies what is before it,
# "mille", "million(s)" and "milliard(s)" are scales.
_FR_VALUES = {
    w: i
    for i, w in enumerate(
        _words(
            "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
            "quinze seize"
        )
    )
}
_FR_VALUES.update(
    une=1,
    vingt=20,
    vingts=20,
    trente=30,
    quarante=40,
    cinquante=50,
    soixante=60,
    septante=70,
    octante=80,
    huitante=80,
    nonante=90,
)
_FR_HUNDRED = frozenset(["cent", "cents"])
_FR_SCALES = {
    "mille": 3,
    "million": 6,
    "millions": 6,
    "milliard": 9,
    "milliards": 9,
}
_FR_NUMBER_WORDS = frozenset([*_FR_VALUES, *_FR_HUNDRED, *_FR_SCALES])
_ZERO = Decimal(0)
_HALF = Decimal("0.5")
_QUARTER = Decimal("0.25")


# ---------------------------------------------------------------- the lexicon

_STRONG, _MEDIUM, _WEAK = 2, 1, 0


class _Marker(NamedTuple):
    """What a currency word or sign can mean.

    ``codes`` are the candidate ISO codes; ``family`` names the group an ambiguous marker
    belongs to (``"$"``, ``"dollar"``, ``"kr"``), which keys its documented default;
    ``kind`` is symbol, code, name, alias, minor (a hundredth: "cents"), coin ("dimes") or
    grand; ``factor`` multiplies the number (0.01 for cents, 10**6 for "MUSD").
    """

    codes: frozenset[str]
    family: str
    kind: str
    strength: int = _STRONG
    factor: Decimal = _ONE
    singular: bool = True
    prefix: bool = True
    word_like: bool = False
    weight: bool = False
    tight: bool = False  # a letter before "$" ("C$"): case and spacing matter


class _Entry(NamedTuple):
    pattern: str  # the entry's text without spaces, for the case check
    case_sensitive: bool
    marker: _Marker
    variant: bool = False  # a spelling derived from the data ("Rs" from "Rs.")


class _Trie:
    """Token-key trie: the longest entry starting at a token, spaces allowed between
    the tokens of an entry ("Canadian dollars", "us $")."""

    __slots__ = ("last_keys", "root")

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.last_keys: set[str] = set()  # the last word or sign of each entry

    def add(self, keys: tuple[str, ...], value: Any) -> None:
        node = self.root
        for key in keys:
            node = node.setdefault(key, {})
        node.setdefault("", []).append(value)
        self.last_keys.add(next((k for k in reversed(keys) if k != "."), keys[-1]))

    def matches(self, toks: _Toks, i: int, text: str, limit: int = 16) -> list[tuple[int, Any]]:
        """``(end, value)`` for every entry matching from token ``i``, longest first."""
        keys = toks.keys
        node = self.root.get(keys[i])
        if node is None:
            return []
        out: list[tuple[int, Any]] = [(i + 1, v) for v in node.get("", ())]
        j = i + 1
        n = len(keys)
        starts, ends = toks.starts, toks.ends
        while j < n and j - i < limit and _same_line(text, ends[j - 1], starts[j]):
            node = node.get(keys[j])
            if node is None:
                break
            j += 1
            out.extend((j, v) for v in node.get("", ()))
        out.reverse()
        return out

    def keys(self) -> set[str]:
        """Every token key used anywhere in the trie."""
        out: set[str] = set()
        stack = [self.root]
        while stack:
            node = stack.pop()
            for key, child in node.items():
                if key:
                    out.add(key)
                    stack.append(child)
        return out


def _same_line(text: str, end: int, start: int) -> bool:
    """Whether a token ending at ``end`` and the next, starting at ``start``, are on one
    line."""
    gap = start - end
    return gap == 0 or (gap == 1 and text[end] != "\n") or "\n" not in text[end:start]


def _is_letters(s: str) -> bool:
    return all(ch.isalpha() or ch == "." for ch in s) and any(ch.isalpha() for ch in s)


@cache
def _current_currencies() -> frozenset[str]:
    """Codes that are legal tender somewhere today."""
    out: set[str] = set()
    for territory in get_global("territory_currencies"):
        out.update(str(c) for c in get_territory_currencies(territory))
    return frozenset(out)


_SYMBOL_LOCALES = ("en", "fr", "de", "en_CA", "fr_CA", "en_AU", "en_GB", "fr_FR", "de_DE", "en_IN")


@cache
def _symbols() -> dict[str, frozenset[str]]:
    """CLDR currency symbols -> the codes they stand for: each territory's own currency
    as written by its official languages ("zł", "Kč", "R$", "₹"), plus every symbol of
    the English, French and German locales ("US$", "CA$", "$ US", "$CA", "CN¥")."""
    found: dict[str, set[str]] = {}
    files: dict[str, Any] = {}

    def add(symbol: str, code: str) -> None:
        symbol = symbol.strip().replace("\u200f", "").replace("\u200e", "")
        if symbol and symbol != code and not symbol.isdigit():
            found.setdefault(symbol, set()).add(code)

    since = dt.date(1990, 1, 1)
    for territory, languages in get_global("territory_languages").items():
        own = [
            str(c) for c in get_territory_currencies(territory, start_date=since, end_date=_TODAY)
        ]
        for language, info in languages.items():
            if info.get("official_status") not in ("official", "de_facto_official"):
                continue
            try:
                loc = Locale.parse(f"{language}_{territory}")
            except (ValueError, UnknownLocaleError):
                continue
            table = _currency_symbols(loc, files)
            for code in own:
                symbol = table.get(code)
                if symbol:
                    add(symbol, code)
    for name in _SYMBOL_LOCALES:
        for code, symbol in _currency_symbols(Locale.parse(name), files).items():
            add(symbol, code)
    return {s: frozenset(c) for s, c in found.items()}


def _currency_symbols(loc: Locale, files: dict[str, Any]) -> Mapping[str, str]:
    """``loc.currency_symbols``, read from the CLDR files of the locale and its parents
    without babel merging all their data (what makes the first find_money call slow:
    :func:`_symbols` reads some 350 locales). ``files`` caches the files read. Babel's
    own answer whenever the data is not plain strings or cannot be read this way."""
    try:
        chain = [str(loc)]
        while chain[-1] != "root":
            chain.append(_parent_locale(chain[-1]))
        merged: dict[str, str] = {}
        for name in reversed(chain):  # root first, as babel merges inherited data
            if name not in files:
                with open(localedata.resolve_locale_filename(name), "rb") as fh:
                    files[name] = pickle.load(fh)  # babel's own data files, as babel reads them
            table = files[name].get("currency_symbols")
            if table is None:
                continue
            if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
                raise TypeError(name)  # an alias: let babel resolve it
            merged.update(table)
        return merged
    except (OSError, TypeError, ValueError, AttributeError, KeyError, pickle.PickleError):
        return loc.currency_symbols


def _parent_locale(name: str) -> str:
    """The locale whose data ``name`` inherits, as babel.localedata.load finds it."""
    parent = get_global("parent_exceptions").get(name)
    if parent:
        return str(parent)
    language, territory, script, variant, *rest = parse_locale(name)
    if language and script and not territory and not variant and not rest:
        _, _, likely_script, *_ = parse_locale(get_global("likely_subtags")[language])
        if script != likely_script:  # CLDR's "nonlikelyScript" rule
            return "root"
    parts = name.split("_")
    return "root" if len(parts) == 1 else "_".join(parts[:-1])


def _symbol_strength(symbol: str, word_like: frozenset[str]) -> int:
    """Signs ("$", "R$", "S/.") and words of three letters or more ("руб", "TSh") are
    strong; two-letter lower- or mixed-case symbols ("kr", "zł", "Ft") are medium; single
    letters, two capitals ("KM") and common words ("Le") are weak."""
    if symbol in word_like:
        return _WEAK
    if not _is_letters(symbol):
        return _STRONG
    letters = sum(ch.isalpha() for ch in symbol)
    if letters >= 3:
        return _STRONG
    if letters == 2 and not symbol.replace(".", "").isupper():
        return _MEDIUM
    return _WEAK


def _head(name: str, language: str) -> str | None:
    """The noun of a currency name: the last word in English and German ("Canadian
    dollar" -> "dollar"), the first in French ("dollar canadien")."""
    if "(" in name or not name.strip():
        return None
    words = name.replace("-", " ").split()
    word = words[0] if language == "fr" else words[-1]
    return word.casefold() if word.isalpha() else None


_COUNTS = (1, 2, 5, 1_000_000)  # one plural category each in most languages


def _plural_names(code: str, loc: Locale) -> list[tuple[str, bool]]:
    """``(name, singular)`` for each plural form of a currency's name in ``loc``."""
    out: dict[str, bool] = {}
    for count in _COUNTS:
        name = get_currency_name(code, count=count, locale=loc)
        if name and name != code:
            out[name] = out.get(name, False) or count == 1
    return list(out.items())


class _Names(NamedTuple):
    full: dict[str, tuple[frozenset[str], bool]]  # "canadian dollars" -> ({CAD}, plural)
    heads: dict[str, tuple[frozenset[str], str, bool]]  # "dollars" -> (codes, "dollar", ...)


@cache
def _names(locale: str) -> _Names:
    """CLDR currency names of ``locale``: every full name (case-folded), and every head
    noun with the codes that share it. English also gets "<territory> <noun>"
    ("Malaysia ringgit") for each territory's own currency."""
    loc = Locale.parse(locale)
    language = str(loc.language)
    full: dict[str, tuple[set[str], bool]] = {}
    heads: dict[str, tuple[set[str], str, bool]] = {}

    def add_full(name: str, code: str, singular: bool) -> None:
        key = " ".join(name.casefold().split())
        codes, was_singular = full.setdefault(key, (set(), singular))
        codes.add(code)
        full[key] = (codes, was_singular or singular)

    for code in map(str, list_currencies()):
        forms = _plural_names(code, loc)
        display = loc.currencies.get(code)
        if display and all(display.casefold() != n.casefold() for n, _ in forms):
            forms.append((display, True))
        singular_name = next((n for n, one in forms if one), None)
        family = _head(singular_name, language) if singular_name else None
        for name, singular in forms:
            if "(" in name:
                continue
            add_full(name, code, singular)
            form = _head(name, language)
            if form and family:
                codes, _, _ = heads.setdefault(form, (set(), family, form == family))
                codes.add(code)
    if language == "en":
        for territory in get_global("territory_currencies"):
            place = loc.territories.get(territory)
            if not place or not place.replace(" ", "").isalpha():
                continue
            for code in map(str, get_territory_currencies(territory)):
                for name, singular in _plural_names(code, loc):
                    head = _head(name, "en")
                    if head:
                        add_full(f"{place} {head}", code, singular)
    return _Names(
        {k: (frozenset(c), s) for k, (c, s) in full.items()},
        {k: (frozenset(c), f, s) for k, (c, f, s) in heads.items()},
    )


class _Lexicon(NamedTuple):
    markers: _Trie
    family_codes: dict[str, frozenset[str]]  # "dollar" -> its codes, "$" -> its codes
    prefix_words: frozenset[str]  # token keys that may stand before an amount


@cache
def _lexicon(locale: str) -> _Lexicon:
    """Every currency marker for text in ``locale`` (English names are always known)."""
    language = locale.split("_", 1)[0]
    data = _data()
    trie = _Trie()
    families: dict[str, set[str]] = {}
    word_like_symbols = frozenset(data["word_like_symbols"])
    word_like_names = frozenset(data["word_like_names"])
    weight_names = frozenset(data["weight_names"])

    def add(pattern: str, marker: _Marker, case_sensitive: bool) -> None:
        variants = {pattern}
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in pattern)  # "د.إ." is no "دإ"
        if "." in pattern and _is_letters(pattern.replace("$", "")) and not arabic:
            variants.add(pattern.replace(".", ""))  # "Rs." also as "Rs"
            variants.add(pattern.rstrip("."))  # "L.E." also as "L.E"
        if pattern.count(".") >= 1 and "$" in pattern:  # "U.S.$" also as "U.S$", "US$"
            variants.add(pattern.replace(".", ""))
            variants.add(pattern[: pattern.rfind(".")] + pattern[pattern.rfind(".") + 1 :])
        for v in variants:
            keys = _pattern_keys(v)
            if keys:
                trie.add(keys, _Entry(v.replace(" ", ""), case_sensitive, marker, v != pattern))

    symbols = dict(_symbols())
    for code, symbol in Locale.parse(locale).currency_symbols.items():  # the locale's own
        if symbol and symbol != code:  # ("Nkr" in sv_SE)
            symbols[symbol] = symbols.get(symbol, frozenset()) | {code}
    newsroom: set[str] = set()
    for alias in data["aliases"]:  # a newsroom reading of a CLDR symbol ("Rs" is INR)
        if alias["text"] in symbols:
            symbols[alias["text"]] = symbols[alias["text"]] | _alias_codes(alias)
            newsroom.add(alias["text"])
    for symbol, codes in symbols.items():  # "kr." and "kr" are one family
        families.setdefault(symbol.rstrip(".") or symbol, set()).update(codes)
    for symbol in symbols:
        family = symbol.rstrip(".") or symbol
        codes = frozenset(families[family])
        letters = "".join(ch for ch in symbol if ch.isalpha())
        tight = "$" in symbol and len(letters) == 1 and symbol.index("$") > 0
        strength = _STRONG if symbol in newsroom else _symbol_strength(symbol, word_like_symbols)
        # "us $", "hk $" in lower-cased text; "Zł" for "zł"
        ci = ("$" in symbol and len(letters) >= 2) or not letters.isascii()
        add(symbol, _Marker(codes, family, "symbol", strength, tight=tight), not ci)
    for name_locale in dict.fromkeys(("en", language, locale)):
        names = _names(name_locale)
        for name, (codes, singular) in names.full.items():
            marker = _Marker(
                codes,
                name,
                "name",
                singular=singular,
                word_like=name in word_like_names,
                weight=name in weight_names,
            )
            add(name, marker, False)
        for form, (codes, family, singular) in names.heads.items():
            families.setdefault(family, set()).update(codes)
            if form in names.full:
                continue
            marker = _Marker(
                codes,
                family,
                "name",
                singular=singular,
                word_like=form in word_like_names,
                weight=form in weight_names,
            )
            add(form, marker, False)
    for alias in data["aliases"]:
        if alias["text"] in symbols:
            continue
        family = alias.get("family") or alias.get("code")
        add(alias["text"], _Marker(_alias_codes(alias), family, "alias"), not alias.get("ci"))
    for sign in map(chr, _CURRENCY_SIGNS):  # other currency signs, read by their Unicode
        if sign in symbols:  # name: "₨" RUPEE SIGN is a rupee, "﷼" RIAL SIGN a rial
            continue
        noun = unicodedata.name(sign, "").casefold().removesuffix(" sign").split(" ")[-1]
        if noun in families:
            add(sign, _Marker(frozenset(families[noun]), noun, "symbol"), True)
    for word, family in data["minor_units"].items():
        if word.startswith("_"):
            continue
        marker = _Marker(
            frozenset(),
            family,
            "minor",
            factor=_HUNDREDTH,
            prefix=False,
            singular=word in ("cent", "c", "¢", "penny", "p", "sen"),
        )
        add(word, marker, word in ("c", "p"))
    for word, value in data["coins"].items():
        marker = _Marker(
            frozenset(),
            "dollar",
            "coin",
            factor=Decimal(value),
            prefix=False,
            singular=not word.endswith("s"),
        )
        add(word, marker, False)
    add("grand", _Marker(frozenset(), "grand", "grand", factor=Decimal(1000), prefix=False), True)
    family_codes = {k: frozenset(v) for k, v in families.items()}
    prefix_words = trie.keys() | _hedges().keys() | _STARTERS
    if language == "fr":
        prefix_words |= _FR_NUMBER_WORDS
    return _Lexicon(trie, family_codes, frozenset(prefix_words))


def _maybe_code(kind: str, text: str, ctx: _Ctx | None = None) -> bool:
    """A word that may be an ISO code, or "M" + code ("USD", "usd", "MUSD"; not "all")."""
    if ctx is not None and text.isascii():
        return text in ctx.code_words and kind == "W"
    if kind != "W" or len(text) not in (3, 4) or text[-3:].upper() not in _iso_codes():
        return False
    return text.isupper() or (text.islower() and text.upper() not in _WORD_LIKE_CODES())


@cache
def _code_words() -> frozenset[str]:
    """Every ASCII word for which :func:`_maybe_code` holds, spelled out: the code
    ("USD"), in lower case unless it is a word ("usd", not "all"), and "M"/"K" or any
    letter before it ("MUSD", "xusd")."""
    word_like = _WORD_LIKE_CODES()
    out: set[str] = set()
    for code in _iso_codes():
        out.add(code)
        if code not in word_like:
            out.add(code.lower())
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            out.add(letter + code)
            if letter + code not in word_like:
                out.add((letter + code).lower())
    return frozenset(out)


@cache
def _WORD_LIKE_CODES() -> frozenset[str]:  # noqa: N802 - a cached constant
    return frozenset(_data()["word_like_codes"])


@cache
def _VERB_LIKE_NAMES() -> frozenset[str]:  # noqa: N802 - a cached constant
    return frozenset(_data()["verb_like_names"])


# Words before an amount that make it a list's head or a clause's subject, not an object.
_NOT_BEFORE_OBJECT = frozenset(
    _words(
        "the a an and or but nor of all only just both each every while whereas who which "
        "that those these when where if than top"
    )
)
# Words after an amount that end its noun phrase: prepositions, "per", "each".
_PRICE_FOLLOWERS = frozenset(_words("for per each apiece"))
_PREPOSITIONS = frozenset(_words("in on at by to for with from into onto via using under over"))


def _alias_codes(alias: dict[str, Any]) -> frozenset[str]:
    codes = list(alias.get("codes", ()))
    if alias.get("code"):
        codes.append(alias["code"])
    return frozenset(codes)


_CURRENCY_SIGNS = (*range(0x20A0, 0x20C1), 0xFDFC)


class _Ctx(NamedTuple):
    """What the article's locale decides: its territory's currencies, its decimal mark,
    its magnitude words and its currency vocabulary."""

    locale: str
    language: str
    territory_currencies: tuple[str, ...]
    decimal_mark: str
    lexicon: _Lexicon
    magnitudes: _Trie
    number_words: dict[str, Decimal]  # standalone compact words ("mille": 1000)
    word_like_codes: frozenset[str]
    code_words: frozenset[str]  # _code_words()
    inside: frozenset[str]  # every token key a money expression can contain
    territory_set: frozenset[str]  # territory_currencies as a set
    resolved: dict[tuple[_Marker, bool], tuple[str, bool] | None]  # _resolve, memoized


@cache
def _context(locale: str) -> _Ctx:
    loc = Locale.parse(normalize_locale(locale))
    territory = territory_of(str(loc))
    currencies = tuple(str(c) for c in get_territory_currencies(territory)) if territory else ()
    language = str(loc.language)
    mags, standalone = _magnitudes(str(loc))
    if language == "fr":  # anchors, starts and inner words of French spelled amounts
        standalone = {**{w: Decimal(_FR_VALUES.get(w, 0)) for w in _FR_NUMBER_WORDS}, **standalone}
    lexicon = _lexicon(str(loc))
    return _Ctx(
        locale=str(loc),
        language=language,
        territory_currencies=currencies,
        decimal_mark=str(get_decimal_symbol(locale=loc)),
        lexicon=lexicon,
        magnitudes=mags,
        number_words=standalone,
        word_like_codes=frozenset(_data()["word_like_codes"]),
        code_words=_code_words(),
        inside=frozenset(
            lexicon.markers.keys() | mags.keys() | _NUMBER_WORDS | set(standalone) | _INSIDE_WORDS
        ),
        territory_set=frozenset(currencies),
        resolved={},
    )


@cache
def _magnitudes(locale: str) -> tuple[_Trie, dict[str, Decimal]]:
    """Magnitude words: CLDR's compact-number words of the locale, its language and
    English ("K", "Mrd.", "milliards", "lakh"), plus newsroom abbreviations ("bn",
    "mln"). The locale's own words win ("billion" is 10**12 in French and German)."""
    trie = _Trie()
    standalone: dict[str, Decimal] = {}
    seen: set[str] = set()
    loc = Locale.parse(locale)
    chain = [loc]
    if str(loc) != loc.language:
        chain.append(Locale.parse(loc.language))
    if loc.language != "en":
        chain.append(Locale.parse("en"))
    for source in chain:
        for style in ("short", "long"):
            for forms in source.compact_decimal_formats.get(style, {}).values():
                for key, pattern in forms.items():
                    zeros = pattern.int_prec[0] if pattern.int_prec else 0
                    word = "".join(pattern.suffix[0] + pattern.prefix[0]).replace("'", "")
                    word = " ".join(word.split())
                    if not word or not any(ch.isalpha() for ch in word):
                        continue
                    if zeros == 0 and not any(ch.isdigit() for ch in pattern.pattern):
                        standalone.setdefault(word.casefold(), Decimal(int(key)))
                        continue
                    power = len(key) - 1 - max(zeros - 1, 0)
                    _add_magnitude(trie, seen, word, power)
    for word, power in _data()["magnitudes"].items():
        if not word.startswith("_"):
            _add_magnitude(trie, seen, word, int(power))
    return trie, standalone


def _add_magnitude(trie: _Trie, seen: set[str], word: str, power: int) -> None:
    case_sensitive = len(word.replace(".", "")) <= 3
    tag = word if case_sensitive else word.casefold()
    if tag in seen:
        return
    seen.add(tag)
    trie.add(_pattern_keys(word), (word.replace(" ", ""), case_sensitive, Decimal(10) ** power))


# Hedges (kept out of the span; they set MoneyMention.qualifier).
_A, _L, _M, _E = Qualifier.APPROXIMATE, Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.EXACT
_HEDGE_WORDS: dict[str, Qualifier] = {
    **dict.fromkeys(
        _words(
            "about|around|roughly|approximately|nearly|almost|some|close to|an estimated|"
            "estimated|circa|approx.|approx|environ|près de|quelque|rund|etwa|ungefähr|knapp",
            "|",
        ),
        _A,
    ),
    **dict.fromkeys(
        _words(
            "more than|over|at least|upwards of|above|in excess of|no less than|"
            "not less than|greater than|higher than|exceeding|north of|a minimum of|"
            "just over|plus de|au moins|mehr als|über|mindestens",
            "|",
        ),
        _L,
    ),
    **dict.fromkeys(
        _words(
            "less than|up to|under|at most|no more than|not more than|lower than|below|"
            "as much as|a maximum of|just under|moins de|jusqu'à|weniger als|bis zu|höchstens",
            "|",
        ),
        _M,
    ),
    **dict.fromkeys(_words("exactly|precisely|exakt|genau|exactement", "|"), _E),
}


@cache
def _hedges() -> _Trie:
    trie = _Trie()
    for phrase, qualifier in _HEDGE_WORDS.items():
        trie.add(_pattern_keys(phrase), qualifier)
    return trie


# Verbs of change: after them "from A to B" is a change, not a range.
_CHANGE_WORDS = frozenset(
    _words(
        """rise rises rose risen rising fall falls fell fallen falling grow grows grew grown
        growing increase increases increased increasing decrease decreases decreased cut
        cuts raise raises raised raising jump jumps jumped jumping climb climbs climbed
        climbing drop drops dropped dropping decline declines declined slid slide slip
        slipped surge surged soar soared plunge plunged plummeted tumbled boost boosted
        lower lowered reduce reduced went go goes going change changed move moved hike
        hiked up down revised upgraded downgraded expanded shrank swelled doubled tripled
        halved widened narrowed trimmed slashed"""
    )
)
# Tokens after digits that make _Reader._plain_number leave them to the general reading:
# more of the number ("point", ",-", "-billion") or a percentage ("%", "per cent").
_NUMBER_FOLLOWERS = frozenset(
    [",", "point", "-", "%", "percent", "pct", "percentage", "‰", "pc", "per"]
)
# What may follow the number of a money expression that does not end with it.
_AFTER_NUMBER = frozenset(["-", "–", "—", "to", "à", "bis", "de", "of", "d"])
# Words and signs of a money expression that are not in its lexicons: articles, "and",
# "point", dashes and range words, "de"/"of"/"d'" before a currency, the ",-" of "50,-".
_INSIDE_WORDS = frozenset(
    _words("a an and point - – — , . : ' de of d to à bis et und between from entre von zwischen")
)
_FREE_FOLLOWERS = frozenset(["a", "an", "per", "each", "apiece", "and", "or", "more", "less"])


# ---------------------------------------------------------------- currency resolution


@cache
def _precision(code: str) -> int:
    return int(get_currency_precision(code))


# Codes of metals, test and accounting units: never a newsroom amount.
_NOT_MONEY_CODES = frozenset(
    _words("XAG XAU XPD XPT XTS XXX XBA XBB XBC XBD XSU XUA XFO XFU XRE XEU XAD")
)


def _resolve(marker: _Marker, ctx: _Ctx, yuan_near: bool) -> tuple[str, bool] | None:
    """The ISO code a marker means here, and whether it was inferred (chosen among
    several) rather than written. An unambiguous marker wins; otherwise the currency of
    the locale's territory when it is a candidate ("$" in en_CA is CAD, "kr" in en_DK is
    DKK), then "¥" as CNY in Chinese text or near "yuan"/"RMB", then the family's
    documented default (data/money_aliases.json: "$" USD, "kr" SEK, "¥" JPY), then the
    only candidate still in use."""
    codes = marker.codes
    family = marker.family
    if marker.kind in ("minor", "coin") or family in ("dollar", "pound", "penny", "ruble"):
        codes = ctx.lexicon.family_codes.get(family, codes) | codes
    if family == "penny":  # a British penny where the pound is the currency, else a cent
        pounds = ctx.lexicon.family_codes.get("pound", frozenset())
        own = [c for c in ctx.territory_currencies if c in pounds]
        if own:
            return own[0], True
        family, codes = "dollar", ctx.lexicon.family_codes.get("dollar", frozenset())
    if family == "grand":  # "10 grand": the local currency
        return (ctx.territory_currencies[0] if ctx.territory_currencies else "USD"), True
    if len(codes) == 1 and marker.kind not in ("minor", "coin"):
        return next(iter(codes)), False
    for code in ctx.territory_currencies:
        if code in codes:
            return code, True
    if "CNY" in codes and "JPY" in codes and (ctx.language == "zh" or yuan_near):
        return "CNY", True
    default = _data()["defaults"].get(family)
    if default and (default in codes or not codes):
        return str(default), True
    current = codes & _current_currencies()
    if len(current) == 1:
        return next(iter(current)), True
    return None


class _Number(NamedTuple):
    """A number read from tokens ``start``..``end``: digits or words, times ``scale``."""

    start: int
    end: int
    digits: _Digits | None
    words: Decimal
    scale: Decimal
    has_mag: bool
    article: bool  # just "a"/"an": "a dollar"
    plain: bool  # bare digits, no separator, no magnitude: could be a year

    def base(self, ctx: _Ctx, precision: int) -> Decimal:
        if self.digits is None:
            return self.words
        return _digits_value(
            self.digits, decimal_mark=ctx.decimal_mark, precision=precision, magnitude=self.has_mag
        )

    @property
    def whole(self) -> bool:
        """An integer as written: no decimal part, no magnitude."""
        if self.has_mag:
            return False
        if self.digits is None:
            return self.words == self.words.to_integral_value()
        return self.digits.frac is None


class _Amount(NamedTuple):
    """One amount: ``number`` with its currency ``marker`` (None for the bare first half
    of "10-20 dollars"), ``minor`` cents added ("3 dollars 50 cents"), ``form`` prefix,
    suffix or bare."""

    start: int
    end: int
    number: _Number
    marker: _Marker | None
    marker_pos: int
    negative: bool
    minor: Decimal
    form: str


class _Found(NamedTuple):
    start: int  # token indices of the money expression (hedge excluded)
    end: int
    value: Money | MoneyRange
    qualifier: Qualifier
    inferred: bool


def _near_flags(toks: _Toks, ctx: _Ctx) -> list[bool]:
    """For each token, whether it can end a currency marker: a last word or sign of the
    lexicon, or a word that may be an ISO code (:func:`_maybe_code`)."""
    markers = ctx.lexicon.markers.last_keys
    texts = toks.texts
    flags = list(
        map(or_, map(markers.__contains__, toks.keys), map(ctx.code_words.__contains__, texts))
    )  # only words spell a code
    if not all(map(str.isascii, texts)):
        for index, text in enumerate(texts):
            if not flags[index] and not text.isascii():
                flags[index] = _maybe_code(toks.kinds[index], text)
    return flags


def _inside_flags(toks: _Toks, near: list[bool], ctx: _Ctx) -> list[bool]:
    """For each token, whether a money expression can contain it: a number, a word or
    sign of its vocabulary (``ctx.inside``), or a possible end of a currency marker."""
    inside = map(ctx.inside.__contains__, toks.keys)
    return list(map(or_, map(or_, inside, map(_IS_DIGITS, toks.kinds)), near))


def _may_start(kind: str, key: str, text: str, ctx: _Ctx) -> bool:
    """Whether a money expression (hedge aside) can begin at a token."""
    if kind == "D" or key in _STARTERS or key in ctx.number_words:
        return True
    return key in ctx.lexicon.markers.root or _maybe_code(kind, text, ctx)


class _Bail:
    """What a shortcut returns when the text needs the general reading."""


_BAIL = _Bail()
_CONNECTORS = frozenset(["-", "–", "—", "to", "à", "bis"])
_Expression = tuple[int, int, "_Amount", "_Amount | None"]  # start, end, amount, range end


class _Reader:
    """Recursive-descent reader over a list of tokens. Every method takes a token index
    and returns what it read with the index after it, or None. ``lenient`` (used by
    parse_money and for a text that is one whole expression) also accepts forms that are
    too ambiguous in running prose: bare coin names ("a quarter"), "42 KM", "$20 43"."""

    __slots__ = (
        "_markers",
        "_numbers",
        "at_text_end",
        "ctx",
        "ends",
        "fail_at",
        "fail_what",
        "keys",
        "kinds",
        "lenient",
        "n",
        "starts",
        "text",
        "texts",
        "toks",
        "yuan",
    )

    def __init__(
        self,
        text: str,
        toks: _Toks,
        ctx: _Ctx,
        *,
        lenient: bool,
        at_text_end: bool = True,
        yuan: list[int] | None = None,
    ) -> None:
        self.text = text
        self.toks = toks
        self.kinds, self.starts, self.ends, self.texts, self.keys = toks
        self.n = len(toks.keys)
        self.ctx = ctx
        self.lenient = lenient
        self.at_text_end = at_text_end
        self.yuan = yuan or []
        self.fail_at = -1
        self.fail_what = "a money expression: an amount with a currency"
        self._numbers: dict[int, _Number | None] = {}
        self._markers: dict[tuple[int, bool], tuple[_Marker, int] | None] = {}

    def may_start(self, i: int) -> bool:
        """Whether a money expression can begin at token ``i`` (a cheap filter)."""
        return _may_start(self.kinds[i], self.keys[i], self.texts[i], self.ctx)

    def begins(self, a: int, done: int) -> range:
        """Token indices where an expression reaching anchor ``a`` may begin: back over
        the words that can precede an amount (hedges, currency names, "between")."""
        s = a
        ctx = self.ctx
        vocab = ctx.lexicon.prefix_words
        kinds, keys, texts, starts, ends = self.kinds, self.keys, self.texts, self.starts, self.ends
        while s > done and a - s < _LOOKBACK:
            b = s - 1
            if not (keys[b] in vocab or kinds[b] == "D" or _maybe_code(kinds[b], texts[b], ctx)):
                break
            if ends[b] != starts[s] and not _same_line(self.text, ends[b], starts[s]):
                break
            s -= 1
        return range(s, a + 1)

    # ------------------------------------------------------------ token helpers

    def key(self, i: int) -> str:
        return self.keys[i] if 0 <= i < self.n else ""

    def glued(self, i: int) -> bool:
        """Token ``i`` touches the token before it."""
        return 0 < i < self.n and self.ends[i - 1] == self.starts[i]

    def joinable(self, i: int) -> bool:
        """Token ``i`` exists and follows the previous one on the same line."""
        return 0 < i < self.n and _same_line(self.text, self.ends[i - 1], self.starts[i])

    def clause_end(self, i: int) -> bool:
        """Nothing that could continue a noun phrase follows at ``i``."""
        if i >= self.n:
            return self.at_text_end
        key = self.keys[i]
        return self.kinds[i] == "O" and key not in "-'&/" and unicodedata.category(key) != "Sc"

    def number_at(self, i: int) -> bool:
        return i < self.n and self.kinds[i] == "D" and (self.glued(i) or self.joinable(i))

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.kinds[i] in "WC"

    def is_sign(self, i: int, *, after_code: bool = False) -> bool:
        """A minus sign stuck to what follows and not ending a word ("-$5", "$-99.99",
        "CHF-5.00" after a currency code)."""
        if self.key(i) != "-" or not self.glued(i + 1):
            return False
        return after_code or i == 0 or not self.glued(i) or self.kinds[i - 1] == "O"

    def fail(self, i: int, what: str) -> None:
        """Remember the furthest point where reading failed, for parse_money's error."""
        if self.lenient:
            pos = self.starts[i] if i < self.n else len(self.text.rstrip())
            if pos >= self.fail_at:
                self.fail_at, self.fail_what = pos, what

    def yuan_near(self, pos: int) -> bool:
        j = bisect.bisect_left(self.yuan, pos - _YUAN_WINDOW)
        return j < len(self.yuan) and self.yuan[j] <= pos + _YUAN_WINDOW

    # ------------------------------------------------------------ numbers

    def magnitude(self, i: int) -> tuple[Decimal, int] | None:
        if i >= self.n or self.kinds[i] not in "WC":
            return None
        keys = self.keys
        node = self.ctx.magnitudes.root.get(keys[i])
        if node is None:
            return None
        j = i + 1
        if keys[i] not in self.ctx.lexicon.markers.root and not (
            j < self.n and keys[j] in node and _same_line(self.text, self.ends[i], self.starts[j])
        ):  # one-word magnitudes only, and no currency symbol starts here: what matches()
            # and _symbol_here() below come to
            written = self.texts[i]
            for pattern, case_sensitive, scale in reversed(node.get("", ())):
                if case_sensitive and written != pattern:
                    continue
                if (
                    len(pattern) == 1
                    and j < self.n
                    and self.ends[i] == self.starts[j]
                    and keys[j] in ("-", "'")
                    and not self._amount_after_dash(j)
                ):
                    continue
                return scale, j
            return None
        for end, (pattern, case_sensitive, scale) in self.ctx.magnitudes.matches(
            self.toks, i, self.text
        ):
            written = "".join(self.texts[i:end])
            if case_sensitive and written != pattern:
                continue
            if (
                len(pattern) == 1
                and self.glued(end)
                and self.key(end) in ("-", "'")
                and not self._amount_after_dash(end)
            ):
                continue  # "$5 T-shirts", but "$1M-$2M"
            if self._symbol_here(i, end):
                continue  # "1 T$" is a pa'anga, "1 B/." a balboa
            return scale, end
        return None

    def _amount_after_dash(self, k: int) -> bool:
        """Token ``k`` is a "-" stuck to a number or a currency marker: the second half
        of a range ("USD 6m-USD 248m", "€1M-€2M", "$1m-2m")."""
        j = k + 1
        if self.keys[k] != "-" or not self.glued(j):
            return False
        return (
            self.kinds[j] == "D"
            or self.keys[j] in self.ctx.lexicon.markers.root
            or _maybe_code(self.kinds[j], self.texts[j], self.ctx)
        )

    def _symbol_here(self, i: int, end: int) -> bool:
        """A currency symbol longer than ``i``..``end``, written without spaces, starts at
        ``i`` ("T$", but not "T $" in "796 T $")."""
        for stop, entry in self.ctx.lexicon.markers.matches(self.toks, i, self.text):
            glued = all(self.glued(k) for k in range(i + 1, stop))
            if stop > end and glued and entry.marker.kind in ("symbol", "alias"):
                return True
        return False

    def spelled(self, i: int) -> tuple[Decimal, int, bool, bool] | None:
        """English number words: ``(value, end, just_an_article, has_scale)``."""
        total = Decimal(0)
        cur: Decimal | None = None
        last = ""
        j = i
        scaled = False
        top = 99
        first = self.key(i)
        if self.ctx.language == "fr" and first in _FR_NUMBER_WORDS:
            return self._french(i)
        if first in ("a", "an"):
            nxt = self.key(i + 1) if self.joinable(i + 1) else ""
            if (
                nxt in ("hundred", *_WORD_SCALES)
                or nxt in self.ctx.number_words
                or (nxt in ("quarter", "half") and self._scale_after(i + 2))
            ):
                cur, last, j = _ONE, "unit", i + 1
            else:
                return _ONE, i + 1, True, False
        elif first in self.ctx.number_words and first not in _NUMBER_WORDS:
            return self.ctx.number_words[first], i + 1, False, True  # "mille"
        while j < self.n and j - i < 16:
            if j > i and not self.joinable(j):
                break
            w = self.key(j)
            if w in _UNITS:
                v = Decimal(_UNITS[w])
                if cur is None:
                    cur = v
                elif (last == "tens" and _UNITS[w] < 10) or last == "hundred":
                    cur += v
                else:
                    break
                last = "unit"
            elif w in _TENS:
                if cur is None:
                    cur = Decimal(_TENS[w])
                elif last == "hundred":
                    cur += _TENS[w]
                else:
                    break
                last = "tens"
            elif w == "-" and last == "tens" and self.glued(j) and self.glued(j + 1):
                if self.key(j + 1) not in _UNITS:
                    break
            elif w == "hundred" and last in ("unit", "tens", ""):
                cur = (cur or _ONE) * 100
                last = "hundred"
            elif w in _WORD_SCALES and last != "scale" and _WORD_SCALES[w] < top:
                top = _WORD_SCALES[w]  # "five million five hundred thousand", each smaller
                total += (cur if cur is not None else _ONE) * Decimal(10) ** top
                cur, last, scaled = None, "scale", True
            elif (
                w == "and"
                and last in ("hundred", "scale")
                and (self.key(j + 1) in _UNITS or self.key(j + 1) in _TENS)
            ):
                last = "hundred"  # "one hundred and five", "a thousand and one"
            elif w == "half" and cur is None and self._scale_after(j + 1):
                cur, last = _HALF, "unit"
                if self.key(j + 1) in ("a", "an"):
                    j += 1
            elif w in ("quarter", "quarters") and self._scale_after(j + 1):
                cur = _QUARTER if cur is None else cur * _QUARTER
                last = "unit"
            elif w == "point" and cur is not None and last in ("unit", "tens"):
                frac, k = self._point(j + 1)
                if not frac:
                    break
                cur += Decimal("0." + frac)
                j = k
                break
            else:
                break
            j += 1
        if j == i or (cur is None and total == 0 and not scaled):
            return None
        return total + (cur or 0), j, False, scaled

    def _french(self, i: int) -> tuple[Decimal, int, bool, bool] | None:
        """French number words: ``(value, end, just_an_article, has_scale)`` as
        :meth:`spelled` ("vingt et un", "quatre-vingt-dix-neuf", "deux cent mille",
        "neuf millions"); a lone "un"/"une" is read like the English article."""
        total = _ZERO
        cur = 0  # the group below a thousand
        last = 0  # the last value added to it (0: none yet, or after "cent")
        top = 99
        scaled = False
        words = 0
        j = i
        end = i
        while j < self.n and j - i < 24:
            if j > i and not self.joinable(j):
                break
            w = self.key(j)
            if w in _FR_VALUES:
                v = _FR_VALUES[w]
                if w.startswith("vingt") and last == 4 and cur % 100 == 4:
                    cur += 76  # "quatre-vingt(s)"
                    last = 80
                elif last == 0 or (last >= 10 and v < last and (last >= 20 or v < 10)):
                    cur += v
                    last = v
                else:
                    break
            elif w in _FR_HUNDRED and cur < 10:
                cur = max(cur, 1) * 100
                last = 0
            elif w in _FR_SCALES and _FR_SCALES[w] < top and (cur or (words == 0 and w == "mille")):
                top = _FR_SCALES[w]
                total += Decimal(max(cur, 1)) * Decimal(10) ** top
                cur, last, scaled = 0, 0, True
            elif w in ("-", "et") and words:
                k, conj = j + 1, w == "et"
                if w == "-":
                    if not (self.glued(j) and self.glued(k)):
                        break
                    if self.key(k) == "et":  # "trente-et-un"
                        if not (self.key(k + 1) == "-" and self.glued(k + 1) and self.glued(k + 2)):
                            break
                        k, conj = k + 2, True
                elif not self.joinable(k):
                    break
                nxt = self.key(k)
                if nxt not in _FR_VALUES or (
                    conj and (last < 20 or nxt not in ("un", "une", "onze"))
                ):
                    break
                j = k
                continue
            else:
                break
            words += 1
            j += 1
            end = j
        if words == 0:
            return None
        value = total + cur
        article = words == 1 and self.key(i) in ("un", "une")
        return value, end, article, scaled

    def _scale_after(self, i: int) -> bool:
        if self.key(i) in ("a", "an"):
            i += 1
        return self.key(i) in _WORD_SCALES and self.joinable(i)

    def number(self, i: int) -> _Number | None:
        """Digits or number words, with an optional magnitude ("23.5 billion",
        "$23.5-billion", "10K", "half a billion", "2,5 milliards")."""
        if i in self._numbers:
            return self._numbers[i]
        found = self._plain_number(i) if i < self.n and self.kinds[i] == "D" else None
        if found is None:
            found = self._number(i)
        self._numbers[i] = found
        return found

    def _number(self, i: int) -> _Number | None:
        if i >= self.n:
            return None
        kind = self.kinds[i]
        digits: _Digits | None = None
        words = Decimal(0)
        article = has_mag = False
        scale = _ONE
        if kind == "D":
            digits, j = self._digit_run(i)
            if digits is None:
                return None
        elif kind == "W":
            sp = self.spelled(i)
            if sp is None:
                return None
            words, j, article, has_mag = sp
        else:
            return None
        if not has_mag and not article:
            k = j
            if self.key(k) == "-" and self.glued(k) and self.glued(k + 1):
                k += 1  # "$23.5-billion"
            if k < self.n and (self.glued(k) or self.joinable(k)):
                mag = self.magnitude(k)
                if mag is not None:
                    scale, j = mag
                    has_mag = True
        if self._percent(j):
            return None
        plain = digits is not None and not has_mag and self.texts[i].isdigit() and j == i + 1
        return _Number(i, j, digits, words, scale, has_mag, article, plain)

    def _plain_number(self, j: int) -> _Number | None:
        """:meth:`number` at a digit token in prose, for the usual case: nothing but a
        one-word magnitude (or nothing) follows it ("4.2 million", "94,000 in"). None
        when the general reading is needed."""
        n, keys = self.n, self.keys
        if self.lenient:
            return None
        k = j + 1
        if k < n and (self.kinds[k] == "D" or keys[k] in _NUMBER_FOLLOWERS):
            return None  # more digits, "point", ",-", "-billion", "%", "per cent"
        digits = _digits(self.texts[j])
        if digits is None:
            return None
        scale = _ONE
        has_mag = False
        end = k
        if k < n and keys[k] in self.ctx.magnitudes.root:
            if not (self.kinds[k] == "W" and _same_line(self.text, self.ends[j], self.starts[k])):
                return None
            mag = self.magnitude(k)
            if mag is None:
                return None
            scale, end = mag
            has_mag = True
            if end < n and keys[end] in _NUMBER_FOLLOWERS:
                return None
        plain = not has_mag and self.texts[j].isdigit() and end == j + 1
        return _NEW_NUMBER((j, end, digits, _ZERO, scale, has_mag, False, plain))

    def _digit_run(self, i: int) -> tuple[_Digits | None, int]:
        """A digit token, joined with following three-digit groups after single spaces
        ("9 800 Kč", "1 298,00 €")."""
        raw = self.texts[i]
        j = i + 1
        if raw.isdigit() and len(raw) <= 3:
            merged = raw
            while (
                j < self.n
                and j - i <= 5
                and self.kinds[j] == "D"
                and self.text[self.ends[j - 1] : self.starts[j]] == " "
                and len(self.texts[j]) >= 3
                and self.texts[j][:3].isdigit()
                and (len(self.texts[j]) == 3 or not self.texts[j][3].isdigit())
                and _digits(merged + " " + self.texts[j]) is not None
            ):
                merged += " " + self.texts[j]
                j += 1
            raw = merged
        if self.lenient and self._split_decimals(j):  # "$119. 95", "1.837, 32 €"
            raw, j = raw + self.texts[j] + self.texts[j + 1], j + 2
        if (
            self.key(j) == ","
            and self.key(j + 1) in ("-", "–")
            and self.glued(j)
            and self.glued(j + 1)
            and not (self.number_at(j + 2) and self.glued(j + 2))
        ):
            j += 2  # "50,- Kč": a whole amount
        if self.key(j) == "point" and self.joinable(j) and raw.isdigit():
            frac, k = self._point(j + 1)
            if frac:
                raw, j = f"{raw}.{frac}", k
        return _digits(raw), j

    def _split_decimals(self, j: int) -> bool:
        return (
            self.key(j) in (".", ",")
            and self.glued(j)
            and j + 1 < self.n
            and self.kinds[j + 1] == "D"
            and len(self.texts[j + 1]) == 2
            and self.text[self.ends[j] : self.starts[j + 1]] == " "
        )

    def _point(self, k: int) -> tuple[str, int]:
        """The digits after "point": "one point three", "1 point 1"."""
        if k < self.n and self.kinds[k] == "D" and self.texts[k].isdigit():
            return self.texts[k], k + 1
        frac = ""
        while self.key(k) in _UNITS and _UNITS[self.key(k)] < 10 and self.joinable(k):
            frac += str(_UNITS[self.key(k)])
            k += 1
        return frac, k

    def _percent(self, j: int) -> bool:
        k = self.key(j)
        return k in ("%", "percent", "pct", "percentage", "‰", "pc") or (
            k == "per" and self.key(j + 1) == "cent"
        )

    # ------------------------------------------------------------ markers

    def marker(self, i: int, *, prefix: bool) -> tuple[_Marker, int] | None:
        """The longest currency marker at ``i`` (symbol, ISO code, name, alias)."""
        memo = (i, prefix)
        if memo in self._markers:
            return self._markers[memo]
        found = self._marker(i, prefix)
        self._markers[memo] = found
        return found

    def _marker(self, i: int, prefix: bool) -> tuple[_Marker, int] | None:
        if i >= self.n:
            return None
        text = self.texts[i]
        best: tuple[_Marker, int] | None = self._code(i) if self.kinds[i] == "W" else None
        node = self.ctx.lexicon.markers.root.get(self.keys[i])
        if node is None:
            return best
        j = i + 1
        if not (
            j < self.n
            and self.keys[j] in node
            and _same_line(self.text, self.ends[i], self.starts[j])
        ):  # only one-token entries can match: the loop below, for end = i + 1
            if best is not None:
                return best
            for entry in reversed(node.get("", ())):
                marker = entry.marker
                if prefix and not marker.prefix:
                    continue
                if marker.tight:
                    if not (
                        text.islower()
                        and text not in ("a", "i")
                        and self.joinable(i + 1)
                        and not self.glued(i + 1)
                    ):
                        continue
                elif entry.case_sensitive and text != entry.pattern:
                    continue
                return marker, i + 1
            return None
        for end, entry in self.ctx.lexicon.markers.matches(self.toks, i, self.text):
            if best is not None and best[1] >= end:
                break
            marker = entry.marker
            if prefix and not marker.prefix:
                continue
            written = "".join(self.texts[i:end])
            if marker.tight:  # "C$5" exactly, or "c $ 16.4" in tokenized text
                if end - i > 1 and self.glued(i + 1):
                    if written != entry.pattern:
                        continue
                elif not (
                    self.texts[i].islower()
                    and self.texts[i] not in ("a", "i")
                    and self.joinable(end)
                    and not self.glued(end)
                ):
                    continue
            elif entry.case_sensitive and written != entry.pattern:
                continue
            best = (marker, end)
            break
        if (
            best is not None
            and best[1] - i > 1
            and self.key(best[1] - 1) == "."
            and (self._sentence_ends(best[1]))
        ):  # "500 kr." at the end of a sentence: the full stop is not part of "kr."
            for end, entry in self.ctx.lexicon.markers.matches(self.toks, i, self.text):
                same = end == best[1] - 1 and entry.marker.family == best[0].family
                if same and not entry.variant:  # "kr" is a symbol of its own, "Nu" is not
                    return entry.marker, end
        return best

    def _sentence_ends(self, i: int) -> bool:
        """Token ``i`` starts a new sentence (or the text ends before it)."""
        if i >= self.n:
            return self.clause_end(i)
        return not self.glued(i) and (
            self.texts[i][:1].isupper()
            or not _same_line(self.text, self.ends[i - 1], self.starts[i])
        )

    def _code(self, i: int) -> tuple[_Marker, int] | None:
        """An ISO 4217 code ("USD", "usd", "USD$"), or "M" + code for millions ("MUSD")."""
        text = self.texts[i]
        if self.kinds[i] != "W" or len(text) not in (3, 4) or not text.isascii():
            return None
        factor = _ONE
        if len(text) == 4:
            if not (text.isupper() and text[0] in "MK"):
                return None
            factor = Decimal(10) ** (6 if text[0] == "M" else 3)
            text = text[1:]
        code = text.upper()
        if code in _NOT_MONEY_CODES or not is_currency_code(code):
            return None
        if not (text.isupper() or (text.islower() and code not in self.ctx.word_like_codes)):
            return None
        end = i + 1
        if self.key(end) == "$" and self.glued(end):  # "usd$ 15", "SGD$4.90"
            end += 1
        marker = _Marker(frozenset([code]), code, "code", factor=factor)
        return marker, end

    def prefix_allowed(self, marker: _Marker, i: int, end: int, num: _Number) -> bool:
        """Prose rules for a currency written before its number."""
        if self.lenient:
            return marker.kind != "name" or not num.article
        glued = self.glued(num.start) or (
            end < self.n and self.kinds[end] == "O" and self.glued(end)
        )
        own = not self.ctx.territory_set.isdisjoint(marker.codes)
        if marker.strength == _WEAK and not own:
            return False
        if num.article:
            return False
        if (
            marker.kind == "code"
            and not glued
            and self.texts[i] in self.ctx.word_like_codes
            and not self._code_in_prose(i, num)
        ):
            return False  # "ALL 5 members", "TOP 10 lists"
        if marker.kind in ("code", "name", "alias") and num.plain:
            value = int(self.texts[num.start])
            if 1800 <= value <= 2100 and len(self.texts[num.start]) == 4:
                return False  # "Euro 2024", "USD 2025 budget"
        if marker.kind == "name":
            return marker.singular and not marker.word_like and num.has_mag
        return True

    def _object_position(self, i: int) -> bool:
        """Token ``i`` follows a lower-case word that is no determiner, conjunction or
        relative: the amount there is the object of a verb ("will provide RUB 1",
        "announced 405 won"), not a list's head ("the TOP 10") or a subject ("only 5
        won")."""
        b = i - 1
        return (
            b >= 0
            and self.kinds[b] == "W"
            and self.texts[b].islower()
            and self.keys[b] not in _NOT_BEFORE_OBJECT
            and self.joinable(i)
        )

    def _code_in_prose(self, i: int, num: _Number) -> bool:
        """An upper-case ISO code that is also an English word ("RUB", "ALL", "TOP")
        before its number is the currency in running prose when it stands where an
        amount does (:meth:`_object_position`) and the number has a magnitude, a
        decimal part in the currency's minor digits, or is followed by a word of price
        ("will provide RUB 1 for the hospital", not "ALL 5 members" or "in PHP 8")."""
        if not self.texts[i].isupper() or not self._object_position(i):
            return False
        if num.has_mag:
            return True
        frac = num.digits.frac if num.digits is not None else None
        if frac is not None:  # "RUB 1,049.95", not "PHP 7.4"
            return len(frac) == _precision(self.texts[i])
        return self.keys[i - 1] not in _PREPOSITIONS and self.key(num.end) in _PRICE_FOLLOWERS

    def _verb_name_as_money(self, num: _Number, k: int, end: int) -> bool:
        """A currency name that is also a verb ("won") after a plain number is money
        when the number stands where an amount does (:meth:`_object_position`) and a
        word of price follows ("announced 405 won for", not "5 won seats")."""
        return (
            self.keys[k] in _VERB_LIKE_NAMES()
            and self._object_position(num.start)
            and self.key(end) in _PRICE_FOLLOWERS
        )

    def suffix_allowed(self, marker: _Marker, num: _Number, k: int, end: int, hyphen: bool) -> bool:
        """Prose rules for a currency written after its number."""
        if end < self.n and self.kinds[end] == "D" and self.glued(end) and not self.glued(k):
            return False  # "3 USD50": the code belongs to the number it touches
        after = self.key(end)
        if marker.weight:  # "pounds" is also a weight
            if hyphen or after == "of":
                return False
            if not marker.singular or num.article:
                pass
            elif self.is_word(end) and self.texts[end].islower() and after not in _FREE_FOLLOWERS:
                return False  # "a twenty pound bag"
        if num.article and not (
            marker.singular and marker.kind in ("name", "alias", "coin", "grand", "minor")
        ):
            return False
        if self.lenient:
            return True
        free = self.clause_end(end) or after in _FREE_FOLLOWERS
        own = not self.ctx.territory_set.isdisjoint(marker.codes)
        if marker.kind == "symbol" and marker.strength == _WEAK and not own:
            return False
        if marker.kind == "code" and num.article:
            return False
        if marker.word_like and not (
            num.has_mag
            or own
            or _grouped(self.texts[num.start])
            or self._verb_name_as_money(num, k, end)
        ):
            return False  # "85 marks", "5 real issues"; but "1,400 won", "5 million marks"
        if marker.weight and not num.has_mag:
            pounds = self.ctx.lexicon.family_codes.get("pound", frozenset())
            if self.ctx.territory_set.isdisjoint(pounds):
                return False
        if marker.kind in ("minor",) and self.texts[k] in ("c", "p") and not self.glued(k):
            return False
        if marker.kind == "coin":
            if marker.family == "dollar" and self.keys[k].startswith("quarter"):
                return False  # "four quarters" are periods in the news
            if (num.article or marker.singular) and not free:
                return False  # "a nickel mine"
        if marker.kind == "grand" and num.article and not free:
            return False
        # "a dollar store" is no amount
        return not (num.article and marker.kind in ("name", "alias") and not free)

    # ------------------------------------------------------------ amounts

    def amount(self, i: int, *, need_currency: bool = True) -> _Amount | None:
        found = self._amount(i, need_currency)
        if (
            found is not None
            and self.glued(found.end)
            and self.kinds[found.end] in "WD"
            and self.kinds[found.end - 1] in "WD"
        ):
            self.fail(found.end, "a space or punctuation after the amount")
            return None  # "CAD 3D", "$5th": the number is part of a longer word
        return found

    def _amount(self, i: int, need_currency: bool) -> _Amount | None:
        if i >= self.n:
            self.fail(i, "an amount")
            return None
        start = i
        negative = self.is_sign(i)
        if negative:
            i += 1
        pre = self.marker(i, prefix=True)
        if pre is not None:
            return self._prefixed(start, i, pre, negative)
        num = self.number(i)
        if num is None and self.lenient:
            coin = self.marker(i, prefix=False)
            if coin is not None and coin[0].kind in ("coin", "minor") and coin[0].singular:
                one = _Number(i, i, None, _ONE, _ONE, False, False, False)  # "a quarter", "dime"
                return _Amount(start, coin[1], one, coin[0], i, negative, Decimal(0), "suffix")
        if num is None:
            self.fail(i, "an amount (digits or number words) or a currency")
            return None
        found = self._suffixed(start, num, negative)
        if found is not None:
            return found
        if need_currency or num.article:
            self.fail(num.end, "a currency (symbol, ISO code or name) after the amount")
            return None
        return _Amount(start, num.end, num, None, -1, negative, Decimal(0), "bare")

    def _prefixed(
        self, start: int, i: int, pre: tuple[_Marker, int], negative: bool
    ) -> _Amount | None:
        marker, j = pre
        second = self.marker(j, prefix=True) if self.joinable(j) else None
        if second is not None and second[0].codes & marker.codes:  # "$ SGD4.90"
            marker, j = second[0], second[1]
        k = j
        if self.lenient and self.key(k) == ":" and self.glued(k):
            k += 1  # a price tag: "US$:12.99"
        code = marker.kind == "code"
        signed = not negative and (code or not _is_letters(self.texts[j - 1]))
        if signed and self.is_sign(k, after_code=code):
            negative, k = True, k + 1  # "$-99.99", "CHF-5.00"
        if not (self.glued(k) or self.joinable(k)):
            self.fail(k, "an amount after the currency")
            return None
        num = self.number(k)
        if num is None or not self.prefix_allowed(marker, i, j, num):
            self.fail(k, "an amount after the currency")
            return None
        end = num.end
        extra = self.marker(end, prefix=False) if self.joinable(end) else None
        if (
            extra is not None
            and extra[0].kind in ("code", "symbol", "alias", "name")
            and extra[0].codes & marker.codes
            and not self.number_at(extra[1])
        ):
            marker, end = _narrow(marker, extra[0]), extra[1]  # "$1,190.00 AUD"
        minor, end = self.cents(end, num, marker, "prefix")
        return _Amount(start, end, num, marker, i, negative, minor, "prefix")

    def _suffixed(self, start: int, num: _Number, negative: bool) -> _Amount | None:
        j = num.end
        k = j
        hyphen = False
        if self.key(k) == "-" and self.glued(k) and self.glued(k + 1):
            hyphen, k = True, k + 1  # "12-cent", "one-yen"
        elif num.has_mag and self.key(k) in ("de", "of") and self.joinable(k):
            k += 1  # "23,5 milliards de dollars"
        elif num.has_mag and self.key(k) == "d" and self.key(k + 1) == "'":
            k += 2  # "millions d'euros"
        if k >= self.n or not (self.glued(k) or self.joinable(k)):
            return None
        found = self.marker(k, prefix=False)
        if found is None:
            return None
        marker, end = found
        if marker.kind in ("code", "symbol") and hyphen:
            return None
        if k > j and not hyphen and marker.kind in ("code", "symbol"):
            return None  # "millions de $" is not written; "of USD" neither
        if not self.suffix_allowed(marker, num, k, end, hyphen):
            return None
        if not num.has_mag and marker.kind in ("code", "symbol", "alias"):
            mag = self.magnitude(end) if self.joinable(end) else None
            if mag is not None:  # "75 USD million"
                num = num._replace(scale=mag[0], has_mag=True, end=mag[1])
                end = mag[1]
        minor, end = self.cents(end, num, marker, "suffix")
        return _Amount(start, end, num, marker, k, negative, minor, "suffix")

    def cents(self, end: int, num: _Number, marker: _Marker, form: str) -> tuple[Decimal, int]:
        """Minor units after a whole major amount: "3 dollars 50 cents", "$20 and 43c",
        "thirteen dollars and forty-five cents"; bare ("15 dollars 50.") when nothing
        else can follow."""
        none = (Decimal(0), end)
        if (
            marker.kind in ("minor", "coin", "grand")
            or not num.whole
            or (num.article and form != "suffix")
        ):
            return none
        if num.digits is not None and num.digits.tail is not None:
            return none
        k = end
        used_and = False
        if self.key(k) == "and" and self.joinable(k):
            used_and, k = True, k + 1
        if not self.joinable(k):
            return none
        small = self._small_number(k)
        if small is None:
            return none
        value, k2, spelled, two_digits = small
        if used_and and self.joinable(k2) and self.magnitude(k2) is not None:
            return none  # "between $1 and 2 million": the end of a range
        unit = self.marker(k2, prefix=False) if (self.glued(k2) or self.joinable(k2)) else None
        if unit is not None and unit[0].kind == "minor":
            if self.texts[k2] in ("c", "p") and not self.glued(k2) and not self.lenient:
                return none
            return value * _HUNDREDTH, unit[1]
        if self.lenient:
            return value * _HUNDREDTH, k2
        ends = (k2 >= self.n and self.clause_end(k2)) or self.key(k2) in (*".!?;", "and")
        if (used_and or form == "suffix") and (spelled or two_digits) and ends:
            return value * _HUNDREDTH, k2
        return none

    def _small_number(self, i: int) -> tuple[Decimal, int, bool, bool] | None:
        if self.kinds[i] == "D":
            text = self.texts[i]
            if text.isdigit() and len(text) <= 2:
                return Decimal(text), i + 1, False, len(text) == 2
            return None
        sp = self.spelled(i)
        if sp is None or sp[2] or sp[3] or not 0 < sp[0] < 100 or sp[0] % 1:
            return None
        return sp[0], sp[1], True, False

    # ------------------------------------------------------------ expressions

    def connector(self, i: int, words: tuple[str, ...]) -> int | None:
        k = self.key(i)
        if k in ("-", "–", "—") and (self.glued(i) or self.joinable(i)):
            return i + 1 if self.joinable(i + 1) or self.glued(i + 1) else None
        if k in words and self.joinable(i) and self.joinable(i + 1):
            return i + 1
        return None

    def expression(self, i: int) -> _Expression | None:
        """An amount or a range: "between $10 and $20 million", "from 10 to 20
        dollars", "$2-3 billion", "$2 billion to $3 billion"."""
        word = self.key(i)
        if word in _BETWEEN and self.joinable(i + 1):
            a = self.amount(i + 1, need_currency=False)
            if a is not None and self.key(a.end) in _BETWEEN[word] and self.joinable(a.end):
                b = self.amount(a.end + 1, need_currency=False)
                if b is not None:
                    return i, b.end, a, b
            return None
        if word in _FROM and self.joinable(i + 1) and (self.lenient or not self.changing(i)):
            a = self.amount(i + 1, need_currency=False)
            if a is not None:
                words = _FROM[word] + (("and",) if self.lenient else ())
                c = self.connector(a.end, words)
                if c is not None:
                    b = self.amount(c, need_currency=False)
                    if b is not None:
                        return i, b.end, a, b
            return None
        a = self.amount(i, need_currency=False)
        if a is None:
            return None
        if self.lenient or (self.key(i - 1) not in _FROM and not self.changing(i)):
            c = self.connector(a.end, ("to", "à", "bis"))
            if c is not None:
                b = self.amount(c, need_currency=False)
                if b is not None and self.range_value(a, b) is not None:
                    return i, b.end, a, b
        if a.marker is None:
            self.fail(a.end, "a currency (symbol, ISO code or name) after the amount")
            return None
        return i, a.end, a, None

    def _sign_mention(self, i: int, qualifier: Qualifier) -> _Found | _Bail | None:
        """:meth:`mention` after the hedge, for the most common case in prose: a currency
        sign stuck to digits, perhaps with a magnitude, and no range, second currency or
        cents after ("$4.2 million", "€500", "£3bn"). The same result as the general
        reading (:meth:`expression`, :meth:`single_value`), or _BAIL when the text needs
        the general reading."""
        n, keys, kinds = self.n, self.keys, self.kinds
        j = i + 1
        if j >= n or kinds[j] != "D" or self.starts[j] != self.ends[i] or keys[i] == "-":
            return _BAIL
        ctx = self.ctx
        markers = ctx.lexicon.markers.root
        if keys[j] in markers:
            return _BAIL  # the digits may be a second marker
        pre = self._marker(i, True)  # (the memos only spare work)
        if pre is None:
            return None  # a sign of no currency: no amount starts here
        marker, stop = pre
        if stop != j:
            return _BAIL
        num = self._plain_number(j) or self.number(j)
        if num is None:
            return None
        if marker.kind == "symbol":  # prefix_allowed() for a sign before digits
            if marker.strength == _WEAK and ctx.territory_set.isdisjoint(marker.codes):
                return None
        elif not self.prefix_allowed(marker, i, j, num):
            return None
        end = num.end
        if self.joinable(end) and (
            keys[end] in markers or _maybe_code(kinds[end], self.texts[end], ctx)
        ):
            return _BAIL  # a second currency after the number ("$1,190.00 AUD")
        minor = _ZERO
        if not num.has_mag:
            minor, end = self.cents(end, num, marker, "prefix")
        if end < n:
            if keys[end] in _CONNECTORS:
                return _BAIL  # perhaps a range
            if self.glued(end) and kinds[end] in "WD" and kinds[end - 1] in "WD":
                return None  # "$5th"
        resolved = self.currency(marker, i)
        if resolved is None:
            return None
        code, inferred = resolved
        exact = _EXACT
        amount = exact.multiply(num.base(ctx, _precision(code)), num.scale)
        amount = exact.add(exact.multiply(amount, marker.factor), minor)
        return _NEW_FOUND((i, end, _money(_canonical(amount), code), qualifier, inferred))

    def changing(self, i: int) -> bool:
        """A verb of change shortly before ``i``: "rose from $5 to $7" is not a range."""
        return any(key in _CHANGE_WORDS for key in self.keys[max(0, i - 4) : max(0, i)])

    # ------------------------------------------------------------ values

    def currency(self, marker: _Marker, pos: int) -> tuple[str, bool] | None:
        near = self.yuan_near(self.starts[pos]) if self.yuan and pos >= 0 else False
        memo = self.ctx.resolved
        key = (marker, near)
        if key not in memo:
            memo[key] = _resolve(marker, self.ctx, near)
        return memo[key]

    def value(self, a: _Amount, code: str, scale: Decimal | None = None) -> Decimal:
        base = a.number.base(self.ctx, _precision(code))
        factor = a.marker.factor if a.marker is not None else _ONE
        exact = _EXACT
        amount = exact.multiply(base, scale if scale is not None else a.number.scale)
        amount = exact.add(exact.multiply(amount, factor), a.minor)
        return exact.minus(amount) if a.negative else amount

    def single_value(self, a: _Amount) -> tuple[Money, bool] | None:
        if a.marker is None:
            return None
        resolved = self.currency(a.marker, a.marker_pos)
        if resolved is None:
            return None
        code, inferred = resolved
        return _money(_canonical(self.value(a, code)), code), inferred

    def range_value(self, a: _Amount, b: _Amount) -> tuple[MoneyRange, bool] | None:
        if a.marker is None and b.marker is None:
            return None
        ra = self.currency(a.marker, a.marker_pos) if a.marker is not None else None
        rb = self.currency(b.marker, b.marker_pos) if b.marker is not None else None
        if (a.marker is not None and ra is None) or (b.marker is not None and rb is None):
            return None
        if ra is not None and rb is not None and ra[0] != rb[0]:
            return None
        code, inferred = ra or rb  # type: ignore[misc]
        # the bare side takes the other side's unit ("5-10 cents") and magnitude
        # ("$2-3 billion", "between $10 and $20 million") when that keeps low < high
        if a.marker is None and b.marker is not None:
            a = a._replace(marker=b.marker)
        if b.marker is None and a.marker is not None:
            b = b._replace(marker=a.marker)
        high = self.value(b, code)
        low = self.value(a, code)
        if not a.number.has_mag and b.number.has_mag:
            spread = self.value(a, code, scale=b.number.scale)
            if spread <= high and a.number.base(self.ctx, 2) < b.number.base(self.ctx, 2):
                low = spread
        if low > high:
            return None
        lo, hi = _money(_canonical(low), code), _money(_canonical(high), code)
        return _money_range(lo, hi), inferred

    # ------------------------------------------------------------ mentions

    def hedge(self, i: int) -> tuple[Qualifier, int] | None:
        if i >= self.n or self.kinds[i] != "W":
            return None
        hedges = _hedges()
        if self.keys[i] not in hedges.root:
            return None
        for end, qualifier in hedges.matches(self.toks, i, self.text):
            if end < self.n and self.joinable(end):
                return qualifier, end
        return None

    def plain_number(self, i: int) -> bool:
        """Reading from token ``i`` certainly finds nothing: it is a number that is no
        currency sign, and no currency, range word or unit follows it ("30 after",
        "1,200 jobs"). :meth:`expression` would come to the same end, more slowly."""
        markers = self.ctx.lexicon.markers.root
        if self.kinds[i] != "D" or self.keys[i] in markers:
            return False
        num = self.number(i)
        if num is None or num.end >= self.n:
            return True
        e = num.end
        key = self.keys[e]
        return not (
            key in _AFTER_NUMBER
            or key in markers
            or _maybe_code(self.kinds[e], self.texts[e], self.ctx)
        )

    def mention(self, i: int, *, hedges: bool = True) -> _Found | None:
        if not self.lenient and self.plain_number(i):
            return None
        qualifier = Qualifier.EXACT
        if hedges:
            h = self.hedge(i)
            if h is not None:
                qualifier, i = h
        if not self.lenient and i < self.n and self.kinds[i] == "O":
            fast = self._sign_mention(i, qualifier)
            if not isinstance(fast, _Bail):
                return fast
        expr = self.expression(i)
        if expr is None:
            return None
        start, end, a, b = expr
        if b is None:
            single = self.single_value(a)
            if single is None:
                return None
            money, inferred = single
            return _Found(start, end, money, qualifier, inferred)
        rng = self.range_value(a, b)
        if rng is None:
            return None
        return _Found(start, end, rng[0], qualifier, rng[1])


_NEW = object.__new__
_SET = object.__setattr__
# NamedTuple constructors without the Python-level __new__: from one tuple of the fields
_NEW_NUMBER: Callable[[tuple[Any, ...]], _Number] = partial(tuple.__new__, _Number)
_NEW_FOUND: Callable[[tuple[Any, ...]], _Found] = partial(tuple.__new__, _Found)


def _money(amount: Decimal, code: str) -> Money:
    """``Money(amount, code)`` for a finite Decimal, without the validators when
    ``code`` is one of CLDR's codes (the same object; else validated as usual)."""
    if code not in _iso_codes() or not amount.is_finite():
        return Money(amount, code)
    money = _NEW(Money)
    _SET(money, "amount", amount)
    _SET(money, "currency", code)
    return money


def _money_range(low: Money, high: Money) -> MoneyRange:
    """``MoneyRange(low, high)`` for two amounts the reader already checked (one
    currency, low <= high), without the validators."""
    if low.currency != high.currency or low.amount > high.amount:
        return MoneyRange(low, high)
    rng = _NEW(MoneyRange)
    _SET(rng, "low", low)
    _SET(rng, "high", high)
    return rng


def _grouped(number: str) -> bool:
    """Four or more digits written with separators ("1,400", "50 000")."""
    digits = sum(ch.isdigit() for ch in number)
    return digits >= 4 and digits < len(number)


def _narrow(general: _Marker, specific: _Marker) -> _Marker:
    """Two markers of one amount ("$ SGD4.90", "$1,190.00 AUD"): keep the codes both
    allow, written by the more specific one."""
    codes = general.codes & specific.codes
    return specific._replace(codes=codes) if codes else general


_BETWEEN: dict[str, tuple[str, ...]] = {"between": ("and",), "entre": ("et",), "zwischen": ("und",)}
_FROM: dict[str, tuple[str, ...]] = {"from": ("to",), "de": ("à",), "von": ("bis",)}
_STARTERS = frozenset(
    [*_NUMBER_WORDS, "a", "an", "-", "(", *_BETWEEN, *_FROM]
    + [phrase.split()[0] for phrase in _HEDGE_WORDS]
)


# ---------------------------------------------------------------- scanning prose

# The most tokens a hedge takes ("not more than"): a text that is one money expression
# has only money tokens after them.
_LONGEST_HEDGE = max(len(_pattern_keys(phrase)) for phrase in _HEDGE_WORDS)
_YUAN_RE = re.compile(r"(?i:\b(?:yuan|rmb|renminbi|cny)\b)|元|人民币")


class _Anchors(NamedTuple):
    """Where money can be, for one locale: a digit run, a number word, or "a"/"an" before
    a scale, a currency noun or a coin ("a billion", "a dollar", "a nickel")."""

    pattern: re.Pattern[str]  # all three, over raw text
    numbers: frozenset[str]  # case-folded number words
    nouns: frozenset[str]  # case-folded words that make "a"/"an" an anchor
    candidates: frozenset[str]  # numbers, "a" and "an"
    number_re: re.Pattern[str]  # the number words, to check a non-ASCII token exactly
    noun_re: re.Pattern[str]
    by_tokens: bool  # every word is one plain word token: anchors can be read off tokens
    hedges_without_anchors: bool  # no hedge holds an anchor (see _live)


@cache
def _anchors(locale: str) -> _Anchors:
    ctx = _context(locale)
    words = sorted(_NUMBER_WORDS - {"point"} | set(ctx.number_words), key=len, reverse=True)
    nouns = {
        form for form, (_, _, singular) in _names("en").heads.items() if singular and form.isascii()
    }
    data = _data()
    nouns |= {w for w in data["coins"] if not w.endswith("s")}
    nouns |= {a["text"].casefold() for a in data["aliases"] if a["text"].isalpha()}
    nouns |= {"grand", "penny", "hundred", "half", "quarter", *_WORD_SCALES}
    after_a, numbers = _alternation(nouns), _alternation(words)
    pattern = re.compile(rf"{_NUMBER_PATTERN}|(?i:\b{numbers}\b)|(?i:\ban?\s+(?={after_a}\b))")
    # a word with a CJK character or a combining mark never matches plain text
    plain = all(w.isalpha() or _NOT_PLAIN_RE.search(w) for w in [*words, *nouns])
    # A mention starts after its hedge; skipping an anchor without money around it
    # (_live) changes nothing only when no hedge word can be an anchor.
    folded_words = {w.casefold() for w in words}
    folded_nouns = {w.casefold() for w in nouns}
    hedge_free = True
    for phrase in _HEDGE_WORDS:
        keys = _pattern_keys(phrase)
        for index, key in enumerate(keys):
            follows = keys[index + 1] if index + 1 < len(keys) else None
            article = key in ("a", "an") and (follows is None or follows in folded_nouns)
            if key in folded_words or article:
                hedge_free = False
    return _Anchors(
        pattern,
        frozenset(w.casefold() for w in words),
        frozenset(w.casefold() for w in nouns),
        frozenset(w.casefold() for w in words) | {"a", "an"},
        re.compile(rf"(?i:{numbers})"),
        re.compile(rf"(?i:{after_a})"),
        plain,
        hedge_free,
    )


def _word_edge(text: str, pos: int) -> bool:
    """Whether ``pos`` is a word boundary on the side of ``text[pos]`` next to a word
    token: the character there is not a digit or "_" (regex ``\\b`` for a plain word)."""
    if pos < 0 or pos >= len(text):
        return True
    ch = text[pos]
    return not (ch == "_" or ch.isdecimal())


_IS_DIGITS = "D".__eq__


def _token_anchors(
    text: str, toks: _Toks, words: _Anchors
) -> tuple[list[tuple[int, int]], list[int]]:
    """The matches of ``words.pattern`` in a plain text, read off its tokens (the same
    spans, without a second scan of the text), and the index of each one's token."""
    kinds, starts, ends, texts, keys = toks
    every = range(len(keys))
    digits = list(map(_IS_DIGITS, kinds))
    indices = list(compress(every, digits))  # every number is an anchor
    found: Iterable[int] = compress(every, map(words.candidates.__contains__, keys))
    if not all(map(str.isascii, texts)):
        found = sorted(set(found) | set(compress(every, map(not_, map(str.isascii, texts)))))
    spans: list[tuple[int, int, int]] = []  # (index, start, end) of word anchors
    numbers, nouns = words.numbers, words.nouns
    count = len(keys)
    size = len(text)
    for index in found:
        if kinds[index] != "W":
            continue
        start, end = starts[index], ends[index]
        if texts[index].isascii():
            if keys[index] not in numbers:  # "a"/"an" before a currency noun or a scale
                after = index + 1
                if after == count or kinds[after] != "W" or starts[after] == end:
                    continue
                noun = texts[after]
                if not (keys[after] in nouns if noun.isascii() else words.noun_re.fullmatch(noun)):
                    continue
                if not _word_edge(text, ends[after]):
                    continue
                end = starts[after]  # the anchor takes the space after "a"
        elif words.number_re.fullmatch(texts[index]) is None:
            continue
        # a word boundary on both sides: no digit or "_" stuck to the word (regex \b)
        before = text[start - 1] if start else " "
        behind = text[ends[index]] if ends[index] < size else " "
        if before == "_" or behind == "_" or before.isdecimal() or behind.isdecimal():
            continue
        spans.append((index, start, end))
    if not spans:
        return list(zip(compress(starts, digits), compress(ends, digits), strict=True)), indices
    numbers_at = zip(indices, compress(starts, digits), compress(ends, digits), strict=True)
    merged = sorted(chain(numbers_at, spans))
    return list(map(_SPAN_OF, merged)), list(map(_INDEX_OF, merged))


_SPAN_OF = itemgetter(1, 2)
_INDEX_OF = itemgetter(0)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie ("d(?:ime|ollar)"), so that
    matching at a position costs the length of a word, not the number of words."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word.casefold():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(b for b in branches if b) + (")?" if "" in node else ")")

    return "(?:" + emit(trie) + ")"


def _regions(text: str, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged windows of context around the anchors, cut at spaces where possible."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for s, e in anchors:
        if out and out[-1][1] == n and s - _WINDOW_BEFORE <= n:
            continue  # merged into the last region, which already reaches the end
        lo = max(0, s - _WINDOW_BEFORE)
        if lo > 0:
            cut = text.rfind(" ", max(0, lo - 32), lo)
            lo = cut + 1 if cut >= 0 else lo
        hi = min(n, e + _WINDOW_AFTER)
        if hi < n:
            cut = text.find(" ", hi, min(n, hi + 32))
            hi = cut if cut >= 0 else hi
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _mention(text: str, toks: _Toks, found: _Found, negate: bool = False) -> MoneyMention:
    start, end = toks.starts[found.start], toks.ends[found.end - 1]
    value = found.value
    if negate and isinstance(value, Money):
        value = _money(-value.amount, value.currency)
    # The reader only makes valid parts (a span of real tokens, a Money or MoneyRange, a
    # Qualifier, a bool), so the mention is built without running the validators again.
    span = _NEW(Span)
    _SET(span, "start", start)
    _SET(span, "end", end)
    mention = _NEW(MoneyMention)
    _SET(mention, "span", span)
    _SET(mention, "text", text[start:end])
    _SET(mention, "value", value)
    _SET(mention, "qualifier", found.qualifier)
    _SET(mention, "currency_inferred", found.inferred)
    return mention


_CENTS_RE = re.compile(r"[.,][0-9]{2}$")


def _accounting_negative(reader: _Reader, found: _Found, prev_end: int) -> bool:
    """ "($99.99)" in accounting style is negative, unless it restates the amount just
    before it in another currency ("¥21.3 trillion ($137 billion)")."""
    s, e = found.start, found.end
    keys, starts, ends = reader.keys, reader.starts, reader.ends
    if not (s > 0 and e < reader.n and keys[s - 1] == "(" and keys[e] == ")"):
        return False
    if not (reader.glued(s) and reader.glued(e)) or found.qualifier is not Qualifier.EXACT:
        return False
    if not isinstance(found.value, Money) or found.value.amount <= 0:
        return False
    if not _CENTS_RE.search(reader.text, starts[s], ends[e - 1]):
        return False  # accounts show cents; "(£15 million)" is a gloss
    if s >= 2 and reader.kinds[s - 2] == "D":
        return False
    return prev_end < 0 or bool(reader.text[prev_end : starts[s - 1]].strip())


def _whole(
    text: str, toks: _Toks, ctx: _Ctx, yuan: list[int], inside: list[bool]
) -> MoneyMention | None:
    """A short text that is one money expression, read leniently ("a quarter",
    "around 42 bucks"): find_money agrees with parse_money on such texts. ``toks`` are
    the tokens of the whole text."""
    if len(text) > _WHOLE_TEXT_LIMIT or not toks.keys:
        return None
    key = toks.keys[0]
    if key not in _hedges().root and not _may_start(toks.kinds[0], key, toks.texts[0], ctx):
        return None  # no expression begins with this word ("The", "Shares")
    if not all(inside[_LONGEST_HEDGE:]):
        return None  # a word no money expression has: the expression (after its hedge)
        # would have to hold every token
    reader = _Reader(text, toks, ctx, lenient=True, yuan=yuan)
    found = reader.mention(0)
    if found is None or found.end != len(toks.keys):
        return None
    return _mention(text, toks, found)


def find_money(text: str, *, locale: str = "en_US") -> list[MoneyMention]:
    """Find every amount of money in running prose, in text order.

    Each mention has its exact span, the amount as a :class:`Money` (exact
    :class:`~decimal.Decimal`, ISO 4217 code) or a :class:`MoneyRange`, the hedge
    around it (kept out of the span) and whether the currency was inferred: "$" means
    the dollar of the locale's territory (en_CA: CAD), else USD; "kr" the territory's
    krona or krone, else SEK; "¥" CNY in Chinese text or near "yuan"/"RMB", else JPY.
    Plain numbers, percentages and years are not money. The scan never raises on any
    ``str`` and runs in time linear in the text.

    >>> text = ("Ottawa has committed $23.5 billion in aid since 2022, including about "
    ...         "$12 billion in direct support; Tokyo pledged ¥21.3 trillion ($137 billion).")
    >>> for m in find_money(text, locale="en_CA"):
    ...     print(m.text, m.value.amount, m.value.currency, m.qualifier.value, m.currency_inferred)
    $23.5 billion 23500000000 CAD exact True
    $12 billion 12000000000 CAD approximate True
    ¥21.3 trillion 21300000000000 JPY exact True
    $137 billion 137000000000 CAD exact True
    >>> [(m.text, str(m.value.low.amount), str(m.value.high.amount))
    ...  for m in find_money("It will cost $2-3 billion.", locale="en_US")]
    [('$2-3 billion', '2000000000', '3000000000')]
    >>> find_money("Russia said all 91 drones were intercepted; 90 percent of 2022.")
    []
    """
    ctx = _context(locale)
    yuan = [m.start() for m in _YUAN_RE.finditer(text)] if ("¥" in text or "￥" in text) else []
    words = _anchors(ctx.locale)
    if len(text) > _TOKENIZE_WHOLE_LIMIT:  # tokenized region by region
        anchors = [(m.start(), m.end()) for m in words.pattern.finditer(text)]
        return _scan(text, ctx, yuan, anchors, indices=None, tokens=None)
    toks = _tokenize(text)
    near = _near_flags(toks, ctx)
    inside = _inside_flags(toks, near, ctx)
    whole = _whole(text, toks, ctx, yuan, inside)
    if whole is not None:
        return [whole]
    if words.by_tokens and _NOT_PLAIN_RE.search(text) is None:
        anchors, indices = _token_anchors(text, toks, words)
    else:
        anchors = [(m.start(), m.end()) for m in words.pattern.finditer(text)]
        indices = None
    if not anchors:
        return []
    runs = _money_runs(near, inside) if words.hedges_without_anchors else None
    return _scan(text, ctx, yuan, anchors, indices=indices, tokens=(toks, near, inside, runs))


_Runs = tuple[list[int], set[int]]  # _money_runs()


def _money_runs(near: list[bool], inside: list[bool]) -> _Runs:
    """Runs of tokens that could all be part of one money expression (numbers, number
    words, magnitudes, currency words, range words: :func:`_inside_flags`): the run of
    each token (a number shared with the token before the run), and the runs holding a
    token that can end a currency marker (:func:`_near_flags`, each also "inside")."""
    run_of: list[int] = list(accumulate(map(int, map(not_, inside))))
    return run_of, set(compress(run_of, near))


def _live(a: int, near: list[bool], runs: _Runs | None) -> bool:
    """Whether anchor token ``a`` is worth reading, given the :func:`_near_flags` of its
    region: a token a few tokens around can end a currency marker (a plain number, "91
    drones", is not read), and, unless ``runs`` is None, the run of money tokens around
    ``a`` (:func:`_money_runs`) holds one ("2023 and 2025", "on Dec. 30 after" are not
    read). The second test changes no result: a money expression covering ``a`` lies in
    that run and has a marker; an anchor that is read and finds nothing only limits where
    later reading may start (``done``), and a later expression reaching back past ``a``
    would cover ``a`` too (its hedge holds no anchor: _Anchors.hedges_without_anchors).
    So the runs may also be those of the whole text around a region."""
    if not any(near[a - _LOOKBACK if a > _LOOKBACK else 0 : a + _LOOKAHEAD]):
        return False
    return runs is None or runs[0][a] in runs[1]


def _scan(
    text: str,
    ctx: _Ctx,
    yuan: list[int],
    anchors: list[tuple[int, int]],
    *,
    indices: list[int] | None,
    tokens: tuple[_Toks, list[bool], list[bool], _Runs | None] | None,
) -> list[MoneyMention]:
    """Read money around each anchor, region by region. ``tokens`` are those of the
    whole text, with their :func:`_near_flags`, :func:`_inside_flags` and
    :func:`_money_runs`, when it was tokenized at once; ``indices`` the token of each
    anchor then."""
    out: list[MoneyMention] = []
    prev_end = -1
    text_end = len(text.rstrip())
    runs = _anchors(ctx.locale).hedges_without_anchors
    for lo, hi in _regions(text, anchors):
        first = 0
        if tokens is not None and (
            (lo == 0 or text[lo - 1] == " ") and (hi == len(text) or text[hi] == " ")
        ):  # the region's tokens are a slice of the whole text's: no token spans a space
            toks, flags, inner, money_runs = tokens
            first = bisect.bisect_left(toks.starts, lo)
            last = bisect.bisect_left(toks.starts, hi)
            if first > 0 or last < len(toks.keys):
                toks = toks.slice(first, last)
                flags, inner = flags[first:last], inner[first:last]
                money_runs = _money_runs(flags, inner) if runs else None
            exact = indices is not None
        else:
            toks = _tokenize(text, lo, hi)
            flags = _near_flags(toks, ctx)
            inner = _inside_flags(toks, flags, ctx)
            money_runs = _money_runs(flags, inner) if runs else None
            exact = False
        if not toks.keys:
            continue
        reader = _Reader(text, toks, ctx, lenient=False, at_text_end=hi >= text_end, yuan=yuan)
        starts = toks.starts
        done = 0
        tried: set[int] = set()
        for index in range(bisect.bisect_left(anchors, (lo, -1)), len(anchors)):
            a_start = anchors[index][0]
            if a_start >= hi:
                break
            if exact and indices is not None:
                a = indices[index] - first
            else:
                a = bisect.bisect_right(starts, a_start) - 1
            if a < done or not _live(a, flags, money_runs):
                continue  # inside the last mention, or a number with no money around
            # every start before the previous anchor has been read already
            for s in reader.begins(a, done):
                if s in tried or not reader.may_start(s):
                    continue
                tried.add(s)  # reading is deterministic: never read twice from one token
                found = reader.mention(s)
                if found is not None and found.start <= a < found.end:
                    negate = _accounting_negative(reader, found, prev_end)
                    mention = _mention(text, toks, found, negate)
                    out.append(mention)
                    prev_end = mention.span.end
                    done = found.end
                    break
            done = max(done, a)
    return out


def parse_money(text: str, *, locale: str = "en_US") -> Money | MoneyRange:
    """Read ``text`` as exactly one money expression (surrounding spaces allowed).

    Accepts everything :func:`find_money` finds, without a hedge, plus forms too
    ambiguous for running prose ("a quarter", "42 KM"). Anything else raises
    :class:`~newsfacts.errors.ParseError` saying what was expected and at which offset.

    >>> parse_money("$23.5 billion", locale="en_CA")
    Money(amount=Decimal('23500000000'), currency='CAD')
    >>> parse_money("23,5 milliards de dollars", locale="fr_CA")
    Money(amount=Decimal('23500000000'), currency='CAD')
    >>> r = parse_money("between $10 and $20 million")
    >>> r.low.amount, r.high.amount, r.currency
    (Decimal('10000000'), Decimal('20000000'), 'USD')
    >>> parse_money("75 cents").amount, parse_money("50p", locale="en_GB")
    (Decimal('0.75'), Money(amount=Decimal('0.5'), currency='GBP'))
    >>> try:
    ...     parse_money("ten apples")
    ... except ParseError as err:
    ...     print(err.position, err.expected)
    4 a currency (symbol, ISO code or name) after the amount
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_money() takes a str (got {type(text).__name__})")
    ctx = _context(locale)
    toks = _tokenize(text)
    yuan = [m.start() for m in _YUAN_RE.finditer(text)]
    reader = _Reader(text, toks, ctx, lenient=True, yuan=yuan)
    found = reader.mention(0, hedges=False) if toks.keys else None
    if found is not None and found.end == len(toks.keys):
        return found.value
    if found is not None:
        reader.fail(found.end, "the end of the money expression")
    if not toks.keys:
        reader.fail(0, "a money expression")
    raise ParseError(reader.fail_what, text=text, position=max(reader.fail_at, 0))


# ---------------------------------------------------------------- writing

_STYLES = ("standard", "compact", "long")


def _compact_divisor(amount: Decimal, formats: Any, style: str = "short") -> Decimal:
    """The power of ten babel's compact format divides by for ``amount``."""
    forms: dict[str, Any] = formats.get(style, {})
    patterns: dict[str, Any] = forms.get("other") or next(iter(forms.values()), {})
    magnitude = abs(amount)
    divisor = _ONE
    for key, pattern in sorted(patterns.items(), key=lambda kv: int(kv[0])):
        if magnitude < int(key):
            break
        zeros = pattern.int_prec[0] if pattern.int_prec else 0
        has_digits = any(ch == "0" for ch in pattern.pattern)
        divisor = Decimal(int(key)) / Decimal(10) ** max(zeros - 1, 0) if has_digits else _ONE
    return divisor


def _fraction_digits(amount: Decimal, divisor: Decimal) -> int:
    """Enough fraction digits to show ``amount / divisor`` exactly, up to three
    significant digits ("23.5B", "1.25K", "0.125")."""
    scaled = (abs(amount) / divisor).normalize()
    if scaled == 0:
        return 0
    needed = max(0, -scaled.as_tuple().exponent)  # type: ignore[operator]
    allowed = max(0, 3 - (scaled.adjusted() + 1))
    return min(needed, allowed)


def _format_one(money: Money, loc: Locale, style: str) -> str:
    amount, code = money.amount, money.currency
    if style == "standard":
        return str(format_currency(amount, code, locale=loc))
    if style == "compact":
        divisor = _compact_divisor(amount, loc.compact_currency_formats)
        digits = _fraction_digits(amount, divisor)
        return str(format_compact_currency(amount, code, locale=loc, fraction_digits=digits))
    divisor = _compact_divisor(amount, loc.compact_decimal_formats, "long")
    digits = _fraction_digits(amount, divisor)
    number = str(
        format_compact_decimal(amount, format_type="long", locale=loc, fraction_digits=digits)
    )
    name = str(get_currency_name(code, count=amount, locale=loc))
    pattern = str(get_currency_unit_pattern(code, count=amount, locale=loc))
    if loc.language == "fr" and divisor >= 10**6:  # "23,5 milliards de dollars"
        name = ("d'" if name[:1].casefold() in "aeiouyéèêàâh" else "de ") + name
    return pattern.replace("{0}", number).replace("{1}", name)


def format_money(value: Money | MoneyRange, *, locale: str, style: str = "standard") -> str:
    """Write a :class:`Money` or :class:`MoneyRange` the way a newsroom in ``locale``
    does, through babel's CLDR patterns.

    ``style`` is ``"standard"`` ("$23,500,000,000.00"), ``"compact"`` ("$23.5B", at
    most three significant digits) or ``"long"`` ("23.5 billion Canadian dollars").
    :func:`parse_money` reads every output back: ``parse_money(format_money(v, locale=L,
    style=S), locale=L) == v`` whenever the style can show ``v`` exactly (standard: at
    most the currency's minor digits; compact and long: at most three significant
    digits). A range is written "low–high".

    >>> cad = Money(23_500_000_000, "CAD")
    >>> format_money(cad, locale="en_CA", style="compact")
    '$23.5B'
    >>> format_money(cad, locale="fr_CA", style="compact")
    '23,5\\xa0G\\xa0$'
    >>> format_money(cad, locale="en_US", style="long")
    '23.5 billion Canadian dollars'
    >>> format_money(cad, locale="fr_CA", style="long")
    '23,5 milliards\\xa0de dollars canadiens'
    >>> format_money(Money("1049.95", "EUR"), locale="de_DE")
    '1.049,95\\xa0€'
    """
    if style not in _STYLES:
        raise ValidationError("style", style, "one of 'standard', 'compact', 'long'")
    loc = Locale.parse(normalize_locale(locale))
    if isinstance(value, MoneyRange):
        dash = " – " if style == "long" else "–"
        return _format_one(value.low, loc, style) + dash + _format_one(value.high, loc, style)
    if not isinstance(value, Money):
        raise TypeError(f"format_money() takes a Money or MoneyRange (got {type(value).__name__})")
    return _format_one(value, loc, style)
