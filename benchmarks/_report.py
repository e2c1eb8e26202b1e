"""Render benchmark results (the ``latest.json`` document) as Markdown, and update the docs.

Everything here works on the plain JSON dicts, so that ``--write-docs`` can render sections
measured in earlier runs (``--only``) next to fresh ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

START = "<!-- figures:start -->"
END = "<!-- figures:end -->"

Doc = dict[str, Any]

TITLES = {
    "money": "Money: `find_money`",
    "dates": "Dates: `find_dates`",
    "extract": "Whole articles: `extract()`",
}


def rate(x: float) -> str:
    """A throughput figure with three significant digits and thousands separators."""
    if x >= 1000:
        return f"{round(x, -len(str(int(x))) + 3):,.0f}"
    return f"{x:.3g}"


def duration_ms(ms: float) -> str:
    """A short duration: ``11 µs`` below a millisecond, else ``2.47 ms``."""
    return f"{ms * 1000:.0f} µs" if ms < 1 else f"{ms:.3g} ms"


def ratio(x: float) -> str:
    """A speed ratio such as ``27x`` or ``0.62x``."""
    return f"{x:.0f}x" if x >= 10 else f"{x:.2f}x" if x < 1 else f"{x:.1f}x"


def _table(header: list[str], rows: list[list[str]], align: str) -> list[str]:
    """A Markdown table; ``align`` has one character per column: l or r."""
    seps = ["---:" if a == "r" else "---" for a in align]
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(seps) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def _accuracy(section: Doc) -> list[str]:
    runs: list[Doc] = section.get("accuracy", [])
    if not runs:
        return []
    kind = section["kind"]
    suites: list[str] = []
    gold: dict[str, int] = {}
    for run in runs:
        for s in run["suites"]:
            if s["suite"] not in suites:
                suites.append(s["suite"])
            gold.setdefault(s["suite"], s["gold"])
    header = ["suite", "gold", *[f"{r['impl']} {r['version']}".strip() for r in runs]]
    rows = []
    for suite in sorted(suites):
        row = [suite, str(gold[suite])]
        for run in runs:
            hit = next((s for s in run["suites"] if s["suite"] == suite), None)
            if hit is None:
                row.append("failed" if not run["ok"] else "–")
            else:
                cell = f"{hit['value']:.3f} / {hit['full']:.3f} / {hit['precision']:.3f}"
                if hit["raised"]:
                    cell += f" ({hit['raised']} raised)"
                row.append(cell)
        rows.append(row)
    lines = [
        f"Accuracy on the peer suites, `score_peers.py {kind} --impl IMPL`, each implementation "
        "in its own environment on the same cases. Each cell: value-right / full-right / "
        "precision.",
        "",
        *_table(header, rows, "lr" + "l" * len(runs)),
    ]
    failed = [r for r in runs if not r["ok"]]
    for r in failed:
        lines += ["", f"{r['impl']} could not be scored: {one_line(r.get('error'))}"]
    return lines


def one_line(text: str | None) -> str:
    """An error message squeezed onto one line."""
    return " ".join((text or "unknown error").split())[:300]


def _throughput(section: Doc) -> list[str]:
    tp: Doc | None = section.get("throughput")
    if not tp:
        return []
    ours = tp["ours"]
    lines = [
        f"Throughput on {tp['items']} news sentences (`benchmarks/news_sentences.txt`, "
        f"{tp['bytes']:,} bytes), median of {tp['rounds']} interleaved rounds of at least "
        f"{tp['seconds']:g} s each; the ratio is the median of the per-round ratios.",
        "",
    ]
    rows = []
    for c in tp["contenders"]:
        fig = c.get("figures")
        if fig is None:
            why = c.get("skip") or c.get("error") or "not measured"
            rows.append([c["label"], c["version"], "–", "–", "–", "–", one_line(why)])
            continue
        r = c.get("ratio")
        rows.append(
            [
                c["label"],
                c["version"],
                rate(fig["items_per_s"]),
                f"{rate(fig['items_per_s_min'])}–{rate(fig['items_per_s_max'])}",
                duration_ms(fig["median_item_ms"]),
                "1x" if c["label"] == ours else (ratio(r) if r else "–"),
                str(c["found"].get("sentences", "")),
            ]
        )
    header = ["implementation", "version", "sentences/s", "range", "per sentence"]
    header += [f"{ours} ÷ it", "mentions found"]
    lines += _table(header, rows, "llrrrrr")
    return lines


def _extract(section: Doc) -> list[str]:
    ex: Doc | None = section.get("extract")
    if not ex:
        return []
    if ex.get("skip"):
        return [f"Not measured yet: {ex['skip']}."]
    lines = [
        f"`extract()` on the worked example ({ex['worked_bytes']:,} bytes), "
        f"{ex['devset_articles']} development-set articles and a {ex['one_mb_bytes'] / 1e6:.2f} MB "
        f"text made of {ex['copies']} copies of them; median of the interleaved rounds. The "
        "peer is spaCy's small English model plus textacy's `direct_quotations` on the same "
        "articles (not on the 1 MB text: spaCy's parser needs about 1 GB of memory per 100,000 "
        "characters).",
        "",
    ]
    rows = []
    names = {
        "worked": "worked example",
        "devset": "development set",
        "parts": "worked example + development set",
        "1mb": "1 MB text",
    }
    for c in ex["contenders"]:
        for group, fig in c.get("figures", {}).items():
            rows.append(
                [
                    c["label"],
                    c["version"],
                    names.get(group, group),
                    rate(fig["items_per_s"]),
                    rate(fig["mb_per_s"]),
                    duration_ms(fig["median_item_ms"]),
                    str(c["found"].get(group, "")),
                ]
            )
        if not c.get("figures"):
            why = c.get("skip") or c.get("error") or "not measured"
            rows.append([c["label"], c["version"], "–", "–", "–", "–", one_line(why)])
    header = ["implementation", "version", "texts", "articles/s", "MB/s", "median per text"]
    lines += _table([*header, "quotes found"], rows, "lllrrrr")
    lin = ex.get("linearity")
    if lin:
        lines += [
            "",
            f"Linearity: the 1 MB text took {lin['one_mb_s']:.3g} s; its {ex['copies']} copies "
            f"of the articles, timed one by one, sum to {lin['parts_s']:.3g} s "
            f"(ratio {lin['ratio']:.2f}; 1.00 is perfectly linear).",
        ]
    return lines


def _targets(section: Doc) -> list[str]:
    targets: list[Doc] = section.get("targets", [])
    if not targets:
        return []
    rows = []
    for t in targets:
        measured = "–" if t["measured"] is None else t["shown"]
        met = "–" if t["met"] is None else ("yes" if t["met"] else "**no**")
        rows.append([t["what"], t["target"], measured, met])
    return _table(["target", "wanted", "measured", "met"], rows, "lrrl")


def render_section(name: str, section: Doc) -> list[str]:
    """One section (money, dates or extract) as Markdown lines."""
    lines = [f"### {TITLES[name]}", ""]
    stamp = section.get("measured", "?")
    version = section.get("newsfacts_version", "?")
    at = f"newsfacts {version} at {section.get('revision', '?')}"
    quick = " (quick run: fewer, shorter rounds)" if section.get("quick") else ""
    lines += [f"Measured {stamp}, {at}{quick}.", ""]
    for part in (_accuracy(section), _throughput(section), _extract(section), _targets(section)):
        if part:
            lines += [*part, ""]
    for note in section.get("notes", []):
        lines.append(f"- {note}")
    if section.get("notes"):
        lines.append("")
    return lines


def render(doc: Doc) -> str:
    """The whole figures fragment (Markdown) for ``doc`` (the latest.json document)."""
    m = doc["machine"]
    lines = [
        f"Machine: {m['cores']} cores ({m['cpu']}), {m['system']}, Python {m['python']}, "
        "shared with other work: ratios between implementations timed in the same run are "
        "steadier than absolute rates. Command: `make bench` "
        "(`.venv/bin/python benchmarks/run.py --write-docs` to update this page).",
        "",
    ]
    for name in ("money", "dates", "extract"):
        section = doc["sections"].get(name)
        if section:
            lines += render_section(name, section)
    return "\n".join(lines).rstrip() + "\n"


def write_docs(page: Path, fragment: str) -> None:
    """Replace the text between the figures markers of ``page`` with ``fragment``."""
    text = page.read_text(encoding="utf-8")
    try:
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
    except ValueError:
        raise ValueError(f"{page} lacks the markers {START} ... {END}") from None
    page.write_text(f"{head}{START}\n\n{fragment}\n{END}{tail}", encoding="utf-8")
