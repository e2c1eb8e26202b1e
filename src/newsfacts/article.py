"""The article and everything found in it: :class:`Article`, :class:`Facts` and
:func:`extract`, which composes the finders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from newsfacts._validate import instance_of, optional, tuple_of
from newsfacts.actors import Actor, find_actors, unique_actors
from newsfacts.commitments import MonetaryCommitment, find_commitments
from newsfacts.dates import DateMention, DurationMention, find_dates
from newsfacts.errors import ValidationError
from newsfacts.events import Event, find_events
from newsfacts.locales import normalize_locale
from newsfacts.money import MoneyMention, find_money
from newsfacts.quotes import Quote, find_quotes

__all__ = ["Article", "Facts", "extract", "worked_example"]


def _locale(value: Any) -> Any:
    try:
        return normalize_locale(value)
    except ValidationError:
        return value  # the validator reports it with the field's name


def _check_locale(_inst: object, attr: attrs.Attribute[str], value: object) -> None:
    normalize_locale(value, field=attr.name)


def _to_tuple(value: Any) -> Any:
    """Converter: any iterable but a str becomes a tuple (a named function, for mypy)."""
    return value if isinstance(value, str) else tuple(value)


def _check_published(_inst: object, attr: attrs.Attribute[dt.date], value: object) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(attr.name, value, "a datetime.date")


@attrs.frozen(kw_only=True)
class Article:
    """A news article: its text, publication date and locale (a babel locale id).

    The locale decides what "$" means ("en_CA": Canadian dollars), which holidays are
    meant ("Thanksgiving") and how amounts and dates are written back.

    >>> import datetime as dt
    >>> a = Article(text="Ottawa has committed $23.5 billion.", published=dt.date(2026, 1, 2))
    >>> a.locale
    'en_CA'
    >>> Article(text="", published=dt.date(2026, 1, 2), locale="zz")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'locale' must be a locale id babel knows, ... (got 'zz')
    """

    text: str = attrs.field(validator=instance_of(str, what="a str"))
    published: dt.date = attrs.field(validator=_check_published)
    locale: str = attrs.field(default="en_CA", converter=_locale, validator=_check_locale)
    headline: str | None = attrs.field(
        default=None, validator=optional(instance_of(str, what="a str"))
    )
    outlet: str | None = attrs.field(
        default=None, validator=optional(instance_of(str, what="a str"))
    )
    url: str | None = attrs.field(default=None, validator=optional(instance_of(str, what="a str")))

    def to_dict(self) -> dict[str, Any]:
        """The ``"article"`` object of the newsfacts/1 JSON."""
        return {
            "text": self.text,
            "published": self.published.isoformat(),
            "locale": self.locale,
            "headline": self.headline,
            "outlet": self.outlet,
            "url": self.url,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Read the ``"article"`` object of the newsfacts/1 JSON."""
        published = data.get("published")
        try:
            day = dt.date.fromisoformat(published)  # type: ignore[arg-type]
        except (TypeError, ValueError) as exc:
            raise ValidationError("published", published, "an ISO date (YYYY-MM-DD)") from exc
        return cls(
            text=data.get("text"),  # type: ignore[arg-type]
            published=day,
            locale=data.get("locale", "en_CA"),
            headline=data.get("headline"),
            outlet=data.get("outlet"),
            url=data.get("url"),
        )


@attrs.frozen(kw_only=True)
class Facts:
    """An article and the facts found in it, each with its span in ``article.text``.

    ``to_dict()`` gives the public "newsfacts/1" JSON document and ``Facts.from_dict``
    reads it back: ``Facts.from_dict(facts.to_dict()) == facts``.
    """

    article: Article = attrs.field(validator=instance_of(Article, what="an Article"))
    money: tuple[MoneyMention, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=tuple_of(MoneyMention, what="MoneyMention")
    )
    dates: tuple[DateMention, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=tuple_of(DateMention, what="DateMention")
    )
    durations: tuple[DurationMention, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=tuple_of(DurationMention, what="DurationMention")
    )
    entities: tuple[Actor, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=tuple_of(Actor, what="Actor")
    )
    quotes: tuple[Quote, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=tuple_of(Quote, what="Quote")
    )
    commitments: tuple[MonetaryCommitment, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        validator=tuple_of(MonetaryCommitment, what="MonetaryCommitment"),
    )
    events: tuple[Event, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=tuple_of(Event, what="Event")
    )

    def to_dict(self) -> dict[str, Any]:
        """The "newsfacts/1" JSON document (plain dicts, lists, strings and numbers)."""
        from newsfacts.serialize import facts_to_dict

        return facts_to_dict(self)

    def to_jsonld(self) -> dict[str, Any]:
        """The facts as schema.org JSON-LD (a ``NewsArticle`` and what it mentions)."""
        from newsfacts.serialize import facts_to_jsonld

        return facts_to_jsonld(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Facts:
        """Read a "newsfacts/1" JSON document written by :meth:`to_dict`."""
        from newsfacts.serialize import facts_from_dict

        return facts_from_dict(data)


def worked_example() -> Article:
    """The worked example of the tutorials and the demo, bundled as package data.

    A Canadian outlet's article of 2026-01-02 on Prime Minister Mark Carney's visit to
    France. It is third-party news content, not covered by the project's license (see
    ``newsfacts/data/NOTICE``).

    >>> article = worked_example()
    >>> article.published, article.locale, article.text[:26]
    (datetime.date(2026, 1, 2), 'en_CA', 'Prime Minister Mark Carney')
    """
    from importlib import resources

    text = resources.files("newsfacts").joinpath("data/carney-france.txt").read_text("utf-8")
    return Article(text=text, published=dt.date(2026, 1, 2), locale="en_CA")


def extract(article: Article) -> Facts:
    """Find every fact in ``article``.

    >>> import datetime as dt
    >>> facts = extract(Article(text="Ottawa has committed $23.5 billion since 2022.",
    ...                         published=dt.date(2026, 1, 2), locale="en_CA"))
    >>> [(m.text, str(m.value.amount), m.value.currency) for m in facts.money]
    [('$23.5 billion', '23500000000', 'CAD')]
    >>> [(d.text, d.value.timex) for d in facts.dates]
    [('since 2022', '2022-01-01/..')]
    >>> [(c.donor.name, c.text, c.status.value) for c in facts.commitments]
    [('Canada', '$23.5 billion', 'committed')]
    """
    if not isinstance(article, Article):
        raise TypeError(f"extract() takes an Article (got {type(article).__name__})")
    text, locale = article.text, article.locale
    # each stage runs once; later stages read the earlier stages' mentions, passed as
    # tuples so that the commitment and event finders can share one view of the text
    money = tuple(find_money(text, locale=locale))
    found = find_dates(text, published=article.published, locale=locale)
    dates = tuple(m for m in found if isinstance(m, DateMention))
    actors = tuple(find_actors(text, locale=locale))
    quotes = tuple(
        find_quotes(text, published=article.published, locale=locale, actors=actors, dates=dates)
    )
    speakers = (q.speaker for q in quotes if q.speaker is not None)
    durations = tuple(m for m in found if isinstance(m, DurationMention))
    commitments = find_commitments(
        text,
        published=article.published,
        locale=locale,
        money=money,
        actors=actors,
        dates=dates,
        durations=durations,
        quotes=quotes,
    )
    events = find_events(
        text,
        published=article.published,
        locale=locale,
        actors=actors,
        dates=dates,
        durations=durations,
        quotes=quotes,
        money=money,
    )
    return Facts(
        article=article,
        money=money,
        dates=dates,
        durations=durations,
        entities=dict.fromkeys(
            [*unique_actors(actors), *speakers, *_actors_of(commitments, events)]
        ),
        quotes=quotes,
        commitments=commitments,
        events=events,
    )


def _actors_of(commitments: Sequence[MonetaryCommitment], events: Sequence[Event]) -> list[Actor]:
    """Every actor the commitments and events point at (donors, recipients, participants,
    places, the speakers of attributions), so that ``entities`` holds them all."""
    out: list[Actor] = []
    for c in commitments:
        out += [a for a in (c.donor, c.recipient) if a is not None]
    for e in events:
        out += [*e.actors, *([e.place] if e.place else [])]
        out += [a.speaker for a in (*e.asserted_by, *e.denied_by) if a.speaker is not None]
    return out
