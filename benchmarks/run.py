"""Benchmark newsfacts against its peers: accuracy and throughput, side by side, one run.

    .venv/bin/python benchmarks/run.py [--only money|dates|extract] [--quick] [--write-docs]

(``make bench`` runs it.) Three sections:

* money: ``score_peers.py money`` for newsfacts, price-parser and quantulum3, and the
  throughput of ``find_money`` against ``Price.fromstring`` and quantulum3's ``parser.parse``
  on the news sentences in ``benchmarks/news_sentences.txt``;
* dates: ``score_peers.py dates`` for newsfacts, dateparser and ctparse, and the throughput
  of ``find_dates`` against ``dateparser.search.search_dates`` and ``ctparse``;
* extract: ``extract()`` on the worked example, the development set and a 1 MB text, against
  spaCy's small English model plus textacy's ``direct_quotations``.

Each peer runs in its own virtual environment, ``benchmarks/.envs/<peer>``, built on demand
from ``benchmarks/requirements-<peer>.txt``. The report goes to stdout (Markdown), progress
to stderr; results are written to ``benchmarks/results/latest.json`` and ``latest.md``, and
``--write-docs`` puts the figures into ``docs/benchmarks.md`` between its markers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import _corpora
import _envs
import _report
import _scores
import _throughput
from _common import (
    DOCS_PAGE,
    RESULTS,
    ROOT,
    BenchError,
    git_revision,
    locate_shared,
    log,
    machine,
    newsfacts_env,
    peer_env,
    project_python,
    tail,
)

SECTIONS = ("money", "dates", "extract")
OURS = "newsfacts"
TEXTACY = "spaCy + textacy"

#: (section, suite, column, minimum) accuracy targets from the issues, for newsfacts
ACCURACY_TARGETS = [
    ("money", "recognizers_en", "full", 0.95),
    ("money", "duckling_en", "full", 0.90),
    ("money", "price_parser", "value", 0.95),
    ("dates", "recognizers_en", "full", 0.90),
    ("dates", "duckling_en", "full", 0.85),
]
#: (section, peer, minimum of newsfacts' rate / the peer's) throughput targets
SPEED_TARGETS = [
    ("money", "quantulum3", 20.0),
    ("money", "price-parser", 0.5),
    ("dates", "dateparser", 20.0),
    ("extract", TEXTACY, 50.0),
]
#: the 1 MB text may take at most this many times the sum of its parts
LINEARITY_LIMIT = 1.5

Doc = dict[str, Any]

PROBE = """
import datetime as dt, json
out = {"version": "?", "money": None, "dates": None, "quotes": False}
try:
    import newsfacts
    out["version"] = newsfacts.__version__
except Exception as exc:
    out["money"] = out["dates"] = f"import newsfacts failed: {type(exc).__name__}: {exc}"
else:
    try:
        newsfacts.find_money("It cost $5 million.", locale="en_US")
    except Exception as exc:
        out["money"] = f"find_money raised {type(exc).__name__}: {exc}"
    try:
        newsfacts.find_dates("on Jan. 5", published=dt.date(2026, 1, 2), locale="en_US")
    except Exception as exc:
        out["dates"] = f"find_dates raised {type(exc).__name__}: {exc}"
    fields = getattr(getattr(newsfacts, "Facts", None), "__attrs_attrs__", ())
    out["quotes"] = "quotes" in {f.name for f in fields}
print(json.dumps(out))
"""


class Settings:
    """Options shared by the sections."""

    def __init__(self, args: argparse.Namespace, shared: Path) -> None:
        self.quick: bool = args.quick
        self.shared = shared
        self.scorer = shared / "bench" / "score_peers.py"
        self.rounds = 3 if args.quick else 5
        self.seconds = 0.25 if args.quick else 0.5
        self.python = project_python()
        self.probe = probe_newsfacts(self.python)
        self.revision = git_revision()


def probe_newsfacts(python: Path) -> Doc:
    """Import newsfacts in the project's interpreter and try each finder once."""
    done = subprocess.run(
        [str(python), "-c", PROBE],
        env=newsfacts_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    try:
        result: Doc = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        why = tail(done.stderr, 4) or "no output"
        result = {"version": "?", "money": why, "dates": why, "quotes": False}
    return result


def new_section(kind: str, settings: Settings) -> Doc:
    """An empty section record, stamped with the time of measurement."""
    now = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return {
        "kind": kind,
        "measured": now,
        "quick": settings.quick,
        "revision": settings.revision,
        "newsfacts_version": settings.probe["version"],
        "accuracy": [],
        "targets": [],
        "notes": [],
    }


def peer_pythons(names: list[str], notes: list[str]) -> dict[str, Path]:
    """Build (if needed) each peer's environment; a peer that fails is noted and left out."""
    out = {}
    for name in names:
        try:
            out[name] = _envs.ensure(_envs.PEERS[name])
        except BenchError as exc:
            log(f"{name}: {exc}")
            notes.append(f"{name} is left out: its environment could not be built ({exc})")
    return out


def accuracy(kind: str, settings: Settings, peers: dict[str, Path]) -> list[Doc]:
    """``score_peers.py KIND`` for newsfacts and each peer, in turn."""
    runs = []
    contenders = [(OURS, settings.python, newsfacts_env(), settings.probe["version"])]
    for name, python in peers.items():
        contenders.append((name, python, peer_env(), "?"))
    for impl, python, env, version in contenders:
        if version == "?":
            version = _scores.installed_version(python, impl, env)
        log(f"scoring {kind} with {impl} ...")
        run = _scores.score(
            scorer=settings.scorer, kind=kind, impl=impl, python=python, env=env, version=version
        )
        log(f"  {impl}: {'ok' if run.ok else 'FAILED'} in {run.seconds:.1f} s")
        runs.append(asdict(run))
    return runs


def sentence_throughput(
    settings: Settings, ours_impl: str, peers: dict[str, Path], log_prefix: str
) -> Doc:
    """Time newsfacts against the peers on the news sentences, interleaved."""
    items = _corpora.sentences()
    contenders = [_throughput.Contender(OURS, ours_impl, settings.python, newsfacts_env())]
    contenders += [_throughput.Contender(n, n, p, peer_env()) for n, p in peers.items()]
    plan = _throughput.Plan(
        groups={"sentences": items},
        schedule={"sentences": (settings.rounds, settings.seconds)},
        warmup=["sentences"],
    )
    log(f"timing {log_prefix} on {len(items)} sentences ...")
    results, _notes = _throughput.measure(contenders, plan, log)
    ours = results[0].groups.get("sentences")
    rows = []
    for res in results:
        fig = res.groups.get("sentences")
        row: Doc = {
            "label": res.label,
            "version": res.version,
            "import_s": res.import_s,
            "warmup_s": res.warmup_s,
            "found": res.found,
            "figures": asdict(fig) if fig else None,
            "ratio": _throughput.paired_ratio(ours, fig) if ours and fig else None,
            "skip": res.skip,
            "error": res.error,
        }
        rows.append(row)
    return {
        "ours": OURS,
        "items": len(items),
        "bytes": sum(len(i["text"].encode("utf-8")) for i in items),
        "rounds": settings.rounds,
        "seconds": settings.seconds,
        "contenders": rows,
    }


def add_targets(section: Doc) -> None:
    """Fill ``section["targets"]`` from the accuracy and throughput results."""
    kind = section["kind"]
    targets: list[Doc] = []
    ours = next((r for r in section.get("accuracy", []) if r["impl"] == OURS), None)
    for sec, suite, column, minimum in ACCURACY_TARGETS:
        if sec != kind:
            continue
        hit = next((s for s in ours["suites"] if s["suite"] == suite), None) if ours else None
        value = hit[column] if hit else None
        targets.append(
            {
                "what": f"{suite} {column}-right",
                "target": f"≥ {minimum:.2f}",
                "measured": value,
                "shown": f"{value:.3f}" if value is not None else "–",
                "met": None if value is None else value >= minimum,
            }
        )
    speed = section.get("throughput") or section.get("extract") or {}
    for sec, peer, minimum in SPEED_TARGETS:
        if sec != kind:
            continue
        row = next((c for c in speed.get("contenders", []) if c["label"] == peer), None)
        value = row.get("ratio") if row else None
        targets.append(
            {
                "what": f"{OURS} ÷ {peer} throughput",
                "target": f"≥ {_report.ratio(minimum)}",
                "measured": value,
                "shown": _report.ratio(value) if value is not None else "–",
                "met": None if value is None else value >= minimum,
            }
        )
    lin = speed.get("linearity")
    if kind == "extract" and lin:
        targets.append(
            {
                "what": "1 MB text time ÷ sum of its parts (linear)",
                "target": f"≤ {LINEARITY_LIMIT:.2f}",
                "measured": lin["ratio"],
                "shown": f"{lin['ratio']:.2f}",
                "met": lin["ratio"] <= LINEARITY_LIMIT,
            }
        )
    section["targets"] = targets


def finder_section(kind: str, settings: Settings) -> Doc:
    """The money or dates section: accuracy and sentence throughput against two peers."""
    section = new_section(kind, settings)
    names = ["price-parser", "quantulum3"] if kind == "money" else ["dateparser", "ctparse"]
    peers = peer_pythons(names, section["notes"])
    problem = settings.probe[kind]
    if problem:
        section["notes"].append(f"newsfacts could not run: {problem}")
    section["accuracy"] = accuracy(kind, settings, peers)
    section["throughput"] = sentence_throughput(
        settings, f"newsfacts-{kind}", peers, f"find_{kind}"
    )
    if kind == "dates" and "ctparse" in peers:
        section["notes"].append("ctparse runs with its default timeout of 1 s per text.")
    if kind == "money" and "quantulum3" in peers:
        section["notes"].append(
            "quantulum3 is installed with its `classifier` extra (scikit-learn 1.8.0, the "
            "version its bundled model was trained with), as its documentation recommends."
        )
    add_targets(section)
    return section


def extract_section(settings: Settings) -> Doc:
    """extract() throughput on whole articles, against spaCy + textacy."""
    section = new_section("extract", settings)
    del section["accuracy"]
    if settings.probe["money"] or settings.probe["dates"]:
        section["extract"] = {"skip": settings.probe["money"] or settings.probe["dates"]}
        return section
    if not settings.probe["quotes"]:
        section["extract"] = {
            "skip": "newsfacts.extract() does not find quotes yet (issue 4); this section "
            "compares whole-article pipelines"
        }
        return section
    corpus = _corpora.articles(settings.shared)
    section["notes"] += corpus.notes
    peers = peer_pythons(["textacy"], section["notes"])
    contenders = [
        _throughput.Contender(OURS, "newsfacts-extract", settings.python, newsfacts_env())
    ]
    if "textacy" in peers:
        contenders.append(_throughput.Contender(TEXTACY, "textacy", peers["textacy"], peer_env()))
    groups = corpus.groups()
    schedule = {name: (settings.rounds, settings.seconds) for name in groups if name != "1mb"}
    schedule["1mb"] = (1 if settings.quick else 3, 0.0)
    plan = _throughput.Plan(
        groups=groups,
        schedule=schedule,
        warmup=[g for g in groups if g in ("worked", "devset")],
        skip_groups={TEXTACY: {"1mb"}},
    )
    log(f"timing extract() on {', '.join(groups)} ...")
    results, _notes = _throughput.measure(contenders, plan, log)
    ours = results[0]
    basis = "parts" if "parts" in groups else "worked"
    rows = []
    for res in results:
        fig = res.groups.get(basis)
        ours_fig = ours.groups.get(basis)
        rows.append(
            {
                "label": res.label,
                "version": res.version,
                "import_s": res.import_s,
                "warmup_s": res.warmup_s,
                "found": res.found,
                "figures": {g: asdict(f) for g, f in res.groups.items()},
                "ratio": _throughput.paired_ratio(ours_fig, fig)
                if fig and ours_fig and res is not ours
                else None,
                "skip": res.skip,
                "error": res.error,
            }
        )
    data: Doc = {
        "worked_bytes": len(corpus.worked[0]["text"].encode("utf-8")),
        "devset_articles": len(corpus.devset),
        "one_mb_bytes": len(corpus.one_mb[0]["text"].encode("utf-8")),
        "copies": corpus.copies,
        "ratio_basis": basis,
        "contenders": rows,
    }
    big, parts = ours.groups.get("1mb"), ours.groups.get(basis)
    if big and parts:
        one_mb_s = big.median_item_ms / 1000
        parts_s = parts.median_item_ms / 1000 * parts.items * corpus.copies
        data["linearity"] = {"one_mb_s": one_mb_s, "parts_s": parts_s, "ratio": one_mb_s / parts_s}
    section["extract"] = data
    add_targets(section)
    return section


def load_previous() -> Doc | None:
    """The last results document, if any (to keep sections not re-run with ``--only``)."""
    path = RESULTS / "latest.json"
    try:
        doc: Doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc


def newsfacts_failed(doc: Doc, names: list[str]) -> list[str]:
    """Problems with newsfacts itself in the sections just run (not with the peers)."""
    problems = []
    for name in names:
        section = doc["sections"][name]
        for run in section.get("accuracy", []):
            if run["impl"] == OURS and not run["ok"]:
                problems.append(f"{name}: scoring newsfacts failed: {run['error']}")
        for part in (section.get("throughput"), section.get("extract")):
            for c in (part or {}).get("contenders", []):
                if c["label"] == OURS and c.get("error"):
                    problems.append(f"{name}: timing newsfacts failed: {c['error']}")
    return problems


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--only", choices=SECTIONS, action="append", help="run only this section")
    ap.add_argument("--quick", action="store_true", help="fewer, shorter timing rounds")
    ap.add_argument(
        "--write-docs", action="store_true", help="rewrite the figures in docs/benchmarks.md"
    )
    ap.add_argument(
        "--check-targets", action="store_true", help="exit 1 when a measured target is missed"
    )
    ap.add_argument("--shared", help="the shared folder (default: ../shared beside the project)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the requested sections, print the report and write the results."""
    args = parse_args(argv)
    try:
        shared = locate_shared(args.shared)
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    names = [s for s in SECTIONS if not args.only or s in args.only]
    settings = Settings(args, shared)
    log(f"newsfacts {settings.probe['version']} with {settings.python}")
    previous = load_previous() if args.only else None
    doc: Doc = {
        "schema": "newsfacts-bench/1",
        "machine": machine(),
        "revision": settings.revision,
        "newsfacts_version": settings.probe["version"],
        "sections": dict(previous["sections"]) if previous else {},
    }
    for name in names:
        if name == "extract":
            doc["sections"][name] = extract_section(settings)
        else:
            doc["sections"][name] = finder_section(name, settings)
    fragment = _report.render(doc)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    (RESULTS / "latest.md").write_text(fragment, encoding="utf-8")
    print(fragment)
    log(f"wrote {RESULTS.relative_to(ROOT)}/latest.json and latest.md")
    if args.write_docs:
        try:
            _report.write_docs(DOCS_PAGE, fragment)
        except (OSError, ValueError) as exc:
            print(f"bench: cannot write the docs: {exc}", file=sys.stderr)
            return 2
        log(f"updated {DOCS_PAGE.relative_to(ROOT)}")
    problems = newsfacts_failed(doc, names)
    for p in problems:
        print(f"bench: {_report.one_line(p)}", file=sys.stderr)
    missed = [
        t["what"] for n in names for t in doc["sections"][n].get("targets", []) if t["met"] is False
    ]
    if args.check_targets and missed:
        print(f"bench: targets missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
