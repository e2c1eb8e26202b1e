"""Paths, logging and small process helpers shared by the benchmark modules."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

#: benchmarks/
BENCH = Path(__file__).resolve().parent
#: the project root (the folder holding pyproject.toml)
ROOT = BENCH.parent
#: one virtual environment per peer, built on demand (gitignored)
ENVS = BENCH / ".envs"
#: latest.json and latest.md (gitignored)
RESULTS = BENCH / "results"
#: the figures page that ``--write-docs`` rewrites between its markers
DOCS_PAGE = ROOT / "docs" / "benchmarks.md"


class BenchError(Exception):
    """A problem the harness reports in one line instead of a traceback."""


def log(message: str) -> None:
    """Progress on stderr, so stdout carries only the report."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def locate_shared(override: str | None = None) -> Path:
    """The read-only ``shared`` folder beside the project (``../shared``), checked.

    ``override`` (``--shared``) or the ``NEWSFACTS_SHARED`` environment variable may
    point elsewhere; otherwise it is the sibling of the project root.
    """
    raw = override or os.environ.get("NEWSFACTS_SHARED")
    shared = Path(raw).resolve() if raw else ROOT.parent / "shared"
    scorer = shared / "bench" / "score_peers.py"
    if not scorer.is_file():
        raise BenchError(
            f"the shared benchmark folder is missing: expected {scorer} "
            "(the 'shared' folder sits beside the project checkout; "
            "pass --shared PATH or set NEWSFACTS_SHARED to use another copy)"
        )
    return shared


def project_python() -> Path:
    """The project's interpreter (``.venv/bin/python``), or the one running the harness."""
    venv = ROOT / ".venv" / "bin" / "python"
    return venv if venv.exists() else Path(sys.executable)


def newsfacts_env() -> dict[str, str]:
    """Environment for newsfacts subprocesses: the working tree's ``src`` comes first."""
    env = dict(os.environ)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def peer_env() -> dict[str, str]:
    """Environment for peer subprocesses: no PYTHONPATH leaking the project in."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONHOME", None)
    return env


def tail(text: str, lines: int = 12) -> str:
    """The last ``lines`` non-noise lines of a tool's output, for error messages."""
    kept = [ln for ln in text.splitlines() if ln.strip() and "is ignored: it is neither" not in ln]
    return "\n".join(kept[-lines:])


def machine() -> dict[str, str | int]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count() or 0,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }


def git_revision() -> str:
    """``git describe``-style revision of the working tree (``+dirty`` when modified)."""
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return rev + ("+dirty" if dirty else "")
