"""Facts <-> the "newsfacts/1" JSON document.

The document is a public contract: field names never change; new fields may be added.
"""

from __future__ import annotations

from typing import Any

from newsfacts.article import Article, Facts
from newsfacts.dates import DateMention, DurationMention
from newsfacts.errors import ValidationError
from newsfacts.money import MoneyMention

__all__ = ["SCHEMA", "facts_from_dict", "facts_to_dict"]

SCHEMA = "newsfacts/1"


def facts_to_dict(facts: Facts) -> dict[str, Any]:
    """The JSON document for ``facts``: ``{"schema": "newsfacts/1", "article": ..., ...}``."""
    return {
        "schema": SCHEMA,
        "article": facts.article.to_dict(),
        "money": [m.to_dict() for m in facts.money],
        "dates": [d.to_dict() for d in facts.dates],
        "durations": [d.to_dict() for d in facts.durations],
    }


def _items(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValidationError(key, value, "a list of objects")
    return value


def facts_from_dict(data: dict[str, Any]) -> Facts:
    """Read a document written by :func:`facts_to_dict`."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        got = data.get("schema") if isinstance(data, dict) else data
        raise ValidationError("schema", got, f"{SCHEMA!r}")
    article = data.get("article")
    if not isinstance(article, dict):
        raise ValidationError("article", article, "an object")
    return Facts(
        article=Article.from_dict(article),
        money=tuple(MoneyMention.from_dict(m) for m in _items(data, "money")),
        dates=tuple(DateMention.from_dict(m) for m in _items(data, "dates")),
        durations=tuple(DurationMention.from_dict(m) for m in _items(data, "durations")),
    )
