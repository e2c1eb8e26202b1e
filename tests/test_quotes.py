"""Quotes: who said what, when, and how.

Tables of news phrasing grouped by what they prove, the model, properties (quote marks
around generated text are found exactly, nothing raises, time is linear), and the
development set scored with the same quote rule as ``../shared/eval/score.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import (
    Actor,
    Article,
    Attribution,
    Facts,
    Quote,
    QuoteKind,
    Span,
    ValidationError,
    extract,
)
from newsfacts.quotes import find_quotes

PUB = dt.date(2026, 1, 2)  # a Friday


def quotes(text: str, locale: str = "en_CA", published: dt.date = PUB) -> list[Quote]:
    return find_quotes(text, published=published, locale=locale)


def only(text: str, locale: str = "en_CA") -> Quote:
    found = quotes(text, locale)
    assert len(found) == 1, [(q.kind.value, q.text) for q in found]
    return found[0]


def who(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


# ---------------------------------------------------------------- quote marks

MARKS = [
    ("“We will not back down,” Carney said.", "We will not back down"),
    ('"We will not back down," Carney said.', "We will not back down"),
    ("‘We will not back down,’ Carney said.", "We will not back down"),
    ("'We will not back down,' Carney said.", "We will not back down"),
    ("«We will not back down», said Carney.", "We will not back down"),
    # nested quotes of the other kind stay inside
    (
        "“He called it ‘a disgrace’ and walked out,” Carney said.",
        "He called it ‘a disgrace’ and walked out",
    ),
    (
        '‘They call it "peace", but it is surrender,’ Carney said.',
        'They call it "peace", but it is surrender',
    ),
    # an apostrophe is not a closing mark
    ("‘Canada’s allies won’t wait,’ Carney said.", "Canada’s allies won’t wait"),
    ("'The allies' plan is sound,' Carney said.", "The allies' plan is sound"),
]


@pytest.mark.parametrize(("text", "said"), MARKS)
def test_quote_marks(text: str, said: str) -> None:
    q = only(text)
    assert (q.kind, q.text, who(q)) == (QuoteKind.DIRECT, said, "Carney")
    assert text[q.span.start : q.span.end] == said


# ---------------------------------------------------------------- where the speaker is

POSITIONS = [
    ("Carney said: “We will win.”", "We will win.", "Carney"),
    ("Carney said, “We will win.”", "We will win.", "Carney"),
    ("“We will win,” Carney said.", "We will win", "Carney"),
    ("“We will win,” said Carney.", "We will win", "Carney"),
    ("“We will win,” Carney told reporters on Friday.", "We will win", "Carney"),
    ("“It is over,” said Jane Doe, a spokeswoman for the agency.", "It is over", "Jane Doe"),
    ("“It is over,” Jane Doe, a spokeswoman for the agency, said.", "It is over", "Jane Doe"),
    ("“We are ready. We have been ready for years,” she said.", "We are ready. We", None),
    ("Sen. Laura Benning, D-Minn., said: “Not today.”", "Not today.", "Laura Benning"),
    ("Carney was blunt: “We will not pay.”", "We will not pay.", "Carney"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), POSITIONS)
def test_speaker_before_after_or_inside(text: str, said: str, speaker: str | None) -> None:
    q = only(text)
    assert q.kind is QuoteKind.DIRECT
    assert q.text.startswith(said)
    assert who(q) == speaker


def test_split_quote_is_one_quote_with_two_parts() -> None:
    text = "“We will win,” Carney said, “and we will rebuild.”"
    q = only(text)
    assert q.kind is QuoteKind.DIRECT and who(q) == "Carney"
    assert q.text == "We will win and we will rebuild."
    assert [text[p.start : p.end] for p in q.parts] == ["We will win", "and we will rebuild."]
    assert q.attribution.cue == "said"


def test_quote_paragraph_with_no_attribution_continues_the_speaker() -> None:
    text = (
        "“We will win,” Prime Minister Mark Carney said on Thursday.\n"
        "“And we will rebuild.”\n"
        "Ukraine welcomed the news."
    )
    first, second = quotes(text)
    assert who(first) == who(second) == "Mark Carney"
    assert second.text == "And we will rebuild."
    assert second.kind is QuoteKind.DIRECT


def test_paragraph_convention_opening_mark_repeated() -> None:
    text = (
        "“The plan is sound,” Ms Whitlock said. “It was costed line by line.\n"
        "“Every pound is accounted for.”\n"
    )
    first, second = quotes(text, "en_GB")
    assert who(first) == who(second) == "Whitlock"
    assert second.text == "It was costed line by line. Every pound is accounted for."
    assert len(second.parts) == 2
    assert [text[p.start : p.end] for p in second.parts] == [
        "It was costed line by line.",
        "Every pound is accounted for.",
    ]


# ---------------------------------------------------------------- reporting cues

CUES = [
    # text, kind, speaker, cue, the reported words (contained in text)
    ("Carney said that Canada would pay.", "indirect", "Carney", "said", "Canada would pay"),
    ("Carney said Canada would pay.", "indirect", "Carney", "said", "Canada would pay"),
    (
        "Carney told reporters that Canada would pay.",
        "indirect",
        "Carney",
        "told reporters",
        "Canada would pay",
    ),
    (
        "Carney told CBC News the aid was coming.",
        "indirect",
        "Carney",
        "told CBC News",
        "the aid was coming",
    ),
    (
        "The talks will resume, according to the Foreign Ministry.",
        "indirect",
        "Foreign Ministry",
        "according to",
        "The talks will resume",
    ),
    (
        "According to the Foreign Ministry, the talks will resume.",
        "indirect",
        "Foreign Ministry",
        "according to",
        "the talks will resume",
    ),
    (
        "Moscow accused Kyiv of staging the attack.",
        "indirect",
        "Russia",
        "accused",
        "Kyiv of staging the attack",
    ),
    ("Ukraine has denied the allegations.", "indirect", "Ukraine", "denied", "the allegations"),
    (
        "Jane Doe added that the fund was empty.",
        "indirect",
        "Jane Doe",
        "added",
        "the fund was empty",
    ),
    (
        "Jane Doe wrote that the fund was empty.",
        "indirect",
        "Jane Doe",
        "wrote",
        "the fund was empty",
    ),
    (
        "The plan was costed line by line, Downing Street said.",
        "indirect",
        "United Kingdom",
        "said",
        "The plan was costed line by line",
    ),
    (
        "The plan was costed line by line, said the Treasury.",
        "indirect",
        "Treasury",
        "said",
        "The plan was costed line by line",
    ),
    (
        "Officials said the border would stay closed.",
        "indirect",
        "officials",
        "said",
        "the border would stay closed",
    ),
    (
        "A spokesperson for the Defence Ministry said the drill was routine.",
        "indirect",
        "Defence Ministry",
        "said",
        "the drill was routine",
    ),
    (
        "The Bank of Canada warned that inflation could rise.",
        "indirect",
        "Bank of Canada",
        "warned",
        "inflation could rise",
    ),
    (
        "Rep. Carl Dunmore of Texas said the spending was wasteful.",
        "indirect",
        "Carl Dunmore",
        "said",
        "the spending was wasteful",
    ),
]


@pytest.mark.parametrize(("text", "kind", "speaker", "cue", "content"), CUES)
def test_reporting_cues(text: str, kind: str, speaker: str, cue: str, content: str) -> None:
    q = only(text)
    assert q.attribution.cue is not None
    assert (q.kind.value, who(q), q.attribution.cue.lower()) == (kind, speaker, cue.lower())
    assert q.text == content == q.content


PRONOUNS = [
    ("Jane Whitlock met the mayor. She said the fund was empty.", "Jane Whitlock"),
    ("Ms Laine met Mr Osei. He said the fund was empty.", "Osei"),
    ("The Defence Ministry released figures. It said the drill was routine.", "Defence Ministry"),
]


@pytest.mark.parametrize(("text", "speaker"), PRONOUNS)
def test_pronoun_speakers(text: str, speaker: str) -> None:
    q = only(text)
    assert who(q) == speaker
    assert q.attribution.speaker_span is not None
    assert len(text[q.attribution.speaker_span.start : q.attribution.speaker_span.end]) <= 3


NOT_SPEECH = [
    "Canada announced $2.5 billion in loan guarantees.",
    "He was told to leave the building.",
    "The so-called plan failed.",
    "Carney vowed to fight on.",
    "It is said to be the largest in Europe.",
    "Officials declined to comment.",
    "The leaders of the “Coalition of the Willing” met in Paris.",
    "Critics call it a “peace plan” that rewards aggression.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_not_reported_speech(text: str) -> None:
    assert quotes(text) == []


# ---------------------------------------------------------------- kinds


def test_one_reporting_clause_gives_one_partial_quote() -> None:
    text = (
        "U.S. President Donald Trump said on Dec. 28 that Ukraine and Russia are "
        "“closer than ever before” to a ceasefire."
    )
    q = only(text)
    assert q.kind is QuoteKind.PARTIAL
    assert q.text == "closer than ever before"
    assert q.content == "Ukraine and Russia are “closer than ever before” to a ceasefire"
    assert text[q.content_span.start : q.content_span.end] == q.content
    assert q.content_span.contains(q.span)
    assert who(q) == "Donald Trump"


def test_two_cues_give_a_partial_and_an_indirect_quote() -> None:
    text = (
        "Zelenskyy said that a truce was “90 percent ready” but said the remaining "
        "10 percent needs to be resolved."
    )
    first, second = quotes(text)
    assert (first.kind, first.text) == (QuoteKind.PARTIAL, "90 percent ready")
    assert (second.kind, second.text) == (
        QuoteKind.INDIRECT,
        "the remaining 10 percent needs to be resolved",
    )
    assert who(first) == who(second) == "Zelenskyy"


def test_denied_and_accused_share_their_subject() -> None:
    text = "Ukraine has denied the allegations and accused Russia of lying."
    first, second = quotes(text)
    assert (first.attribution.cue, first.text) == ("denied", "the allegations")
    assert (second.attribution.cue, second.text) == ("accused", "Russia of lying")
    assert who(first) == who(second) == "Ukraine"


def test_fragments_of_one_clause_are_one_partial_quote() -> None:
    text = "The minister called the move “reckless” and “dangerous”."
    q = only(text)
    assert q.kind is QuoteKind.PARTIAL
    assert q.text == "reckless … dangerous"
    assert len(q.parts) == 2


def test_a_name_in_quote_marks_inside_reported_speech_is_not_a_partial_quote() -> None:
    q = only("Carney said the “Coalition of the Willing” would meet in Paris.")
    assert q.kind is QuoteKind.INDIRECT


def test_what_he_called() -> None:
    q = only("Mr Kovalenko thanked them for what he called ‘a clear signal’.")
    assert (q.kind, q.text, who(q)) == (QuoteKind.PARTIAL, "a clear signal", "Kovalenko")


def test_said_and_according_to_in_one_clause_is_one_quote() -> None:
    text = "The EU said it would lend more, according to a statement released in Brussels."
    q = only(text)
    assert who(q) == "European Union"
    assert q.attribution.occasion == "a statement"


# ---------------------------------------------------------------- clauses without "that"

# 'clause' verbs ("added", "noted", "warned", "confirmed") also take plain objects, so
# without "that" they report speech only when a clause follows: a subject and a verb in
# the past tense count, a noun with a participle after it does not.
CLAUSE_WITHOUT_THAT = [
    (
        "Northwind Energy added the plan needed more support.",
        "Northwind Energy",
        "the plan needed more support",
    ),
    ("Jane Doe noted sales rose sharply in March.", "Jane Doe", "sales rose sharply in March"),
    ("The ministry warned he faced charges.", "ministry", "he faced charges"),
    (
        "The regulator confirmed the company's board approved the sale.",
        "regulator",
        "the company's board approved the sale",
    ),
    ("Carney added Canada and France agreed.", "Carney", "Canada and France agreed"),
]


@pytest.mark.parametrize(("text", "speaker", "content"), CLAUSE_WITHOUT_THAT)
def test_clause_verbs_report_a_clause_without_that(text: str, speaker: str, content: str) -> None:
    q = only(text)
    assert (q.kind, who(q), q.text) == (QuoteKind.INDIRECT, speaker, content)


NOT_A_CLAUSE = [
    "Canada announced the funds needed for the bridge.",
    "Canada announced the newly expanded programme.",
    "Ottawa announced the long-awaited plan.",
    "The government announced the measures aimed at renters.",
    "Canada announced the sanctions Britain imposed.",
    "The company added 500 jobs last year.",
]


@pytest.mark.parametrize("text", NOT_A_CLAUSE)
def test_clause_verbs_with_a_plain_object_are_not_speech(text: str) -> None:
    assert quotes(text) == []


# ---------------------------------------------------------------- the nearest subject speaks

NEAREST_SUBJECT = [
    # a name ending like an adverb ("Italy", "Kelly") is a subject, not an adverb to skip
    ("The United Kingdom pledged £100m, while Italy said it would provide €250m.", "Italy"),
    ("Britain will send tanks, but Italy said it would send none.", "Italy"),
    ("The board met on Monday and Kelly Brown said the deal was off.", "Kelly Brown"),
    ("Ottawa sent aid while Emily Sato said more was needed.", "Emily Sato"),
]


@pytest.mark.parametrize(("text", "speaker"), NEAREST_SUBJECT)
def test_the_nearest_subject_before_the_cue_speaks(text: str, speaker: str) -> None:
    assert who(only(text, "en_GB")) == speaker


def test_each_coordinated_clause_keeps_its_own_speaker() -> None:
    text = "The United Kingdom said it would send £100m, while Italy said it would provide €250m."
    first, second = quotes(text, "en_GB")
    assert (who(first), first.text) == ("United Kingdom", "it would send £100m")
    assert (who(second), second.text) == ("Italy", "it would provide €250m")


# ---------------------------------------------------------------- sentences after dates

# A month or day abbreviation stands before a number ("Aug. 28", "Wed. Jan. 5"); with a
# capital or a quote mark after it, it ends the sentence, so the quotation that follows
# is a whole sentence: a direct quote.
AFTER_AN_ABBREVIATED_DATE = [
    ("The talks will take place on 28 Aug. “We are ready,” Germany told reporters.", "Germany"),
    ("The vote was held on 3 Sept. “It is over,” said Jane Doe.", "Jane Doe"),
    ('Polls close on Tue. "We will win," Carney said.', "Carney"),
    ("The ceasefire began on 2 Jan. ‘It is holding,’ the army said.", "army"),
]


@pytest.mark.parametrize(("text", "speaker"), AFTER_AN_ABBREVIATED_DATE)
def test_a_quote_after_an_abbreviated_date_is_direct(text: str, speaker: str) -> None:
    q = only(text, "en_GB")
    assert (q.kind, who(q)) == (QuoteKind.DIRECT, speaker)


SENTENCES = [
    (
        "The talks will take place on 28 Aug. “We are ready,” Germany said.",
        ["The talks will take place on 28 Aug.", "“We are ready,” Germany said."],
    ),
    (
        "Talks start Aug. 28 in Oslo. They end soon.",
        ["Talks start Aug. 28 in Oslo.", "They end soon."],
    ),
    ("It opened Wed. Jan. 5 in Oslo.", ["It opened Wed. Jan. 5 in Oslo."]),
    (
        "The vote is set for Sept. Carney will attend.",
        ["The vote is set for Sept.", "Carney will attend."],
    ),
    ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
    ("Asked again, he said no. The talks ended.", ["Asked again, he said no.", "The talks ended."]),
    ("Dr. Jane Doe and Mr. Osei met.", ["Dr. Jane Doe and Mr. Osei met."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences_end_after_a_date_abbreviation_only_before_a_new_sentence(
    text: str, expected: list[str]
) -> None:
    from newsfacts._text import sentences

    assert [text[a:b] for a, b in sentences(text)] == expected


# ---------------------------------------------------------------- when and where

WHEN = [
    ("Trump said on Dec. 28 that talks were close.", "2025-12-28"),
    ("“We are close,” Carney said in a Jan. 2 statement.", "2026-01-02"),
    ("Carney said Thursday that talks were close.", "2026-01-01"),
    ("On Wednesday, Carney said talks were close.", "2025-12-31"),
    ("Talks were close, according to a Dec. 30 statement from the Foreign Ministry.", "2025-12-30"),
    ("Ukraine accused Russia of a Dec. 29 attack.", None),  # the date is what was said
]


@pytest.mark.parametrize(("text", "day"), WHEN)
def test_statement_dates(text: str, day: str | None) -> None:
    said_on = only(text).attribution.said_on
    assert (said_on.start.isoformat() if said_on and said_on.start else None) == day


OCCASIONS = [
    ("“We are close,” Carney said in a Jan. 2 statement.", "a Jan. 2 statement"),
    ("Zelenskyy said during a New Year’s address that peace was near.", "a New Year’s address"),
    ("In an interview with CBC News, Carney said talks were close.", None),
    (
        "Carney said in an interview with CBC News that talks were close.",
        "an interview with CBC News",
    ),
    ("Carney said at a news conference that talks were close.", "a news conference"),
    ("Riley wrote on social media that deliveries would start.", "social media"),
    ("Dunmore wrote in a letter to Okafor that the money was wasted.", "a letter to Okafor"),
    ("“We must act,” Tanabe told a news conference.", "a news conference"),
]


@pytest.mark.parametrize(("text", "occasion"), OCCASIONS)
def test_occasions(text: str, occasion: str | None) -> None:
    assert only(text).attribution.occasion == occasion


# ---------------------------------------------------------------- broken input

BROKEN = [
    "“We will win, Carney said.",
    "We will win,” Carney said.",
    "“““",
    "” ” ” said Carney",
    "'",
    "Carney said “",
    "“A\n“B\n“C",
    "said said said",
    "according to",
    ", said",
    "“,” said.",
    "Carney said: “",
    "‘’‘’ he said ’",
]


@pytest.mark.parametrize("text", BROKEN)
def test_stray_and_unbalanced_marks_never_crash(text: str) -> None:
    for q in quotes(text):
        assert q.text
        assert text[q.content_span.start : q.content_span.end] == q.content
        for p in q.parts:
            assert q.span.contains(p)


def test_unclosed_quotation_runs_to_the_end_of_its_paragraph() -> None:
    text = "“We will win,” Carney said. “And we will rebuild\nUkraine welcomed it."
    found = quotes(text)
    assert [q.text for q in found] == ["We will win", "And we will rebuild"]


# ---------------------------------------------------------------- the model


def _quote(**overrides: object) -> Quote:
    fields: dict[str, object] = {
        "text": "close",
        "kind": "partial",
        "attribution": Attribution(speaker=Actor("Trump", "person"), cue="said"),
        "span": Span(10, 15),
        "content_span": Span(5, 20),
        "content": "x" * 15,
        "parts": (Span(10, 15),),
    }
    fields.update(overrides)
    return Quote(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"text": ""}, "text"),
        ({"kind": "quoted"}, "kind"),
        ({"attribution": "Trump"}, "attribution"),
        ({"content_span": Span(11, 20)}, "content_span"),
        ({"content": "short"}, "content"),
        ({"parts": (Span(0, 3),)}, "parts"),
        ({"text": "longer than its span"}, "text"),
    ],
)
def test_quote_validation_names_the_field(overrides: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        _quote(**overrides)
    assert err.value.field == field


def test_quote_json_round_trip_through_facts() -> None:
    text = (
        "“We are close,” Prime Minister Mark Carney said in a Jan. 2 statement. "
        "Ottawa said the aid was “on its way”."
    )
    facts = extract(Article(text=text, published=PUB, locale="en_CA"))
    assert len(facts.quotes) == 2
    doc = json.loads(json.dumps(facts.to_dict()))
    assert Facts.from_dict(doc) == facts
    first, second = doc["quotes"]
    assert first["speaker"] == "Mark Carney" and second["speaker"] == "Canada"
    assert first["said_on"]["start"] == "2026-01-02" and first["occasion"] == "a Jan. 2 statement"
    assert {"name", "kind", "title", "aliases"} <= set(doc["entities"][0])
    names = [e["name"] for e in doc["entities"]]
    assert first["speaker"] in names and second["speaker"] in names


def test_quote_read_from_json_without_entities() -> None:
    q = Quote.from_dict({"text": "close", "span": [0, 5], "kind": "direct", "speaker": "X"}, {})
    assert q.speaker == Actor("X", "person")
    assert q.content == "close" and q.content_span == Span(0, 5)


# ---------------------------------------------------------------- properties

BODY = (
    st.text(
        alphabet=st.characters(
            whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" .!?;:-"
        ),
        min_size=1,
        max_size=80,
    )
    .map(lambda s: " ".join(s.split()).strip(" ,"))
    .filter(lambda s: any(c.isalnum() for c in s))
)

STYLES = [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»")]


@settings(max_examples=150, deadline=None)
@given(BODY, st.sampled_from(STYLES), st.booleans())
def test_marks_around_generated_text_are_found_exactly(
    body: str, marks: tuple[str, str], before: bool
) -> None:
    op, cl = marks
    if before:
        text = f"Prime Minister Mark Carney said: {op}{body}{cl}"
        start = text.index(op) + 1
    else:
        text = f"{op}{body},{cl} Prime Minister Mark Carney said."
        start = 1
    found = [q for q in find_quotes(text, published=PUB, locale="en_GB", dates=[]) if q.parts]
    assert found, text
    q = found[0]
    assert (q.parts[0].start, q.parts[-1].end) == (start, start + len(body))
    assert q.text == body
    assert who(q) == "Mark Carney"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_random_text_never_raises(text: str) -> None:
    for q in find_quotes(text, published=PUB, locale="en_US"):
        assert text[q.content_span.start : q.content_span.end] == q.content
        assert q.content_span.contains(q.span)


SOUP = st.lists(
    st.sampled_from(
        [
            "“",
            "”",
            "‘",
            "’",
            '"',
            "'",
            ",",
            ".",
            "said",
            "Carney",
            "she",
            "that",
            "\n",
            "according",
            "to",
            "the",
            "Ministry",
            "accused",
            "of",
            ":",
            "(PMO)",
            "Jan.",
            "2",
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(SOUP)
def test_quote_soup_never_raises(text: str) -> None:
    for q in find_quotes(text, published=PUB, locale="en_CA", dates=[]):
        assert text[q.content_span.start : q.content_span.end] == q.content


@pytest.mark.parametrize(
    "unit",
    [
        "“We will win,” Carney said. ",
        "Carney said that Canada would pay, according to the PMO. ",
        "“",
        '"',
        "said ",
        "1,",
    ],
)
def test_time_is_linear(unit: str) -> None:
    def run(n: int) -> float:
        text = unit * (n // len(unit))
        start = time.process_time()
        find_quotes(text, published=PUB, locale="en_CA", dates=[])
        return time.process_time() - start

    small, big = run(50_000), run(500_000)
    assert big < 6.0, f"500 kB took {big:.2f} s"
    assert big < 25 * max(small, 0.01), f"{small:.3f} s -> {big:.3f} s: not linear"


# ---------------------------------------------------------------- the development set

DEVSET = Path(__file__).parent / "devset"
QUOTE_F1_FLOOR = 0.85


def _norm(s: object) -> str:
    text = unicodedata.normalize("NFKC", str(s or "")).lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(a, b)
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _norm_name(s: object) -> str:
    text = unicodedata.normalize("NFKD", _norm(s))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"'s\b", "", text)
    return " ".join(text.replace(".", "").split()).strip(" ,")


def _name_ok(gold: object, got: str | None) -> bool:
    if gold == "*":
        return True
    names = gold if isinstance(gold, list) else [gold]
    if not got:
        return None in names
    c = _norm_name(got)
    for n in names:
        if n is None:
            continue
        n = _norm_name(n)
        if c == n or c.endswith(" " + n) or c.split(",")[0].strip() == n:
            return True
    return False


def _match(golds: list[dict[str, object]], preds: list[Quote]) -> tuple[int, int, int]:
    """(required hits, all hits, required gold): score.py's one-to-one matching."""

    def ok(g: dict[str, object], p: Quote) -> bool:
        return _norm(g["contains"]) in _norm(p.text) and _name_ok(g["speaker"], who(p))

    edges = {gi: [pi for pi, p in enumerate(preds) if ok(g, p)] for gi, g in enumerate(golds)}
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi not in seen:
                seen.add(pi)
                if pi not in owner or augment(owner[pi], seen):
                    owner[pi] = gi
                    return True
        return False

    required = [gi for gi, g in enumerate(golds) if g.get("required", True)]
    for gi in required:
        augment(gi, set())
    for gi, g in enumerate(golds):
        if not g.get("required", True):
            for pi in edges[gi]:
                if pi not in owner:
                    owner[pi] = gi
                    break
    hits_req = sum(1 for gi in owner.values() if gi in required)
    return hits_req, len(owner), len(required)


def test_devset_quote_f1_stays_above_the_floor() -> None:
    gold = json.loads((DEVSET / "gold.json").read_text(encoding="utf-8"))
    assert len(gold) >= 5
    hits_req = hits = n_gold = n_pred = 0
    for aid, g in gold.items():
        text = (DEVSET / f"{aid}.txt").read_text(encoding="utf-8")
        article = Article(
            text=text, published=dt.date.fromisoformat(g["published"]), locale=g["locale"]
        )
        preds = list(extract(article).quotes)
        r, a, n = _match(g.get("quotes", []), preds)
        hits_req, hits, n_gold, n_pred = hits_req + r, hits + a, n_gold + n, n_pred + len(preds)
    precision = hits / n_pred if n_pred else 1.0
    recall = hits_req / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= QUOTE_F1_FLOOR, f"quote F1 {f1:.2f} (P {precision:.2f}, R {recall:.2f})"
