"""A tokenized view of an article with the mentions found in it (private), shared by
:mod:`newsfacts.commitments` and :mod:`newsfacts.events`.

Every lookup is an array index or a binary search, and every scan looks at a bounded
number of tokens, so the finders built on it stay linear in the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Generic, TypeVar

from newsfacts._text import Token, load_data, sentences, tokenize, trusted_span
from newsfacts.actors import Actor, ActorKind, ActorMention
from newsfacts.dates import DateMention, DurationMention
from newsfacts.money import MoneyMention
from newsfacts.quotes import Quote
from newsfacts.spans import Span

__all__ = [
    "AUXILIARIES",
    "Doc",
    "Layer",
    "doc_for",
    "is_place",
    "key",
    "speaker_for",
    "subject_before",
    "subject_mention",
]

M = TypeVar("M", ActorMention, DateMention, DurationMention, MoneyMention)

# Words that may stand between a subject and its verb: auxiliaries, modals, adverbs and
# the catenative verbs of intention ("plans to give", "agreed to provide").
_CLAUSES = load_data("clauses.json")
AUXILIARIES = frozenset(_CLAUSES["auxiliaries"])


def key(word: str) -> str:
    """Matching key of a token: case-folded, straight apostrophe, no final dot."""
    return word.replace("’", "'").casefold().rstrip(".")


@lru_cache(maxsize=4)
def _token_keys(text: str) -> list[str]:
    """The :func:`key` of every token of ``text`` (cached; callers must not mutate it)."""
    memo: dict[str, str] = {}
    out: list[str] = []
    append = out.append
    for tok in tokenize(text):
        word = tok.text
        k = memo.get(word)
        if k is None:
            k = memo[word] = key(word)
        append(k)
    return out


class Layer(Generic[M]):
    """Mentions of one kind, indexed by the tokens they cover."""

    def __init__(self, doc: Doc, mentions: Sequence[M]) -> None:
        items = list(mentions)
        spans = [(m.span.start, m.span.end) for m in items]
        if any(spans[k] > spans[k + 1] for k in range(len(spans) - 1)):
            order = sorted(range(len(items)), key=spans.__getitem__)
            items = [items[k] for k in order]
        self.items: list[M] = items
        self.starts = [m.span.start for m in items]
        n = len(doc.toks)
        self.at: list[int] = [-1] * n  # token -> index of the mention covering it
        self.first: dict[int, int] = {}  # mention -> its first token
        self.last: dict[int, int] = {}  # mention -> its last token
        for idx, m in enumerate(self.items):
            i = doc.token_at(m.span.start)
            j = i
            while j < n and doc.toks[j].start < m.span.end:
                if self.at[j] < 0:
                    self.at[j] = idx
                j += 1
            if j > i:
                self.first[idx] = i
                self.last[idx] = j - 1

    def covering(self, i: int) -> M | None:
        """The mention covering token ``i``, if any."""
        if 0 <= i < len(self.at) and self.at[i] >= 0:
            return self.items[self.at[i]]
        return None

    def index_at(self, i: int) -> int:
        """The index of the mention covering token ``i``, or -1."""
        return self.at[i] if 0 <= i < len(self.at) else -1

    def between(self, start: int, end: int) -> list[M]:
        """Mentions starting in ``[start, end)`` (character offsets)."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return self.items[lo:hi]


class Doc:
    """The text as tokens and sentences, with actor, money, date and quote layers."""

    def __init__(
        self,
        text: str,
        *,
        actors: Sequence[ActorMention],
        money: Sequence[MoneyMention],
        dates: Sequence[DateMention],
        durations: Sequence[DurationMention],
        quotes: Sequence[Quote],
    ) -> None:
        self.text = text
        self.toks: list[Token] = tokenize(text)
        self.keys = _token_keys(text)
        self.tok_starts = [t.start for t in self.toks]
        self.sents = sentences(text)
        self.sent_starts = [s for s, _e in self.sents]
        self._sentence_bounds: dict[int, tuple[int, int]] = {}
        self.actors = Layer(self, actors)
        self.money = Layer(self, money)
        self.dates = Layer(self, dates)
        self.durations = Layer(self, durations)
        self.quotes = sorted(quotes, key=lambda q: q.content_span.start)
        self.quote_starts = [q.content_span.start for q in self.quotes]
        self.quotes_by_cue: dict[int, list[Quote]] = {}
        for q in self.quotes:
            if q.attribution.cue_span is not None:
                self.quotes_by_cue.setdefault(q.attribution.cue_span.start, []).append(q)

    # -- positions ---------------------------------------------------------------

    def token_at(self, pos: int) -> int:
        """The first token that ends after ``pos`` (the token at or after it)."""
        i = bisect_right(self.tok_starts, pos) - 1
        if i >= 0 and self.toks[i].end > pos:
            return i
        return i + 1

    def sentence_of(self, pos: int) -> int:
        """The index of the sentence holding offset ``pos`` (-1 before the first)."""
        return bisect_right(self.sent_starts, pos) - 1

    def sentence_tokens(self, si: int) -> tuple[int, int]:
        """The tokens ``[i, j)`` of sentence ``si``."""
        if si < 0 or si >= len(self.sents):
            return 0, 0
        bounds = self._sentence_bounds.get(si)
        if bounds is None:
            s, e = self.sents[si]
            bounds = self._sentence_bounds[si] = (self.token_at(s), self.token_at(e))
        return bounds

    def span(self, i: int, j: int) -> Span:
        """The character span of tokens ``[i, j)`` (``j > i``)."""
        return trusted_span(self.toks[i].start, self.toks[j - 1].end)

    def slice(self, i: int, j: int) -> str:
        """The text of tokens ``[i, j)``, as written."""
        return self.text[self.toks[i].start : self.toks[j - 1].end] if j > i else ""

    def is_word(self, i: int) -> bool:
        """Whether token ``i`` is a word (not punctuation)."""
        return 0 <= i < len(self.toks) and self.toks[i].text[:1].isalnum()

    def is_lower_word(self, i: int) -> bool:
        """Whether token ``i`` is a lowercase word."""
        t = self.toks[i].text if 0 <= i < len(self.toks) else ""
        return t[:1].isalpha() and t[:1].islower()

    def glued(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` without a space."""
        return 0 < i < len(self.toks) and self.toks[i].start == self.toks[i - 1].end

    # -- quotes --------------------------------------------------------------------

    def quote_around(self, pos: int) -> Quote | None:
        """The innermost quote whose reported content holds offset ``pos``."""
        hi = bisect_right(self.quote_starts, pos)
        best: Quote | None = None
        for k in range(hi - 1, max(-1, hi - 6), -1):
            q = self.quotes[k]
            if q.content_span.start <= pos < q.content_span.end and (
                best is None or len(q.content_span) < len(best.content_span)
            ):
                best = q
        return best

    # -- actors --------------------------------------------------------------------

    def actor_ending_at(self, i: int) -> tuple[ActorMention, int] | None:
        """The actor mention whose last token is ``i``, with its first token."""
        idx = self.actors.index_at(i)
        if idx < 0 or self.actors.last.get(idx) != i:
            return None
        return self.actors.items[idx], self.actors.first[idx]

    def actor_starting_at(self, i: int) -> tuple[ActorMention, int] | None:
        """The actor mention whose first token is ``i``, with the token after it."""
        idx = self.actors.index_at(i)
        if idx < 0 or self.actors.first.get(idx) != i:
            return None
        return self.actors.items[idx], self.actors.last[idx] + 1

    def possessive(self, i: int) -> bool:
        """Whether token ``i`` ends in a possessive ("Japan's", "leaders'")."""
        t = self.toks[i].text if 0 <= i < len(self.toks) else ""
        if len(t) > 2 and t[-2] in "'’" and t[-1] in "sS":
            return True
        nxt = i + 1
        return (
            nxt < len(self.toks)
            and self.toks[nxt].text in ("'", "’", "'s", "’s")
            and self.glued(nxt)
        )


# The last Doc built from immutable inputs (tuples), and those inputs: the commitment and
# event finders reading one article with the same mentions share it.
_last_doc: list[tuple[tuple[object, ...], Doc]] = []


def doc_for(
    text: str,
    *,
    actors: Sequence[ActorMention],
    money: Sequence[MoneyMention],
    dates: Sequence[DateMention],
    durations: Sequence[DurationMention],
    quotes: Sequence[Quote],
) -> Doc:
    """A :class:`Doc` of ``text`` and these mentions, reused when the same (identical)
    tuples were passed last time. Lists are never reused: they could have changed."""
    inputs = (text, actors, money, dates, durations, quotes)
    if not all(isinstance(x, tuple) for x in inputs[1:]):
        return Doc(
            text, actors=actors, money=money, dates=dates, durations=durations, quotes=quotes
        )
    for last_inputs, last_doc in _last_doc[-1:]:
        if all(a is b for a, b in zip(last_inputs, inputs, strict=True)):
            return last_doc
    doc = Doc(text, actors=actors, money=money, dates=dates, durations=durations, quotes=quotes)
    _last_doc[:] = [(inputs, doc)]
    return doc


def is_place(mention: ActorMention) -> bool:
    """Whether an actor mention can be where something happens."""
    return mention.value.kind in (ActorKind.PLACE, ActorKind.COUNTRY)


# ---------------------------------------------------------------- subjects

# An actor right after one of these is inside a prepositional phrase, not a subject.
# ("after", "before" and "since" also open clauses: "after Carney met Zelenskyy".)
_PREPOSITIONS = frozenset(_CLAUSES["prepositions"])
_RELATIVES = frozenset(["which", "who", "that"])
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "this", "that", "these", "those"])
_STANDINS = frozenset(["it", "they", "we"])
# A definite noun the actor finder leaves unnamed, and the titles of who speaks for it:
# "the province would contribute", said by its premier.
_NOMINAL_TITLES: dict[str, list[str]] = _CLAUSES["nominal_titles"]
_ORG_HEADS = frozenset(_CLAUSES["org_heads"])


def _say_words() -> frozenset[str]:
    cues = load_data("cues.json")
    return frozenset([*cues["say"], *cues["clause"]])


def speaker_for(doc: Doc, i: int, floor: int) -> Actor | None:
    """Who "it", "they" or "we" at token ``i`` stands for: the speaker of the reported
    speech holding it ("The EU said it would contribute"), else the subject of the
    nearest reporting verb before it in the sentence."""
    say = _say_words()
    for j in range(i - 1, max(floor - 1, i - 8), -1):
        if doc.keys[j] in say:
            hit = doc.actor_ending_at(j - 1)
            if hit is not None:
                return hit[0].value
            break
    quote = doc.quote_around(doc.toks[i].start)
    if quote is not None and quote.speaker is not None:
        return quote.speaker
    return None


def reporter_of(doc: Doc, i: int, floor: int, end: int) -> Actor | None:
    """Who reports the clause holding token ``i``: the speaker of the quote around it,
    else the subject of a reporting verb before it in the sentence ("The department
    said ...") or right after its clause (", the department said")."""
    quote = doc.quote_around(doc.toks[i].start)
    if quote is not None and quote.speaker is not None:
        return quote.speaker
    say = _say_words()
    for j in range(i - 1, max(floor - 1, i - 24), -1):
        if doc.keys[j] in say:
            return subject_before(doc, j, floor)
    for j in range(i + 1, min(end, i + 24)):
        if doc.keys[j] in say and doc.toks[j - 1].text != ",":
            found = subject_before(doc, j, floor)
            if found is not None:
                return found
    return None


def _nominal(doc: Doc, head: str, i: int, floor: int) -> Actor | None:
    """An unnamed definite subject: an organization named with its head word earlier
    ("the ministry" after "the Dutch finance ministry"), or the person who speaks for a
    government ("the province", said by the premier)."""
    if head in _ORG_HEADS:
        lo = bisect_left(doc.actors.starts, max(0, doc.toks[i].start - 3000))
        hi = bisect_left(doc.actors.starts, doc.toks[i].start)
        for m in reversed(doc.actors.items[lo:hi]):
            if (
                m.value.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP)
                and head in key(m.value.name).split()
            ):
                return m.value
        return None
    titles = _NOMINAL_TITLES.get(head)
    if not titles:
        return None
    quote = doc.quote_around(doc.toks[i].start)
    speaker = quote.speaker if quote is not None else None
    if speaker is None:
        say = _say_words()
        for j in range(i - 1, max(floor - 1, i - 10), -1):
            if doc.keys[j] in say:
                hit = doc.actor_ending_at(j - 1)
                speaker = hit[0].value if hit is not None else None
                break
    if speaker is None or speaker.kind is not ActorKind.PERSON or not speaker.title:
        return None
    title = key(speaker.title)
    return speaker if any(t in title for t in titles) else None


def _coordinated_subject(doc: Doc, j: int, floor: int) -> tuple[Actor, Span | None] | None:
    """The subject of the verb phrase before "and" at token ``j``: the nearest actor (not
    in a prepositional phrase) or stand-in pronoun before it in the clause."""
    for q in range(j - 1, max(floor - 1, j - 14), -1):
        tok = doc.toks[q].text
        if tok in (";", ":", ".") or (tok == "," and not doc.glued(q)):
            return None
        hit = doc.actor_ending_at(q)
        if hit is not None and not (hit[1] > floor and doc.keys[hit[1] - 1] in _PREPOSITIONS):
            return hit[0].value, hit[0].span
        if doc.keys[q] in _STANDINS:
            standin = speaker_for(doc, q, floor)
            return (standin, None) if standin is not None else None
    return None


def subject_before(doc: Doc, i: int, floor: int, *, limit: int = 14) -> Actor | None:
    """The actor that is the subject of the verb at token ``i``: the nearest actor before
    it that is not inside a prepositional phrase, past auxiliaries and adverbs ("has
    also committed"), a possessor's head noun ("Japan's cabinet approved"), a relative
    pronoun ("China, which lent"), or an appositive between commas. "It", "they" and
    "we" are the speaker of the reported speech that holds them."""
    found = subject_mention(doc, i, floor, limit=limit)
    return found[0] if found is not None else None


def subject_mention(
    doc: Doc, i: int, floor: int, *, limit: int = 14
) -> tuple[Actor, Span | None] | None:
    """:func:`subject_before` with the span of the subject as written (None when it is
    not written: a stand-in pronoun or an unnamed noun)."""
    j = i - 1
    steps = 0
    heads: list[str] = []
    while j >= floor and steps < limit:
        hit = doc.actor_ending_at(j)
        if hit is not None:
            mention, first = hit
            if first - 1 >= floor and doc.keys[first - 1] in _PREPOSITIONS:
                j = first - 2  # "the Japanese embassy in Canberra said": keep looking
                steps += 1
                continue
            # "Canada and Ontario have signed": the first of coordinated subjects leads
            if first - 2 >= floor and doc.keys[first - 1] in ("and", "&"):
                lead = doc.actor_ending_at(first - 2)
                if lead is not None:
                    return lead[0].value, lead[0].span
            return mention.value, mention.span
        k = doc.keys[j]
        tok = doc.toks[j].text
        lower = doc.is_lower_word(j)
        if k in AUXILIARIES or (lower and k.endswith("ly") and len(k) > 4):
            j -= 1
            steps += 1
            continue
        if k in _RELATIVES and not heads:
            j -= 1
            if j >= floor and doc.toks[j].text == ",":
                j -= 1
            steps += 1
            continue
        if k in _STANDINS and not heads:
            standin = speaker_for(doc, j, floor)
            return (standin, None) if standin is not None else None
        if k in ("and", "or") and not heads:
            # "it would cut 3,000 jobs and spend $500 million": the first verb's subject
            return _coordinated_subject(doc, j, floor)
        if k in _DETERMINERS:
            break
        if tok[:1].isupper() and not heads and j - 1 >= floor and doc.keys[j - 1] in ("and", "&"):
            j -= 2  # "The federal government and Ontario": a conjunct no one named
            steps += 1
            continue
        if lower and len(heads) < 3 and k not in _PREPOSITIONS:
            heads.append(k)
            j -= 1
            steps += 1
            continue
        if tok == "," and not heads:
            c = j - 1
            while c >= floor and j - c < 16 and doc.toks[c].text != ",":
                c -= 1
            if c >= floor and doc.toks[c].text == ",":
                j = c - 1
                steps += 1
                continue
        break
    if heads:
        nominal = _nominal(doc, heads[0], i, floor)
        return (nominal, None) if nominal is not None else None
    return None
