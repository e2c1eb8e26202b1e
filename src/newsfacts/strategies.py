"""Hypothesis strategies for news facts: the models, and news text labeled with its value.

Install with ``pip install newsfacts[hypothesis]``. The module is registered through
Hypothesis's ``hypothesis`` entry point, so once newsfacts is installed
``st.from_type(Money)``, ``st.from_type(DateRange)`` and the other models just work.

Two families of strategies:

- **Model strategies** (:func:`money`, :func:`money_ranges`, :func:`date_ranges`,
  :func:`articles`, :func:`actors`, :func:`quotes`, :func:`commitments`, :func:`events`)
  draw valid model instances, for round trips and serialization tests.
- **Labeled text strategies** (:func:`money_texts`, :func:`date_texts`,
  :func:`quote_texts`, :func:`article_texts`) draw a :class:`Labeled` value: a piece of
  news text together with the exact value it means, the locale it is written for and the
  publication date it is read against. The value is chosen first and then written out by
  this module's own small renderers; no label ever comes from newsfacts' parsers or
  formatters, so the strategies can test them (and your own parsers).

Every strategy works with no arguments: all supported locales, publication dates
between 2000-01-01 and 2035-12-31 (never "today", so runs are reproducible). Each one
shrinks towards the simplest case, documented per strategy.

>>> from hypothesis import find, settings
>>> fast = settings(database=None, derandomize=True, max_examples=200)
>>> find(money_texts(), lambda x: x.value.currency == "CAD", settings=fast).text
'C$1'
>>> find(date_texts(), lambda x: x.value.end is None, settings=fast).text
'since 2000'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import importlib
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
from babel import Locale
from babel.dates import get_month_names
from babel.numbers import (
    get_currency_name,
    get_currency_precision,
    get_decimal_symbol,
    get_territory_currencies,
    list_currencies,
)
from dateutil.easter import easter

from newsfacts.article import Article
from newsfacts.dates import DateRange, Granularity
from newsfacts.locales import normalize_locale
from newsfacts.money import Money, MoneyRange, Qualifier
from newsfacts.spans import Span

if TYPE_CHECKING:
    from newsfacts.actors import Actor
    from newsfacts.article import Facts
    from newsfacts.commitments import MonetaryCommitment
    from newsfacts.events import Event
    from newsfacts.quotes import Quote

# -------------------------------------------------------------------------------------
# Entry-point hook. It is defined before Hypothesis is imported: when a program imports
# this module first, the ``import hypothesis`` below runs Hypothesis's entry points,
# which load this (half-imported) module and call the hook. The hook therefore only
# registers *deferred* strategies, resolved when ``st.from_type`` is first used.

# (module, model class, strategy function in this module)
_MODELS: tuple[tuple[str, str, str], ...] = (
    ("newsfacts.money", "Money", "money"),
    ("newsfacts.money", "MoneyRange", "money_ranges"),
    ("newsfacts.dates", "DateRange", "date_ranges"),
    ("newsfacts.article", "Article", "articles"),
    ("newsfacts.actors", "Actor", "actors"),
    ("newsfacts.quotes", "Quote", "quotes"),
    ("newsfacts.commitments", "MonetaryCommitment", "commitments"),
    ("newsfacts.events", "Event", "events"),
)


def _resolve(strategy_name: str, _type: type) -> Any:
    factory = globals().get(strategy_name)
    return factory() if callable(factory) else NotImplemented


def _hypothesis_setup_hook() -> None:
    """Register a strategy for each newsfacts model with ``st.register_type_strategy``.

    Hypothesis calls this through the ``hypothesis`` entry point declared in
    newsfacts' ``pyproject.toml``; it only registers, and skips any model that cannot
    be imported, so it never breaks ``import hypothesis``.

    >>> from hypothesis import find, settings, strategies as st
    >>> _hypothesis_setup_hook()  # idempotent
    >>> find(st.from_type(Money), lambda m: m.amount > 0, settings=settings(database=None))
    Money(amount=Decimal('0.01'), currency='USD')
    """
    try:
        from hypothesis import strategies as hst
    except ImportError:  # pragma: no cover - the entry point only runs under Hypothesis
        return
    for module_name, class_name, strategy_name in _MODELS:
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
            hst.register_type_strategy(cls, functools.partial(_resolve, strategy_name))
        except Exception:  # pragma: no cover - a missing or broken model is skipped
            continue


try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover
    raise ImportError(
        "newsfacts.strategies needs Hypothesis: pip install 'newsfacts[hypothesis]'"
    ) from exc

__all__ = [
    "ARTICLE_KINDS",
    "DATE_KINDS",
    "DATE_LOCALES",
    "EVENT_STATUSES",
    "MONEY_KINDS",
    "MONEY_LOCALES",
    "QUOTE_KINDS",
    "Labeled",
    "actors",
    "article_texts",
    "articles",
    "commitments",
    "date_ranges",
    "date_texts",
    "events",
    "money",
    "money_ranges",
    "money_texts",
    "quote_texts",
    "quotes",
]

T = TypeVar("T")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


MIN_PUBLISHED = dt.date(2000, 1, 1)
MAX_PUBLISHED = dt.date(2035, 12, 31)

MONEY_LOCALES: tuple[str, ...] = _words(
    "en_US en_CA en_GB en_AU en_NZ en_IN en_IE fr_CA fr_FR en_SE en_DK en_NO zh_Hans_CN"
)
"""Locales :func:`money_texts` writes for, simplest first. English and French get the
full variety; locales whose decimal mark is not "." (en_SE, en_DK, en_NO) get whole
numbers only, and Chinese gets symbols and codes with digits."""

DATE_LOCALES: tuple[str, ...] = ("en_US", "en_CA", "en_GB", "en_AU")
"""Locales :func:`date_texts` writes for (news English), simplest first."""

MONEY_KINDS: tuple[str, ...] = _words("symbol code name words minor foreign range hedge negative")
"""The families of money text, simplest first: ``symbol`` ("$23.5 billion", "€500m",
"500 kr"), ``code`` ("USD 5 million"), ``name`` ("5 million Canadian dollars"), ``words``
("half a billion euros"), ``minor`` ("75 cents", "50p"), ``foreign`` grouping
("1.049,95 €", "CHF 1'049.95", "45,00 zł"), ``range`` ("$2-3 billion"), ``hedge``
("about $5 million") and ``negative`` ("-$5 million")."""

DATE_KINDS: tuple[str, ...] = ("day", "relative", "month", "range", "open", "holiday", "period")
"""The families of date text, simplest first: ``day`` ("Jan. 5", "5 January 2026"),
``relative`` ("yesterday", "last weekend"), ``month`` ("March 2026"), ``range`` ("Jan. 5
to 6", "January through March", "between 2026 and 2028"), ``open`` ("since 2022", "by
Dec. 24"), ``holiday`` ("Christmas", "Thanksgiving") and ``period`` ("the third quarter
of 2025", "the first half of 2026", "the 1990s", "2026")."""


@attrs.frozen
class Labeled(Generic[T]):
    """A piece of news text and the exact value it means.

    ``text`` is one whole expression ("about $23.5 billion", "Jan. 5 to 6"); ``value``
    is what it means when read in ``locale`` in an article published on ``published``:
    a :class:`~newsfacts.money.Money` or :class:`~newsfacts.money.MoneyRange` for money
    texts, a :class:`~newsfacts.dates.DateRange` for date texts.

    ``qualifier`` is the hedge of a money text, kept apart from the amount: "about $5"
    has ``value`` ``Money(5, "USD")`` and ``qualifier`` ``Qualifier.APPROXIMATE``, just as a
    :class:`~newsfacts.money.MoneyMention` keeps its ``value`` and ``qualifier`` apart. It
    is ``Qualifier.EXACT`` for unhedged money and for every other kind of text.

    >>> import datetime as dt
    >>> x = Labeled("about $5", Money(5, "USD"), "en_US", dt.date(2026, 1, 2),
    ...             Qualifier.APPROXIMATE)
    >>> x.value.amount, x.qualifier.value
    (Decimal('5'), 'approximate')
    """

    text: str
    value: T
    locale: str
    published: dt.date
    qualifier: Qualifier = Qualifier.EXACT


_NO_CHOICE = st.integers(0, 0)


class _Draw:
    """The draw function of a text renderer, counting the choices it makes.

    Hypothesis shrinks towards the example with the fewest choices first, then towards
    the lowest choice at each position. Renderers make a different number of choices
    for different kinds of text ("75p" needs fewer than "$1"), so each labeled text pads
    its choices to a fixed count with choices that have a single possible value.
    Every text then costs the same, and shrinking follows the order of the options,
    which list the simplest first: "$1", "Jan. 1".
    """

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw
        self.count = 0

    def __call__(self, strategy: st.SearchStrategy[T]) -> T:
        self.count += 1
        return self._draw(strategy)

    def pick(self, options: Sequence[T]) -> T:
        """One of ``options``, the first being the simplest (no choice if only one)."""
        if len(options) == 1:
            return options[0]
        return self(st.sampled_from(options))

    def pad(self, total: int) -> None:
        """Make ``total`` choices in all, adding choices with one possible value (they
        count for Hypothesis's ordering but give it nothing to vary or explore)."""
        while self.count < total:
            self(_NO_CHOICE)


# -------------------------------------------------------------------------------------
# Locale facts, from babel's CLDR data.


@functools.cache
def _locale(locale: str) -> Locale:
    return Locale.parse(locale)


@functools.cache
def _territory_currency(locale: str, endings: tuple[str, ...], default: str) -> str:
    """The locale's territory currency whose English name ends with one of ``endings``
    (its dollar, its krona), else ``default``."""
    territory = _locale(locale).territory
    if territory:
        for code in get_territory_currencies(territory):
            if get_currency_name(code, locale="en").endswith(endings):
                return str(code)
    return default


def _dollar(locale: str) -> str:
    """What "$" and "dollars" mean: the territory's dollar, else USD."""
    return _territory_currency(locale, ("Dollar",), "USD")


def _has_own_dollar(locale: str) -> bool:
    return _territory_currency(locale, ("Dollar",), "") != ""


def _krona(locale: str) -> str:
    """What "kr" means: the territory's krona or krone, else SEK."""
    return _territory_currency(locale, ("Krona", "Krone", "Króna"), "SEK")


def _yen(locale: str) -> str:
    """What "¥" means: CNY in Chinese locales, else JPY."""
    return "CNY" if _locale(locale).language == "zh" else "JPY"


def _language(locale: str) -> str:
    return str(_locale(locale).language)


@functools.cache
def _dot_decimal(locale: str) -> bool:
    return bool(get_decimal_symbol(locale=locale) == ".")


@functools.cache
def _precision(currency: str) -> int:
    return int(get_currency_precision(currency))


def _check_locales(
    locales: Iterable[str] | None, default: Sequence[str], name: str
) -> tuple[str, ...]:
    chosen = tuple(default) if locales is None else tuple(normalize_locale(x) for x in locales)
    unknown = [loc for loc in chosen if loc not in default]
    if not chosen or unknown:
        raise ValueError(f"{name} must be a non-empty subset of {list(default)} (got {unknown})")
    return chosen


def _check_kinds(kinds: Iterable[str] | None, default: Sequence[str], name: str) -> tuple[str, ...]:
    wanted = tuple(default) if kinds is None else tuple(kinds)
    chosen = tuple(k for k in default if k in wanted)
    if not chosen or set(wanted) - set(default):
        raise ValueError(f"{name} must be a non-empty subset of {list(default)} (got {kinds!r})")
    return chosen


def _published(
    published: dt.date | st.SearchStrategy[dt.date] | None,
) -> st.SearchStrategy[dt.date]:
    if published is None:
        return st.dates(MIN_PUBLISHED, MAX_PUBLISHED)
    if isinstance(published, dt.date):
        return st.just(published)
    return published


# -------------------------------------------------------------------------------------
# Model strategies.

_COMMON_CURRENCIES = _words(
    "USD CAD EUR GBP JPY CNY AUD NZD CHF INR HKD KRW RUB SEK NOK DKK MXN PLN"
)


@functools.cache
def _all_currencies() -> tuple[str, ...]:
    codes = {str(c) for c in list_currencies() if str(c).isupper() and len(str(c)) == 3}
    return _COMMON_CURRENCIES + tuple(sorted(codes - set(_COMMON_CURRENCIES)))


def _amounts(
    currency: str, min_value: Decimal, max_value: Decimal, places: int | None
) -> st.SearchStrategy[Decimal]:
    digits = _precision(currency) if places is None else places
    return st.decimals(min_value, max_value, places=digits, allow_nan=False, allow_infinity=False)


@st.composite
def _money(
    draw: st.DrawFn,
    currencies: tuple[str, ...],
    min_value: Decimal,
    max_value: Decimal,
    places: int | None,
) -> Money:
    currency = draw(st.sampled_from(currencies))
    return Money(draw(_amounts(currency, min_value, max_value, places)), currency)


@st.composite
def _money_ranges(
    draw: st.DrawFn,
    currencies: tuple[str, ...],
    min_value: Decimal,
    max_value: Decimal,
    places: int | None,
) -> MoneyRange:
    currency = draw(st.sampled_from(currencies))
    amounts = _amounts(currency, min_value, max_value, places)
    low, high = sorted((draw(amounts), draw(amounts)))
    return MoneyRange(Money(low, currency), Money(high, currency))


def money(
    *,
    currencies: Sequence[str] | None = None,
    min_value: Decimal | int = 0,
    max_value: Decimal | int = 10**15,
    places: int | None = None,
) -> st.SearchStrategy[Money]:
    """Valid :class:`~newsfacts.money.Money` values.

    ``currencies`` defaults to every ISO 4217 code babel knows (historic ones included),
    the common ones first; amounts lie in ``[min_value, max_value]`` with ``places``
    decimal places (default: the currency's minor digits, 2 for USD, 0 for JPY).

    Shrinks towards ``Money(Decimal('0'), 'USD')`` (the lowest amount, the first currency).

    >>> from hypothesis import find, settings
    >>> find(money(), lambda m: m.amount > 10, settings=settings(database=None))
    Money(amount=Decimal('10.01'), currency='USD')
    """
    chosen = tuple(currencies) if currencies is not None else _all_currencies()
    if not chosen:
        raise ValueError("currencies must not be empty")
    for code in chosen:
        Money(0, code)  # validates the code
    return _money(chosen, Decimal(min_value), Decimal(max_value), places)


def money_ranges(
    *,
    currencies: Sequence[str] | None = None,
    min_value: Decimal | int = 0,
    max_value: Decimal | int = 10**15,
    places: int | None = None,
) -> st.SearchStrategy[MoneyRange]:
    """Valid :class:`~newsfacts.money.MoneyRange` values: one currency, ``low <= high``.

    Takes the arguments of :func:`money`. Shrinks towards the range from
    ``Money(Decimal('0'), 'USD')`` to itself.

    >>> from hypothesis import find, settings
    >>> r = find(money_ranges(), lambda r: r.high.amount > r.low.amount,
    ...          settings=settings(database=None))
    >>> r.currency, r.low.amount < r.high.amount
    ('USD', True)
    """
    money(currencies=currencies)  # validates the arguments
    chosen = tuple(currencies) if currencies is not None else _all_currencies()
    return _money_ranges(chosen, Decimal(min_value), Decimal(max_value), places)


def _unit_start(day: dt.date, unit: Granularity) -> dt.date:
    if unit is Granularity.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if unit is Granularity.WEEKEND:
        return day + dt.timedelta(days=5 - day.weekday())
    if unit is Granularity.MONTH:
        return day.replace(day=1)
    if unit is Granularity.QUARTER:
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if unit is Granularity.HALF:
        return dt.date(day.year, 1 if day.month <= 6 else 7, 1)
    if unit is Granularity.SEASON:  # meteorological seasons: Dec-Feb, Mar-May, ...
        month = (day.month // 3 * 3) or 12
        return dt.date(day.year - (1 if day.month < 3 else 0), month, 1)
    if unit is Granularity.YEAR:
        return dt.date(day.year, 1, 1)
    if unit is Granularity.DECADE:
        return dt.date(day.year // 10 * 10, 1, 1)
    return day


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


_UNIT_MONTHS = {
    Granularity.MONTH: 1,
    Granularity.QUARTER: 3,
    Granularity.HALF: 6,
    Granularity.SEASON: 3,
    Granularity.YEAR: 12,
    Granularity.DECADE: 120,
}


def _units_end(start: dt.date, unit: Granularity, count: int) -> dt.date:
    """The last day of ``count`` whole units starting at ``start`` (a unit start)."""
    if unit is Granularity.DAY:
        return start + dt.timedelta(days=count - 1)
    if unit is Granularity.WEEK:
        return start + dt.timedelta(days=7 * count - 1)
    if unit is Granularity.WEEKEND:
        return start + dt.timedelta(days=1)
    return _add_months(start, _UNIT_MONTHS[unit] * count) - dt.timedelta(days=1)


@st.composite
def _date_ranges(
    draw: st.DrawFn,
    min_value: dt.date,
    max_value: dt.date,
    granularities: tuple[Granularity, ...],
    allow_open: bool,
) -> DateRange:
    unit = draw(st.sampled_from(granularities))
    start = _unit_start(draw(st.dates(min_value, max_value)), unit)
    most = {Granularity.DAY: 31, Granularity.WEEKEND: 1}.get(unit, 4)
    end = _units_end(start, unit, draw(st.integers(1, most)))
    if allow_open:
        side = draw(st.sampled_from(("closed", "open end", "open start")))
        if side == "open end":
            return DateRange(start, None, unit)
        if side == "open start":
            return DateRange(None, end, unit)
    return DateRange(start, end, unit)


def date_ranges(
    *,
    min_value: dt.date = MIN_PUBLISHED,
    max_value: dt.date = MAX_PUBLISHED,
    granularities: Sequence[Granularity | str] | None = None,
    allow_open: bool = True,
) -> st.SearchStrategy[DateRange]:
    """Valid :class:`~newsfacts.dates.DateRange` values made of whole calendar units.

    A range is 1 to 31 days, one weekend (Saturday-Sunday), or 1 to 4 ISO weeks (Monday
    to Sunday), months, quarters, halves, meteorological seasons, years or decades, the
    first of which contains a day drawn from ``[min_value, max_value]``; with
    ``allow_open`` one side may be open (``None``).

    Shrinks towards the one-day range of ``min_value`` (2000-01-01), closed, in days.

    >>> from hypothesis import find, settings
    >>> find(date_ranges(), lambda r: r.granularity == "month",
    ...      settings=settings(database=None)).timex
    '2000-01'
    """
    units = tuple(Granularity(g) for g in (granularities or tuple(Granularity)))
    if not units or min_value > max_value:
        raise ValueError("need at least one granularity and min_value <= max_value")
    return _date_ranges(min_value, max_value, units, allow_open)


_ARTICLE_TEXT = st.text(st.characters(codec="utf-8"))


def articles(
    *,
    text: st.SearchStrategy[str] | None = None,
    published: dt.date | st.SearchStrategy[dt.date] | None = None,
    locales: Iterable[str] | None = None,
) -> st.SearchStrategy[Article]:
    """Valid :class:`~newsfacts.article.Article` values.

    ``text`` defaults to any Unicode text; ``published`` to a date in 2000-2035 (a date
    or a strategy); ``locales`` (any babel locale ids) to :data:`MONEY_LOCALES`.
    Headline, outlet and URL are ``None`` or short text.

    Shrinks towards ``Article(text='', published=date(2000, 1, 1), locale='en_US')``.

    >>> from hypothesis import find, settings
    >>> find(articles(), lambda a: True, settings=settings(database=None)).locale
    'en_US'
    """
    chosen = MONEY_LOCALES if locales is None else tuple(normalize_locale(x) for x in locales)
    if not chosen:
        raise ValueError("locales must not be empty")
    optional_text = st.none() | st.text(max_size=40)
    return st.builds(
        Article,
        text=_ARTICLE_TEXT if text is None else text,
        published=_published(published),
        locale=st.sampled_from(chosen),
        headline=optional_text,
        outlet=optional_text,
        url=st.none()
        | st.from_regex(r"https://example\.(com|org)/[a-z0-9-]{1,20}", fullmatch=True),
    )


# People, organizations and places invented for the strategies (no real article's names).
_GIVEN_NAMES = _words("Ana John Maria David Sarah Wei Amina Pierre Olga Raj Lucia Kenji")
_FAMILY_NAMES = _words("Silva Smith Tremblay Nguyen Okafor Kowalski Dubois Haddad Ivanova Patel")
_TITLES = (
    "Finance Minister",
    "President",
    "Prime Minister",
    "Mayor",
    "Senator",
    "Foreign Minister",
    "Chief Executive",
)
_ORGANIZATIONS = (
    "Northwind Energy",
    "Federal Audit Office",
    "Harbour Transit Authority",
    "United Workers Union",
    "Riverside General Hospital",
    "Ministry of Health",
)
_PLACES = ("Lyon", "Winnipeg", "Osaka", "Porto", "Nairobi", "Adelaide")
_GROUPS = ("G7 leaders", "opposition parties", "Nordic ministers", "the eurozone")


@functools.cache
def _countries() -> tuple[tuple[str, str], ...]:
    """(code, English name) of the countries in babel's CLDR territory names."""
    names = _locale("en").territories
    return tuple(
        (str(code), str(name))
        for code, name in sorted(names.items())
        if len(code) == 2
        and code.isalpha()
        and code not in {"EU", "EZ", "UN", "ZZ", "XA", "XB", "QO"}
    )


_FREE_NAME = st.text(st.characters(exclude_categories=("Z", "C")), min_size=1, max_size=30)


@st.composite
def _actors(draw_fn: st.DrawFn, kinds: tuple[str, ...]) -> Any:
    from newsfacts.actors import Actor

    draw = _Draw(draw_fn)
    kind = draw.pick(kinds)
    if kind == "person":
        given = draw.pick(_GIVEN_NAMES)
        family = draw.pick(_FAMILY_NAMES)
        title = draw.pick((None, *_TITLES))
        actor = Actor(f"{given} {family}", kind, title=title)
        if draw(st.booleans()):
            changes: dict[str, Any] = {"aliases": (family,)}
            actor = attrs.evolve(actor, **changes)
    elif kind == "country":
        code, name = draw.pick(_countries())
        actor = Actor(name, kind, country=code)
    elif kind == "other":
        actor = Actor(draw(_FREE_NAME), draw.pick(("person", "organization", "group")))
    else:
        pool = {"organization": _ORGANIZATIONS, "place": _PLACES, "group": _GROUPS}[kind]
        actor = Actor(draw.pick(pool), kind)
    draw.pad(6)
    return actor


def actors(*, kinds: Sequence[str] | None = None) -> st.SearchStrategy[Actor]:
    """Valid :class:`~newsfacts.actors.Actor` values.

    People (invented given and family names, sometimes with a title and their surname
    as an alias), organizations, places and groups with invented names, countries from
    babel's CLDR territory names with their territory code, and (kind ``"other"``) any
    Unicode name. ``kinds`` is a subset of ``("person", "organization", "country",
    "place", "group", "other")``.

    Shrinks towards ``Actor('Ana Silva', 'person')``.

    >>> from hypothesis import find, settings
    >>> find(actors(), lambda a: True, settings=settings(database=None)).name
    'Ana Silva'
    """
    allowed = ("person", "organization", "country", "place", "group", "other")
    chosen = _check_kinds(kinds, allowed, "kinds")
    strategy: st.SearchStrategy[Actor] = _actors(chosen)
    return strategy


# -------------------------------------------------------------------------------------
# Money texts: the generator's own renderer.

_ONES = (
    "",
    *_words("one two three four five six seven eight nine ten"),
    *_words("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"),
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _en_words(n: int, *, use_and: bool) -> str:
    """1 <= n <= 999 in English words: "two hundred (and) fifty-one"."""
    hundreds, rest = divmod(n, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        if hundreds and use_and:
            parts.append("and")
        tens, ones = divmod(rest, 10)
        parts.append(
            _ONES[rest] if rest < 20 else _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
        )
    return " ".join(parts)


# (text, power of ten, possible joins with the number, is a word)
_Mag = tuple[str, int, tuple[str, ...], bool]
_EN_WORD_MAGS: tuple[_Mag, ...] = (
    ("million", 6, (" ",), True),
    ("billion", 9, (" ",), True),
    ("thousand", 3, (" ",), True),
    ("trillion", 12, (" ",), True),
)
_EN_ABBR_MAGS: tuple[_Mag, ...] = (
    ("m", 6, ("",), False),
    ("bn", 9, ("", " "), False),
    ("k", 3, ("",), False),
    ("mn", 6, ("", " "), False),
    ("mln", 6, (" ", ""), False),
    ("b", 9, ("",), False),
    ("tn", 12, ("", " "), False),
    ("M", 6, ("",), False),
    ("B", 9, ("",), False),
    ("T", 12, ("",), False),
    ("K", 3, ("",), False),
)
_INR_MAGS: tuple[_Mag, ...] = (("lakh", 5, (" ",), True), ("crore", 7, (" ",), True))


@attrs.frozen
class _Amount:
    number: str  # "23.5"
    magnitude: str  # " billion", "bn" or "" (with its join)
    value: Decimal
    mantissa: Decimal
    word_magnitude: bool  # the magnitude is a word (or there is none)


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _fraction(draw: _Draw, digits: int) -> str:
    """ "" or ``digits`` fraction digits."""
    if digits == 0 or not draw(st.booleans()):
        return ""
    return f"{draw(st.integers(0, 10**digits - 1)):0{digits}d}"


def _short_fraction(draw: _Draw) -> str:
    """ "" or one or two fraction digits, the last one not zero ("5", "25")."""
    n = draw(st.integers(0, 99))
    if n == 0:
        return ""
    return str(n // 10) if n % 10 == 0 else f"{n:02d}"


def _dec(whole: int, frac: str) -> Decimal:
    return Decimal(f"{whole}.{frac}") if frac else Decimal(whole)


def _en_mags(currency: str, abbreviations: bool) -> tuple[_Mag | None, ...]:
    mags: tuple[_Mag | None, ...] = (None, *_EN_WORD_MAGS)
    if currency == "INR":
        mags += _INR_MAGS
    if abbreviations:
        mags += _EN_ABBR_MAGS
    return mags


def _en_amount(
    draw: _Draw,
    currency: str,
    locale: str,
    *,
    magnitudes: bool = True,
    abbreviations: bool = True,
    require_magnitude: bool = False,
) -> _Amount:
    """A number as English news writes it, with or without a magnitude."""
    dot = _dot_decimal(locale)
    mags = _en_mags(currency, abbreviations)[1 if require_magnitude else 0 :]
    mag = draw.pick(mags) if magnitudes else None
    if mag is None:
        if not dot:  # whole numbers below 1000: no separator to misread
            whole, frac = draw(st.integers(1, 999)), ""
        else:
            whole = draw(st.integers(1, 10**10))
            frac = _fraction(draw, _precision(currency))
        ungrouped = 1000 <= whole < 10000 and draw(st.booleans())
        number = str(whole) if ungrouped else _group(whole, ",")
        if frac:
            number += "." + frac
        value = _dec(whole, frac)
        return _Amount(number, "", value, value, True)
    text, power, joins, is_word = mag
    whole = draw(st.integers(1, 999))
    frac = _short_fraction(draw) if dot else ""
    join = draw.pick(joins)
    mantissa = _dec(whole, frac)
    number = f"{whole}.{frac}" if frac else str(whole)
    return _Amount(number, join + text, mantissa * 10**power, mantissa, is_word)


# Symbols written before the amount, with their fixed currency; "$", "kr" and "¥" depend
# on the locale and are added by _prefix_symbols.
_PREFIX: dict[str, tuple[str, ...]] = {
    "USD": ("US$",),
    "CAD": ("C$", "CA$"),
    "AUD": ("A$",),
    "NZD": ("NZ$",),
    "HKD": ("HK$",),
    "EUR": ("€",),
    "GBP": ("£",),
    "CNY": ("CN¥",),
    "INR": ("₹", "Rs", "Rs."),
    "RUB": ("₽",),
    "KRW": ("₩",),
    "CHF": ("CHF",),
}
_SUFFIX: dict[str, tuple[str, ...]] = {
    "EUR": ("€",),
    "RUB": ("₽",),
    "CHF": ("CHF",),
    "PLN": ("zł",),
}
_SYMBOL_ORDER = _words("USD CAD AUD NZD HKD EUR GBP JPY CNY INR RUB KRW CHF SEK DKK NOK PLN")


def _prefix_symbols(currency: str, locale: str) -> tuple[str, ...]:
    out: list[str] = []
    if currency == _dollar(locale):
        out.append("$")
    if currency == _yen(locale):
        out.append("¥")
    out.extend(_PREFIX.get(currency, ()))
    if currency == _krona(locale):
        out.append("kr")
    return tuple(out)


def _suffix_symbols(currency: str, locale: str) -> tuple[str, ...]:
    out = list(_SUFFIX.get(currency, ()))
    if currency == _krona(locale):
        out.append("kr")
    return tuple(out)


def _symbol_currencies(locale: str) -> tuple[str, ...]:
    codes = [_dollar(locale)] + [c for c in _SYMBOL_ORDER if c != _dollar(locale)]
    return tuple(c for c in codes if _prefix_symbols(c, locale) or _suffix_symbols(c, locale))


_CODE_CURRENCIES = (
    *_words("USD EUR CAD GBP JPY CHF AUD CNY INR MXN BRL ZAR SEK NOK DKK PLN KRW RUB HKD NZD SGD"),
    "DEM",
    "FRF",
)  # historic codes are valid too

# Newsroom short names (plural, singular); babel's full names are added by _en_names.
_SHORT_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "USD": (("U.S. dollars", "U.S. dollar"),),
    "EUR": (("euros", "euro"),),
    "GBP": (("pounds", "pound"), ("pounds sterling", "pound sterling")),
    "JPY": (("yen", "yen"),),
    "CNY": (("yuan", "yuan"),),
    "INR": (("rupees", "rupee"),),
    "RUB": (("rubles", "ruble"), ("roubles", "rouble")),
    "KRW": (("won", "won"),),
    "SEK": (("kronor", "krona"),),
}
_NAME_ORDER = _words("USD CAD EUR GBP JPY CNY INR RUB KRW CHF AUD NZD HKD SEK DKK NOK MXN PLN")


def _en_names(currency: str, locale: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    if currency == _dollar(locale):
        out += [("dollars", "dollar"), ("bucks", "buck")]
    short = _SHORT_NAMES.get(currency, ())
    if currency == "GBP" and _territory_currency(locale, ("Pound",), "") != "GBP":
        # outside pound territories a bare "pounds" is a weight ("gained 10 pounds")
        short = tuple(pair for pair in short if pair[0] != "pounds")
    out += short
    out.append(
        (
            get_currency_name(currency, count=2, locale="en"),
            get_currency_name(currency, count=1, locale="en"),
        )
    )
    return tuple(dict.fromkeys(out))


def _name_currencies(locale: str) -> tuple[str, ...]:
    first = _dollar(locale)
    return (first, *(c for c in _NAME_ORDER if c != first))


def _pick_name(draw: _Draw, currency: str, locale: str, singular: bool) -> str:
    plural, one = draw.pick(_en_names(currency, locale))
    return one if singular else plural


_SPACE_OR_NOT = ("", " ")


def _money_kinds(locale: str) -> tuple[str, ...]:
    lang = _language(locale)
    if lang == "fr":
        return ("symbol", "code", "name", "words", "range", "hedge")
    if lang == "zh":
        return ("symbol", "code")
    kinds = ["symbol", "code", "name", "words", "minor", "foreign", "range", "hedge", "negative"]
    if not _dot_decimal(locale):
        kinds.remove("foreign")
    return tuple(kinds)


_Text = tuple[str, Money | MoneyRange]


def _en_symbol(draw: _Draw, locale: str, prefix_only: bool = False) -> _Text:
    currencies = _symbol_currencies(locale)
    if prefix_only:
        currencies = tuple(c for c in currencies if _prefix_symbols(c, locale))
    currency = draw.pick(currencies)
    prefixes = _prefix_symbols(currency, locale)
    suffixes = () if prefix_only else _suffix_symbols(currency, locale)
    positions = (("before",) if prefixes else ()) + (("after",) if suffixes else ())
    words_ok = _language(locale) == "en"
    if draw.pick(positions) == "before":
        symbol = draw.pick(prefixes)
        amount = _en_amount(draw, currency, locale, magnitudes=words_ok, abbreviations=words_ok)
        space = draw.pick(_SPACE_OR_NOT)
        return f"{symbol}{space}{amount.number}{amount.magnitude}", Money(amount.value, currency)
    symbol = draw.pick(suffixes)
    amount = _en_amount(draw, currency, locale, magnitudes=False)
    space = draw.pick(_SPACE_OR_NOT)
    return f"{amount.number}{space}{symbol}", Money(amount.value, currency)


def _en_code(draw: _Draw, locale: str) -> _Text:
    currency = draw.pick(_CODE_CURRENCIES)
    words_ok = _language(locale) == "en"
    amount = _en_amount(draw, currency, locale, magnitudes=words_ok, abbreviations=words_ok)
    value = Money(amount.value, currency)
    if amount.word_magnitude and draw(st.booleans()):
        return f"{amount.number}{amount.magnitude} {currency}", value
    return f"{currency} {amount.number}{amount.magnitude}", value


def _en_name(draw: _Draw, locale: str) -> _Text:
    currency = draw.pick(_name_currencies(locale))
    amount = _en_amount(draw, currency, locale)
    name = _pick_name(
        draw, currency, locale, singular=amount.number == "1" and not amount.magnitude
    )
    return f"{amount.number}{amount.magnitude} {name}", Money(amount.value, currency)


def _en_words_money(draw: _Draw, locale: str) -> _Text:
    currency = draw.pick(_name_currencies(locale))
    mags = _EN_WORD_MAGS + (_INR_MAGS if currency == "INR" else ())
    shape = draw.pick(("count", "count magnitude", "a magnitude", "half a magnitude"))
    n = draw(st.integers(1, 999))
    use_and = draw(st.booleans())
    if shape == "count":
        name = _pick_name(draw, currency, locale, singular=n == 1)
        return f"{_en_words(n, use_and=use_and)} {name}", Money(n, currency)
    if shape == "half a magnitude":
        mags = tuple(m for m in mags if m[1] >= 6)  # "half a million", not "half a thousand"
    word, power, _joins, _w = draw.pick(mags)
    name = _pick_name(draw, currency, locale, singular=False)
    if shape == "count magnitude":
        text = f"{_en_words(n, use_and=use_and)} {word} {name}"
        return text, Money(n * 10**power, currency)
    if shape == "a magnitude":
        return f"a {word} {name}", Money(10**power, currency)
    return f"half a {word} {name}", Money(Decimal(10**power) / 2, currency)


def _en_minor(draw: _Draw, locale: str) -> _Text:
    n = draw(st.integers(1, 99))
    units = ["pence"]
    if _has_own_dollar(locale):  # "cents" is ambiguous where the euro is used
        units = ["cents", *units]
    unit = draw.pick(units)
    if unit == "cents":
        form = draw.pick(("cents", "¢"))
        text = f"{n}¢" if form == "¢" else f"{n} {'cent' if n == 1 else 'cents'}"
        return text, Money(Decimal(n) / 100, _dollar(locale))
    form = draw.pick(("p", "pence"))
    text = f"{n}p" if form == "p" else f"{n} pence"
    return text, Money(Decimal(n) / 100, "GBP")


def _en_foreign(draw: _Draw, locale: str) -> _Text:
    """Grouping that cannot be misread: "1.049,95 €", "CHF 1'049.95", "45,00 zł"."""
    currency = draw.pick(("EUR", "CHF", "PLN"))
    cents = f"{draw(st.integers(0, 99)):02d}"
    if currency == "CHF":
        whole = draw(st.integers(1000, 10**8))
        apostrophe = draw.pick(("'", "’"))
        frac = cents if draw(st.booleans()) else ""
        number = _group(whole, apostrophe) + (f".{frac}" if frac else "")
        return f"CHF {number}", Money(_dec(whole, frac), currency)
    if currency == "PLN":
        whole = draw(st.integers(1, 999))
        space = draw.pick((" ", "\xa0"))
        return f"{whole},{cents}{space}zł", Money(_dec(whole, cents), currency)
    whole = draw(st.integers(1, 10**8))
    space = draw.pick(("", " ", "\xa0"))
    return f"{_group(whole, '.')},{cents}{space}€", Money(_dec(whole, cents), currency)


def _range_pair(draw: _Draw, dot: bool) -> tuple[tuple[int, str], tuple[int, str]]:
    """Two mantissas a < b, each 1-999 with an optional short fraction."""
    a = draw(st.integers(1, 998))
    b = draw(st.integers(a + 1, 999))
    fa = _short_fraction(draw) if dot else ""
    fb = _short_fraction(draw) if dot else ""
    return (a, fa), (b, fb)


def _num(whole: int, frac: str, decimal_mark: str = ".") -> str:
    return f"{whole}{decimal_mark}{frac}" if frac else str(whole)


def _en_range(draw: _Draw, locale: str) -> _Text:
    dot = _dot_decimal(locale)
    currency = draw.pick(_name_currencies(locale))
    prefixes = _prefix_symbols(currency, locale)
    marker = draw.pick(("symbol", "name", "code") if prefixes else ("name", "code"))
    shape = draw.pick(("shared", "separate", "plain"))
    sym = draw.pick(prefixes) if marker == "symbol" else ""
    if shape == "shared":
        (a, fa), (b, fb) = _range_pair(draw, dot)
        text, power, joins, _word = draw.pick(
            _EN_WORD_MAGS + (_EN_ABBR_MAGS if marker != "name" else ())
        )
        mag = draw.pick(joins) + text
        na, nb = _num(a, fa), _num(b, fb)
        low, high = _dec(a, fa) * 10**power, _dec(b, fb) * 10**power
        if marker == "name":
            name = _pick_name(draw, currency, locale, singular=False)
            template = draw.pick(
                ("{a}-{b}{m} {n}", "{a} to {b}{m} {n}", "between {a} and {b}{m} {n}")
            )
            phrase = template.format(a=na, b=nb, m=mag, n=name)
        elif marker == "code":
            dash = draw.pick(("-", "–"))
            phrase = f"{currency} {na}{dash}{nb}{mag}"
        else:
            template = draw.pick(
                (
                    "{s}{a}-{b}{m}",
                    "{s}{a}–{b}{m}",
                    "{s}{a} to {b}{m}",
                    "{s}{a} to {s}{b}{m}",
                    "between {s}{a} and {s}{b}{m}",
                    "between {s}{a} and {b}{m}",
                )
            )
            phrase = template.format(s=sym, a=na, b=nb, m=mag)
    else:
        if shape == "separate":
            # both ends carry their magnitude: in "between $1 and $2 billion" it is shared
            abbreviations = marker != "name"
            first = _en_amount(
                draw, currency, locale, abbreviations=abbreviations, require_magnitude=True
            )
            second = _en_amount(
                draw, currency, locale, abbreviations=abbreviations, require_magnitude=True
            )
        else:
            first = _en_amount(draw, currency, locale, magnitudes=False)
            second = _en_amount(draw, currency, locale, magnitudes=False)
        if first.value == second.value:
            return _en_range(draw, locale)
        if first.value > second.value:
            first, second = second, first
        low, high = first.value, second.value
        pa, pb = first.number + first.magnitude, second.number + second.magnitude
        if marker == "name":
            name = _pick_name(draw, currency, locale, singular=False)
            template = draw.pick(("{a} to {b} {n}", "between {a} and {b} {n}"))
            phrase = template.format(a=pa, b=pb, n=name)
        else:
            s = sym if marker == "symbol" else f"{currency} "
            template = draw.pick(
                (
                    "{s}{a} to {s}{b}",
                    "{s}{a}-{s}{b}",
                    "between {s}{a} and {s}{b}",
                    "from {s}{a} to {s}{b}",
                )
            )
            phrase = template.format(s=s, a=pa, b=pb)
    return phrase, MoneyRange(Money(low, currency), Money(high, currency))


_EN_HEDGES: tuple[tuple[str, Qualifier], ...] = (
    ("about", Qualifier.APPROXIMATE),
    ("nearly", Qualifier.APPROXIMATE),
    ("some", Qualifier.APPROXIMATE),
    ("roughly", Qualifier.APPROXIMATE),
    ("approximately", Qualifier.APPROXIMATE),
    ("around", Qualifier.APPROXIMATE),
    ("more than", Qualifier.AT_LEAST),
    ("over", Qualifier.AT_LEAST),
    ("at least", Qualifier.AT_LEAST),
    ("upwards of", Qualifier.AT_LEAST),
    ("less than", Qualifier.AT_MOST),
    ("up to", Qualifier.AT_MOST),
    ("under", Qualifier.AT_MOST),
    ("at most", Qualifier.AT_MOST),
)
_FR_HEDGES: tuple[tuple[str, Qualifier], ...] = (
    ("environ", Qualifier.APPROXIMATE),
    ("près de", Qualifier.APPROXIMATE),
    ("plus de", Qualifier.AT_LEAST),
    ("au moins", Qualifier.AT_LEAST),
    ("moins de", Qualifier.AT_MOST),
    ("jusqu'à", Qualifier.AT_MOST),
)


# French ------------------------------------------------------------------------------

_FR_SPACES = ("\xa0", " ", "\u202f")
_FR_WORD_MAGS = (("million", 6), ("milliard", 9))
_FR_ABBR_MAGS = (("M", 6), ("G", 9), ("Md", 9), ("k", 3))
_FR_WORDS = {
    1: "un",
    2: "deux",
    3: "trois",
    4: "quatre",
    5: "cinq",
    6: "six",
    7: "sept",
    8: "huit",
    9: "neuf",
    10: "dix",
    20: "vingt",
    100: "cent",
}


def _fr_symbols(currency: str, locale: str) -> tuple[str, ...]:
    out: list[str] = []
    if currency == _dollar(locale):
        out.append("$")
    out += {"USD": ["$ US"], "EUR": ["€"], "GBP": ["£"], "CHF": ["CHF"]}.get(currency, [])
    return tuple(out)


def _fr_names(currency: str, locale: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    if currency == _dollar(locale):
        out.append(("dollars", "dollar"))
    out += {
        "USD": [("dollars américains", "dollar américain")],
        "CAD": [("dollars canadiens", "dollar canadien")],
        "EUR": [("euros", "euro")],
        "GBP": [("livres sterling", "livre sterling")],
        "JPY": [("yens", "yen")],
        "CHF": [("francs suisses", "franc suisse")],
    }.get(currency, [])
    return tuple(out)


def _fr_currencies(locale: str) -> tuple[str, ...]:
    first = _dollar(locale)
    return (first, *(c for c in ("USD", "CAD", "EUR", "GBP", "JPY", "CHF") if c != first))


def _de(name: str) -> str:
    return f"d'{name}" if name[0] in "aeiouyéèh" else f"de {name}"


def _fr_number(draw: _Draw, whole: int, frac: str) -> str:
    if whole >= 1000 and not (whole < 10000 and draw(st.booleans())):
        body = _group(whole, draw.pick(_FR_SPACES))
    else:
        body = str(whole)
    return f"{body},{frac}" if frac else body


def _fr_amount(
    draw: _Draw, currency: str, abbreviations: bool
) -> tuple[str, Decimal, Decimal, str]:
    """(number text, value, mantissa, magnitude: "", a word stem or an abbreviation)."""
    mags: tuple[tuple[str, int] | None, ...] = (None, *_FR_WORD_MAGS)
    if abbreviations:
        mags += _FR_ABBR_MAGS
    mag = draw.pick(mags)
    if mag is None:
        whole = draw(st.integers(1, 10**9))
        frac = _fraction(draw, _precision(currency))
        value = _dec(whole, frac)
        return _fr_number(draw, whole, frac), value, value, ""
    stem, power = mag
    whole = draw(st.integers(1, 999))
    frac = _short_fraction(draw)
    mantissa = _dec(whole, frac)
    return _num(whole, frac, ","), mantissa * 10**power, mantissa, stem


def _fr_mag_word(stem: str, mantissa: Decimal) -> str:
    return stem + ("s" if mantissa >= 2 else "")


def _fr_symbol(draw: _Draw, locale: str) -> _Text:
    currency = draw.pick(tuple(c for c in _fr_currencies(locale) if _fr_symbols(c, locale)))
    symbol = draw.pick(_fr_symbols(currency, locale))
    number, value, mantissa, mag = _fr_amount(draw, currency, abbreviations=symbol in ("$", "€"))
    if mag == "G" and (symbol != "$" or _locale(locale).territory != "CA"):
        mag = "Md"  # "G$" in Canadian French, "Md" elsewhere ("23,5 Md €"), as CLDR writes them
    space = draw.pick(_FR_SPACES)
    if not mag:
        space = draw.pick((*_FR_SPACES, ""))
        text = f"{number}{space}{symbol}"
    elif mag in dict(_FR_WORD_MAGS):
        text = f"{number} {_fr_mag_word(mag, mantissa)}{space}{symbol}"
    else:
        after = draw.pick(("", space))
        text = f"{number}{space}{mag}{after}{symbol}"
    return text, Money(value, currency)


def _fr_name(draw: _Draw, locale: str) -> _Text:
    currency = draw.pick(_fr_currencies(locale))
    number, value, mantissa, mag = _fr_amount(draw, currency, abbreviations=False)
    plural, one = draw.pick(_fr_names(currency, locale))
    if not mag:
        return f"{number} {one if number == '1' else plural}", Money(value, currency)
    return f"{number} {_fr_mag_word(mag, mantissa)} {_de(plural)}", Money(value, currency)


def _fr_code(draw: _Draw, locale: str) -> _Text:
    currency = draw.pick(_CODE_CURRENCIES)
    number, value, mantissa, mag = _fr_amount(draw, currency, abbreviations=False)
    words = f" {_fr_mag_word(mag, mantissa)}" if mag else ""
    return f"{number}{words} {currency}", Money(value, currency)


def _fr_words(draw: _Draw, locale: str) -> _Text:
    currency = draw.pick(tuple(c for c in _fr_currencies(locale) if c != "GBP"))
    n = draw.pick(tuple(_FR_WORDS))
    plural, one = draw.pick(_fr_names(currency, locale))
    mag = draw.pick((None, *_FR_WORD_MAGS))
    if mag is None:
        return f"{_FR_WORDS[n]} {one if n == 1 else plural}", Money(n, currency)
    stem, power = mag
    text = f"{_FR_WORDS[n]} {_fr_mag_word(stem, Decimal(n))} {_de(plural)}"
    return text, Money(n * 10**power, currency)


def _fr_range(draw: _Draw, locale: str) -> _Text:
    currency = draw.pick(_fr_currencies(locale))
    (a, fa), (b, fb) = _range_pair(draw, True)
    stem, power = draw.pick(_FR_WORD_MAGS)
    high_m = _dec(b, fb)
    plural, _one = draw.pick(_fr_names(currency, locale))
    template = draw.pick(("entre {a} et {b} {m} {n}", "de {a} à {b} {m} {n}"))
    text = template.format(
        a=_num(a, fa, ","), b=_num(b, fb, ","), m=_fr_mag_word(stem, high_m), n=_de(plural)
    )
    low = Money(_dec(a, fa) * 10**power, currency)
    return text, MoneyRange(low, Money(high_m * 10**power, currency))


# Dispatch ----------------------------------------------------------------------------

_Renderer = Callable[[_Draw, str], _Text]
_EN_SINGLE: dict[str, _Renderer] = {
    "symbol": _en_symbol,
    "code": _en_code,
    "name": _en_name,
    "words": _en_words_money,
    "minor": _en_minor,
    "foreign": _en_foreign,
    "range": _en_range,
}
_FR_SINGLE: dict[str, _Renderer] = {
    "symbol": _fr_symbol,
    "code": _fr_code,
    "name": _fr_name,
    "words": _fr_words,
    "range": _fr_range,
}
_HEDGEABLE = ("symbol", "code", "name", "words", "minor")


# Choices every money text is padded to (the longest renderer makes fewer).
_MONEY_CHOICES = 40


@st.composite
def _money_text(
    draw_fn: st.DrawFn,
    locales: tuple[str, ...],
    kinds: tuple[str, ...],
    published: st.SearchStrategy[dt.date],
) -> Labeled[Money | MoneyRange]:
    draw = _Draw(draw_fn)
    usable = tuple(loc for loc in locales if set(_money_kinds(loc)) & set(kinds))
    locale = draw.pick(usable)
    day = draw(published)
    text, value, qualifier = _money_kind(draw, locale, kinds)
    draw.pad(_MONEY_CHOICES)
    return Labeled(text, value, locale, day, qualifier)


def _money_kind(
    draw: _Draw, locale: str, kinds: tuple[str, ...]
) -> tuple[str, Money | MoneyRange, Qualifier]:
    kind = draw.pick(tuple(k for k in _money_kinds(locale) if k in kinds))
    french = _language(locale) == "fr"
    table = _FR_SINGLE if french else _EN_SINGLE
    if kind == "hedge":
        inner = draw.pick(tuple(k for k in _HEDGEABLE if k in table and k in _money_kinds(locale)))
        hedge, qualifier = draw.pick(_FR_HEDGES if french else _EN_HEDGES)
        text, value = table[inner](draw, locale)
        return f"{hedge} {text}", value, qualifier
    if kind == "negative":
        text, value = _en_symbol(draw, locale, prefix_only=True)
        assert isinstance(value, Money)
        minus = draw.pick(("-", "−"))
        return f"{minus}{text}", Money(-value.amount, value.currency), Qualifier.EXACT
    text, value = table[kind](draw, locale)
    return text, value, Qualifier.EXACT


def money_texts(
    *,
    locales: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    published: dt.date | st.SearchStrategy[dt.date] | None = None,
) -> st.SearchStrategy[Labeled[Money | MoneyRange]]:
    """Money as news writes it, labeled with its :class:`~newsfacts.money.Money` or
    :class:`~newsfacts.money.MoneyRange` (and its hedge in ``qualifier``).

    The variety of the money issue: symbols before or after, with or without a space
    ($, US$, C$, CA$, A$, NZ$, HK$, €, £, ¥, CN¥, ₹, Rs, ₽, ₩, CHF, kr, zł); ISO codes before or
    after; currency names (babel's, such as "Canadian dollars", and newsroom ones:
    "euros", "yen", "pounds sterling", "yuan", "rupees", "bucks"); numbers in words ("ten
    dollars", "a billion dollars", "half a billion euros", "two hundred thousand
    pounds"); magnitudes and abbreviations (thousand, million, billion, trillion, lakh,
    crore, k, m, mn, mln, bn, b, tn, M, B, T); grouping ("$94,000", "1.049,95 €", "CHF
    1'049.95", "45,00 zł"); ranges ("$2-3 billion", "$2 billion to $3 billion", "between
    $10 and $20 million"); hedges ("about", "more than", "up to"...); minor units ("75
    cents", "50p"); negatives; and French ("23,5 milliards de dollars", "2,5 millions $",
    "23,5 G$", "1 049,95 $" with no-break spaces).

    Currency conventions (taken from babel's territory data): "$", "dollars", "bucks"
    and "cents" are the dollar of the locale's territory (en_CA and fr_CA: CAD, en_AU:
    AUD, en_NZ: NZD, en_US: USD), else USD; "kr" is the krona or krone of the locale's
    territory (en_SE: SEK, en_DK: DKK, en_NO: NOK), else SEK; "¥" is CNY in Chinese
    locales, else JPY. "Cents" is only written in locales with their own dollar. In
    "between $10 and $20 million" the magnitude applies to both ends.

    ``locales`` is a subset of :data:`MONEY_LOCALES`, ``kinds`` a subset of
    :data:`MONEY_KINDS` (default: all); ``published`` a date or a strategy of dates (it
    does not change what money means). The ``published`` of each draw defaults to a date
    in 2000-2035.

    Shrinks towards ``Labeled('$1', Money(1, 'USD'), 'en_US', date(2000, 1, 1))``: the
    first locale, a symbol before a plain whole number, the number towards 1.

    >>> from hypothesis import find, settings
    >>> fast = settings(database=None, derandomize=True)
    >>> find(money_texts(), lambda x: True, settings=fast).text
    '$1'
    >>> x = find(money_texts(locales=["en_CA"], kinds=["range"]), lambda x: True, settings=fast)
    >>> x.text, x.value
    ('$1-2 million', MoneyRange(low=Money(amount=Decimal('1000000'), currency='CAD'), ...))
    """
    chosen_locales = _check_locales(locales, MONEY_LOCALES, "locales")
    chosen_kinds = _check_kinds(kinds, MONEY_KINDS, "kinds")
    if not any(set(_money_kinds(loc)) & set(chosen_kinds) for loc in chosen_locales):
        raise ValueError(f"no locale in {chosen_locales} writes kinds {chosen_kinds}")
    return _money_text(chosen_locales, chosen_kinds, _published(published))


# -------------------------------------------------------------------------------------
# Date texts: the generator's own calendar.

_DAY = dt.timedelta(days=1)


def _month_last(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), _month_last(year, month)


@functools.cache
def _month_forms(locale: str, month: int) -> tuple[str, ...]:
    """How a month is written: babel's abbreviation with a period ("Jan."), the full
    name, the abbreviation without a period, and AP's "Sept."."""
    wide = str(get_month_names("wide", locale=locale)[month])
    abbr = str(get_month_names("abbreviated", locale=locale)[month])
    forms = [f"{abbr}.", wide, abbr] if abbr != wide else [wide]
    if month == 9:
        forms += ["Sept.", "Sep."]
    return tuple(dict.fromkeys(forms))


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# A resolved candidate: (start, end); a metric scores its distance to the publication date.
_Span = tuple[dt.date, dt.date]


def _gap(span: _Span, day: dt.date) -> int:
    start, end = span
    if start <= day <= end:
        return 0
    return (start - day).days if day < start else (day - end).days


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month


_Metric = tuple[Callable[[_Span, dt.date], int], int]
_DAY_METRICS: tuple[_Metric, ...] = (
    (_gap, 2),
    (lambda s, d: abs((s[0] - d).days), 2),
    (lambda s, d: abs((s[1] - d).days), 2),
)
_MONTH_METRICS: tuple[_Metric, ...] = (
    *_DAY_METRICS,
    (lambda s, d: abs(_month_index(s[0]) - _month_index(d)), 1),
)


def _infer_year(
    published: dt.date,
    build: Callable[[int], _Span],
    *,
    months: bool = False,
    direction: str = "",
) -> int | None:
    """The year that puts ``build(year)`` nearest the publication date, or ``None`` when
    that is not clear-cut: every metric (gap to the range, distance of its start, of its
    end, and for month-sized units the count of months) must pick the same year with a
    margin, and ``direction`` ("past": starts on or before publication, "future": ends on
    or after it) must hold. Texts whose year is unclear are written with their year."""
    spans: dict[int, _Span] = {}
    for year in range(published.year - 1, published.year + 2):
        try:
            spans[year] = build(year)
        except ValueError:
            continue
    if len(spans) < 3:
        return None
    winners: set[int] = set()
    for metric, margin in _MONTH_METRICS if months else _DAY_METRICS:
        ranked = sorted((metric(span, published), year) for year, span in spans.items())
        if ranked[1][0] - ranked[0][0] < margin:
            return None
        winners.add(ranked[0][1])
    if len(winners) != 1:
        return None
    year = winners.pop()
    start, end = spans[year]
    if (direction == "past" and start > published) or (direction == "future" and end < published):
        return None
    return year


def _year_near(draw: _Draw, published: dt.date, spread: int = 3) -> int:
    return published.year + draw(st.integers(-spread, spread))


def _day_phrase(draw: _Draw, locale: str, day: dt.date, with_year: bool, order: str) -> str:
    """ "Jan. 5", "January 5th, 2026", "5 January 2026"."""
    month = draw.pick(_month_forms(locale, day.month))
    number = _ordinal(day.day) if draw(st.booleans()) else str(day.day)
    if order == "us":
        text = f"{month} {number}"
        if with_year:
            text += draw.pick((", ", " ")) + str(day.year)
        return text
    text = f"{number} {month}"
    return f"{text} {day.year}" if with_year else text


_DateText = tuple[str, DateRange]


def _date_day(draw: _Draw, locale: str, published: dt.date) -> _DateText:
    month = draw(st.integers(1, 12))
    with_year = draw(st.booleans())
    if with_year:
        year = _year_near(draw, published)
        day = dt.date(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))
    else:
        number = draw(st.integers(1, 28 if month == 2 else calendar.monthrange(2001, month)[1]))
        year_or_none = _infer_year(published, lambda y: (dt.date(y, month, number),) * 2)
        with_year = year_or_none is None
        day = dt.date(published.year if year_or_none is None else year_or_none, month, number)
    order = draw.pick(("us", "uk"))
    return _day_phrase(draw, locale, day, with_year, order), DateRange.day(day)


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _relative(published: dt.date) -> tuple[tuple[str, DateRange], ...]:
    """Relative expressions and what they mean on ``published`` (weeks run Monday to
    Sunday; a weekend is the Saturday and Sunday of its ISO week)."""
    p = published
    monday = _week_start(p)
    week = Granularity.WEEK
    out = [
        ("yesterday", DateRange.day(p - _DAY)),
        ("today", DateRange.day(p)),
        ("tomorrow", DateRange.day(p + _DAY)),
        ("last week", DateRange(monday - 7 * _DAY, monday - _DAY, week)),
        ("this week", DateRange(monday, monday + 6 * _DAY, week)),
        ("next week", DateRange(monday + 7 * _DAY, monday + 13 * _DAY, week)),
    ]
    if p.weekday() != 0:
        out.append(("earlier this week", DateRange(monday, p - _DAY, week)))
    out += [
        ("last weekend", DateRange(monday - 2 * _DAY, monday - _DAY, Granularity.WEEKEND)),
        ("this weekend", DateRange(monday + 5 * _DAY, monday + 6 * _DAY, Granularity.WEEKEND)),
    ]
    this_month = dt.date(p.year, p.month, 1)
    for name, first in (
        ("last month", _add_months(this_month, -1)),
        ("this month", this_month),
        ("next month", _add_months(this_month, 1)),
    ):
        out.append((name, DateRange(*_month_range(first.year, first.month), Granularity.MONTH)))
    if p.day != 1:
        out.append(("earlier this month", DateRange(this_month, p - _DAY, Granularity.MONTH)))
    for name, year in (("last year", p.year - 1), ("this year", p.year), ("next year", p.year + 1)):
        out.append((name, DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR)))
    return tuple(out)


def _date_relative(draw: _Draw, locale: str, published: dt.date) -> _DateText:
    return draw.pick(_relative(published))


def _date_month(draw: _Draw, locale: str, published: dt.date) -> _DateText:
    month = draw(st.integers(1, 12))
    year: int | None = None
    if not draw(st.booleans()):
        year = _infer_year(published, lambda y: _month_range(y, month), months=True)
    wide = str(get_month_names("wide", locale=locale)[month])
    if year is None:
        year = _year_near(draw, published)
        text = f"{wide} {year}"
    else:
        text = wide
    return text, DateRange(*_month_range(year, month), Granularity.MONTH)


def _date_day_range(draw: _Draw, locale: str, published: dt.date) -> _DateText:
    month = draw(st.integers(1, 12))
    first = draw(st.integers(1, 28 if month == 2 else calendar.monthrange(2001, month)[1]))
    length = draw(st.integers(1, 45))
    years = draw.pick(("none", "end", "both"))

    def build(year: int) -> _Span:
        start = dt.date(year, month, first)
        return start, start + dt.timedelta(days=length)

    year = _infer_year(published, build) if years == "none" else None
    if year is None:
        year = _year_near(draw, published)
        if years == "none":
            years = "end"
    start, end = build(year)
    if years == "end" and start.year != end.year:
        years = "both"
    order = draw.pick(("us", "uk"))
    us = order == "us"
    if start.month == end.month and start.year == end.year and years != "both":
        m = draw.pick(_month_forms(locale, month))
        a, b = start.day, end.day
        if us:
            template = draw.pick(
                (
                    "{m} {a} to {b}",
                    "{m} {a}-{b}",
                    "{m} {a}–{b}",
                    "from {m} {a} to {b}",
                    "between {m} {a} and {b}",
                )
            )
        else:
            template = draw.pick(
                (
                    "{a} to {b} {m}",
                    "{a}-{b} {m}",
                    "{a}–{b} {m}",
                    "from {a} to {b} {m}",
                    "between {a} and {b} {m}",
                )
            )
        text = template.format(m=m, a=a, b=b)
        if years == "end":
            text += (", " if us else " ") + str(end.year)
        return text, DateRange(start, end, Granularity.DAY)
    left = _day_phrase(draw, locale, start, years == "both", order)
    right = _day_phrase(draw, locale, end, years != "none", order)
    comma = "," if us and ", " in left else ""  # "Dec. 23, 2025, to Jan. 7, 2026"
    template = draw.pick(
        (
            "{l}{c} to {r}",
            "{l}{c} until {r}",
            "from {l}{c} to {r}",
            "between {l}{c} and {r}",
            "{l}{c} through {r}",
        )
    )
    return template.format(l=left, r=right, c=comma), DateRange(start, end, Granularity.DAY)


def _date_month_range(draw: _Draw, locale: str, published: dt.date) -> _DateText:
    month = draw(st.integers(1, 12))
    count = draw(st.integers(1, 11))
    years = draw.pick(("none", "end", "both"))

    def build(year: int) -> _Span:
        last = _add_months(dt.date(year, month, 1), count)
        return dt.date(year, month, 1), _month_last(last.year, last.month)

    year = _infer_year(published, build, months=True) if years == "none" else None
    if year is None:
        year = _year_near(draw, published)
        if years == "none":
            years = "end"
    start, end = build(year)
    if years == "end" and start.year != end.year:
        years = "both"
    names = get_month_names("wide", locale=locale)
    left, right = str(names[start.month]), str(names[end.month])
    if years == "both":
        left += f" {start.year}"
    if years != "none":
        right += f" {end.year}"
    template = draw.pick(
        ("{l} through {r}", "{l} to {r}", "from {l} to {r}", "between {l} and {r}")
    )
    return template.format(l=left, r=right), DateRange(start, end, Granularity.MONTH)


def _date_year_range(draw: _Draw, locale: str, published: dt.date) -> _DateText:
    first = _year_near(draw, published, 10)
    last = first + draw(st.integers(1, 10))
    template = draw.pick(
        (
            "between {a} and {b}",
            "from {a} to {b}",
            "{a} to {b}",
            "{a}-{b}",
            "{a}–{b}",
            "{a} through {b}",
        )
    )
    value = DateRange(dt.date(first, 1, 1), dt.date(last, 12, 31), Granularity.YEAR)
    return template.format(a=first, b=last), value


def _date_range(draw: _Draw, locale: str, published: dt.date) -> _DateText:
    shape = draw.pick((_date_day_range, _date_month_range, _date_year_range))
    return shape(draw, locale, published)


_OPEN_WORDS: tuple[tuple[str, str], ...] = (
    ("since", "start"),
    ("by", "end"),
    ("from", "start"),
    ("through", "end"),
    ("until", "end"),
    ("starting", "start"),
)


def _directed_year(
    draw: _Draw, published: dt.date, build: Callable[[int], _Span], direction: str
) -> int:
    """A written year near publication; "past" keeps the start on or before the
    publication date, "future" the end on or after it."""
    year = _year_near(draw, published)
    if direction == "past":
        year = min(year, published.year)
        if build(year)[0] > published:
            year -= 1
    elif direction == "future":
        year = max(year, published.year)
        if build(year)[1] < published:
            year += 1
    return year


def _date_open(draw: _Draw, locale: str, published: dt.date) -> _DateText:
    word, side = draw.pick(_OPEN_WORDS)
    direction = {"since": "past", "by": "future", "through": "future", "until": "future"}
    towards = direction.get(word, "")
    unit = draw.pick(("year", "month", "day"))
    build: Callable[[int], _Span]
    if unit == "year":
        offset = draw(st.integers(0, 12))
        year = published.year + {"past": -offset, "future": offset}.get(towards, offset - 5)
        span: _Span = (dt.date(year, 1, 1), dt.date(year, 12, 31))
        text, granularity = str(year), Granularity.YEAR
    elif unit == "month":
        month = draw(st.integers(1, 12))
        wide = str(get_month_names("wide", locale=locale)[month])

        def build(y: int) -> _Span:
            return _month_range(y, month)

        inferred = None
        if not draw(st.booleans()):
            inferred = _infer_year(published, build, months=True, direction=towards)
        year = _directed_year(draw, published, build, towards) if inferred is None else inferred
        span = build(year)
        text, granularity = (wide if inferred is not None else f"{wide} {year}"), Granularity.MONTH
    else:
        month = draw(st.integers(1, 12))
        number = draw(st.integers(1, 28 if month == 2 else calendar.monthrange(2001, month)[1]))

        def build(y: int) -> _Span:
            return dt.date(y, month, number), dt.date(y, month, number)

        inferred = None
        if not draw(st.booleans()):
            inferred = _infer_year(published, build, direction=towards)
        year = _directed_year(draw, published, build, towards) if inferred is None else inferred
        span = build(year)
        order = draw.pick(("us", "uk"))
        text = _day_phrase(draw, locale, span[0], inferred is None, order)
        granularity = Granularity.DAY
    if side == "start":
        return f"{word} {text}", DateRange(span[0], None, granularity)
    return f"{word} {text}", DateRange(None, span[1], granularity)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _holidays(locale: str) -> tuple[tuple[str, Callable[[int], dt.date]], ...]:
    """Holidays by name with their date in a given year; the locale decides which
    Thanksgiving is meant, and which national days are written."""
    out: list[tuple[str, Callable[[int], dt.date]]] = [
        ("Christmas", lambda y: dt.date(y, 12, 25)),
        ("Christmas Day", lambda y: dt.date(y, 12, 25)),
        ("Christmas Eve", lambda y: dt.date(y, 12, 24)),
        ("New Year's Day", lambda y: dt.date(y, 1, 1)),
        ("New Year's Eve", lambda y: dt.date(y, 12, 31)),
        ("Easter", easter),
        ("Easter Sunday", easter),
        ("Good Friday", lambda y: easter(y) - 2 * _DAY),
    ]
    territory = _locale(locale).territory
    if territory == "CA":
        out += [
            ("Canada Day", lambda y: dt.date(y, 7, 1)),
            ("Thanksgiving", lambda y: _nth_weekday(y, 10, 0, 2)),
        ]
    if territory == "US":
        out += [
            ("Independence Day", lambda y: dt.date(y, 7, 4)),
            ("the Fourth of July", lambda y: dt.date(y, 7, 4)),
            ("Thanksgiving", lambda y: _nth_weekday(y, 11, 3, 4)),
        ]
    return tuple(out)


def _date_holiday(draw: _Draw, locale: str, published: dt.date) -> _DateText:
    name, when = draw.pick(_holidays(locale))
    year = None if draw(st.booleans()) else _infer_year(published, lambda y: (when(y),) * 2)
    if year is None:
        year = _year_near(draw, published, 2)
        name = f"{name} {year}"
    return name, DateRange.day(when(year))


_ORDINAL_WORDS = ("first", "second", "third", "fourth")


def _date_period(draw: _Draw, locale: str, published: dt.date) -> _DateText:
    shape = draw.pick(("quarter", "half", "decade", "year"))
    if shape == "decade":
        decade = draw(st.integers(195, 203)) * 10
        value = DateRange(dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), Granularity.DECADE)
        return f"the {decade}s", value
    if shape == "year":
        only = _year_near(draw, published, 10)
        return str(only), DateRange(dt.date(only, 1, 1), dt.date(only, 12, 31), Granularity.YEAR)
    months = 3 if shape == "quarter" else 6
    n = draw(st.integers(1, 12 // months))
    granularity = Granularity.QUARTER if shape == "quarter" else Granularity.HALF

    def build(y: int) -> _Span:
        start = dt.date(y, (n - 1) * months + 1, 1)
        last = _add_months(start, months - 1)
        return start, _month_last(last.year, last.month)

    year = None if draw(st.booleans()) else _infer_year(published, build, months=True)
    short = "Q" if shape == "quarter" else "H"
    long = f"the {_ORDINAL_WORDS[n - 1]} {shape}"
    if year is None:
        year = _year_near(draw, published)
        text = draw.pick((f"{long} of {year}", f"{short}{n} {year}"))
    else:
        text = draw.pick((long, f"{short}{n}"))
    return text, DateRange(*build(year), granularity)


_DATE_KIND_STRATEGIES: dict[str, Callable[[_Draw, str, dt.date], _DateText]] = {
    "day": _date_day,
    "relative": _date_relative,
    "month": _date_month,
    "range": _date_range,
    "open": _date_open,
    "holiday": _date_holiday,
    "period": _date_period,
}


# Choices every date text is padded to (the longest renderer makes fewer).
_DATE_CHOICES = 24


@st.composite
def _date_text(
    draw_fn: st.DrawFn,
    locales: tuple[str, ...],
    kinds: tuple[str, ...],
    published: st.SearchStrategy[dt.date],
) -> Labeled[DateRange]:
    draw = _Draw(draw_fn)
    locale = draw.pick(locales)
    day = draw(published)
    kind = draw.pick(kinds)
    text, value = _DATE_KIND_STRATEGIES[kind](draw, locale, day)
    draw.pad(_DATE_CHOICES)
    return Labeled(text, value, locale, day)


def date_texts(
    *,
    published: dt.date | st.SearchStrategy[dt.date] | None = None,
    locales: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> st.SearchStrategy[Labeled[DateRange]]:
    """Dates as news writes them, labeled with the :class:`~newsfacts.dates.DateRange`
    they mean when read against the publication date.

    Absolute days (babel's month names and abbreviations with and without a period,
    "Sept.", US and UK order, ordinals, with and without a year), months, relative
    expressions ("yesterday", "last week", "earlier this week", "last weekend", "next
    year"...), ranges of days, months and years ("Jan. 5 to 6", "Jan. 5-6", "between
    March 3 and 7", "Dec. 23 until Jan. 7", "January through March", "between 2026 and
    2028"), open ranges ("since 2022", "by Dec. 24", "from July 1", "through Dec. 31,
    2026"), holidays (Christmas, New Year's Day, Easter and Good Friday via
    ``dateutil.easter``; Canada Day and Canadian Thanksgiving in en_CA, Independence Day
    and US Thanksgiving in en_US), quarters, halves, decades and years.

    The conventions of the dates issue, computed by this module's own calendar code:

    - A year left out is the one that puts the date nearest the publication date. The
      generator only leaves it out when that is clear-cut (the gap to the range, the
      distance of its start and of its end, and for months the count of months, all
      pick the same year with a margin; "since" must then point back and "by",
      "through", "until" forward); otherwise it writes the year.
    - Weeks run Monday to Sunday; "last weekend" is the Saturday and Sunday of the
      previous week; "earlier this week" runs from this week's Monday to the day before
      publication (not written when published on a Monday), "earlier this month" from
      the 1st to the day before (not written on the 1st).
    - Granularity is the unit the text is stated in: days (and ranges of days), weeks
      (also "earlier this week"), weekends, months (also "earlier this month"),
      quarters, halves, years, decades; open ranges keep the unit of their bound
      ("since 2022": year).
    - Fuzzy parts of periods ("early next week", "late March", "mid-2026") and weekdays,
      whose value needs the sentence's tense, are not generated.

    ``published`` is a date or a strategy of dates (default: 2000-01-01 to 2035-12-31,
    never today); ``locales`` a subset of :data:`DATE_LOCALES`; ``kinds`` a subset of
    :data:`DATE_KINDS`.

    Shrinks towards ``Labeled('Jan. 1', DateRange.day(date(2000, 1, 1)), 'en_US',
    date(2000, 1, 1))``: the first locale, the earliest publication date, a day in US
    order with an abbreviated month and no year, month and day towards 1.

    >>> import datetime as dt
    >>> from hypothesis import find, settings
    >>> fast = settings(database=None, derandomize=True)
    >>> find(date_texts(), lambda x: True, settings=fast).text
    'Jan. 1'
    >>> x = find(date_texts(published=dt.date(2026, 1, 2), kinds=["relative"]),
    ...          lambda x: x.text == "last weekend", settings=fast)
    >>> x.value.start, x.value.end
    (datetime.date(2025, 12, 27), datetime.date(2025, 12, 28))
    """
    chosen_locales = _check_locales(locales, DATE_LOCALES, "locales")
    chosen_kinds = _check_kinds(kinds, DATE_KINDS, "kinds")
    return _date_text(chosen_locales, chosen_kinds, _published(published))


# -------------------------------------------------------------------------------------
# Quote texts: a sentence built piece by piece, so every span is known.

_DIRECT_WORDS = (
    "We are ready",
    "This is a good day for workers",
    "We will not back down",
    "The plan is working",
    "Nobody expected this",
    "We need more support",
    "Our doors remain open",
    "It is time to act",
)
_SUBJECTS = (
    "the plan",
    "the agreement",
    "the new rules",
    "the project",
    "the budget",
    "the company",
)
_PREDICATES = (
    "was ready",
    "would go ahead",
    "had been delayed",
    "would create jobs",
    "needed more support",
    "would be reviewed",
)
_FRAGMENTS = (
    "a step in the right direction",
    "not negotiable",
    "long overdue",
    "deeply concerning",
    "a good deal for workers",
)
_SPEAKER_COUNTRIES = _words("FR JP BR KE DE MX NG")
_MARKS = (("“", "”"), ('"', '"'))
QUOTE_KINDS: tuple[str, ...] = ("direct", "partial", "indirect")
"""The kinds of quote :func:`quote_texts` writes, simplest first."""


class _Sentence:
    """Text built piece by piece, recording where each piece went."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(start, len(self.text))


def _person(draw: _Draw) -> tuple[Any, str]:
    """An invented person, sometimes with a title, and how the sentence writes them."""
    from newsfacts.actors import Actor

    name = f"{draw.pick(_GIVEN_NAMES)} {draw.pick(_FAMILY_NAMES)}"
    title = draw.pick((None, *_TITLES))
    return Actor(name, "person", title=title), f"{title} {name}" if title else name


def _country(code: str) -> Any:
    from newsfacts.actors import Actor

    return Actor(str(_locale("en").territories[code]), "country", country=code)


def _place(draw: _Draw) -> Any:
    """A city (an actor of kind place) or a country, as an event's place."""
    from newsfacts.actors import Actor

    if draw.pick(("place", "country")) == "place":
        return Actor(draw.pick(_PLACES), "place")
    return _country(draw.pick(_SPEAKER_COUNTRIES))


def _speaker(draw: _Draw, locale: str) -> tuple[Any, str]:
    """An actor and how the sentence writes it."""
    from newsfacts.actors import Actor

    kind = draw.pick(("person", "organization", "country"))
    if kind == "person":
        return _person(draw)
    if kind == "organization":
        name = draw.pick(_ORGANIZATIONS)
        return Actor(name, kind), name
    actor = _country(draw.pick(_SPEAKER_COUNTRIES))
    return actor, actor.name


def _quote(**fields: Any) -> Quote:
    # (mypy's attrs plugin types Quote's ``converter=tuple`` field as Iterable[_T_co])
    from newsfacts.quotes import Quote

    return Quote(**fields)


def _quote_text(draw: _Draw, locale: str, kinds: tuple[str, ...]) -> tuple[str, Quote]:
    from newsfacts.quotes import Attribution

    kind = draw.pick(kinds)
    speaker, written = _speaker(draw, locale)
    opening, closing = draw.pick(_MARKS)
    out = _Sentence()
    if kind == "direct":
        words = draw.pick(_DIRECT_WORDS)
        if draw(st.booleans()):
            words += ". " + draw.pick(_DIRECT_WORDS)
        form = draw.pick(("quote first", "said first", "cue first"))
        if form == "said first":  # Ana Silva said: “We are ready.”
            cue = draw.pick(("said", "added"))
            who = out.add(written)
            out.add(" ")
            cue_span = out.add(cue)
            out.add(": " + opening)
            quoted = out.add(words + ".")
            out.add(closing)
        else:  # “We are ready,” Ana Silva said.  /  “We are ready,” said Ana Silva.
            out.add(opening)
            quoted = out.add(words)
            out.add("," + closing + " ")
            if form == "quote first":
                cue = draw.pick(("said", "told reporters", "added"))
                who = out.add(written)
                out.add(" ")
                cue_span = out.add(cue)
            else:
                cue = draw.pick(("said", "added"))
                cue_span = out.add(cue)
                out.add(" ")
                who = out.add(written)
            out.add(".")
        text = quoted.slice(out.text)
        attribution = Attribution(speaker=speaker, cue=cue, speaker_span=who, cue_span=cue_span)
        value = _quote(
            text=text,
            kind=kind,
            attribution=attribution,
            span=quoted,
            content_span=quoted,
            content=text,
            parts=(quoted,),
        )
        return out.text, value
    subject = draw.pick(_SUBJECTS)
    if kind == "partial":  # Ana Silva said the plan was “not negotiable”.
        cue = draw.pick(("said", "added"))
        who = out.add(written)
        out.add(" ")
        cue_span = out.add(cue)
        out.add(" that " if draw(st.booleans()) else " ")
        start = len(out.text)
        out.add(f"{subject} was {opening}")
        quoted = out.add(draw.pick(_FRAGMENTS))
        content = out.add(closing)
        out.add(".")
        content_span = Span(start, content.end)
        attribution = Attribution(speaker=speaker, cue=cue, speaker_span=who, cue_span=cue_span)
        value = _quote(
            text=quoted.slice(out.text),
            kind=kind,
            attribution=attribution,
            span=quoted,
            content_span=content_span,
            content=content_span.slice(out.text),
            parts=(quoted,),
        )
        return out.text, value
    clause = f"{subject} {draw.pick(_PREDICATES)}"
    if draw.pick(("cue", "according to")) == "cue":  # Ana Silva said (that) the plan was ready.
        cue = draw.pick(("said", "added"))
        who = out.add(written)
        out.add(" ")
        cue_span = out.add(cue)
        out.add(" that " if draw(st.booleans()) else " ")
        reported = out.add(clause)
        out.add(".")
    else:  # The plan was ready, according to Ana Silva.
        cue = "according to"
        reported = out.add(clause[0].upper() + clause[1:])
        out.add(", ")
        cue_span = out.add(cue)
        out.add(" ")
        who = out.add(written)
        out.add(".")
    attribution = Attribution(speaker=speaker, cue=cue, speaker_span=who, cue_span=cue_span)
    said = reported.slice(out.text)
    value = _quote(
        text=said,
        kind=kind,
        attribution=attribution,
        span=reported,
        content_span=reported,
        content=said,
    )
    return out.text, value


_QUOTE_CHOICES = 14


@st.composite
def _quote_texts(
    draw_fn: st.DrawFn,
    locales: tuple[str, ...],
    kinds: tuple[str, ...],
    published: st.SearchStrategy[dt.date],
) -> Labeled[Quote]:
    draw = _Draw(draw_fn)
    locale = draw.pick(locales)
    day = draw(published)
    text, value = _quote_text(draw, locale, kinds)
    draw.pad(_QUOTE_CHOICES)
    return Labeled(text, value, locale, day)


def quote_texts(
    *,
    kinds: Iterable[str] | None = None,
    published: dt.date | st.SearchStrategy[dt.date] | None = None,
    locales: Iterable[str] | None = None,
) -> st.SearchStrategy[Labeled[Quote]]:
    """A news sentence with one quote, labeled with its :class:`~newsfacts.quotes.Quote`.

    Direct quotes (“We are ready,” Ana Silva said. / “...,” said Finance Minister Ana
    Silva. / Ana Silva said: “We are ready.”; one or two sentences; curly or straight
    quote marks), partial quotes (Ana Silva said (that) the plan was “not negotiable”.)
    and indirect ones (Ana Silva said (that) the plan would go ahead. / The plan would go
    ahead, according to Ana Silva.). Speakers are invented people (with or without a
    title), invented organizations, and countries by their CLDR name.

    The label's conventions: a direct quote's ``text`` is the words inside the quote
    marks without the comma that hands over to the attribution, but with the full stop
    that ends a quotation placed last; its ``content`` is the same. A partial quote's
    ``text`` is the fragment in the marks and its ``content`` the reported clause after
    the cue (and "that"), marks included, without the final full stop. An indirect
    quote's ``text`` and ``content`` are the reported clause. The attribution has the
    speaker (an :class:`~newsfacts.actors.Actor` by canonical name, with its title when
    one is written), the cue ("said", "told reporters", "added", "according to"), and
    the spans of the speaker as written (title included) and of the cue.

    ``kinds`` is a subset of :data:`QUOTE_KINDS`; ``locales`` of :data:`DATE_LOCALES`.

    Shrinks towards ``“We are ready,” Ana Silva said.`` (en_US, published 2000-01-01).

    >>> from hypothesis import find, settings
    >>> fast = settings(database=None, derandomize=True)
    >>> x = find(quote_texts(), lambda x: True, settings=fast)
    >>> x.text, x.value.text, x.value.kind.value, x.value.speaker.name
    ('“We are ready,” Ana Silva said.', 'We are ready', 'direct', 'Ana Silva')
    """
    chosen_locales = _check_locales(locales, DATE_LOCALES, "locales")
    chosen_kinds = _check_kinds(kinds, QUOTE_KINDS, "kinds")
    return _quote_texts(chosen_locales, chosen_kinds, _published(published))


def quotes(*, kinds: Iterable[str] | None = None) -> st.SearchStrategy[Quote]:
    """Valid :class:`~newsfacts.quotes.Quote` values: the quotes of :func:`quote_texts`,
    whose spans point into the sentence they were written in.

    Shrinks towards the direct quote ``'We are ready'`` said by Ana Silva.

    >>> from hypothesis import find, settings
    >>> find(quotes(), lambda q: q.kind == "indirect", settings=settings(database=None)).text
    'the plan was ready'
    """
    return quote_texts(kinds=kinds).map(lambda labeled: labeled.value)


# -------------------------------------------------------------------------------------
# Article texts: sentences of money, dates and quotes, joined with their facts.

# The verb as written, the cue it gives (the commitments module's documented form) and
# the status it states.
_DONOR_VERBS = (
    ("will provide", "will provide", "pledged"),
    ("has committed", "committed", "committed"),
    ("pledged", "pledged", "pledged"),
    ("announced", "announced", "announced"),
    ("approved", "approved", "approved"),
)
_PURPOSES = ("the new hospital", "flood relief", "port expansion")
_FILLERS = (
    "The announcement drew little reaction.",
    "Details were not made public.",
    "Markets were calm.",
)
ARTICLE_KINDS: tuple[str, ...] = ("money", "date", "quote", "event", "filler")
"""The kinds of sentence :func:`article_texts` assembles, simplest first."""


def _article_money(draw: _Draw, locale: str, avoid: str = "") -> tuple[str, Money, bool]:
    """An amount written with a symbol, a code or a name; whether its currency is
    inferred from the locale ("$", "kr", "¥", "dollars", "bucks") rather than written.
    ``avoid`` "yuan" leaves out the yuan, "yen sign" a bare "¥" (a yuan near a "¥" makes
    it CNY)."""
    currencies = _name_currencies(locale)
    if avoid == "yuan":
        currencies = tuple(c for c in currencies if c != "CNY")
    currency = draw.pick(currencies)
    amount = _en_amount(draw, currency, locale)
    number = amount.number + amount.magnitude
    value = Money(amount.value, currency)
    prefixes = _prefix_symbols(currency, locale)
    if avoid == "yen sign":
        prefixes = tuple(p for p in prefixes if p != "¥")
    style = draw.pick(("symbol", "code", "name") if prefixes else ("code", "name"))
    if style == "symbol":
        symbol = draw.pick(prefixes)
        return f"{symbol}{number}", value, symbol in ("$", "kr", "¥")
    if style == "code":
        return f"{currency} {number}", value, False
    singular = amount.number == "1" and not amount.magnitude
    name = _pick_name(draw, currency, locale, singular)
    return f"{number} {name}", value, name.split()[0] in ("dollars", "dollar", "bucks", "buck")


def _date_frame(kind: str, text: str, value: DateRange, published: dt.date) -> tuple[str, str]:
    """The words around a date (before, after) in a sentence whose tense agrees with
    where the date lies from the publication date."""
    first = text.split(maxsplit=1)[0]
    if first == "since":
        return "Prices have risen ", "."
    if first in ("from", "starting") and kind == "open":
        return "The new rules apply ", "."
    if first == "by":
        return "A decision is expected ", "."
    if first in ("through", "until"):
        return "The measures remain in place ", "."
    preposition = {"day": "on ", "holiday": "on ", "month": "in ", "period": "in "}.get(kind, "")
    # (no event nouns such as "the talks": this sentence states a date, not an event)
    if value.end is not None and value.end < published:
        return f"The museum was closed {preposition}", "."
    if value.start is not None and value.start > published:
        return f"The museum will be closed {preposition}", "."
    return f"The museum is closed {preposition}", "."


def _has_year(date_text: str) -> bool:
    return any(w.strip(",.").isdigit() and len(w.strip(",.")) == 4 for w in date_text.split())


def _shift(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset)


def _shift_quote(quote: Quote, offset: int) -> Quote:
    attribution = attrs.evolve(
        quote.attribution,
        speaker_span=_shift(quote.attribution.speaker_span, offset),
        cue_span=_shift(quote.attribution.cue_span, offset),
    )
    fields: dict[str, Any] = {
        "attribution": attribution,
        "span": _shift(quote.span, offset),
        "content_span": _shift(quote.content_span, offset),
        "parts": tuple(Span(p.start + offset, p.end + offset) for p in quote.parts),
    }
    return attrs.evolve(quote, **fields)


# (what the date generator is, the preposition before its text)
_EVENT_DATES = {
    "day": (_date_day, "on "),
    "range": (_date_day_range, ""),
    "month": (_date_month, "in "),
    "relative": (_date_relative, ""),
}


@attrs.frozen
class _EventSentence:
    text: str
    event: Event
    place: Actor  # the event's
    when: DateRange  # the event's
    date_span: Span  # in ``text``
    date_text: str
    date_kind: str


def _article_event(
    draw: _Draw, locale: str, published: dt.date, earlier: Sequence[Event]
) -> _EventSentence | None:
    """A visit or a meeting, with its tense, place and date: "Ana Silva will visit Lyon on
    Jan. 5.", "Mayor John Smith travelled to Kenya last week.", "Ana Silva met Wei Patel in
    Porto between 3 and 5 March.". None when the sentence would be unclear: a date that
    is neither wholly past nor wholly future, two people of one name, or a place and date
    an earlier event already has (it would read as the same event told again)."""
    from newsfacts.events import Event

    visitor, written = _person(draw)
    form = draw.pick(("visit", "travel", "meet"))
    other = _person(draw) if form == "meet" else None
    place = _place(draw)
    date_kind = draw.pick(tuple(_EVENT_DATES))
    render, preposition = _EVENT_DATES[date_kind]
    date_text, value = render(draw, locale, published)
    if value.start is None or value.end is None:  # pragma: no cover - closed kinds only
        return None
    past, future = value.end < published, value.start > published
    if not (past or future) or (other is not None and other[0].name == visitor.name):
        return None
    if any(e.place == place and e.when is not None and e.when.overlaps(value) for e in earlier):
        return None
    if form == "visit":
        verb = draw.pick(("will visit", "is scheduled to visit")) if future else "visited"
    elif form == "travel":
        travelled = "traveled" if locale == "en_US" else "travelled"
        verb = "will travel to" if future else f"{travelled} to"
    else:
        verb = draw.pick(("will meet", "is scheduled to meet")) if future else "met"
    out = _Sentence()
    out.add(f"{written} ")
    trigger = verb.removesuffix(" to").rsplit(" ", 1)[-1]
    verb_span = out.add(verb)
    at = verb_span.start + verb.rindex(trigger)
    trigger_span = Span(at, at + len(trigger))
    out.add(f" {other[1]} in " if other is not None else " ")
    out.add(f"{place.name} {preposition}")
    date_span = out.add(date_text)
    out.add(".")
    status = "scheduled" if "scheduled" in verb else "expected" if future else "occurred"
    event = Event(
        kind="meeting" if other is not None else "visit",
        actors=(visitor,) if other is None else (visitor, other[0]),
        place=place,
        when=value,
        status=status,
        spans=(trigger_span,),
    )
    return _EventSentence(out.text, event, place, value, date_span, date_text, date_kind)


_ARTICLE_CHOICES = 160


@st.composite
def _article_texts(
    draw_fn: st.DrawFn,
    locales: tuple[str, ...],
    kinds: tuple[str, ...],
    published: st.SearchStrategy[dt.date],
) -> Labeled[Facts]:
    from newsfacts.article import Facts
    from newsfacts.commitments import MonetaryCommitment
    from newsfacts.dates import DateMention, DateRole
    from newsfacts.money import MoneyMention

    draw = _Draw(draw_fn)
    locale = draw.pick(locales)
    day = draw(published)
    count = draw(st.integers(1, 4))
    text = ""
    money: list[MoneyMention] = []
    dates: list[DateMention] = []
    quotes: list[Quote] = []
    commitments: list[MonetaryCommitment] = []
    events: list[Event] = []
    entities: dict[str, Any] = {}
    for index in range(count):
        if index:
            text += draw.pick((" ", "\n\n"))
        kind = draw.pick(kinds)
        if kind == "money":
            donor, written = _speaker(draw, locale)
            entities.setdefault(donor.name, donor)
            yen_sign = any(m.text.startswith("¥") for m in money)
            yuan = any(m.value.currency == "CNY" for m in money)
            avoid = "yuan" if yen_sign else "yen sign" if yuan else ""
            amount_text, amount, inferred = _article_money(draw, locale, avoid)
            verb, cue, status = draw.pick(_DONOR_VERBS)
            purpose = draw.pick(_PURPOSES)
            if any((c.donor.name, c.amount) == (donor.name, amount) for c in commitments):
                # the same donor and amount again reads as the same commitment restated
                text += draw.pick(_FILLERS)
                continue
            text += f"{written} {verb} "
            span = Span(len(text), len(text) + len(amount_text))
            text += f"{amount_text} for {purpose}."
            money.append(MoneyMention(span, amount_text, amount, currency_inferred=inferred))
            commitments.append(
                MonetaryCommitment(
                    donor=donor,
                    amount=amount,
                    purpose=purpose,
                    status=status,
                    span=span,
                    text=amount_text,
                    cue=cue,
                )
            )
        elif kind == "date":
            date_kind = draw.pick(("day", "relative", "month", "range", "open", "holiday"))
            date_text, value = _DATE_KIND_STRATEGIES[date_kind](draw, locale, day)
            before, after = _date_frame(date_kind, date_text, value, day)
            text += before
            span = Span(len(text), len(text) + len(date_text))
            text += date_text + after
            role = DateRole.SPAN if date_kind == "range" else DateRole.POINT
            if value.start is None:
                role = DateRole.DEADLINE
            elif value.end is None:
                role = DateRole.START
            inferred_year = date_kind != "relative" and not _has_year(date_text)
            dates.append(
                DateMention(span, date_text, value, year_inferred=inferred_year, role=role)
            )
        elif kind == "event":
            told = _article_event(draw, locale, day, events)
            if told is None:
                text += draw.pick(_FILLERS)
                continue
            event = told.event
            for actor in (*event.actors, told.place):
                entities.setdefault(actor.name, actor)
            span = Span(len(text) + told.date_span.start, len(text) + told.date_span.end)
            role = DateRole.SPAN if told.date_kind == "range" else DateRole.POINT
            inferred_year = told.date_kind != "relative" and not _has_year(told.date_text)
            dates.append(
                DateMention(span, told.date_text, told.when, year_inferred=inferred_year, role=role)
            )
            spans = tuple(Span(s.start + len(text), s.end + len(text)) for s in event.spans)
            events.append(attrs.evolve(event, spans=spans))
            text += told.text
        elif kind == "quote":
            sentence, quote = _quote_text(draw, locale, QUOTE_KINDS)
            if quote.speaker is not None:
                entities.setdefault(quote.speaker.name, quote.speaker)
            quotes.append(_shift_quote(quote, len(text)))
            text += sentence
        else:
            text += draw.pick(_FILLERS)
    draw.pad(_ARTICLE_CHOICES)
    article = Article(text=text, published=day, locale=locale)
    fields: dict[str, Any] = {
        "article": article,
        "money": tuple(money),
        "dates": tuple(dates),
        "entities": tuple(entities.values()),
        "quotes": tuple(quotes),
        "commitments": tuple(commitments),
        "events": tuple(events),
    }
    facts = Facts(**fields)
    return Labeled(text, facts, locale, day)


def article_texts(
    *,
    kinds: Iterable[str] | None = None,
    published: dt.date | st.SearchStrategy[dt.date] | None = None,
    locales: Iterable[str] | None = None,
) -> st.SearchStrategy[Labeled[Facts]]:
    """A short article of one to four sentences, labeled with the
    :class:`~newsfacts.article.Facts` a careful reader would note.

    Each sentence is one of :data:`ARTICLE_KINDS`: a commitment ("Northwind Energy will
    provide $5 million for the new hospital.", the amount written with a symbol, a code
    or a name), a date in a frame whose tense agrees with it ("The museum was closed on
    Jan. 5.", "Prices have risen since 2022.", "A decision is expected by Dec. 24.", "The
    measures remain in place until March."; no event nouns, so a date sentence is not an
    event), a sentence of :func:`quote_texts`, an event (a visit or a meeting whose tense
    agrees with its date: "Ana Silva will visit Lyon on Jan. 5.", "Mayor Wei Patel is
    scheduled to meet John Smith in Kenya next week.", "Ana Silva travelled to Porto
    between 3 and 5 March."), or a filler without facts. Sentences are joined by a space
    or a paragraph break. A sentence that would be unclear is written as a filler
    instead: a commitment repeating an earlier donor and amount, an event whose date
    covers the publication date (neither past nor future), or one with the place and an
    overlapping date of an earlier event (it would read as the same event told again).

    The label's ``value`` is a :class:`~newsfacts.article.Facts` whose article is the
    text with its ``published`` date and ``locale``, with a money mention for each
    amount (``currency_inferred`` when "$", "kr", "¥", "dollars" or "bucks" carried it), a
    date mention for each date, the events' included (``year_inferred`` when no year is
    written; ``role`` a deadline or start for open ranges, a span for ranges, else a
    point), each quote with its spans in the article, each commitment (donor, amount,
    purpose, the status its verb states: "will provide" and "pledged" pledged, "has
    committed" committed, "announced", "approved"; no recipient), each event (kind visit
    or meeting, the visitor and the person met as actors, the city or country as place,
    the date's range as ``when``, status scheduled for "is scheduled to", expected for
    "will", occurred for the past tense; one span, on the verb "visit", "travelled",
    "met"...), and as ``entities`` the actors who give, speak or take part and the
    events' places (by canonical name). The dates follow the conventions of
    :func:`date_texts`. Compared as ``../shared/eval/score.py`` compares them, an event
    matches on its start and end, its place and one of its actors.

    ``kinds`` is a subset of :data:`ARTICLE_KINDS`; ``locales`` of :data:`DATE_LOCALES`.

    Shrinks towards the one-sentence article "Ana Silva will provide $1 for the new
    hospital." (en_US, published 2000-01-01).

    >>> from hypothesis import find, settings
    >>> fast = settings(database=None, derandomize=True)
    >>> x = find(article_texts(), lambda x: True, settings=fast)
    >>> x.text, [m.text for m in x.value.money]
    ('Ana Silva will provide $1 for the new hospital.', ['$1'])
    """
    chosen_locales = _check_locales(locales, DATE_LOCALES, "locales")
    chosen_kinds = _check_kinds(kinds, ARTICLE_KINDS, "kinds")
    return _article_texts(chosen_locales, chosen_kinds, _published(published))


# -------------------------------------------------------------------------------------
# Commitments.

_STATUS_CUES = {
    "committed": "has committed",
    "pledged": "pledged",
    "announced": "announced",
    "proposed": "proposed",
    "approved": "approved",
    "provided": "provided",
}
_COMMITMENT_PURPOSES = ("aid", "flood relief", "direct financial support", "the new hospital")


@st.composite
def _commitments(draw_fn: st.DrawFn) -> MonetaryCommitment:
    from newsfacts.commitments import MonetaryCommitment

    draw = _Draw(draw_fn)
    locale = draw.pick(DATE_LOCALES)
    donor, _written = _speaker(draw, locale)
    recipient = _speaker(draw, locale)[0] if draw(st.booleans()) else None
    text, amount, _inferred = _article_money(draw, locale)
    status = draw.pick(tuple(_STATUS_CUES))
    purpose = draw.pick((None, *_COMMITMENT_PURPOSES))
    qualifier = draw.pick(tuple(Qualifier))
    period = draw(date_ranges()) if draw(st.booleans()) else None
    draw.pad(24)
    return MonetaryCommitment(
        donor=donor,
        recipient=recipient,
        amount=amount,
        qualifier=qualifier,
        purpose=purpose,
        period=period,
        status=status,
        span=Span(0, len(text)),
        text=text,
        cue=_STATUS_CUES[status],
    )


def commitments() -> st.SearchStrategy[MonetaryCommitment]:
    """Valid :class:`~newsfacts.commitments.MonetaryCommitment` values: a donor and
    sometimes a recipient (as :func:`quote_texts` names speakers), an amount as
    :func:`article_texts` writes it (its ``text`` and a ``span`` from 0), a status with
    its cue ("has committed", "pledged"...), and sometimes a qualifier, a purpose and a
    period (a :func:`date_ranges` value).

    Shrinks towards Ana Silva's commitment of ``'$1'`` (USD, exact, status committed).

    >>> from hypothesis import find, settings
    >>> c = find(commitments(), lambda c: True, settings=settings(database=None))
    >>> c.donor.name, c.text, c.status.value
    ('Ana Silva', '$1', 'committed')
    """
    return _commitments()


# -------------------------------------------------------------------------------------
# Events.

EVENT_STATUSES: tuple[str, ...] = (
    "occurred",
    "expected",
    "scheduled",
    "cancelled",
    "alleged",
    "disputed",
)
"""The statuses :func:`events` gives, simplest first."""


@st.composite
def _events(draw_fn: st.DrawFn) -> Event:
    from newsfacts.events import Event, EventKind
    from newsfacts.quotes import Attribution

    draw = _Draw(draw_fn)
    kind = draw.pick(tuple(EventKind))
    known: dict[str, Actor] = {}  # one actor per name, as in a Facts' entities
    actors: list[Actor] = []
    for _ in range(draw(st.integers(1, 3))):
        actor = known.setdefault(*_named(_speaker(draw, DATE_LOCALES[0])[0]))
        if actor not in actors:
            actors.append(actor)
    place = known.setdefault(*_named(_place(draw))) if draw(st.booleans()) else None
    if place in actors:
        place = None  # a country taking part is not also where it happens
    when = draw(date_ranges()) if draw(st.booleans()) else None
    status = draw.pick(EVENT_STATUSES)
    asserted: tuple[Attribution, ...] = ()
    denied: tuple[Attribution, ...] = ()
    if status in ("alleged", "disputed"):  # a country outside the event accuses it
        free = tuple(c for c in _SPEAKER_COUNTRIES if _country(c).name not in known)
        asserted = (Attribution(speaker=_country(draw.pick(free)), cue="accused"),)
        if status == "disputed":  # and the first actor denies it
            denied = (Attribution(speaker=actors[0], cue="denied"),)
    word = kind.value.replace("_", " ")
    spans, start = [], 0
    for _ in range(draw(st.integers(1, 3))):
        spans.append(Span(start, start + len(word)))
        start += len(word) + draw(st.integers(1, 500))
    draw.pad(36)
    return Event(
        kind=kind,
        actors=tuple(actors),
        place=place,
        when=when,
        status=status,
        asserted_by=asserted,
        denied_by=denied,
        spans=tuple(spans),
    )


def _named(actor: Actor) -> tuple[str, Actor]:
    return actor.name, actor


def events() -> st.SearchStrategy[Event]:
    """Valid :class:`~newsfacts.events.Event` values: any :class:`~newsfacts.events.EventKind`,
    one to three actors (as :func:`quote_texts` names speakers), sometimes a place (a city
    or a country that is not an actor) and a :func:`date_ranges` value, a status from
    :data:`EVENT_STATUSES` (an alleged event is asserted by a country accusing it, a
    disputed one also denied by its first actor), and one to three mentions whose spans
    cover the kind's word ("visit", "news conference") at increasing offsets. Actors of
    one name are one :class:`~newsfacts.actors.Actor`, so ``Event.from_dict(e.to_dict(),
    entities)`` gives the event back.

    Shrinks towards Ana Silva's ``visit`` with no place and no date, status occurred, one
    mention at ``Span(0, 5)``.

    >>> from hypothesis import find, settings
    >>> e = find(events(), lambda e: True, settings=settings(database=None))
    >>> e.kind.value, [a.name for a in e.actors], e.place, e.when, e.status.value, e.spans
    ('visit', ['Ana Silva'], None, None, 'occurred', (Span(start=0, end=5),))
    """
    return _events()
