"""Facts.to_jsonld(): well-formed schema.org JSON-LD. It survives a JSON round trip, every
node's @type is a schema.org type, every property is one schema.org defines for that
type, every @id reference points at a node, and every date is ISO 8601."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import (
    Actor,
    Article,
    Attribution,
    DateRange,
    Duration,
    Event,
    Facts,
    MonetaryCommitment,
    Money,
    MoneyRange,
    Quote,
    Span,
    extract,
    worked_example,
)

# Types from schema.org's type hierarchy (https://schema.org/docs/full.html), written down
# here: a subset around the ones newsfacts uses, so that a typo or an invented type fails.
# fmt: off
SCHEMA_ORG_TYPES = frozenset([
    "Thing", "Action", "CreativeWork", "Article", "NewsArticle", "Report", "ScholarlyArticle",
    "Quotation", "WebPage", "Dataset", "ImageObject", "Event", "BusinessEvent", "SocialEvent",
    "PublicationEvent", "Person", "Organization", "GovernmentOrganization", "NGO",
    "Corporation", "NewsMediaOrganization", "Place", "Country", "State", "City",
    "AdministrativeArea", "Intangible", "StructuredValue", "MonetaryAmount", "PropertyValue",
    "QuantitativeValue", "Grant", "MonetaryGrant", "DefinedTerm", "Enumeration",
    "EventStatusType", "PostalAddress", "VirtualLocation", "Offer", "Product",
])
EVENT_STATUS_TYPE = frozenset(
    "https://schema.org/" + member
    for member in ["EventScheduled", "EventCancelled", "EventPostponed", "EventRescheduled",
                   "EventMovedOnline"]
)
# fmt: on
# Properties schema.org defines on each type (its own and those it inherits), limited to
# the ones newsfacts writes. "additionalProperty" is added on MonetaryAmount, MonetaryGrant
# and Event as issue 5 asks, although schema.org lists it only on Place, Product, Offer,
# QualitativeValue, QuantitativeValue and MerchantReturnPolicy.
THING = {"@type", "@id", "name", "alternateName", "description", "identifier", "url"}
PROPERTIES: dict[str, set[str]] = {
    "NewsArticle": THING
    | {"@context", "datePublished", "inLanguage", "articleBody", "mentions", "headline"}
    | {"publisher"},
    "Person": THING | {"jobTitle", "nationality"},
    "Organization": THING | {"location"},
    "Country": THING | {"containedInPlace"},
    "Place": THING | {"containedInPlace"},
    "MonetaryAmount": THING
    | {"currency", "value", "minValue", "maxValue", "validFrom", "validThrough"}
    | {"additionalProperty"},
    "PropertyValue": THING | {"value"},
    "Quotation": THING | {"text", "creator", "spokenByCharacter", "dateCreated", "genre"},
    "MonetaryGrant": THING | {"amount", "funder", "fundedItem", "additionalProperty"},
    "Event": THING
    | {"startDate", "endDate", "location", "attendee", "about", "eventStatus", "recordedIn"}
    | {"additionalProperty"},
}
DATE_KEYS = {"datePublished", "startDate", "endDate", "dateCreated", "validFrom", "validThrough"}
ISO_DATE = r"\d{4}-\d{2}-\d{2}"
ISO_VALUE = re.compile(
    rf"({ISO_DATE}|\.\.)/({ISO_DATE}|\.\.)|{ISO_DATE}|P\d+(\.\d+)?[YMWD]"
)  # a day, an interval (".." for an open side) or a one-unit duration
DATED_PROPERTIES = {"announcedOn", "period"}


def nodes(value: object) -> Iterator[dict[str, Any]]:
    """Every dict in ``value``, recursively."""
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from nodes(v)
    elif isinstance(value, list):
        for v in value:
            yield from nodes(v)


def check(doc: dict[str, Any]) -> None:
    """Assert that ``doc`` is well-formed schema.org JSON-LD (the checks of this module)."""
    again = json.loads(json.dumps(doc, ensure_ascii=False))
    assert again == doc
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "NewsArticle"
    ids = {n["@id"] for n in nodes(doc) if "@id" in n and "@type" in n}
    for n in nodes(doc):
        if "@type" not in n:
            assert set(n) == {"@id"}, n  # a reference
            assert n["@id"] in ids, n
            continue
        kind = n["@type"]
        assert kind in SCHEMA_ORG_TYPES, kind
        assert set(n) <= PROPERTIES[kind], (kind, set(n) - PROPERTIES[kind])
        for k in DATE_KEYS & set(n):
            assert dt.date.fromisoformat(n[k]).isoformat() == n[k]
        if "eventStatus" in n:
            assert n["eventStatus"] in EVENT_STATUS_TYPE
        if kind == "PropertyValue" and n["name"] in DATED_PROPERTIES:
            assert ISO_VALUE.fullmatch(n["value"]), n
    assert dt.date.fromisoformat(doc["datePublished"])


# ---------------------------------------------------------------- extracted articles

DEVSET = Path(__file__).parent / "devset"


def _articles() -> list[tuple[str, Article]]:
    out = [("worked-example", worked_example())]
    gold = json.loads((DEVSET / "gold.json").read_text(encoding="utf-8"))
    for aid, g in sorted(gold.items()):
        text = (DEVSET / f"{aid}.txt").read_text(encoding="utf-8")
        day = dt.date.fromisoformat(g["published"])
        out.append((aid, Article(text=text, published=day, locale=g["locale"])))
    return out


@pytest.mark.parametrize(
    ("aid", "article"), _articles(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_extracted_articles_give_well_formed_jsonld(aid: str, article: Article) -> None:
    check(extract(article).to_jsonld())


def test_the_worked_example_maps_every_kind_of_fact() -> None:
    doc = extract(worked_example()).to_jsonld()
    by_type: dict[str, list[dict[str, Any]]] = {}
    for n in doc["mentions"]:
        by_type.setdefault(n["@type"], []).append(n)
    assert {"Person", "Organization", "Country", "Place", "MonetaryAmount"} <= set(by_type)
    assert {"Quotation", "MonetaryGrant", "Event"} <= set(by_type)
    names = {n["@id"]: n.get("name") for n in doc["mentions"] if "@id" in n}
    grants = by_type["MonetaryGrant"]
    assert [names[g["funder"]["@id"]] for g in grants] == ["Canada"] * 3
    assert grants[0]["amount"] == {
        "@type": "MonetaryAmount",
        "currency": "CAD",
        "value": "23500000000",
        "validFrom": "2022-01-01",
    }
    assert {"@type": "PropertyValue", "name": "partOf", "value": grants[0]["@id"]} in grants[1][
        "additionalProperty"
    ]
    visit = by_type["Event"][0]
    assert (visit["startDate"], visit["endDate"]) == ("2026-01-05", "2026-01-06")
    assert visit["eventStatus"] == "https://schema.org/EventScheduled"
    assert names[visit["location"]["@id"]] == "France"
    attack = by_type["Event"][-1]
    assert "eventStatus" not in attack  # disputed: schema.org has no such status
    assert {"@type": "PropertyValue", "name": "status", "value": "disputed"} in attack[
        "additionalProperty"
    ]
    quote = by_type["Quotation"][1]
    assert names[quote["creator"]["@id"]] == names[quote["spokenByCharacter"]["@id"]]
    assert doc["inLanguage"] == "en-CA"


# ---------------------------------------------------------------- constructed facts


def test_constructed_facts_give_well_formed_jsonld() -> None:
    """Ranges, durations, open periods, cancelled and alleged events, actors missing from
    the entities, and the article's optional fields."""
    text = "Aland gave Bland $1-2 billion over five years. The summit was cancelled."
    aland = Actor("Aland", "country", country="AX", aliases=("Alandia",))
    envoy = Actor("Ana Vo", "person", title="Envoy", country="AX")
    town = Actor("Bree", "place", country="AX")
    bland = Actor("Bland", "group")
    grant = MonetaryCommitment(
        donor=aland,
        recipient=bland,
        amount=MoneyRange(Money(1_000_000_000, "USD"), Money(2_000_000_000, "USD")),
        period=Duration(5, "Y"),
        announced_on=DateRange(None, dt.date(2026, 1, 31), "month"),
        span=Span(17, 29),
        text=text[17:29],
    )
    part = MonetaryCommitment(
        donor=envoy,
        amount=Money(5, "EUR"),
        period=DateRange(dt.date(2026, 1, 1), None, "year"),
        part_of=grant,
        span=Span(0, 5),
        text=text[0:5],
    )
    events = (
        Event(kind="summit", place=town, status="cancelled", spans=(Span(51, 57),)),
        Event(
            kind="attack",
            actors=(bland, aland),
            when=DateRange(dt.date(2026, 1, 3), None, "day"),
            status="alleged",
            asserted_by=(Attribution(speaker=envoy, cue="accused"),),
            spans=(Span(0, 5),),
        ),
    )
    quote = Quote(
        text="gave",
        kind="partial",
        attribution=Attribution(speaker=bland, said_on=DateRange(dt.date(2026, 1, 2), None)),
        span=Span(6, 10),
        content_span=Span(0, 29),
        content=text[0:29],
    )
    article = Article(
        text=text,
        published=dt.date(2026, 2, 1),
        locale="en_GB",
        headline="Aland gives",
        outlet="The Courier",
        url="https://example.org/aland",
    )
    facts = Facts(
        article=article,
        entities=(aland,),
        quotes=(quote,),
        commitments=(grant, part),
        events=events,
    )
    doc = facts.to_jsonld()
    check(doc)
    assert doc["publisher"] == {"@type": "Organization", "name": "The Courier"}
    cancelled = next(n for n in doc["mentions"] if n.get("name") == "summit")
    assert cancelled["eventStatus"] == "https://schema.org/EventCancelled"
    grant_node = next(n for n in doc["mentions"] if n["@type"] == "MonetaryGrant")
    assert (grant_node["amount"]["minValue"], grant_node["amount"]["maxValue"]) == (
        "1000000000",
        "2000000000",
    )


# ---------------------------------------------------------------- any article

_WORDS = st.sampled_from(
    [
        "Ottawa", "has committed", "$5 billion", "to Ukraine", "since 2022", ",", "including",
        "$1 billion", ".", "Carney", "will travel to", "France", "on Jan. 5", "said", "“Yes,”",
        "Moscow accused Kyiv of", "a Dec. 29 drone attack", "Kyiv denied it", "met",
        "Zelenskyy", "in Halifax", "last weekend", "in a Jan. 2 statement", "the", "\n",
    ]
)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_any_extracted_text_gives_well_formed_jsonld(text: str) -> None:
    check(extract(Article(text=text, published=dt.date(2026, 1, 2), locale="en_CA")).to_jsonld())
