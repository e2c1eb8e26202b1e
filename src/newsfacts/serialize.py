"""Facts <-> the "newsfacts/1" JSON document.

The document is a public contract: field names never change; new fields may be added.
"""

from __future__ import annotations

from typing import Any

import attrs

from newsfacts.actors import Actor, ActorKind
from newsfacts.article import Article, Facts
from newsfacts.commitments import MonetaryCommitment
from newsfacts.dates import DateMention, DateRange, Duration, DurationMention
from newsfacts.errors import ValidationError
from newsfacts.events import Event, EventStatus
from newsfacts.money import Money, MoneyMention, MoneyRange, decimal_str
from newsfacts.quotes import Attribution, Quote

__all__ = ["SCHEMA", "facts_from_dict", "facts_to_dict", "facts_to_jsonld"]

SCHEMA = "newsfacts/1"


def facts_to_dict(facts: Facts) -> dict[str, Any]:
    """The JSON document for ``facts``: ``{"schema": "newsfacts/1", "article": ..., ...}``."""
    return {
        "schema": SCHEMA,
        "article": facts.article.to_dict(),
        "money": [m.to_dict() for m in facts.money],
        "dates": [d.to_dict() for d in facts.dates],
        "durations": [d.to_dict() for d in facts.durations],
        "entities": [a.to_dict() for a in facts.entities],
        "quotes": [_quote_to_dict(q, facts.entities) for q in facts.quotes],
        "commitments": _commitments_to_dict(facts.commitments, facts.entities),
        "events": [_event_to_dict(e, facts.entities) for e in facts.events],
    }


def _quote_to_dict(quote: Quote, entities: tuple[Actor, ...]) -> dict[str, Any]:
    out = quote.to_dict()
    speaker = quote.speaker
    # the speaker by name (the public field) and by its index in "entities" (exact)
    out["speaker_entity"] = entities.index(speaker) if speaker in entities else None
    return out


def _quote_from_dict(data: dict[str, Any], entities: tuple[Actor, ...]) -> Quote:
    by_name = {a.name: a for a in reversed(entities)}
    index = data.get("speaker_entity")
    if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(entities):
        by_name = {**by_name, str(data.get("speaker")): entities[index]}
    return Quote.from_dict(data, by_name)


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
    entities = tuple(Actor.from_dict(a) for a in _items(data, "entities"))
    return Facts(
        article=Article.from_dict(article),
        money=tuple(MoneyMention.from_dict(m) for m in _items(data, "money")),
        dates=tuple(DateMention.from_dict(m) for m in _items(data, "dates")),
        durations=tuple(DurationMention.from_dict(m) for m in _items(data, "durations")),
        entities=entities,
        quotes=tuple(_quote_from_dict(q, entities) for q in _items(data, "quotes")),
        commitments=_commitments_from_dict(_items(data, "commitments"), entities),
        events=tuple(_event_from_dict(e, entities) for e in _items(data, "events")),
    )


# ---------------------------------------------------------------- commitments and events
#
# Actors appear by canonical name (the public fields) and, for an exact round trip, by
# reference in "<field>_entity": the actor's index in "entities", or the whole actor
# object when it is not among the entities (a hand-built Facts).


def _ref(actor: Actor | None, entities: tuple[Actor, ...]) -> int | dict[str, Any] | None:
    if actor is None:
        return None
    for i, a in enumerate(entities):
        if a == actor:
            return i
    return actor.to_dict()


def _deref(ref: object, name: object, entities: tuple[Actor, ...], kind: ActorKind) -> Actor | None:
    if isinstance(ref, int) and not isinstance(ref, bool) and 0 <= ref < len(entities):
        return entities[ref]
    if isinstance(ref, dict):
        return Actor.from_dict(ref)
    if name is None:
        return None
    if not isinstance(name, str):
        raise ValidationError("name", name, "a str or null")
    for a in entities:
        if a.name == name:
            return a
    return Actor(name, kind)


def _commitments_to_dict(
    commitments: tuple[MonetaryCommitment, ...], entities: tuple[Actor, ...]
) -> list[dict[str, Any]]:
    out = []
    for c in commitments:
        item = c.to_dict()
        parent = c.part_of
        index = None
        if parent is not None:
            index = next((i for i, o in enumerate(commitments) if o is parent), None)
            if index is None:
                index = next((i for i, o in enumerate(commitments) if o == parent), None)
        item["part_of"] = index
        if parent is not None and index is None:
            item["part_of_commitment"] = _commitments_to_dict((parent,), entities)[0]
        item["donor_entity"] = _ref(c.donor, entities)
        item["recipient_entity"] = _ref(c.recipient, entities)
        out.append(item)
    return out


def _commitments_from_dict(
    items: list[dict[str, Any]], entities: tuple[Actor, ...]
) -> tuple[MonetaryCommitment, ...]:
    built: dict[int, MonetaryCommitment] = {}

    def build(i: int, seen: frozenset[int]) -> MonetaryCommitment:
        if i in built:
            return built[i]
        data = items[i]
        parent: MonetaryCommitment | None = None
        index = data.get("part_of")
        if index is not None:
            ok = isinstance(index, int) and not isinstance(index, bool)
            if not ok or not 0 <= index < len(items) or index in seen or index == i:
                raise ValidationError("part_of", index, "the index of another commitment")
            parent = build(index, seen | {i})
        elif isinstance(data.get("part_of_commitment"), dict):
            parent = _commitments_from_dict([data["part_of_commitment"]], entities)[0]
        c = MonetaryCommitment.from_dict(data, {}, parent)
        donor = _deref(
            data.get("donor_entity"), data.get("donor"), entities, ActorKind.ORGANIZATION
        )
        if donor is None:
            raise ValidationError("donor", None, "an actor's name")
        recipient = _deref(
            data.get("recipient_entity"), data.get("recipient"), entities, ActorKind.ORGANIZATION
        )
        built[i] = attrs.evolve(c, donor=donor, recipient=recipient)
        return built[i]

    return tuple(build(i, frozenset()) for i in range(len(items)))


def _event_to_dict(event: Event, entities: tuple[Actor, ...]) -> dict[str, Any]:
    item = event.to_dict()
    item["actor_entities"] = [_ref(a, entities) for a in event.actors]
    item["place_entity"] = _ref(event.place, entities)
    for key, atts in (("assertions", event.asserted_by), ("denials", event.denied_by)):
        for detail, att in zip(item[key], atts, strict=True):
            detail["speaker_entity"] = _ref(att.speaker, entities)
    return item


def _event_from_dict(data: dict[str, Any], entities: tuple[Actor, ...]) -> Event:
    event = Event.from_dict(data, {})
    refs = data.get("actor_entities")
    actors = event.actors
    if isinstance(refs, list) and len(refs) == len(actors):
        names = data.get("actors", [])
        actors = tuple(
            _deref(r, n, entities, ActorKind.ORGANIZATION) or a
            for r, n, a in zip(refs, names, actors, strict=True)
        )
    place = event.place
    if "place_entity" in data:
        place = _deref(data["place_entity"], data.get("place"), entities, ActorKind.PLACE)

    def speakers(key: str, atts: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
        details = data.get(key)
        if not isinstance(details, list) or len(details) != len(atts):
            return atts
        return tuple(
            attrs.evolve(
                att,
                speaker=_deref(
                    d.get("speaker_entity"), d.get("speaker"), entities, ActorKind.ORGANIZATION
                ),
            )
            for d, att in zip(details, atts, strict=True)
        )

    return attrs.evolve(
        event,
        actors=actors,
        place=place,
        asserted_by=speakers("assertions", event.asserted_by),
        denied_by=speakers("denials", event.denied_by),
    )


# ---------------------------------------------------------------- JSON-LD (schema.org)

SCHEMA_ORG = "https://schema.org"


def _bcp47(locale: str) -> str:
    return locale.replace("_", "-")


def _amount_node(value: Money | MoneyRange) -> dict[str, Any]:
    if isinstance(value, MoneyRange):
        return {
            "@type": "MonetaryAmount",
            "currency": value.currency,
            "minValue": decimal_str(value.low.amount),
            "maxValue": decimal_str(value.high.amount),
        }
    return {
        "@type": "MonetaryAmount",
        "currency": value.currency,
        "value": decimal_str(value.amount),
    }


_ACTOR_TYPES = {
    ActorKind.PERSON: "Person",
    ActorKind.ORGANIZATION: "Organization",
    ActorKind.GROUP: "Organization",
    ActorKind.COUNTRY: "Country",
    ActorKind.PLACE: "Place",
}
# schema.org's EventStatusType has no member for alleged or disputed events: those carry
# no eventStatus, and every event states its status in an additionalProperty.
_EVENT_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.EXPECTED: "https://schema.org/EventScheduled",
    EventStatus.OCCURRED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}


def _char(start: int, end: int) -> str:
    """A span as an RFC 5147 character range of ``articleBody``."""
    return f"char={start},{end}"


def _prop(name: str, value: object) -> dict[str, Any]:
    return {"@type": "PropertyValue", "name": name, "value": value}


def _iso_range(when: DateRange) -> str:
    """A date range in ISO 8601: one day, or an interval (open sides as "..")."""
    if when.start is not None and when.start == when.end:
        return when.start.isoformat()
    left = when.start.isoformat() if when.start else ".."
    right = when.end.isoformat() if when.end else ".."
    return f"{left}/{right}"


class _Nodes:
    """Actors as schema.org nodes with blank-node ids, referenced by ``{"@id": ...}``."""

    def __init__(self, entities: tuple[Actor, ...]) -> None:
        self.ids: dict[Actor, str] = {}
        self.nodes: list[dict[str, Any]] = []
        for a in entities:
            self.ref(a)

    def ref(self, actor: Actor) -> dict[str, str]:
        if actor not in self.ids:
            node_id = f"_:entity-{len(self.ids)}"
            self.ids[actor] = node_id
            node: dict[str, Any] = {
                "@type": _ACTOR_TYPES[actor.kind],
                "@id": node_id,
                "name": actor.name,
            }
            if actor.aliases:
                node["alternateName"] = list(actor.aliases)
            if actor.kind is ActorKind.PERSON and actor.title:
                node["jobTitle"] = actor.title
            if actor.country:
                country = {"@type": "Country", "identifier": actor.country}
                if actor.kind is ActorKind.COUNTRY:
                    node["identifier"] = actor.country
                elif actor.kind is ActorKind.PERSON:
                    node["nationality"] = country
                elif actor.kind is ActorKind.PLACE:
                    node["containedInPlace"] = country
                else:
                    node["location"] = country
            self.nodes.append(node)
        return {"@id": self.ids[actor]}


def _grant_node(
    c: MonetaryCommitment, i: int, ids: dict[int, int], nodes: _Nodes
) -> dict[str, Any]:
    amount = _amount_node(c.amount)
    period = c.period
    if isinstance(period, DateRange):
        if period.start is not None:
            amount["validFrom"] = period.start.isoformat()
        if period.end is not None:
            amount["validThrough"] = period.end.isoformat()
    node: dict[str, Any] = {
        "@type": "MonetaryGrant",
        "@id": f"_:grant-{i}",
        "name": c.text,
        "amount": amount,
        "funder": nodes.ref(c.donor),
        "identifier": _char(c.span.start, c.span.end),
    }
    if c.recipient is not None:
        node["fundedItem"] = nodes.ref(c.recipient)
    if c.purpose:
        node["description"] = c.purpose
    props = [_prop("status", c.status.value), _prop("qualifier", c.qualifier.value)]
    if isinstance(period, Duration):
        props.append(_prop("period", period.iso))
    elif isinstance(period, DateRange):
        props.append(_prop("period", _iso_range(period)))
    if c.announced_on is not None:
        props.append(_prop("announcedOn", _iso_range(c.announced_on)))
    if c.part_of is not None and id(c.part_of) in ids:
        props.append(_prop("partOf", f"_:grant-{ids[id(c.part_of)]}"))
    node["additionalProperty"] = props
    return node


def _event_node(e: Event, i: int, nodes: _Nodes) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Event",
        "@id": f"_:event-{i}",
        "name": e.kind.value.replace("_", " "),
        "identifier": [_char(s.start, s.end) for s in e.spans],
    }
    if e.start is not None:
        node["startDate"] = e.start.isoformat()
    if e.end is not None:
        node["endDate"] = e.end.isoformat()
    if e.place is not None:
        node["location"] = nodes.ref(e.place)
    attendees = [a for a in e.actors if a.kind not in (ActorKind.COUNTRY, ActorKind.PLACE)]
    about = [a for a in e.actors if a.kind in (ActorKind.COUNTRY, ActorKind.PLACE)]
    if attendees:
        node["attendee"] = [nodes.ref(a) for a in attendees]
    if about:
        node["about"] = [nodes.ref(a) for a in about]
    if e.status in _EVENT_STATUS:
        node["eventStatus"] = _EVENT_STATUS[e.status]
    props = [_prop("status", e.status.value)]
    props += [_prop("assertedBy", a.speaker.name) for a in e.asserted_by if a.speaker]
    props += [_prop("deniedBy", a.speaker.name) for a in e.denied_by if a.speaker]
    node["additionalProperty"] = props
    return node


def _quote_node(q: Quote, i: int, nodes: _Nodes) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Quotation",
        "@id": f"_:quote-{i}",
        "text": q.text,
        "genre": q.kind.value,
        "identifier": _char(q.span.start, q.span.end),
    }
    if q.speaker is not None:
        node["creator"] = nodes.ref(q.speaker)
        node["spokenByCharacter"] = nodes.ref(q.speaker)
    said = q.attribution.said_on
    if said is not None and said.start is not None and said.start == said.end:
        node["dateCreated"] = said.start.isoformat()
    if q.content != q.text:
        node["description"] = q.content
    return node


def facts_to_jsonld(facts: Facts) -> dict[str, Any]:
    """The facts as schema.org JSON-LD: a ``NewsArticle`` (``datePublished``,
    ``inLanguage``, ``articleBody``) whose ``mentions`` hold the facts.

    - actors are ``Person``, ``Organization`` (groups too), ``Country`` or ``Place`` nodes
      with blank-node ids, referenced from the other nodes as ``{"@id": ...}``;
    - money mentions are ``MonetaryAmount`` nodes (``value``, or ``minValue`` and
      ``maxValue``), their qualifier and span as ``PropertyValue`` additions;
    - quotes are ``Quotation`` nodes (``text``, ``creator`` and ``spokenByCharacter``,
      ``dateCreated`` when said on a known day, the kind as ``genre``); an address or
      statement event links the quotations it produced with ``recordedIn``;
    - commitments are ``MonetaryGrant`` nodes (``amount`` as a ``MonetaryAmount`` whose
      ``validFrom``/``validThrough`` give the period, ``funder``, the recipient as
      ``fundedItem``, the purpose as ``description``), with status, announcement date and
      the including grant (``partOf``) as ``PropertyValue`` additions;
    - events are ``Event`` nodes (``startDate``, ``endDate``, ``location``, people and
      organizations as ``attendee``, countries as ``about``, ``eventStatus`` such as
      ``EventScheduled`` or ``EventCancelled``); a status schema.org lacks (alleged,
      disputed) and who asserts or denies it are ``PropertyValue`` additions.

    Every span is an RFC 5147 ``char=start,end`` range of ``articleBody``, given as the
    node's ``identifier``. Dates are ISO 8601.
    """
    art = facts.article
    nodes = _Nodes(facts.entities)
    mentions: list[dict[str, Any]] = []
    for m in facts.money:
        node = _amount_node(m.value)
        node["description"] = m.text
        node["additionalProperty"] = [
            _prop("qualifier", m.qualifier.value),
            _prop("span", f"{m.span.start}-{m.span.end}"),
        ]
        mentions.append(node)
    quotes = [_quote_node(q, i, nodes) for i, q in enumerate(facts.quotes)]
    ids = {id(c): i for i, c in enumerate(facts.commitments)}
    grants = [_grant_node(c, i, ids, nodes) for i, c in enumerate(facts.commitments)]
    events = [_event_node(e, i, nodes) for i, e in enumerate(facts.events)]
    for e, node in zip(facts.events, events, strict=True):
        if e.when is None or e.kind.value not in ("statement", "address", "interview"):
            continue
        recorded = [
            {"@id": qn["@id"]}
            for q, qn in zip(facts.quotes, quotes, strict=True)
            if q.attribution.said_on is not None
            and q.attribution.said_on.overlaps(e.when)
            and q.attribution.occasion
            and q.speaker in e.actors
        ]
        if recorded:
            node["recordedIn"] = recorded
    doc: dict[str, Any] = {
        "@context": SCHEMA_ORG,
        "@type": "NewsArticle",
        "datePublished": art.published.isoformat(),
        "inLanguage": _bcp47(art.locale),
        "articleBody": art.text,
        "mentions": [*nodes.nodes, *mentions, *quotes, *grants, *events],
    }
    if art.headline:
        doc["headline"] = art.headline
    if art.url:
        doc["url"] = art.url
    if art.outlet:
        doc["publisher"] = {"@type": "Organization", "name": art.outlet}
    return doc
