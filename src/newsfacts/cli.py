"""The ``newsfacts`` command: ``newsfacts extract`` and ``newsfacts demo``.

Bad input (a missing file, a bad date, an unknown locale, undecodable bytes) prints one
line on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from newsfacts.article import Article, Facts, extract, worked_example
from newsfacts.errors import ValidationError
from newsfacts.locales import normalize_locale

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
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not UTF-8 text (byte {exc.start} cannot be decoded)") from None


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
    return "\n".join(out) + "\n"


def _emit(facts: Facts, fmt: str, stream: TextIO) -> None:
    if fmt == "json":
        json.dump(facts.to_dict(), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    else:
        stream.write(render_text(facts))


def _parser() -> argparse.ArgumentParser:
    ap = _Parser(
        prog="newsfacts", description="Turn news prose into normalized facts with spans."
    )
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract the facts of an article")
    ex.add_argument("path", help="a UTF-8 text file, or - for standard input")
    ex.add_argument("--published", type=_date, required=True, help="publication date, YYYY-MM-DD")
    ex.add_argument("--locale", type=_locale, default="en_US", help="babel locale id (en_CA)")
    ex.add_argument("--format", choices=["json", "text"], default="json")
    dm = sub.add_parser("demo", help="the facts of the bundled worked example")
    dm.add_argument("--format", choices=["json", "text"], default="text")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    ap = _parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:  # argparse already printed one usage line
        return int(exc.code or 0)
    try:
        if args.command == "demo":
            article = worked_example()
        else:
            article = Article(text=_read(args.path), published=args.published, locale=args.locale)
        _emit(extract(article), args.format, sys.stdout)
    except UsageError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. `newsfacts demo | head`
        return 0
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
