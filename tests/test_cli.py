"""The command line: JSON contract, text table, demo, and one-line errors with status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts import Facts
from newsfacts.cli import main

ARTICLE = "Ottawa has committed $23.5 billion in aid to Ukraine since 2022.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_json_contract(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article), "--published", "2026-01-02", "--locale", "en_CA"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "newsfacts/1"
    assert doc["article"]["published"] == "2026-01-02"
    assert doc["article"]["locale"] == "en_CA"
    money = doc["money"][0]
    assert money == {
        "text": "$23.5 billion",
        "span": [21, 34],
        "amount": "23500000000",
        "currency": "CAD",
        "qualifier": "exact",
        "currency_inferred": True,
    }
    assert ARTICLE[money["span"][0] : money["span"][1]] == money["text"]
    assert Facts.from_dict(doc).to_dict() == doc


def test_extract_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["extract", "-", "--published", "2026-01-02", "--locale", "en_US"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["money"][0]["currency"] == "USD"


def test_extract_text_table(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article), "--published", "2026-01-02", "--locale", "en_CA", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "$23.5 billion" in out and "CAD (inferred)" in out
    assert "since 2022" in out


def test_demo_prints_the_worked_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    for text in ("$23.5 billion", "$12 billion", "$2.5 billion", "Jan. 5 to 6", "last weekend"):
        assert text in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "/no/such/file.txt", "--published", "2026-01-02"], "cannot read"),
        (["extract", "{article}", "--published", "2026-13-45"], "not a date"),
        (["extract", "{article}", "--published", "2026-01-02", "--locale", "xx_QQ"], "unknown locale"),
        (["extract", "{binary}", "--published", "2026-01-02"], "not UTF-8"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_one_line_status_2(
    args: list[str], message: str, article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\xff\xfe\xfa caf\xe9")
    argv = [a.format(article=article, binary=binary) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_console_script_bad_file_has_no_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsfacts.cli", "extract", str(tmp_path / "missing"), "--published", "2026-01-02"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsfacts: cannot read")
