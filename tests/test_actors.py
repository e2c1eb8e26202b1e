"""Actors: names, titles, aliases, acronyms, metonymy, pronouns.

Tables of news phrasing, grouped by what they prove; then the model; then properties.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import Actor, ActorKind, ActorMention, MentionForm, Span, ValidationError
from newsfacts.actors import find_actors, unique_actors


def _by_text(text: str, locale: str = "en_CA") -> dict[str, ActorMention]:
    return {m.text: m for m in find_actors(text, locale=locale)}


def _actor(text: str, surface: str, locale: str = "en_CA") -> Actor:
    found = _by_text(text, locale)
    assert surface in found, f"{surface!r} not among {sorted(found)}"
    return found[surface].value


# ---------------------------------------------------------------- titles split off

TITLES = [
    # text, surface, canonical name, title, country
    (
        "Prime Minister Mark Carney will travel to Paris.",
        "Prime Minister Mark Carney",
        "Mark Carney",
        "Prime Minister",
        None,
    ),
    (
        "U.S. President Donald Trump spoke on Sunday.",
        "President Donald Trump",
        "Donald Trump",
        "President",
        "US",
    ),
    (
        "Sen. Mark Hollis voted against the bill.",
        "Sen. Mark Hollis",
        "Mark Hollis",
        "Senator",
        None,
    ),
    ("Ms Whitlock declined to comment.", "Ms Whitlock", "Whitlock", None, None),
    (
        "Ukrainian President Volodymyr Zelenskyy arrived late.",
        "President Volodymyr Zelenskyy",
        "Volodymyr Zelenskyy",
        "President",
        "UA",
    ),
    (
        "It was Canada's Finance Minister Priya Sandhu who spoke first.",
        "Finance Minister Priya Sandhu",
        "Priya Sandhu",
        "Finance Minister",
        "CA",
    ),
    (
        "He met Hungary's foreign minister Zoltan Farkas in Vienna.",
        "foreign minister Zoltan Farkas",
        "Zoltan Farkas",
        "foreign minister",
        "HU",
    ),
    (
        "Opposition leader Sarah Pryce welcomed the aid.",
        "Opposition leader Sarah Pryce",
        "Sarah Pryce",
        "Opposition leader",
        None,
    ),
    (
        "Defence Secretary Tom Riley wrote to the committee.",
        "Defence Secretary Tom Riley",
        "Tom Riley",
        "Defence Secretary",
        None,
    ),
    (
        "Secretary of State Julia Ortega flew to Cairo.",
        "Secretary of State Julia Ortega",
        "Julia Ortega",
        "Secretary of State",
        None,
    ),
    ("Gov. Ana Ruiz signed it.", "Gov. Ana Ruiz", "Ana Ruiz", "Governor", None),
    ("Dr. Helen Obi led the study.", "Dr. Helen Obi", "Helen Obi", "Dr", None),
]


@pytest.mark.parametrize(("text", "surface", "name", "title", "country"), TITLES)
def test_titles_are_split_off(
    text: str, surface: str, name: str, title: str | None, country: str | None
) -> None:
    actor = _actor(text, surface)
    assert actor.kind is ActorKind.PERSON
    assert (actor.name, actor.title, actor.country) == (name, title, country)


# ---------------------------------------------------------------- later references

LATER = [
    # text, later surface, canonical name, form
    ("Prime Minister Mark Carney spoke. Carney left.", "Carney", "Mark Carney", "alias"),
    ("Jane Whitlock spoke. Ms Whitlock left.", "Ms Whitlock", "Jane Whitlock", "alias"),
    ("President Trump spoke first. Donald Trump left.", "President Trump", "Donald Trump", "alias"),
    ("Jane Whitlock spoke. She left.", "She", "Jane Whitlock", "pronoun"),
    ("Mr Osei met Ms Laine. She said no.", "She", "Laine", "pronoun"),
    ("Mr Osei met Ms Laine. He said no.", "He", "Osei", "pronoun"),
    (
        "Prime Minister Mark Carney spoke. The prime minister left.",
        "The prime minister",
        "Mark Carney",
        "nominal",
    ),
    (
        "The Defence Ministry issued figures. The ministry said more would follow.",
        "The ministry",
        "Defence Ministry",
        "nominal",
    ),
    (
        "Officials met. The federal government agreed.",
        "The federal government",
        "Canada",
        "nominal",
    ),
    ("The Canadian government agreed.", "The Canadian government", "Canada", "nominal"),
]


@pytest.mark.parametrize(("text", "surface", "name", "form"), LATER)
def test_later_mentions_resolve_to_the_same_actor(
    text: str, surface: str, name: str, form: str
) -> None:
    found = _by_text(text)
    assert surface in found, f"{surface!r} not among {sorted(found)}"
    assert found[surface].value.name == name
    assert found[surface].form.value == form


def test_every_mention_of_one_actor_carries_the_same_value() -> None:
    text = "Prime Minister Mark Carney spoke. Carney left. He returned."
    values = {m.value for m in find_actors(text, locale="en_CA")}
    assert len(values) == 1
    (carney,) = values
    assert carney.aliases == ("Carney",)


def test_pronouns_inside_quotations_are_not_resolved() -> None:
    text = "Mark Carney spoke. “He is wrong,” Carney said."
    assert "He" not in _by_text(text)


# ---------------------------------------------------------------- acronyms

ACRONYMS = [
    (
        "according to the Prime Minister's Office (PMO). The PMO said",
        "PMO",
        "Prime Minister's Office",
    ),
    (
        "The Royal Canadian Mounted Police (RCMP) arrested two men. The RCMP said",
        "RCMP",
        "Royal Canadian Mounted Police",
    ),
    ("The Ministry of Defence (MoD) said. Later the MoD added", "MoD", "Ministry of Defence"),
    (
        "The Canadian Home Builders’ Association (CHBA) said so. The CHBA",
        "CHBA",
        "Canadian Home Builders’ Association",
    ),
]


@pytest.mark.parametrize(("text", "acronym", "name"), ACRONYMS)
def test_acronyms_defined_in_the_text_become_aliases(text: str, acronym: str, name: str) -> None:
    mentions = [m for m in find_actors(text, locale="en_CA") if m.text == acronym]
    assert len(mentions) == 2  # the definition and the later use
    assert {m.value.name for m in mentions} == {name}
    assert acronym in mentions[0].value.aliases
    assert mentions[0].value.kind is ActorKind.ORGANIZATION


# ---------------------------------------------------------------- metonymy

METONYMS = [
    ("Ottawa has committed more aid.", "Ottawa", "Canada"),
    ("Moscow accused Kyiv of lying.", "Moscow", "Russia"),
    ("Moscow accused Kyiv of lying.", "Kyiv", "Ukraine"),
    ("Washington said the talks would continue.", "Washington", "United States"),
    ("Beijing criticised the plan.", "Beijing", "China"),
    ("Budapest blocked the package.", "Budapest", "Hungary"),
    ("The move was welcomed, Downing Street said.", "Downing Street", "United Kingdom"),
    ("But the Kremlin denied it.", "the Kremlin", "Russia"),
    ("But the White House declined to comment.", "the White House", "United States"),
    ("Canberra will lend the state $400 million.", "Canberra", "Australia"),
]


@pytest.mark.parametrize(("text", "surface", "country"), METONYMS)
def test_seats_of_government_stand_for_their_country(text: str, surface: str, country: str) -> None:
    mention = _by_text(text)[surface]
    assert mention.form is MentionForm.METONYM
    assert mention.value.name == country
    assert mention.value.kind is ActorKind.COUNTRY
    assert surface.removeprefix("the ") in " ".join(mention.value.aliases)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Carney met Zelenskyy in Kyiv on Monday.", "Kyiv"),
        ("The talks were held in Washington.", "Washington"),
        ("She flew from London overnight.", "London"),
    ],
)
def test_a_capital_after_a_preposition_is_a_place(text: str, surface: str) -> None:
    actor = _by_text(text)[surface].value
    assert actor.kind is ActorKind.PLACE
    assert actor.name == surface
    assert actor.country is not None


# ---------------------------------------------------------------- countries, orgs, places

KINDS = [
    ("Ukraine has denied the claim.", "Ukraine", "Ukraine", "country"),
    ("The United States and Canada agreed.", "United States", "United States", "country"),
    ("Britain will provide the money.", "Britain", "United Kingdom", "country"),
    ("U.S. officials said so.", "U.S.", "United States", "country"),
    ("The U.S. Senate voted.", "U.S. Senate", "U.S. Senate", "organization"),
    ("Aid flows to the Czech Republic.", "Czech Republic", "Czechia", "country"),
    ("The Bank of Canada held rates.", "Bank of Canada", "Bank of Canada", "organization"),
    ("He told CBC News on Sunday.", "CBC News", "CBC News", "organization"),
    ("The European Union said it would help.", "European Union", "European Union", "organization"),
    ("NATO allies met.", "NATO", "NATO", "organization"),
    (
        "The Coalition of the Willing met.",
        "Coalition of the Willing",
        "Coalition of the Willing",
        "group",
    ),
    ("They met in Halifax last weekend.", "Halifax", "Halifax", "place"),
    ("He stayed at his resort in Florida.", "Florida", "Florida", "place"),
    ("Fighting in the Gaza Strip went on.", "Gaza Strip", "Gaza Strip", "place"),
    ("Snow fell across Europe.", "Europe", "Europe", "place"),
    ("Rep. Carl Dunmore of Texas said no.", "Texas", "Texas", "place"),
]


@pytest.mark.parametrize(("text", "surface", "name", "kind"), KINDS)
def test_kinds_of_actor(text: str, surface: str, name: str, kind: str) -> None:
    actor = _actor(text, surface)
    assert (actor.name, actor.kind.value) == (name, kind)


# ---------------------------------------------------------------- not actors

NOT_ACTORS = [
    ("Ceasefire\nThe talks stalled. A ceasefire is near.", "Ceasefire"),
    ("The talks stalled.", "The"),
    ("He spoke on Jan. 5 in a New Year's address.", "Jan."),
    ("He spoke during a New Year’s address.", "New Year"),
    ("Officials met on Thursday.", "Thursday"),
    ("Despite the snow, they met.", "Despite"),
    ("U.S.-led talks went on.", "U.S.-led"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_ACTORS)
def test_common_words_and_dates_are_not_actors(text: str, surface: str) -> None:
    assert surface not in _by_text(text)


def test_locale_decides_the_federal_government() -> None:
    text = "The federal government will pay."
    assert _by_text(text, "en_AU")["The federal government"].value.name == "Australia"
    assert _by_text(text, "en_CA")["The federal government"].value.name == "Canada"


def test_unique_actors_in_order_of_first_mention() -> None:
    text = "Ottawa said Carney would go. Mark Carney went to France. Canada paid."
    names = [a.name for a in unique_actors(find_actors(text, locale="en_CA"))]
    assert names == ["Canada", "Mark Carney", "France"]


# ---------------------------------------------------------------- the model


def test_actor_is_a_hashable_value() -> None:
    a = Actor("Canada", "country", aliases=["Ottawa"], country="CA")
    b = Actor("Canada", ActorKind.COUNTRY, aliases=("Ottawa",), country="CA")
    assert a == b and hash(a) == hash(b)
    assert a.aliases == ("Ottawa",)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": " Canada", "kind": "country"}, "name"),
        ({"name": "Canada", "kind": "nation"}, "kind"),
        ({"name": "Canada", "kind": "country", "country": "can"}, "country"),
        ({"name": "Canada", "kind": "country", "aliases": ("Ottawa", 3)}, "aliases"),
        ({"name": "Canada", "kind": "country", "title": 5}, "title"),
    ],
)
def test_actor_validation_names_the_field(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        Actor(**kwargs)  # type: ignore[arg-type]
    assert err.value.field == field


def test_actor_json_round_trip() -> None:
    a = Actor("Mark Carney", "person", title="Prime Minister", aliases=("Carney",), country="CA")
    assert Actor.from_dict(a.to_dict()) == a


def test_mention_text_must_fit_its_span() -> None:
    with pytest.raises(ValidationError):
        ActorMention(Span(0, 3), "Ottawa", Actor("Canada", "country"))


# ---------------------------------------------------------------- properties

NEWSY = st.lists(
    st.sampled_from(
        [
            "Prime Minister",
            "Mark Carney",
            "said",
            "Ottawa",
            "the",
            "Kremlin",
            "(PMO)",
            "she",
            "he",
            "’s",
            "“",
            "”",
            ",",
            ".",
            "\n",
            "U.S.",
            "Ms",
            "of",
            "Bank",
            "Jan.",
            "5",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), NEWSY))
def test_never_raises_and_spans_slice(text: str) -> None:
    for m in find_actors(text, locale="en_GB"):
        assert text[m.span.start : m.span.end] == m.text
        assert m.text.strip() == m.text and m.text


@pytest.mark.parametrize(
    "unit",
    ["Prime Minister Mark Carney said Ottawa would pay. ", "“", "$", "1,", "Mark ", "he "],
)
def test_time_is_linear(unit: str) -> None:
    def run(n: int) -> float:
        text = unit * (n // len(unit))
        start = time.process_time()
        find_actors(text, locale="en_CA")
        return time.process_time() - start

    small, big = run(50_000), run(500_000)
    assert big < 4.0, f"500 kB took {big:.2f} s"
    assert big < 25 * max(small, 0.01), f"{small:.3f} s -> {big:.3f} s: not linear"
