"""find_commitments: who gives how much to whom, for what and over when; and the money
that is not a commitment. Tables of news phrasing, grouped by what they prove."""

from __future__ import annotations

import datetime as dt
import random
import time
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import (
    Actor,
    Article,
    CommitmentStatus,
    DateMention,
    DateRange,
    Duration,
    DurationMention,
    Facts,
    MonetaryCommitment,
    Money,
    MoneyRange,
    Span,
    ValidationError,
    extract,
    find_actors,
    find_commitments,
    find_dates,
    find_money,
    find_quotes,
)

PUB = dt.date(2026, 3, 4)  # a Wednesday


def found(text: str, locale: str = "en_US") -> list[MonetaryCommitment]:
    return find_commitments(text, published=PUB, locale=locale)


def one(text: str, locale: str = "en_US") -> MonetaryCommitment:
    out = found(text, locale)
    assert len(out) == 1, [(c.text, c.donor.name) for c in out]
    return out[0]


def name(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None


# ---------------------------------------------------------------- the donor is the giver

DONORS = [
    # the subject of a giving verb, whatever the verb
    ("en_US", "Norway will give Sudan $40 million in humanitarian aid.", "Norway"),
    ("en_GB", "The European Union pledged €50bn to Ukraine over four years.", "European Union"),
    ("en_US", "The World Bank approved a $1.5 billion loan for Kenya on Thursday.", "World Bank"),
    (
        "en_US",
        "The Gates Foundation will spend $200 million on malaria research.",
        "Gates Foundation",
    ),
    ("en_US", "India has contributed $100 million to the fund.", "India"),
    ("en_US", "France announced €400 million for Lebanon's reconstruction.", "France"),
    ("en_GB", "Britain proposed £2bn in support for farmers.", "United Kingdom"),
    ("en_US", "Congress passed a $1.2 trillion spending bill on Friday.", "Congress"),
    ("en_US", "The Netherlands has also committed €90 million to the program.", "Netherlands"),
    # metonymy: a capital or a seat of government gives for its country
    ("en_US", "Tokyo has provided ¥500 billion in loans to the Philippines.", "Japan"),
    ("en_US", "Beijing lent Sri Lanka $1.5 billion in 2021.", "China"),
    ("en_AU", "Canberra will extend $500 million in credit to Papua New Guinea.", "Australia"),
    ("en_US", "The White House pledged $1 billion to Kenya.", "United States"),
    ("en_GB", "Brussels unveiled a €20bn package to cut energy bills.", "European Union"),
    # a possessor's head noun, a relative pronoun, a pronoun that stands for the speaker
    ("en_US", "Germany's cabinet approved €3 billion in military aid for Ukraine.", "Germany"),
    ("en_US", "China, which lent Laos $900 million, is seeking repayment.", "China"),
    (
        "en_US",
        "The Netherlands said it would donate €75 million to the relief effort.",
        "Netherlands",
    ),
    # coordinated subjects: the first leads
    ("en_US", "Saudi Arabia and Qatar have pledged $5 billion to rebuild Gaza.", "Saudi Arabia"),
    # "the federal government" is the locale's country
    ("en_CA", "The federal government will invest $2 billion in transit.", "Canada"),
    # a nominal government with its spokesperson: "the province", said by its premier
    (
        "en_CA",
        "The province will invest $250 million in new schools, Premier Dana Holt said.",
        "Dana Holt",
    ),
    # a passive with its agent
    ("en_CA", "About $7 million was pledged by Canada for flood victims.", "Canada"),
    # coordinated verb phrases share the subject
    (
        "en_US",
        "Northwind Corp. said it would cut 500 jobs and spend $200 million on automation.",
        "Northwind Corp.",
    ),
    # an unnamed giver in reported speech is the one who reports it
    (
        "en_GB",
        "The Education Ministry said €2bn had been allocated to schools.",
        "Education Ministry",
    ),
    # receiving verbs turn the sentence round: the giver comes after "from"
    ("en_US", "Ukraine will receive $10 billion from the United States.", "United States"),
    (
        "en_US",
        "Mexico secured a $2 billion loan from the Inter-American Development Bank.",
        "Inter-American Development Bank",
    ),
]


@pytest.mark.parametrize(("locale", "text", "donor"), DONORS)
def test_donor(locale: str, text: str, donor: str) -> None:
    assert one(text, locale).donor.name == donor


# ---------------------------------------------------------------- to whom

RECIPIENTS = [
    ("en_US", "Norway will give Sudan $40 million in humanitarian aid.", "Sudan"),  # ditransitive
    ("en_GB", "The European Union pledged €50bn to Ukraine over four years.", "Ukraine"),  # to
    ("en_US", "The World Bank approved a $1.5 billion loan for Kenya on Thursday.", "Kenya"),  # for
    ("en_US", "France announced €400 million for Lebanon's reconstruction.", "Lebanon"),  # for X's
    ("en_US", "Beijing lent Sri Lanka $1.5 billion in 2021.", "Sri Lanka"),
    ("en_US", "Ukraine will receive $10 billion from the United States.", "Ukraine"),  # receive
    ("en_US", "Japan has committed $2 billion in aid to Ukraine since 2023.", "Ukraine"),
    # no one named: a fund, a cause or a place is not a recipient
    ("en_US", "India has contributed $100 million to the fund.", None),
    ("en_US", "The Gates Foundation will spend $200 million on malaria research.", None),
    ("en_US", "Brussels unveiled a €20bn package to cut energy bills.", None),
]


@pytest.mark.parametrize(("locale", "text", "recipient"), RECIPIENTS)
def test_recipient(locale: str, text: str, recipient: str | None) -> None:
    assert name(one(text, locale).recipient) == recipient


# ---------------------------------------------------------------- for what

PURPOSES = [
    ("Norway will give Sudan $40 million in humanitarian aid.", "humanitarian aid"),
    ("The World Bank approved a $1.5 billion loan for Kenya on Thursday.", "loan"),
    ("Germany's cabinet approved €3 billion in military aid for Ukraine.", "military aid"),
    ("The Gates Foundation will spend $200 million on malaria research.", "malaria research"),
    ("France announced €400 million for Lebanon's reconstruction.", "reconstruction"),
    ("Brussels unveiled a €20bn package to cut energy bills.", "to cut energy bills"),
    ("Beijing lent Sri Lanka $1.5 billion in 2021.", "a loan"),  # lending is a loan
    ("Tokyo has provided ¥500 billion in loans and guarantees to Manila.", "loans and guarantees"),
    (
        "The Federal Emergency Management Agency will award $8 million for flood barriers.",
        "flood barriers",
    ),
    ("Ireland offered €450 million in tax credits to the company.", "tax credits"),
    (
        "Ottawa and Quebec signed a $3.5-billion agreement to build 20,000 homes by 2030.",
        "to build 20,000 homes",
    ),
]


@pytest.mark.parametrize(("text", "purpose"), PURPOSES)
def test_purpose(text: str, purpose: str) -> None:
    assert one(text).purpose == purpose


# ---------------------------------------------------------------- since or over when

PERIODS = [
    ("Japan has committed $2 billion in aid to Ukraine since 2023.", "2023-01-01/.."),
    ("The European Union pledged €50bn to Ukraine over four years.", "P4Y"),
    ("FEMA will award $8 billion over five years.", "P5Y"),
    ("The UK government will provide £300m to Kenya between 2026 and 2028.", "2026/2028"),
    ("Ottawa will spend $3 billion on defence by 2030.", "../2030-12-31"),
]


@pytest.mark.parametrize(("text", "period"), PERIODS)
def test_period(text: str, period: str) -> None:
    got = one(text).period
    if isinstance(got, Duration):
        assert got.iso == period
    else:
        assert got is not None
        left = got.start.year if got.start else None
        right = got.end.year if got.end else None
        if "/" in period and period.count("-") <= 1:  # years only: "2026/2028"
            assert f"{left}/{right}" == period
        else:
            assert got.timex == period


ANNOUNCED = [
    # "approved" is past: the Thursday before publication, not the one after
    ("The World Bank approved a $1.5 billion loan for Kenya on Thursday.", "2026-02-26"),
    (
        "Canada will give $20 million to Haiti, Foreign Minister Ana Leduc said on Monday.",
        "2026-03-02",
    ),
    (
        "Treasurer Sam Okoye announced on Tuesday that Australia would provide $90 million.",
        "2026-03-03",
    ),
    ("Ottawa will spend $3 billion on defence by 2030.", None),  # a deadline is no announcement
]


@pytest.mark.parametrize(("text", "day"), ANNOUNCED)
def test_announced_on(text: str, day: str | None) -> None:
    got = one(text).announced_on
    assert (got.timex if got else None) == day


# ---------------------------------------------------------------- status from verb and tense

STATUSES = [
    ("Japan has committed $2 billion to Ukraine.", CommitmentStatus.COMMITTED),
    ("Japan pledged $2 billion to Ukraine.", CommitmentStatus.PLEDGED),
    ("Japan will provide $2 billion to Ukraine.", CommitmentStatus.PLEDGED),
    ("Japan will spend $2 billion on roads.", CommitmentStatus.PLEDGED),
    ("Japan provided $2 billion to Ukraine last year.", CommitmentStatus.PROVIDED),
    ("Japan gave Ukraine $2 billion in 2024.", CommitmentStatus.PROVIDED),
    ("Japan announced $2 billion for Ukraine.", CommitmentStatus.ANNOUNCED),
    ("Japan proposed $2 billion in aid for Ukraine.", CommitmentStatus.PROPOSED),
    ("Japan's parliament approved $2 billion for Ukraine.", CommitmentStatus.APPROVED),
    ("Japan has agreed to provide $2 billion to Ukraine.", CommitmentStatus.PLEDGED),
]


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_status(text: str, status: CommitmentStatus) -> None:
    assert one(text).status is status


# ---------------------------------------------------------------- which includes which


def test_including_is_part_of_the_total_and_inherits_donor_and_recipient() -> None:
    text = (
        "The IMF approved a $3 billion bailout for Egypt, including $1.2 billion "
        "in immediate disbursements."
    )
    total, part = found(text)
    assert part.part_of is total
    assert (part.donor.name, name(part.recipient), part.purpose) == (
        "IMF",
        "Egypt",
        "immediate disbursements",
    )
    assert part.status is total.status


def test_of_which_is_part_of() -> None:
    total, part = found(
        "Seoul committed $3 billion to the program, of which $1 billion is in grants."
    )
    assert (part.part_of, part.donor.name, part.text) == (total, "South Korea", "$1 billion")


def test_a_package_that_includes_refers_back_to_the_last_commitment() -> None:
    text = (
        "The United States announced $2 billion in aid for the Caribbean. The package, which "
        "includes $500 million for Haiti, was approved on Monday."
    )
    total, part = found(text)
    assert part.part_of is total
    assert (part.donor.name, name(part.recipient)) == ("United States", "Haiti")


def test_a_part_is_smaller_than_its_whole() -> None:
    text = "Spain pledged €1 billion, including €2 billion in loans."
    assert all(c.part_of is None for c in found(text))


def test_a_further_amount_without_a_giver_is_the_last_givers() -> None:
    text = (
        "Sweden will provide SEK 2bn in military aid to Ukraine. The defence minister said "
        "the money would buy artillery. She added that a further SEK 500m would be spent "
        "on training."
    )
    first, further = found(text, "en_GB")
    assert (further.donor, further.recipient, further.purpose) == (
        first.donor,
        first.recipient,
        "training",
    )


# ---------------------------------------------------------------- money that is not given

NOT_COMMITMENTS = [
    "Kenya repaid $2 billion to bondholders in February.",  # repayment
    "The county had already spent $30 million on the project.",  # spending already done
    "Oil rose to $82 a barrel.",  # a price
    "The company reported a $4 billion loss.",  # a loss
    "Tickets cost $250 each.",  # a price per unit
    "The deficit topped $1 trillion last year.",
    "The contract is worth $3 billion.",  # a value
    "The smallest grant is $5 million.",  # a copula
    "The vaccine fund needs $8 billion more.",
    "Ministers were accused of wasting $2 billion.",
    "Households will receive $600 each.",  # a rate: no giver
    "The package includes cash handouts of 30,000 yen per household.",
    "Apple announced $90 billion in share buybacks.",
    "The agency fined Meta $1.3 billion.",
    "Investors paid $12 billion for the stake.",
    "The government borrowed $50 billion last quarter.",  # no lender named
    "The grants were worth $4 billion in total.",
    "Insured losses reached $2.3 billion.",
]


@pytest.mark.parametrize("text", NOT_COMMITMENTS)
def test_not_a_commitment(text: str) -> None:
    assert found(text) == []


CONVERSIONS = [
    ("en_US", "Japan pledged ¥1 trillion ($6.7 billion) to the fund.", "¥1 trillion", "USD"),
    (
        "en_CA",
        "Canada pledged C$1 billion, or about US$730 million, to the effort.",
        "C$1 billion",
        "USD",
    ),
    ("en_GB", "Germany committed €2bn (£1.7bn) to the scheme.", "€2bn", "GBP"),
]


@pytest.mark.parametrize(("locale", "text", "amount", "shown_as"), CONVERSIONS)
def test_a_conversion_is_one_amount_shown_twice(
    locale: str, text: str, amount: str, shown_as: str
) -> None:
    c = one(text, locale)
    assert c.text == amount
    assert [e.currency for e in c.equivalents] == [shown_as]


def test_including_looks_for_its_whole_in_its_own_sentence() -> None:
    text = "Norway pledged $40 million to Sudan. Losses reached $2 billion, including $300 million."
    assert [c.text for c in found(text)] == ["$40 million"]


def test_a_receiver_reported_by_a_third_party() -> None:
    c = one("The Treasury confirmed that Kenya would receive $300 million in budget support.")
    assert (c.donor.name, name(c.recipient)) == ("Treasury", "Kenya")


def test_a_commitment_repeated_later_is_read_once() -> None:
    text = "Italy pledged €300 million to Tunisia. Italy pledged €300 million to Tunisia again."
    assert len(found(text)) == 1


# ---------------------------------------------------------------- spans and the model


def test_span_is_the_amount_as_written() -> None:
    text = "After talks, Norway will give Sudan about $40 million in aid."
    c = one(text)
    assert text[c.span.start : c.span.end] == c.text == "$40 million"
    assert c.qualifier.value == "approximate"


def test_invalid_values_are_named() -> None:
    canada = Actor("Canada", "country")
    with pytest.raises(ValidationError, match="'donor'"):
        MonetaryCommitment(donor="Canada", amount=Money(1, "CAD"), span=Span(0, 2), text="$1")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="'text'"):
        MonetaryCommitment(donor=canada, amount=Money(1, "CAD"), span=Span(0, 5), text="$1")
    with pytest.raises(ValidationError, match="'status'"):
        MonetaryCommitment(
            donor=canada, amount=Money(1, "CAD"), span=Span(0, 2), text="$1", status="given"
        )
    with pytest.raises(ValidationError, match="'period'"):
        MonetaryCommitment(
            donor=canada,
            amount=Money(1, "CAD"),
            span=Span(0, 2),
            text="$1",
            period="2022",  # type: ignore[arg-type]
        )


# ---------------------------------------------------------------- the JSON round trip


def _constructed() -> Facts:
    """Hand-built facts: a range, a duration, a part whose parent comes later, actors that
    are not among the entities, a recipient sharing the donor's name."""
    text = "Aland gave Bland $1-2 billion, including $500 million, over five years."
    aland = Actor("Aland", "country", country="AX")
    bland = Actor("Bland", "organization", aliases=("BL",))
    other = Actor("Aland", "organization")
    whole = MonetaryCommitment(
        donor=aland,
        recipient=bland,
        amount=MoneyRange(Money(1_000_000_000, "USD"), Money(2_000_000_000, "USD")),
        purpose="aid",
        period=Duration(5, "Y"),
        status="provided",
        announced_on=DateRange(dt.date(2026, 1, 1), dt.date(2026, 1, 31), "month"),
        span=Span(17, 29),
        text=text[17:29],
        cue="gave",
        equivalents=(Money(Decimal("1.5E9"), "EUR"),),
    )
    part = attrs.evolve(
        whole,
        amount=Money(500_000_000, "USD"),
        recipient=other,
        part_of=whole,
        span=Span(41, 53),
        text=text[41:53],
        qualifier="at_most",
        period=DateRange(None, dt.date(2030, 12, 31), "year"),
        equivalents=(),
    )
    article = Article(text=text, published=dt.date(2026, 2, 1), locale="en_US")
    return Facts(article=article, entities=(bland,), commitments=(part, whole))


def test_facts_round_trip_with_constructed_commitments() -> None:
    facts = _constructed()
    doc = facts.to_dict()
    assert doc["commitments"][0]["part_of"] == 1
    assert doc["commitments"][0]["amount"] == {"amount": "500000000", "currency": "USD"}
    assert doc["commitments"][1]["amount"]["low"] == "1000000000"
    assert doc["commitments"][1]["period"]["duration"] == "P5Y"
    back = Facts.from_dict(doc)
    assert back == facts
    assert back.commitments[0].part_of is back.commitments[1]


def test_facts_round_trip_of_an_extracted_article() -> None:
    text = (
        "Tokyo has provided ¥500 billion in loans to the Philippines since 2020, including "
        "¥100 billion for railways. Manila will receive a further $2 billion from the "
        "World Bank, officials said on Tuesday."
    )
    facts = extract(Article(text=text, published=PUB, locale="en_US"))
    assert len(facts.commitments) == 3
    back = Facts.from_dict(facts.to_dict())
    assert back == facts
    for c in back.commitments:
        assert c.donor in back.entities


def test_part_of_must_point_at_another_commitment() -> None:
    doc = _constructed().to_dict()
    doc["commitments"][0]["part_of"] = 0
    with pytest.raises(ValidationError, match="'part_of'"):
        Facts.from_dict(doc)


# ---------------------------------------------------------------- never raises, linear time

_NEWS_WORDS = st.sampled_from(
    [
        "$5 billion", "€3m", "(", ")", "£2bn", ",", ".", "including", "of which", "committed",
        "will give", "Ukraine", "Ottawa", "to", "for", "in aid", "since 2022", "repaid",
        "which", "it", "said", "the province", "a further", "per", "household", "¥1 trillion",
        "over five years", "by", "the", "from", "received", "and", "\n", "“", "”",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_NEWS_WORDS, max_size=40).map(" ".join))
def test_never_raises_on_news_like_text(text: str) -> None:
    for c in found(text):
        assert text[c.span.start : c.span.end] == c.text
        assert c.part_of is None or c.part_of.span.start != c.span.start


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    for c in found(text):
        assert text[c.span.start : c.span.end] == c.text


def _mentions(text: str, *, with_dates: bool = True) -> dict[str, Any]:
    """The other finders' mentions, found once (outside the timings)."""
    found_dates = find_dates(text, published=PUB, locale="en_US") if with_dates else []
    actors = find_actors(text, locale="en_US")
    dates = [m for m in found_dates if isinstance(m, DateMention)]
    return {
        "money": find_money(text, locale="en_US"),
        "actors": actors,
        "dates": dates,
        "durations": [m for m in found_dates if isinstance(m, DurationMention)],
        "quotes": find_quotes(text, published=PUB, locale="en_US", actors=actors, dates=dates),
    }


def _timed(text: str, mentions: dict[str, Any]) -> float:
    start = time.perf_counter()
    find_commitments(text, published=PUB, locale="en_US", **mentions)
    return time.perf_counter() - start


_RNG = random.Random(5)
ADVERSARIAL = {
    "dollars": "$" * 1_000_000,
    "digits": "1," * 500_000,
    "unicode": "".join(chr(_RNG.randrange(32, 0x3000)) for _ in range(1_000_000)),
}


@pytest.mark.parametrize("label", sorted(ADVERSARIAL))
def test_a_megabyte_of_adversarial_text_in_well_under_a_second(label: str) -> None:
    text = ADVERSARIAL[label]
    assert _timed(text, _mentions(text, with_dates=False)) < 1.0


DENSE = {
    "cues": "pledged $5 including ",
    "sentences": "Canada committed $1 billion to Ukraine since 2022, including $2 million. ",
}


@pytest.mark.parametrize("label", sorted(DENSE))
def test_time_is_linear_in_the_text(label: str) -> None:
    """Four times the text (up to 1 MB of amounts and cues) takes about four times as
    long, not sixteen."""
    small = DENSE[label] * (250_000 // len(DENSE[label]))
    large = small * 4
    t_small = _timed(small, _mentions(small))
    t_large = _timed(large, _mentions(large))
    assert t_large < 10 * t_small + 0.05
