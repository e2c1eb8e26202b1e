"""The ``newsfacts`` command: ``newsfacts extract`` and ``newsfacts demo``.

Bad input (a missing file, a bad date, an unknown locale, undecodable bytes) prints one
line on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

import attrs

from newsfacts.article import Article, Facts, extract, worked_example
from newsfacts.commitments import MonetaryCommitment
from newsfacts.dates import Duration
from newsfacts.errors import ValidationError
from newsfacts.events import Event
from newsfacts.locales import normalize_locale
from newsfacts.quotes import Attribution, Quote

__all__ = ["main"]


class UsageError(Exception):
    """A problem with the command line or its input: one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr (no usage block)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _locale(value: str) -> str:
    try:
        return normalize_locale(value)
    except ValidationError:
        raise argparse.ArgumentTypeError(f"unknown locale: {value!r}") from None


def _read(path: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()  # noqa: SIM115
    except OSError as exc:
        raise UsageError(f"cannot read the file ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"not UTF-8 text (byte {exc.start} cannot be decoded)") from None


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(r: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def render_text(facts: Facts) -> str:
    """A readable summary of ``facts``: one table per kind of fact."""
    art = facts.article
    out = [f"Article: {len(art.text)} characters, published {art.published}, locale {art.locale}"]
    money_rows = []
    for m in facts.money:
        v = m.value
        value = (
            f"{v.low.amount}-{v.high.amount}" if hasattr(v, "low") else f"{v.amount}"  # type: ignore[union-attr]
        )
        cur = v.currency + (" (inferred)" if m.currency_inferred else "")
        money_rows.append([f"{m.span.start}-{m.span.end}", m.text, value, cur, m.qualifier.value])
    out += ["", f"Money ({len(facts.money)})"]
    if money_rows:
        out += _table(money_rows, ["span", "text", "amount", "currency", "qualifier"])
    date_rows = []
    for d in facts.dates:
        r = d.value
        date_rows.append(
            [
                f"{d.span.start}-{d.span.end}",
                d.text,
                r.start.isoformat() if r.start else "..",
                r.end.isoformat() if r.end else "..",
                r.granularity.value,
                d.role.value,
                "yes" if d.year_inferred else "",
            ]
        )
    out += ["", f"Dates ({len(facts.dates)})"]
    if date_rows:
        out += _table(date_rows, ["span", "text", "start", "end", "unit", "role", "year inferred"])
    if facts.durations:
        out += ["", f"Durations ({len(facts.durations)})"]
        out += _table(
            [[f"{d.span.start}-{d.span.end}", d.text, d.value.iso] for d in facts.durations],
            ["span", "text", "ISO 8601"],
        )
    out += ["", f"Quotes ({len(facts.quotes)})"]
    if facts.quotes:
        out += _table([_quote_row(q) for q in facts.quotes], _QUOTE_HEADER)
    out += ["", f"Commitments ({len(facts.commitments)})"]
    if facts.commitments:
        rows = [_commitment_row(i, c, facts.commitments) for i, c in enumerate(facts.commitments)]
        out += _table(rows, _COMMITMENT_HEADER)
    out += ["", f"Events ({len(facts.events)})"]
    if facts.events:
        out += _table([_event_row(e) for e in facts.events], _EVENT_HEADER)
    return "\n".join(out) + "\n"


_COMMITMENT_HEADER = ["#", "span", "donor", "recipient", "amount", "purpose", "period"]
_COMMITMENT_HEADER += ["status", "announced", "part of"]


def _commitment_row(
    index: int, c: MonetaryCommitment, all_: tuple[MonetaryCommitment, ...]
) -> list[str]:
    """Who gives how much to whom: one row of the text summary's commitments table."""
    period = c.period
    when = "" if period is None else period.iso if isinstance(period, Duration) else period.timex
    parent = next((str(i + 1) for i, o in enumerate(all_) if o is c.part_of), "")
    purpose = c.purpose or ""
    return [
        str(index + 1),
        f"{c.span.start}-{c.span.end}",
        c.donor.name,
        c.recipient.name if c.recipient else "",
        f"{c.text} ({c.currency})",
        purpose if len(purpose) <= 40 else purpose[:39] + "…",
        when,
        c.status.value,
        c.announced_on.timex if c.announced_on else "",
        parent,
    ]


_EVENT_HEADER = ["kind", "when", "place", "actors", "status", "asserted by", "denied by", "spans"]


def _event_row(e: Event) -> list[str]:
    """What happens when and where: one row of the text summary's events table."""

    def names(atts: tuple[Attribution, ...]) -> str:
        return ", ".join(a.speaker.name for a in atts if a.speaker is not None)

    return [
        e.kind.value,
        e.when.timex if e.when else "",
        e.place.name if e.place else "",
        ", ".join(a.name for a in e.actors),
        e.status.value,
        names(e.asserted_by),
        names(e.denied_by),
        " ".join(f"{s.start}-{s.end}" for s in e.spans),
    ]


_QUOTE_HEADER = ["span", "speaker", "kind", "cue", "said on", "occasion", "text"]


def _quote_row(quote: Quote, width: int = 60) -> list[str]:
    """Who said what: one row of the text summary's quotes table."""
    att = quote.attribution
    text = " ".join(quote.text.split())
    text = text if len(text) <= width else text[: width - 1] + "…"
    return [
        f"{quote.span.start}-{quote.span.end}",
        att.speaker.name if att.speaker else "(unknown)",
        quote.kind.value,
        att.cue or "",
        att.said_on.timex if att.said_on else "",
        att.occasion or "",
        text,
    ]


def _emit(facts: Facts, fmt: str, stream: TextIO, *, lines: bool) -> None:
    if fmt == "text":
        stream.write(render_text(facts))
        return
    doc = facts.to_jsonld() if fmt == "jsonld" else facts.to_dict()
    if lines:
        stream.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n")
    else:
        json.dump(doc, stream, ensure_ascii=False, indent=2)
        stream.write("\n")


@attrs.frozen
class _Job:
    """One article to extract, or the reason it cannot be read."""

    name: str
    article: Article | None = None
    error: str | None = None


_FRONT_KEYS = ("published", "locale", "headline", "outlet", "url")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    r"""Split a ``---``-fenced ``key: value`` header off the top of an article.

    Spans are offsets into the body that follows the header.

    >>> split_front_matter("---\npublished: 2026-01-02\nlocale: en_CA\n---\nBody.\n")
    ({'published': '2026-01-02', 'locale': 'en_CA'}, 'Body.\n')
    >>> split_front_matter("No header.")
    ({}, 'No header.')
    """
    if not text.startswith("---\n"):
        return {}, text
    close = text.find("\n---\n", 3)
    if close < 0:
        return {}, text
    meta: dict[str, str] = {}
    for line in text[4:close].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[close + 5 :]


def _article(name: str, text: str, meta: dict[str, Any], args: argparse.Namespace) -> _Job:
    published = meta.get("published") or args.published
    if published is None:
        return _Job(name, error="no publication date (give --published, front matter or a field)")
    try:
        day = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published))
    except ValueError:
        return _Job(name, error=f"not a date in YYYY-MM-DD form: {published!r}")
    try:
        article = Article(
            text=text,
            published=day,
            locale=meta.get("locale") or args.locale,
            headline=meta.get("headline"),
            outlet=meta.get("outlet"),
            url=meta.get("url"),
        )
    except ValidationError as exc:
        return _Job(name, error=str(exc))
    return _Job(name, article)


def _jobs_of(path: str, args: argparse.Namespace) -> Iterator[_Job]:
    if path != "-" and Path(path).is_dir():
        files = sorted(
            p for p in Path(path).iterdir() if p.is_file() and p.suffix in {".txt", ".md", ".jsonl"}
        )
        if not files:
            yield _Job(path, error="no .txt, .md or .jsonl files in this folder")
        for p in files:
            yield from _jobs_of(str(p), args)
        return
    try:
        raw = _read(path)
    except UsageError as exc:
        yield _Job(path, error=str(exc))
        return
    if path.endswith(".jsonl") or args.input == "jsonl":
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            name = f"{path}:{n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _Job(name, error=f"not a JSON object ({exc.msg})")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield _Job(name, error='not a JSON object with a "text" string')
                continue
            yield _article(name, record["text"], record, args)
        return
    meta, body = split_front_matter(raw)
    yield _article(path, body, meta, args)


def _parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="newsfacts", description="Turn news prose into normalized facts with spans.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        help="extract the facts of one or more articles",
        description=(
            "One text file gives one JSON document; several paths, a folder or a .jsonl input "
            "({text, published, locale} per line) give JSON Lines, one document per article. "
            "A text file may start with front matter (---, key: value lines, ---) giving "
            "published, locale, headline, outlet and url."
        ),
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="text file, folder, .jsonl, or -")
    ex.add_argument("--published", type=_date, help="publication date, YYYY-MM-DD")
    ex.add_argument("--locale", type=_locale, default="en_US", help="babel locale id (en_CA)")
    ex.add_argument("--format", choices=["json", "jsonld", "text"], default="json")
    ex.add_argument("--input", choices=["auto", "jsonl"], default="auto", help="how to read -")
    dm = sub.add_parser("demo", help="the facts of the bundled worked example")
    dm.add_argument("--format", choices=["json", "jsonld", "text"], default="text")
    return ap


def _extract_all(args: argparse.Namespace) -> int:
    jobs = (job for path in args.paths for job in _jobs_of(path, args))
    single = len(args.paths) == 1 and args.paths[0] != "-" and not Path(args.paths[0]).is_dir()
    single = single and not args.paths[0].endswith(".jsonl") and args.input != "jsonl"
    status, done, last = 0, 0, time.monotonic()
    for job in jobs:
        if job.article is None:
            print(f"newsfacts: {job.name}: {job.error}", file=sys.stderr)
            status = 2
            continue
        _emit(extract(job.article), args.format, sys.stdout, lines=not single)
        done += 1
        if not single and time.monotonic() - last > 2.0:
            print(f"newsfacts: {done} articles done", file=sys.stderr, flush=True)
            last = time.monotonic()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (2 when some input was bad)."""
    ap = _parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # the parser already printed one line
        return int(exc.code or 0)
    try:
        if args.command == "demo":
            _emit(extract(worked_example()), args.format, sys.stdout, lines=False)
            return 0
        return _extract_all(args)
    except BrokenPipeError:  # pragma: no cover - e.g. `newsfacts demo | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
