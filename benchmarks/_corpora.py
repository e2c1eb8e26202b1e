"""The texts the throughput benchmarks run on.

* ``news_sentences.txt`` (beside this file): news sentences with money amounts and dates,
  written for this benchmark, read as published 2026-01-02 in en_US.
* For ``extract()``: the worked example (``../shared/eval/worked-example/carney-france.txt``,
  published 2026-01-02, en_CA), the development set ``tests/devset/*.txt`` if present, and
  one text of at least 1 MB assembled from whole copies of those articles.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from _common import BENCH, ROOT

SENTENCES = BENCH / "news_sentences.txt"
SENTENCES_PUBLISHED = "2026-01-02"
SENTENCES_LOCALE = "en_US"
WORKED_PUBLISHED = "2026-01-02"
WORKED_LOCALE = "en_CA"
DEVSET = ROOT / "tests" / "devset"
ONE_MB = 1_000_000

_FRONT = re.compile(r"\A---\n(?P<head>(?:[^\n]*\n){0,20}?)---\n")

Item = dict[str, str]


def sentences() -> list[Item]:
    """The benchmark sentences, one item each (comments and blank lines skipped)."""
    lines = SENTENCES.read_text(encoding="utf-8").splitlines()
    texts = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return [
        {"text": t, "published": SENTENCES_PUBLISHED, "locale": SENTENCES_LOCALE} for t in texts
    ]


def _devset_item(path: Path) -> tuple[Item, str | None]:
    """A development-set article with its publication date and locale.

    They come from the set's ``gold.json`` (keyed by file stem), front matter
    (``published:`` / ``locale:`` lines between ``---`` lines at the top, stripped from the
    text) or a sidecar ``<name>.json``; failing all, the worked example's, with a note.
    """
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    m = _FRONT.match(text)
    if m:
        for line in m["head"].splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip()] = value.strip().strip("\"'")
        text = text[m.end() :]
    gold = path.parent / "gold.json"  # the development set's annotations carry both
    if gold.is_file():
        try:
            entry = json.loads(gold.read_text(encoding="utf-8")).get(path.stem, {})
            meta.update({k: str(v) for k, v in entry.items() if k in ("published", "locale")})
        except (ValueError, AttributeError):
            pass
    sidecar = path.with_suffix(".json")
    if sidecar.is_file():
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            meta.update({k: str(v) for k, v in data.items() if k in ("published", "locale")})
        except (ValueError, AttributeError):
            pass
    note = None
    if "published" not in meta or "locale" not in meta:
        note = f"{path.name}: no published/locale given; used {WORKED_PUBLISHED} {WORKED_LOCALE}"
    item = {
        "text": text,
        "published": meta.get("published", WORKED_PUBLISHED),
        "locale": meta.get("locale", WORKED_LOCALE),
    }
    return item, note


@dataclass
class ArticleCorpus:
    """The extract() benchmark's groups of articles."""

    worked: list[Item]
    devset: list[Item]
    one_mb: list[Item]
    #: whole copies of ``worked + devset`` inside the 1 MB text
    copies: int
    notes: list[str] = field(default_factory=list)

    @property
    def parts(self) -> list[Item]:
        """The articles the 1 MB text is made of (one copy)."""
        return self.worked + self.devset

    def groups(self) -> dict[str, list[Item]]:
        """Group name -> articles; "parts" only when it differs from "worked"."""
        out = {"worked": self.worked}
        if self.devset:
            out["devset"] = self.devset
            out["parts"] = self.parts
        out["1mb"] = self.one_mb
        return out


def articles(shared: Path) -> ArticleCorpus:
    """The worked example, the development set and the assembled 1 MB text."""
    worked_path = shared / "eval" / "worked-example" / "carney-france.txt"
    worked = [
        {
            "text": worked_path.read_text(encoding="utf-8"),
            "published": WORKED_PUBLISHED,
            "locale": WORKED_LOCALE,
        }
    ]
    devset: list[Item] = []
    notes: list[str] = []
    if DEVSET.is_dir():
        for path in sorted(DEVSET.glob("*.txt")):
            item, note = _devset_item(path)
            devset.append(item)
            if note:
                notes.append(note)
    else:
        notes.append("no development set (tests/devset/*.txt) yet: worked example only")
    parts = worked + devset
    texts = [i["text"].rstrip("\n") for i in parts]
    unit = sum(len(t.encode("utf-8")) + 2 for t in texts)  # each text and a "\n\n"
    copies = -(-(ONE_MB + 2) // unit)  # k copies joined take k * unit - 2 bytes
    big = "\n\n".join(texts * copies)
    one_mb = [{"text": big, "published": WORKED_PUBLISHED, "locale": WORKED_LOCALE}]
    return ArticleCorpus(worked, devset, one_mb, copies, notes)
