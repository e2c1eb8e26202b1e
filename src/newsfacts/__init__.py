"""newsfacts: turn news prose into normalized, typed facts, each with its character span.

>>> import datetime as dt, newsfacts
>>> article = newsfacts.Article(text="Ottawa has committed $23.5 billion since 2022.",
...                             published=dt.date(2026, 1, 2), locale="en_CA")
>>> facts = newsfacts.extract(article)
>>> facts.money[0].value
Money(amount=Decimal('23500000000'), currency='CAD')
"""

from newsfacts.actors import Actor, ActorKind, ActorMention, MentionForm, find_actors
from newsfacts.article import Article, Facts, extract, worked_example
from newsfacts.commitments import CommitmentStatus, MonetaryCommitment, find_commitments
from newsfacts.dates import (
    DateMention,
    DateRange,
    DateRole,
    Duration,
    DurationMention,
    DurationUnit,
    Granularity,
    find_dates,
    format_date_range,
    parse_date_range,
)
from newsfacts.errors import NewsfactsError, ParseError, ValidationError
from newsfacts.events import Event, EventKind, EventStatus, find_events
from newsfacts.money import (
    Money,
    MoneyMention,
    MoneyRange,
    Qualifier,
    find_money,
    format_money,
    parse_money,
)
from newsfacts.quotes import Attribution, Quote, QuoteKind, find_quotes
from newsfacts.spans import Span

__version__ = "0.1.0.dev0"

__all__ = [
    "Actor",
    "ActorKind",
    "ActorMention",
    "Article",
    "Attribution",
    "CommitmentStatus",
    "DateMention",
    "DateRange",
    "DateRole",
    "Duration",
    "DurationMention",
    "DurationUnit",
    "Event",
    "EventKind",
    "EventStatus",
    "Facts",
    "Granularity",
    "MentionForm",
    "MonetaryCommitment",
    "Money",
    "MoneyMention",
    "MoneyRange",
    "NewsfactsError",
    "ParseError",
    "Qualifier",
    "Quote",
    "QuoteKind",
    "Span",
    "ValidationError",
    "__version__",
    "extract",
    "find_actors",
    "find_commitments",
    "find_dates",
    "find_events",
    "find_money",
    "find_quotes",
    "format_date_range",
    "format_money",
    "parse_date_range",
    "parse_money",
    "worked_example",
]
