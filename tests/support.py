"""Constants and helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
ORIGINAL = FIXTURES / "original" / "000_cd59dd6cd126f59f.txt"
PINNED = {
    "SOURCE_DATE_EPOCH": "1729641600",
    "TZ": "UTC",
    "LC_ALL": "C.UTF-8",
    "NO_MKDOCS_2_WARNING": "1",
}


@dataclass(frozen=True)
class CliRun:
    """What `explainer ARGS` did: exit code, standard output, standard error."""

    code: int
    out: str
    err: str


def python() -> str:
    return sys.executable


def environ() -> dict[str, str]:
    """The environment for a subprocess: ours, with time zone, locale and epoch pinned."""
    return {**os.environ, **PINNED}


def build_site(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`mkdocs build ARGS` of `project` in a subprocess, environment pinned; not checked."""
    return subprocess.run(
        [python(), "-m", "mkdocs", "build", *args],
        cwd=project,
        capture_output=True,
        text=True,
        env=environ(),
        timeout=300,
    )
