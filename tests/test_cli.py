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


def test_extract_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["extract", "-", "--published", "2026-01-02", "--locale", "en_US"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["money"][0]["currency"] == "USD"


def test_extract_text_table(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "extract",
                str(article),
                "--published",
                "2026-01-02",
                "--locale",
                "en_CA",
                "--format",
                "text",
            ]
        )
        == 0
    )
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
        (
            ["extract", "{article}", "--published", "2026-01-02", "--locale", "xx_QQ"],
            "unknown locale",
        ),
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
        [
            sys.executable,
            "-m",
            "newsfacts.cli",
            "extract",
            str(tmp_path / "missing"),
            "--published",
            "2026-01-02",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsfacts: ")
    assert "cannot read the file" in lines[0]


# ---------------------------------------------------------------- batches


def test_front_matter_gives_date_and_locale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fm.txt"
    path.write_text(
        "---\npublished: 2026-01-02\nlocale: en_AU\nheadline: Aid\n---\n" + ARTICLE,
        encoding="utf-8",
    )
    assert main(["extract", str(path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["article"]["locale"] == "en_AU"
    assert doc["article"]["headline"] == "Aid"
    assert doc["article"]["text"] == ARTICLE
    assert doc["money"][0]["currency"] == "AUD"
    assert ARTICLE[slice(*doc["money"][0]["span"])] == "$23.5 billion"


def test_folder_gives_json_lines_and_skips_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe bad bytes")
    (tmp_path / "c.txt").write_text("---\nlocale: en_US\n---\nIt cost $5.", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--published", "2026-01-02", "--locale", "en_CA"]) == 2
    captured = capsys.readouterr()
    docs = [json.loads(line) for line in captured.out.splitlines()]
    assert [d["money"][0]["currency"] for d in docs] == ["CAD", "USD"]
    assert "b.txt" in captured.err and "not UTF-8" in captured.err
    assert "Traceback" not in captured.err


def test_jsonl_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    rows = [
        {"text": ARTICLE, "published": "2026-01-02", "locale": "en_CA"},
        {"text": "No date here.", "published": "yesterday"},
        {"text": "It cost NZ$5.", "published": "2026-01-02", "locale": "en_NZ"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 2
    captured = capsys.readouterr()
    docs = [json.loads(line) for line in captured.out.splitlines()]
    assert len(docs) == 2
    assert docs[1]["money"][0]["currency"] == "NZD"
    assert "in.jsonl:2" in captured.err and "in.jsonl:4" in captured.err


def test_jsonld_format(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "extract",
                str(article),
                "--published",
                "2026-01-02",
                "--locale",
                "en_CA",
                "--format",
                "jsonld",
            ]
        )
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "NewsArticle"
    assert doc["datePublished"] == "2026-01-02"
    assert doc["inLanguage"] == "en-CA"


def test_missing_published_is_reported(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article)]) == 2
    assert "no publication date" in capsys.readouterr().err
