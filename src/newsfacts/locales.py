"""Locale handling shared by every finder (babel locale ids such as ``en_CA``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from babel import Locale, UnknownLocaleError

from newsfacts.errors import ValidationError

__all__ = ["normalize_locale", "territory_of"]


@lru_cache(maxsize=256)
def _parse(locale: str) -> Locale:
    return Locale.parse(locale.replace("-", "_"))


def normalize_locale(locale: object, *, field: str = "locale") -> str:
    """Return the canonical babel id of ``locale`` ("en-ca" -> "en_CA"), or raise
    :class:`~newsfacts.errors.ValidationError` naming ``field``.

    >>> normalize_locale("en-CA")
    'en_CA'
    >>> normalize_locale("xx_YY")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'locale' must be a locale id babel knows, ... (got 'xx_YY')
    """
    if not isinstance(locale, str) or not locale.strip():
        raise ValidationError(field, locale, "a locale id babel knows, such as 'en_CA'")
    try:
        return str(_parse(locale.strip()))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise ValidationError(field, locale, "a locale id babel knows, such as 'en_CA'") from exc


def territory_of(locale: str) -> str | None:
    """The territory of a locale id, with babel's likely-subtags fill-in ("fr" -> "FR").

    >>> territory_of("en_CA"), territory_of("fr_CA"), territory_of("en")
    ('CA', 'CA', 'US')
    """
    loc = _parse(normalize_locale(locale))
    if loc.territory:
        return str(loc.territory)
    from babel.core import get_global

    likely = get_global("likely_subtags").get(loc.language)
    if likely:
        parts = str(likely).split("_")
        for part in parts[1:]:
            if part.isupper() and len(part) in (2, 3):
                return part
    return None


@lru_cache(maxsize=32)
def month_names(
    locale: str = "en", width: Literal["abbreviated", "narrow", "wide"] = "wide"
) -> frozenset[str]:
    """The lower-cased CLDR month names of a locale, from babel ("wide": "january").

    >>> sorted(month_names())[:3]
    ['april', 'august', 'december']
    """
    from babel.dates import get_month_names

    names = get_month_names(width, context="format", locale=normalize_locale(locale))
    return frozenset(str(n).lower() for n in names.values())
