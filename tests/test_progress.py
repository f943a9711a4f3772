"""Long runs show progress, in the same words from the CLI and the plugin."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from support import CliRun

from bench.edit_corpus import write_corpus
from generator.build import PROGRESS_FROM


def test_a_long_run_reports_each_phase(tmp_path: Path, cli: Callable[..., CliRun]) -> None:
    root = tmp_path / "seeds"
    write_corpus(root, PROGRESS_FROM + 10)
    run = cli("generate", "--sources", root, "--out", tmp_path / "out", "--cache", "")
    assert run.code == 0
    phases = [line for line in run.err.splitlines() if line.startswith("explainer: r")]
    assert phases[0] == f"explainer: reading {PROGRESS_FROM + 10} sources"
    assert phases[1].startswith("explainer: resolving the story: ")
    assert phases[2].startswith("explainer: rendering ") and phases[2].endswith(" pages")


def test_a_short_run_says_only_its_tally(tmp_path: Path, cli: Callable[..., CliRun]) -> None:
    root = tmp_path / "seeds"
    write_corpus(root, 20)
    run = cli("check", "--sources", root)
    assert run.err.splitlines() == ["explainer: 20 documents, 0 errors, 0 warnings"]
