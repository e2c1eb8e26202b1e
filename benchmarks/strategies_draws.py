"""500 derandomized draws of each labeled strategy: how many distinct texts, and how many
parse back to their labels (issue 6's measure). Run: ``.venv/bin/python
benchmarks/strategies_draws.py`` from the project root. The article check is the test
suite's own (``tests/test_strategies.py``), which matches facts as ``score.py`` does."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.strategies import SearchStrategy

from newsfacts import Qualifier, find_money, find_quotes, parse_date_range, parse_money
from newsfacts.strategies import article_texts, date_texts, money_texts, quote_texts

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_strategies import extract_finds_the_generated_facts

DRAWS = settings(
    max_examples=500,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.generate],
)


def run(name: str, strategy: SearchStrategy[Any], ok: Callable[[Any], bool]) -> None:
    """Draw 500 labeled texts; print the distinct count and the parse-back count."""
    texts: set[str] = set()
    good = n = 0

    @DRAWS
    @given(strategy)
    def draw(x: Any) -> None:
        nonlocal good, n
        n += 1
        texts.add(x.text)
        try:
            passed = bool(ok(x))
        except AssertionError:
            passed = False
        good += passed
        if not passed:
            print(f"  fails: {x.text!r} (published {x.published}, {x.locale})")

    draw()
    print(f"{name:14s} draws {n}  distinct texts {len(texts)}  parse back {good}/{n}")


def money_ok(x: Any) -> bool:
    if x.qualifier is Qualifier.EXACT:
        return parse_money(x.text, locale=x.locale) == x.value
    found = find_money(x.text, locale=x.locale)
    return [(m.value, m.qualifier) for m in found] == [(x.value, x.qualifier)]


def date_ok(x: Any) -> bool:
    return bool(parse_date_range(x.text, published=x.published, locale=x.locale) == x.value)


def quote_ok(x: Any) -> bool:
    found = find_quotes(x.text, published=x.published, locale=x.locale)
    e = x.value
    got = [(q.speaker.name if q.speaker else None, q.kind, q.span, q.text) for q in found]
    return got == [(e.speaker.name, e.kind, e.span, e.text)]


def article_ok(x: Any) -> bool:
    extract_finds_the_generated_facts(x)
    return True


if __name__ == "__main__":
    run("money_texts", money_texts(), money_ok)
    run("date_texts", date_texts(), date_ok)
    run("quote_texts", quote_texts(), quote_ok)
    run("article_texts", article_texts(), article_ok)
