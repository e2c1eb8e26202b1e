"""Monetary commitments: who gives how much to whom, for what, and over when.
:class:`MonetaryCommitment`, :class:`CommitmentStatus` and the finder
:func:`find_commitments`.

A commitment is an amount of money that an actor commits, pledges, announces, approves,
proposes or provides ("Ottawa has committed $23.5 billion in aid to Ukraine since 2022").
Money that is not given stays out: repayments, what someone "had already spent", prices
and rates ("30,000 yen per household"), losses, and the second figure of a currency
conversion in parentheses ("¥21.3 trillion ($137 billion)" is one amount shown twice).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

import attrs

from newsfacts._scan import Doc, doc_for, reporter_of, subject_before
from newsfacts._text import load_data
from newsfacts._validate import (
    instance_of,
    list_to_tuple,
    member_of,
    optional,
    text_fits_span,
    to_enum,
    tuple_of,
)
from newsfacts.actors import Actor, ActorKind, ActorMention, find_actors
from newsfacts.dates import (
    DateMention,
    DateRange,
    DateRole,
    Duration,
    DurationMention,
    find_dates,
)
from newsfacts.errors import ValidationError
from newsfacts.locales import normalize_locale
from newsfacts.money import (
    Money,
    MoneyMention,
    MoneyRange,
    Qualifier,
    find_money,
    money_value_from_dict,
)
from newsfacts.quotes import Quote, find_quotes
from newsfacts.spans import Span

__all__ = ["CommitmentStatus", "MonetaryCommitment", "find_commitments"]


class CommitmentStatus(StrEnum):
    """How far a commitment has gone, from the verb that states it and its tense."""

    COMMITTED = "committed"
    """"has committed", "signed a $3bn agreement", "allocated"."""
    PLEDGED = "pledged"
    """"pledged", "promised", and every future giving verb: "will provide", "will spend"."""
    ANNOUNCED = "announced"
    """"announced", "unveiled"."""
    PROPOSED = "proposed"
    """"proposed", "requested"."""
    APPROVED = "approved"
    """"approved", "authorized", "passed"."""
    PROVIDED = "provided"
    """A past giving verb: "provided", "gave", "lent", "donated", "sent"."""


def _check_part_of(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, MonetaryCommitment):
        raise ValidationError(attr.name, value, "a MonetaryCommitment or None")


def _check_purpose(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ValidationError(attr.name, value, "a non-empty str or None")


def _to_qualifier(value: Any) -> Any:
    """Converter: a Qualifier member or its value (a named function, for mypy)."""
    return to_enum(Qualifier)(value)


def _to_status(value: Any) -> Any:
    """Converter: a CommitmentStatus member or its value (a named function, for mypy)."""
    return to_enum(CommitmentStatus)(value)


@attrs.frozen(kw_only=True)
class MonetaryCommitment:
    """Money an actor gives or promises: the donor, the recipient, the amount with its
    hedge, the purpose, the period the money covers, the status, when it was announced,
    and the commitment that includes it (``part_of``).

    ``span`` and ``text`` locate the amount as written; ``cue`` is the word that makes it
    a commitment ("committed", "will provide", "including"); ``equivalents`` are the same
    amount in other currencies as the text converts it ("($137 billion)").

    >>> canada = Actor("Canada", "country", aliases=("Ottawa",), country="CA")
    >>> total = MonetaryCommitment(
    ...     donor=canada, recipient=Actor("Ukraine", "country", country="UA"),
    ...     amount=Money("23500000000", "CAD"), purpose="aid", span=Span(0, 13),
    ...     text="$23.5 billion", status="committed")
    >>> part = attrs.evolve(total, amount=Money("12000000000", "CAD"), part_of=total,
    ...                     purpose="direct financial support", text="$12 billion",
    ...                     span=Span(20, 31))
    >>> part.part_of.amount.amount, part.status.value
    (Decimal('23500000000'), 'committed')
    >>> MonetaryCommitment(donor=None, amount=Money(1, "CAD"), span=Span(0, 2), text="$1")
    Traceback (most recent call last):
    ...
    newsfacts.errors.ValidationError: 'donor' must be an Actor (got None)
    """

    donor: Actor = attrs.field(validator=instance_of(Actor, what="an Actor"))
    recipient: Actor | None = attrs.field(
        default=None, validator=optional(instance_of(Actor, what="an Actor"))
    )
    amount: Money | MoneyRange = attrs.field(
        validator=instance_of(Money, MoneyRange, what="a Money or MoneyRange")
    )
    qualifier: Qualifier = attrs.field(
        default=Qualifier.EXACT, converter=_to_qualifier, validator=member_of(Qualifier)
    )
    purpose: str | None = attrs.field(default=None, validator=_check_purpose)
    period: DateRange | Duration | None = attrs.field(
        default=None,
        validator=optional(instance_of(DateRange, Duration, what="a DateRange or a Duration")),
    )
    status: CommitmentStatus = attrs.field(
        default=CommitmentStatus.COMMITTED,
        converter=_to_status,
        validator=member_of(CommitmentStatus),
    )
    announced_on: DateRange | None = attrs.field(
        default=None, validator=optional(instance_of(DateRange, what="a DateRange"))
    )
    part_of: MonetaryCommitment | None = attrs.field(default=None, validator=_check_part_of)
    span: Span = attrs.field(validator=instance_of(Span, what="a Span"))
    text: str = attrs.field(validator=text_fits_span)
    cue: str | None = attrs.field(default=None, validator=optional(instance_of(str, what="a str")))
    equivalents: tuple[Money | MoneyRange, ...] = attrs.field(
        default=(),
        converter=list_to_tuple,
        validator=tuple_of(Money, MoneyRange, what="Money or MoneyRange"),
    )

    @property
    def currency(self) -> str:
        """The amount's ISO 4217 currency."""
        return self.amount.currency

    def to_dict(self) -> dict[str, Any]:
        """The ``"commitments"`` item of the newsfacts/1 JSON, with actors by canonical
        name. ``part_of`` is left ``None``: only the document knows the parent's index.

        >>> c = MonetaryCommitment(donor=Actor("Canada", "country"), text="$2.5 billion",
        ...                        amount=Money("2500000000", "CAD"), span=Span(0, 12))
        >>> d = c.to_dict()
        >>> d["donor"], d["amount"], d["period"], d["status"]
        ('Canada', {'amount': '2500000000', 'currency': 'CAD'}, None, 'committed')
        """
        return {
            "donor": self.donor.name,
            "recipient": self.recipient.name if self.recipient else None,
            "amount": self.amount.to_dict(),
            "qualifier": self.qualifier.value,
            "purpose": self.purpose,
            "period": period_to_dict(self.period),
            "status": self.status.value,
            "announced_on": self.announced_on.to_dict() if self.announced_on else None,
            "part_of": None,
            "span": self.span.to_list(),
            "text": self.text,
            "cue": self.cue,
            "equivalents": [v.to_dict() for v in self.equivalents],
        }

    @classmethod
    def from_dict(
        cls,
        data: dict[str, Any],
        entities: Mapping[str, Actor],
        part_of: MonetaryCommitment | None = None,
    ) -> MonetaryCommitment:
        """Read a ``"commitments"`` item; ``entities`` maps canonical names to actors (a
        name missing from it is read as an organization of that name)."""
        amount = data.get("amount")
        if not isinstance(amount, dict):
            raise ValidationError("amount", amount, "an object")
        announced = data.get("announced_on")
        if announced is not None and not isinstance(announced, dict):
            raise ValidationError("announced_on", announced, "an object or null")
        equivalents = data.get("equivalents", [])
        if not isinstance(equivalents, list) or not all(isinstance(v, dict) for v in equivalents):
            raise ValidationError("equivalents", equivalents, "a list of objects")
        return cls(
            donor=_actor(data.get("donor"), entities),  # type: ignore[arg-type]
            recipient=_actor(data.get("recipient"), entities),
            amount=money_value_from_dict(amount),
            qualifier=data.get("qualifier", "exact"),
            purpose=data.get("purpose"),
            period=period_from_dict(data.get("period")),
            status=data.get("status", "committed"),
            announced_on=DateRange.from_dict(announced) if announced else None,
            part_of=part_of,
            span=Span.from_list(data.get("span")),
            text=data.get("text"),  # type: ignore[arg-type]
            cue=data.get("cue"),
            equivalents=tuple(money_value_from_dict(v) for v in equivalents),
        )


def _actor(name: object, entities: Mapping[str, Actor]) -> Actor | None:
    if name is None:
        return None
    if not isinstance(name, str):
        raise ValidationError("name", name, "a str or null")
    found = entities.get(name)
    return found if found is not None else Actor(name, ActorKind.ORGANIZATION)


def period_to_dict(period: DateRange | Duration | None) -> dict[str, Any] | None:
    """The JSON form of a period: a date range's ``{"start", "end", "granularity",
    "timex"}``, a duration's ``{"duration", "quantity", "unit"}``, or ``None``.

    >>> period_to_dict(Duration(5, "Y"))
    {'duration': 'P5Y', 'quantity': '5', 'unit': 'Y'}
    """
    if period is None:
        return None
    if isinstance(period, Duration):
        qty = format(period.quantity.normalize(), "f") if period.quantity else "0"
        return {"duration": period.iso, "quantity": qty, "unit": period.unit.value}
    return period.to_dict()


def period_from_dict(data: object) -> DateRange | Duration | None:
    """Read the JSON form written by :func:`period_to_dict`."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ValidationError("period", data, "an object or null")
    if "duration" in data:
        if "quantity" in data and "unit" in data:
            try:
                qty = Decimal(str(data["quantity"]))
            except ArithmeticError as exc:
                raise ValidationError("quantity", data["quantity"], "a decimal string") from exc
            return Duration(qty, data["unit"])
        return Duration.from_iso(data["duration"])
    return DateRange.from_dict(data)


# =====================================================================================
# Reading commitments. For every money mention: is it the second figure of a currency
# conversion, a rate ("per household"), or governed by a verb that does not give money
# ("repaid", "had already spent", "is")? If a giving verb governs it ("has committed",
# "will give Ukraine", "lent Tonga") or it is part of an earlier commitment ("including
# $12 billion"), read the donor (the verb's subject, metonymy already resolved by
# find_actors), the recipient ("to Ukraine", "for Ukraine", "give Ukraine"), the purpose
# ("in military aid", "for air-defence systems", "to repair bridges"), the period ("since
# 2022", "over five years") and the announcement date from the clause around it. Every
# scan looks at a bounded window of tokens, so the whole pass is linear.
# =====================================================================================


@attrs.frozen
class _Lex:
    verbs: dict[str, tuple[str, CommitmentStatus, CommitmentStatus]]
    past: frozenset[str]
    inverse: frozenset[str]
    weak: frozenset[str]
    future: frozenset[str]
    blocking: frozenset[str]
    gap: frozenset[str]
    part: frozenset[str]
    nouns: frozenset[str]
    containers: frozenset[str]
    not_nouns: frozenset[str]
    per: frozenset[str]
    time_units: frozenset[str]
    participles: frozenset[str]
    be_forms: frozenset[str]
    period_preps: frozenset[str]
    purpose_stops: frozenset[str]
    clause_stops: frozenset[str]


@cache
def _lex() -> _Lex:
    d = load_data("commitments.json")
    verbs = {
        form: (lemma, CommitmentStatus(past), CommitmentStatus(future))
        for form, (lemma, past, future) in d["verbs"].items()
    }
    return _Lex(
        verbs=verbs,
        past=frozenset(d["past_forms"]),
        inverse=frozenset(d["inverse"]),
        weak=frozenset(d["weak"]),
        future=frozenset(d["future_markers"]),
        blocking=frozenset(d["blocking"]),
        gap=frozenset(d["gap_words"]),
        part=frozenset(d["part_cues"]),
        nouns=frozenset(d["nouns"]),
        containers=frozenset(d["containers"]),
        not_nouns=frozenset(d["not_nouns"]),
        per=frozenset(d["per_words"]),
        time_units=frozenset(d["time_units"]),
        participles=frozenset(d["passive_participles"]),
        be_forms=frozenset(d["be_forms"]),
        period_preps=frozenset(d["period_preps"]),
        purpose_stops=frozenset(d["purpose_stops"]),
        clause_stops=frozenset(d["clause_stops"]),
    )


_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "this", "that"])
_CONVERSION_WORDS = frozenset(load_data("commitments.json")["conversion_words"])
_FURTHER = frozenset(["further", "additional", "another", "extra", "more", "new", "fresh"])
_MAX_GAP = 8  # tokens between a giving verb and its amount ("give Moldova a further €300m")
_DATE_REACH = 40  # tokens around the verb where its announcement date may stand
# words that open a clause whose date is not the commitment's ("when", "that" do not)
_OTHER_CLAUSE = frozenset(["while", "whereas", "but", "although", "though", "because", "which"])
_OTHER_CLAUSE |= {"who", "whom", "whose", ";"}
_INHERIT_WINDOW = 6  # sentences a donorless "further" amount may look back for its giver
_MAX_SCAN = 18  # tokens read after an amount for its recipient, purpose and period
_PUNCT_STOPS = frozenset([",", ";", ":", ".", "!", "?", "—", "–", "“", "”", '"'])


@attrs.define
class _Cue:
    """The word that makes an amount a commitment."""

    i: int  # token index
    lemma: str
    status: CommitmentStatus
    inverse: bool = False
    passive: bool = False
    part: bool = False
    weak: bool = False
    objects: list[ActorMention] = attrs.Factory(list)  # actors between verb and amount
    further: bool = False


@attrs.define
class _Draft:
    """A commitment while it is being read."""

    money: MoneyMention
    mi: int  # first token of the amount
    after: int  # first token after the amount (and its conversions)
    sentence: int
    cue: _Cue
    equivalents: list[Money | MoneyRange] = attrs.Factory(list)
    donor: Actor | None = None
    recipient: Actor | None = None
    purpose: str | None = None
    period: DateRange | Duration | None = None
    announced_on: DateRange | None = None
    status: CommitmentStatus = CommitmentStatus.COMMITTED
    parent: _Draft | None = None
    built: MonetaryCommitment | None = None


class _Reader:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = _lex()
        self.keys = doc.keys
        self.drafts: list[_Draft] = []
        self.seen: set[tuple[Actor | None, Actor | None, Money | MoneyRange]] = set()

    # -- filters -------------------------------------------------------------------

    def conversions(self) -> dict[int, list[int]]:
        """Money mentions that repeat the one before in another currency, in
        parentheses or after ", or": index of the first -> indexes of the repeats."""
        items = self.doc.money.items
        text = self.doc.text
        out: dict[int, list[int]] = {}
        root = -1
        for k in range(1, len(items)):
            prev, cur = items[k - 1], items[k]
            gap = text[prev.span.end : cur.span.start]
            if len(gap) > 24 or not ("(" in gap or "," in gap):
                root = -1
                continue
            words = gap.replace("(", " ").replace(",", " ").replace("~", " ~ ").split()
            same = cur.value.currency == prev.value.currency
            if not same and all(w.lower().rstrip(".") in _CONVERSION_WORDS for w in words):
                base = root if root >= 0 else k - 1
                out.setdefault(base, []).append(k)
                root = base
            else:
                root = -1
        return out

    def is_rate(self, j: int) -> bool:
        """Whether the amount ending before token ``j`` is a rate or price per unit."""
        keys, lex = self.keys, self.lex
        if j >= len(keys):
            return False
        if keys[j] in ("per", "each", "apiece"):
            return True
        if keys[j] in ("a", "an") and j + 1 < len(keys):
            return keys[j + 1] not in lex.time_units and self.doc.is_lower_word(j + 1)
        return False

    # -- the governing word --------------------------------------------------------

    def cue_before(self, mi: int, floor: int) -> _Cue | bool | None:
        """The giving verb or inclusion word governing the amount at token ``mi``;
        False when a blocking verb governs it, None when nothing does."""
        doc, keys, lex = self.doc, self.keys, self.lex
        i = mi - 1
        steps = unknown = 0
        objects: list[ActorMention] = []
        further = False
        while i >= floor and steps < _MAX_GAP:
            hit = doc.actor_ending_at(i)
            if hit is not None:
                objects.insert(0, hit[0])
                i = hit[1] - 1
                steps += 1
                continue
            k = keys[i]
            tok = doc.toks[i].text
            if k in lex.part or (k == "which" and i > floor and keys[i - 1] == "of"):
                return _Cue(i, "include", CommitmentStatus.COMMITTED, part=True)
            if k in lex.verbs and not (i > floor and keys[i - 1] in _DETERMINERS):
                lemma, past, future = lex.verbs[k]
                status = self.tense(i, k, past, future, floor)
                return _Cue(
                    i,
                    lemma,
                    status,
                    inverse=lemma in lex.inverse,
                    weak=lemma in lex.weak,
                    objects=objects,
                    further=further,
                )
            if k in lex.blocking:
                return False
            if k in lex.gap or tok in ("-", "‑") or tok[:1].isdigit():
                further = further or k in _FURTHER
                i -= 1
                steps += 1
                continue
            if tok[:1].isupper() and tok[:1].isalpha() and unknown < 2:
                unknown += 1  # a name the actor finder missed: "awarded Northwind $1.5 billion"
                i -= 1
                steps += 1
                continue
            if k in lex.verbs or (doc.is_lower_word(i) and k not in lex.clause_stops):
                unknown += 1  # a noun ("the state"), or a verb form used as a noun
                if unknown > 2:
                    return None
                i -= 1
                steps += 1
                continue
            return None
        return None

    def tense(
        self, i: int, form: str, past: CommitmentStatus, future: CommitmentStatus, floor: int
    ) -> CommitmentStatus:
        """The status a giving verb states: its past status, unless a modal or an
        intention ("will", "would", "plans to", "agreed to") comes before it."""
        keys = self.keys
        for j in range(i - 1, max(floor - 1, i - 4), -1):
            if keys[j] in self.lex.future:
                return future
            if keys[j] not in ("also", "not", "soon", "now", "then", "still", "be"):
                break
        if form in self.lex.past:
            return past
        return (
            future if form.endswith(("e", "s", "ing")) or form in ("give", "lend", "send") else past
        )

    def cue_after(self, j: int, end: int) -> _Cue | None:
        """A passive giving verb after the amount: "£250m would be spent on training"."""
        keys, lex = self.keys, self.lex
        k = j
        future = False
        while k < end and k - j < 5 and keys[k] in lex.be_forms:
            future = future or keys[k] in ("will", "would", "to")
            k += 1
        if k == j or k >= end or keys[k] not in lex.participles:
            return None
        if not any(
            keys[q] in ("is", "are", "was", "were", "be", "been", "being") for q in range(j, k)
        ):
            return None
        form = keys[k]
        lemma, past, fut = lex.verbs.get(
            form, (form, CommitmentStatus.PROVIDED, CommitmentStatus.PLEDGED)
        )
        if form in ("spent", "set", "made", "budgeted", "channelled", "channeled"):
            past, fut = CommitmentStatus.COMMITTED, CommitmentStatus.PLEDGED
        return _Cue(k, lemma, fut if future else past, passive=True)

    # -- the parts of a commitment -------------------------------------------------

    def punct_stop(self, k: int) -> bool:
        """Whether token ``k`` is punctuation that ends a phrase (not the comma of "50,000")."""
        doc = self.doc
        t = doc.toks[k].text
        if t == "," and doc.glued(k) and doc.glued(k + 1) and doc.toks[k + 1].text[:1].isdigit():
            return False
        return t in _PUNCT_STOPS

    def clause_end(self, j: int, end: int) -> int:
        """The token where the clause holding the amount ends."""
        keys, lex = self.keys, self.lex
        k = j
        while k < end:
            if self.punct_stop(k) or keys[k] in lex.clause_stops or keys[k] in lex.part:
                return k
            k += 1
        return end

    def noun_phrase(self, i: int, end: int, *, det: bool = True) -> tuple[int, int]:
        """A short lowercase noun phrase from token ``i``: "direct financial support",
        "financing and loan guarantees", "a sports complex"; ``(i, i)`` when none."""
        doc, keys, lex = self.doc, self.keys, self.lex
        j = i
        if det and j < end and keys[j] in _DETERMINERS:
            j += 1
        words = 0
        while j < end and words < 6:
            k = keys[j]
            if doc.dates.covering(j) is not None or doc.durations.covering(j) is not None:
                break  # "in subsidies last year"
            if doc.actors.covering(j) is not None and doc.possessive(j) and words == 0:
                j += 1  # "Tuvalu's coastal defences"
                continue
            if k == "and" and words and j + 1 < end and doc.is_lower_word(j + 1):
                if keys[j + 1] in lex.purpose_stops or keys[j + 1] in _DETERMINERS:
                    break
                j += 1
                continue
            noun = k in lex.nouns and doc.is_lower_word(j) and k not in lex.purpose_stops
            if (not doc.is_lower_word(j) or k in lex.purpose_stops or k in lex.verbs) and not noun:
                break
            if k in lex.blocking or k in lex.be_forms:
                break
            words += 1
            j += 1
        if words == 0:
            return i, i
        return i, j

    def read_after(self, d: _Draft, end: int) -> None:
        """Recipient, purpose and period from the words after the amount."""
        doc, keys, lex = self.doc, self.keys, self.lex
        j = d.after
        stop = min(end, j + _MAX_SCAN)
        noun_purpose: tuple[int, int] | None = None
        while j < stop:
            k = keys[j]
            if self.punct_stop(j) or k in lex.clause_stops or k in lex.part:
                break
            if doc.money.covering(j) is not None:
                break
            span = self.period_at(j, d)
            if span:
                j = span
                continue
            nxt = j + 1
            if k in ("to", "for", "from") and nxt < stop:
                q = nxt + 1 if keys[nxt] == "the" else nxt
                hit = doc.actor_starting_at(q)
                if hit is not None:
                    actor = hit[0].value
                    if k == "from":
                        if d.cue.inverse and d.donor is None:
                            d.donor = actor
                    elif d.recipient is None and actor != d.donor:
                        d.recipient = actor
                    j = hit[1]
                    if k == "for" and doc.possessive(j - 1) and d.purpose is None:
                        a, b = self.noun_phrase(j, stop, det=False)
                        if b > a:
                            d.purpose = doc.slice(a, b)
                            j = b
                    continue
            if k == "in" and d.purpose is None:
                a, b = self.noun_phrase(nxt, stop, det=False)
                if b > a:
                    d.purpose = doc.slice(a, b)
                    j = b
                    continue
            if k in ("for", "on") and d.purpose is None:
                a, b = self.noun_phrase(nxt, stop)
                if b > a:
                    d.purpose = doc.slice(a, b)
                    j = b
                    continue
            if k == "to" and d.purpose is None and nxt < stop and doc.is_lower_word(nxt):
                if keys[nxt] in _DETERMINERS:
                    a, b = self.noun_phrase(nxt, stop)
                    if b > a:
                        d.purpose = doc.slice(a, b)
                        j = b
                        continue
                else:  # "to repair aging bridges in 38 states"
                    b = self.infinitive_end(nxt, end)
                    d.purpose = doc.slice(j, b)
                    j = b
                    continue
            if j == d.after and doc.is_lower_word(j):
                a, b = self.noun_phrase(j, stop, det=False)
                if b > a:
                    noun_purpose = (a, b)
                    j = b
                    continue
            j += 1
        if noun_purpose is not None:
            a, b = noun_purpose
            last = keys[b - 1]
            if d.purpose is None or last not in lex.containers:
                d.purpose = doc.slice(a, b)
        if d.purpose is None and d.cue.lemma == "lend":
            d.purpose = "a loan"

    def infinitive_end(self, i: int, end: int) -> int:
        """Where a purpose clause ("to build 50,000 affordable homes") starting at token
        ``i`` ends: at punctuation, a clause word, or a date that is the period."""
        doc, keys, lex = self.doc, self.keys, self.lex
        b = i
        while b < end and b - i < 12:
            if self.punct_stop(b) or keys[b] in lex.part or keys[b] in lex.clause_stops:
                break
            if doc.dates.covering(b) is not None or doc.durations.covering(b) is not None:
                break
            if keys[b] in lex.period_preps and (
                doc.dates.covering(b + 1) is not None or doc.durations.covering(b + 1) is not None
            ):
                break
            b += 1
        return max(b, i + 1)

    def period_at(self, j: int, d: _Draft) -> int:
        """If a period starts at token ``j`` ("since 2022", "over five years", "over the
        next two years", "by 2030"), record it and return the token after it; else 0."""
        doc, keys = self.doc, self.keys
        prep = keys[j] if keys[j] in self.lex.period_preps else None
        q = j + 1 if prep else j
        date = doc.dates.covering(q)
        if date is not None and doc.dates.first.get(doc.dates.index_at(q)) == q:
            roles = (DateRole.START, DateRole.SPAN, DateRole.DEADLINE)
            if prep is not None or date.role in roles:
                if d.period is None:
                    d.period = date.value
                return doc.dates.last[doc.dates.index_at(q)] + 1
            return 0
        dur = doc.durations.covering(q)
        if dur is not None and prep is not None:
            if d.period is None:
                d.period = dur.value
            return doc.durations.last[doc.durations.index_at(q)] + 1
        return 0

    def read_dates(self, d: _Draft, lo: int, hi: int, sent: tuple[int, int]) -> None:
        """Period from the clause before the amount; the announcement date from the
        sentence (the date nearest the verb that is not the period), or the date the
        reported speech holding the amount was said."""
        doc = self.doc
        text_lo, text_hi = doc.toks[lo].start, doc.toks[max(lo, hi - 1)].end
        if d.period is None:
            for m in doc.dates.between(text_lo, text_hi):
                if m.role in (DateRole.START, DateRole.SPAN, DateRole.DEADLINE):
                    d.period = m.value
                    break
        s_lo, s_hi = doc.toks[sent[0]].start, doc.toks[sent[1] - 1].end
        best: tuple[int, DateMention] | None = None
        anchor = doc.toks[d.cue.i].start
        near_lo = doc.toks[max(sent[0], d.cue.i - _DATE_REACH)].start
        near_hi = doc.toks[min(sent[1], d.cue.i + _DATE_REACH) - 1].end
        for m in doc.dates.between(max(s_lo, near_lo), min(s_hi, near_hi)):
            if m.role is not DateRole.POINT or m.value == d.period or m.value.is_open:
                continue
            i = doc.token_at(m.span.start)
            if i > 0 and self.keys[i - 1] in ("over", "during", "across", "throughout"):
                continue
            lo, hi = sorted((i, d.cue.i))
            if any(self.keys[q] in _OTHER_CLAUSE for q in range(lo, hi)):
                continue  # "..., while Italy said it would provide €250m"
            dist = abs(m.span.start - anchor)
            if best is None or dist < best[0]:
                best = (dist, m)
        if best is not None:
            d.announced_on = best[1].value
            return
        quote = doc.quote_around(d.money.span.start)
        if quote is not None and quote.attribution.said_on is not None:
            d.announced_on = quote.attribution.said_on

    # -- the pass ------------------------------------------------------------------

    def recent(self, sentence: int, before: int, *, window: int = 2) -> _Draft | None:
        """The latest commitment before token ``before`` within ``window`` sentences."""
        for d in reversed(self.drafts):
            if d.mi >= before:
                continue
            if sentence - d.sentence > window:
                return None
            return d
        return None

    def run(self) -> list[MonetaryCommitment]:
        doc, keys = self.doc, self.keys
        items = doc.money.items
        repeats = self.conversions()
        skip = {k for ks in repeats.values() for k in ks}
        for idx, m in enumerate(items):
            if idx in skip or idx not in doc.money.first:
                continue
            mi = doc.money.first[idx]
            after = doc.money.last[idx] + 1
            equivalents: list[Money | MoneyRange] = []
            for k in repeats.get(idx, []):
                equivalents.append(items[k].value)
                if k in doc.money.last:
                    after = doc.money.last[k] + 1
            if after < len(keys) and doc.toks[after].text in (")", ",") and equivalents:
                after += 1  # the end of "($137 billion)" or ", or about US$730 million,"
            if self.is_rate(doc.money.last[idx] + 1) or self.is_rate(after):
                continue
            si = doc.sentence_of(m.span.start)
            sent = doc.sentence_tokens(si)
            if sent[1] <= sent[0]:
                continue
            cue = self.cue_before(mi, sent[0])
            if cue is False:
                continue
            if cue is None or cue is True:
                cue = self.cue_after(after, sent[1])
                if cue is not None:
                    cue.further = any(keys[q] in _FURTHER for q in range(max(sent[0], mi - 3), mi))
            if not isinstance(cue, _Cue):
                continue
            if not self.noun_ok(after, sent[1], cue):
                continue
            d = _Draft(m, mi, after, si, cue, equivalents, status=cue.status)
            if not self.read_actors(d, sent):
                continue
            end = self.clause_end(after, sent[1])
            self.read_after(d, end)
            if d.donor is None and (cue.passive or cue.inverse):
                self.reported_giver(d, sent)
            self.read_dates(d, self.clause_start(cue.i, sent[0]), end, sent)
            if d.parent is not None:
                p = d.parent
                d.recipient = d.recipient or p.recipient
                d.period = d.period or p.period
                d.announced_on = d.announced_on or p.announced_on
            if d.donor is None:
                continue
            if d.recipient is not None and d.recipient == d.donor:
                d.recipient = None
            if self.duplicate(d):
                continue
            self.drafts.append(d)
        return [self.build(d) for d in self.drafts]

    def clause_start(self, i: int, floor: int) -> int:
        """The first token of the clause holding token ``i`` (after "when", "that", ...)."""
        keys, lex = self.keys, self.lex
        k = i
        while k > floor and i - k < 30:
            if keys[k - 1] in lex.clause_stops or self.doc.toks[k - 1].text == ";":
                return k
            k -= 1
        return k

    def noun_ok(self, after: int, end: int, cue: _Cue) -> bool:
        """A noun after the amount may refuse it ("$2bn in losses") and weak verbs need
        one that gives ("signed a $3.1-billion agreement")."""
        keys, lex = self.keys, self.lex
        j = after
        if j < end and keys[j] == "in":
            j += 1
        nouns: list[str] = []
        while j < end and len(nouns) < 3 and self.doc.is_lower_word(j):
            if keys[j] in lex.purpose_stops:
                break
            nouns.append(keys[j])
            j += 1
        if nouns and nouns[-1] in lex.not_nouns:
            return False  # the head noun refuses it: "$2bn in losses", not "in tax credits"
        return not cue.weak or any(n in lex.nouns for n in nouns)

    def read_actors(self, d: _Draft, sent: tuple[int, int]) -> bool:
        """Donor and recipient from the verb's subject and objects; False to drop."""
        doc, cue = self.doc, d.cue
        if cue.part:
            # "including $12 billion" belongs to its sentence; "The package, which includes
            # €900m" may refer back to the last commitment of an earlier one
            window = 0 if self.keys[cue.i] == "including" else 2
            parent = self.recent(d.sentence, d.mi, window=window)
            if parent is None:
                return False
            if self.amount_of(d.money.value) >= self.amount_of(parent.money.value) and (
                d.money.value.currency == parent.money.value.currency
            ):
                return False
            d.parent = parent
            d.donor = parent.donor
            d.status = parent.status
            return True
        if cue.passive:
            j = cue.i + 1
            if j < sent[1] and self.keys[j] == "by":
                hit = doc.actor_starting_at(j + 1) or (
                    doc.actor_starting_at(j + 2) if self.keys[j + 1] == "the" else None
                )
                if hit is not None:
                    d.donor = hit[0].value
        else:
            subject = subject_before(doc, cue.i, sent[0])
            if cue.inverse:
                d.recipient = subject
            else:
                d.donor = subject
                for obj in cue.objects:
                    if obj.value != subject and d.recipient is None:
                        d.recipient = obj.value
        if d.donor is None and not cue.inverse:
            # "a further £250m would be spent on training": more of the same giver's money
            window = _INHERIT_WINDOW if cue.further else 1 if cue.passive else -1
            prev = self.recent(d.sentence, d.mi, window=window)
            if prev is not None:
                d.donor = prev.donor
                d.recipient = d.recipient or prev.recipient
        return True

    def reported_giver(self, d: _Draft, sent: tuple[int, int]) -> None:
        """An unnamed giver in reported speech is the one who reports it: "The Department
        of Housing said €4.5bn had been allocated", "The Commerce Department confirmed
        that Veltrix would receive $1.1 billion" (not the recipient's own side)."""
        reporter = reporter_of(self.doc, d.mi, sent[0], sent[1])
        if reporter is None or reporter == d.recipient:
            return
        r = d.recipient
        if d.cue.inverse and r is not None and r.country and reporter.country == r.country:
            return
        d.donor = reporter

    @staticmethod
    def amount_of(value: Money | MoneyRange) -> Decimal:
        return value.high.amount if isinstance(value, MoneyRange) else value.amount

    def duplicate(self, d: _Draft) -> bool:
        """A later mention of a commitment already read (same donor, recipient, amount)."""
        seen = (d.donor, d.recipient, d.money.value)
        if seen in self.seen:
            return True
        self.seen.add(seen)
        return False

    def build(self, d: _Draft) -> MonetaryCommitment:
        if d.built is not None:
            return d.built
        parent = self.build(d.parent) if d.parent is not None else None
        assert d.donor is not None
        d.built = MonetaryCommitment(
            donor=d.donor,
            recipient=d.recipient,
            amount=d.money.value,
            qualifier=d.money.qualifier,
            purpose=d.purpose,
            period=d.period,
            status=d.status,
            announced_on=d.announced_on,
            part_of=parent,
            span=d.money.span,
            text=d.money.text,
            cue=self.doc.toks[d.cue.i].text,
            equivalents=tuple(d.equivalents),
        )
        return d.built


def find_commitments(
    text: str,
    *,
    published: dt.date,
    locale: str,
    money: Sequence[MoneyMention] | None = None,
    actors: Sequence[ActorMention] | None = None,
    dates: Sequence[DateMention] | None = None,
    durations: Sequence[DurationMention] | None = None,
    quotes: Sequence[Quote] | None = None,
) -> list[MonetaryCommitment]:
    """Find the monetary commitments in ``text``, in text order.

    The mentions other finders already found (money, actors, dates, durations, quotes)
    may be passed to save reading the text again; what is not passed is found here.
    Never raises on any ``str``; runs in time linear in the text.

    >>> import datetime as dt
    >>> text = ("Ottawa has committed $23.5 billion in aid to Ukraine since 2022, including "
    ...         "$12 billion in direct financial support.")
    >>> for c in find_commitments(text, published=dt.date(2026, 1, 2), locale="en_CA"):
    ...     print(c.donor.name, c.recipient.name, c.text, c.purpose, c.status.value,
    ...           c.period.timex, c.part_of.text if c.part_of else None)
    Canada Ukraine $23.5 billion aid committed 2022-01-01/.. None
    Canada Ukraine $12 billion direct financial support committed 2022-01-01/.. $23.5 billion
    >>> text = "Japan approved ¥21.3 trillion ($137 billion) in stimulus. Tonga repaid $30 million."
    >>> [(c.text, [str(e.amount) for e in c.equivalents])
    ...  for c in find_commitments(text, published=dt.date(2026, 1, 2), locale="en_US")]
    [('¥21.3 trillion', ['137000000000'])]
    """
    if not isinstance(text, str) or not text.strip():
        return []
    loc = normalize_locale(locale)
    if money is None:
        money = find_money(text, locale=loc)
    if not money:
        return []
    if dates is None or durations is None:
        found = find_dates(text, published=published, locale=loc)
        if dates is None:
            dates = [m for m in found if isinstance(m, DateMention)]
        if durations is None:
            durations = [m for m in found if isinstance(m, DurationMention)]
    if actors is None:
        actors = find_actors(text, locale=loc)
    if quotes is None:
        quotes = find_quotes(text, published=published, locale=loc, actors=actors, dates=dates)
    doc = doc_for(text, actors=actors, money=money, dates=dates, durations=durations, quotes=quotes)
    return _Reader(doc).run()
