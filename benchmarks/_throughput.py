"""Throughput: time implementations side by side, interleaved, each in its own interpreter.

Every implementation gets a long-lived worker (``_timer.py``) started with its own
environment's Python. The workers load and warm up one after another, then the harness
asks them for timed rounds in turn (A, B, C, A, B, C, ...), so that a burst of load from
elsewhere on the machine hits every implementation alike; only one worker runs at a time.
A figure is the median over the rounds, and a ratio is the median of the per-round
ratios (paired rounds cancel most of the drift).
"""

from __future__ import annotations

import contextlib
import json
import select
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from _common import BENCH, BenchError, tail

TIMER = BENCH / "_timer.py"


@dataclass
class Contender:
    """An implementation to time: its worker name, interpreter and environment."""

    label: str
    impl: str
    python: Path
    env: dict[str, str]


@dataclass
class GroupFigures:
    """One implementation's rounds on one group of texts."""

    items_per_s: float
    mb_per_s: float
    items_per_s_min: float
    items_per_s_max: float
    median_item_ms: float
    items: int
    bytes: int
    rounds: int
    total_s: float
    #: items per second in each round, in round order (for paired ratios)
    round_rates: list[float] = field(default_factory=list)


@dataclass
class Timed:
    """One implementation's results: figures per group, or why there are none."""

    label: str
    impl: str
    version: str = "?"
    import_s: float = 0.0
    warmup_s: float = 0.0
    found: dict[str, int] = field(default_factory=dict)
    groups: dict[str, GroupFigures] = field(default_factory=dict)
    skip: str | None = None
    error: str | None = None


class Worker:
    """A running ``_timer.py`` process speaking JSON lines."""

    def __init__(self, contender: Contender, input_path: Path) -> None:
        self.contender = contender
        # The worker's stderr goes to a file (a pipe could fill up and block it); the file
        # lives as long as the worker and is closed in close().
        self._stderr: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self._proc = subprocess.Popen(
            [str(contender.python), str(TIMER), contender.impl, str(input_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=contender.env,
            text=True,
            encoding="utf-8",
        )

    def _read(self, timeout: float) -> dict[str, Any]:
        """The worker's next JSON line; BenchError if it dies or stays silent too long."""
        stdout = self._proc.stdout
        assert stdout is not None
        ready, _, _ = select.select([stdout], [], [], timeout)
        line = stdout.readline() if ready else ""
        if not line:
            self._stderr.seek(0)
            err = self._stderr.read()
            self.close()
            why = tail(err, 1) or (
                f"no answer in {timeout:.0f} s" if not ready else f"exit {self._proc.returncode}"
            )
            raise BenchError(f"{self.contender.label} worker failed: {why}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def ready(self, timeout: float = 600) -> dict[str, Any]:
        """Wait for the worker to import and warm up."""
        return self._read(timeout)

    def round(self, group: str, seconds: float, timeout: float = 900) -> dict[str, Any]:
        """One timed round on ``group``: whole passes for at least ``seconds``."""
        stdin = self._proc.stdin
        assert stdin is not None
        with contextlib.suppress(BrokenPipeError):  # a dead worker: _read reports it
            stdin.write(json.dumps({"group": group, "seconds": seconds}) + "\n")
            stdin.flush()
        return self._read(timeout)

    def close(self) -> None:
        """Close stdin (the worker then exits) and reap it."""
        if self._proc.stdin and not self._proc.stdin.closed:
            with contextlib.suppress(OSError):
                self._proc.stdin.close()
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout:
            self._proc.stdout.close()
        self._stderr.close()


def write_input(groups: dict[str, list[dict[str, str]]], warmup: list[str], folder: Path) -> Path:
    """Write the workers' input file (texts with publication date and locale)."""
    path = folder / "input.json"
    path.write_text(json.dumps({"groups": groups, "warmup": warmup}), encoding="utf-8")
    return path


def _figures(answers: list[dict[str, Any]]) -> GroupFigures:
    """Median figures over the rounds of one implementation on one group."""
    rates = [a["items"] / a["elapsed"] for a in answers]
    mbs = [a["bytes"] / a["elapsed"] / 1e6 for a in answers]
    passes = [p for a in answers for p in a["pass_s"]]
    per_pass_items = answers[0]["items"] // answers[0]["passes"]
    return GroupFigures(
        items_per_s=statistics.median(rates),
        mb_per_s=statistics.median(mbs),
        items_per_s_min=min(rates),
        items_per_s_max=max(rates),
        median_item_ms=statistics.median(passes) / per_pass_items * 1000,
        items=per_pass_items,
        bytes=answers[0]["bytes"] // answers[0]["passes"],
        rounds=len(answers),
        total_s=sum(a["elapsed"] for a in answers),
        round_rates=rates,
    )


@dataclass
class Plan:
    """What to time: groups of texts, and per group the rounds and seconds per round."""

    groups: dict[str, list[dict[str, str]]]
    #: group -> (rounds, seconds per round); groups run in this order
    schedule: dict[str, tuple[int, float]]
    warmup: list[str]
    #: groups a contender label skips (e.g. the 1 MB text for spaCy)
    skip_groups: dict[str, set[str]] = field(default_factory=dict)


def measure(contenders: list[Contender], plan: Plan, log: Any) -> tuple[list[Timed], list[str]]:
    """Time every contender on every group of ``plan``, interleaved round by round.

    Returns the results, in contender order, and notes on any worker that failed (its
    ``Timed.error`` says why; the others go on).
    """
    notes: list[str] = []
    results = [Timed(c.label, c.impl) for c in contenders]
    workers: dict[str, Worker] = {}
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        input_path = write_input(plan.groups, plan.warmup, Path(tmp))
        try:
            for c, res in zip(contenders, results, strict=True):
                worker = Worker(c, input_path)
                try:
                    hello = worker.ready()
                except BenchError as exc:
                    res.error = str(exc)
                    notes.append(str(exc))
                    continue
                res.version = str(hello.get("version", "?"))
                res.import_s = float(hello.get("import_s", 0.0))
                res.warmup_s = float(hello.get("warmup_s", 0.0))
                res.found = {k: int(v) for k, v in hello.get("found", {}).items()}
                res.skip = hello.get("skip")
                if res.skip:
                    worker.close()
                    continue
                workers[c.label] = worker
                log(f"{c.label} {res.version} ready (import {res.import_s:.2f} s)")
            for group, (rounds, seconds) in plan.schedule.items():
                answers: dict[str, list[dict[str, Any]]] = {label: [] for label in workers}
                t0 = time.perf_counter()
                for _ in range(rounds):
                    for label, worker in list(workers.items()):
                        if group in plan.skip_groups.get(label, set()):
                            continue
                        try:
                            answers[label].append(worker.round(group, seconds))
                        except BenchError as exc:
                            notes.append(str(exc))
                            del workers[label]
                            next(r for r in results if r.label == label).error = str(exc)
                for res in results:
                    got = answers.get(res.label)
                    if got:
                        res.groups[group] = _figures(got)
                log(f"timed {group!r}: {rounds} rounds in {time.perf_counter() - t0:.1f} s")
        finally:
            for worker in workers.values():
                worker.close()
    return results, notes


def paired_ratio(ours: GroupFigures, theirs: GroupFigures) -> float:
    """Median over rounds of (our rate / their rate), round i of one paired with round i
    of the other: they ran back to back, so they saw the same machine load."""
    pairs = zip(ours.round_rates, theirs.round_rates, strict=False)
    ratios = [a / b for a, b in pairs if b > 0]
    return statistics.median(ratios) if ratios else ours.items_per_s / theirs.items_per_s
