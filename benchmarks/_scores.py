"""Accuracy: run ``../shared/bench/score_peers.py`` for newsfacts and each peer, same cases.

The shared scorer is run as is, once per implementation, with that implementation's
interpreter; its per-suite lines are parsed into :class:`SuiteScore` rows::

    recognizers_en   gold   186  value-right 0.333  full-right 0.081  precision 0.653 \
(false positives 33)  raised 0
"""

from __future__ import annotations

import re
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from _common import ROOT, tail

LINE = re.compile(
    r"^(?P<suite>\S+)\s+gold\s+(?P<gold>\d+)\s+value-right\s+(?P<value>[\d.]+)\s+"
    r"full-right\s+(?P<full>[\d.]+)\s+precision\s+(?P<precision>[\d.]+)\s+"
    r"\(false positives (?P<fp>\d+)\)\s+raised\s+(?P<raised>\d+)\s*$"
)


@dataclass
class SuiteScore:
    """One line of ``score_peers.py`` output."""

    suite: str
    gold: int
    value: float
    full: float
    precision: float
    false_positives: int
    raised: int


@dataclass
class ScoreRun:
    """All suites of one kind (money or dates) scored for one implementation."""

    kind: str
    impl: str
    version: str
    ok: bool
    seconds: float
    suites: list[SuiteScore] = field(default_factory=list)
    error: str | None = None


def parse_output(stdout: str) -> list[SuiteScore]:
    """The per-suite score lines of ``score_peers.py`` output (other lines are ignored)."""
    rows = []
    for line in stdout.splitlines():
        m = LINE.match(line)
        if m:
            rows.append(
                SuiteScore(
                    suite=m["suite"],
                    gold=int(m["gold"]),
                    value=float(m["value"]),
                    full=float(m["full"]),
                    precision=float(m["precision"]),
                    false_positives=int(m["fp"]),
                    raised=int(m["raised"]),
                )
            )
    return rows


def score(
    *,
    scorer: Path,
    kind: str,
    impl: str,
    python: Path,
    env: dict[str, str],
    version: str,
    timeout: float = 1800,
) -> ScoreRun:
    """Run ``score_peers.py KIND --impl IMPL`` with ``python``; never raises."""
    argv = [str(python), str(scorer), kind, "--impl", impl]
    t0 = time.perf_counter()
    try:
        done = subprocess.run(
            argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return ScoreRun(kind, impl, version, False, time.perf_counter() - t0, error=str(exc))
    seconds = time.perf_counter() - t0
    rows = parse_output(done.stdout)
    if done.returncode != 0 or not rows:
        why = tail(done.stderr or done.stdout, 1) or f"exit {done.returncode}, no score lines"
        return ScoreRun(kind, impl, version, False, seconds, rows, error=why)
    return ScoreRun(kind, impl, version, True, seconds, rows)


def installed_version(python: Path, dist: str, env: dict[str, str]) -> str:
    """``importlib.metadata.version(dist)`` in another interpreter, or ``"?"``."""
    code = f"from importlib.metadata import version; print(version({dist!r}))"
    try:
        done = subprocess.run(
            [str(python), "-c", code],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return done.stdout.strip() if done.returncode == 0 else "?"
