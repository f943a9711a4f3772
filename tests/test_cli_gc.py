"""The command and the MkDocs plugin collect the youngest garbage generation less often
(`collector.YOUNG_COLLECTION`) while they generate, and leave the process's setting as they
found it (tests call the command in process; `mkdocs serve` lives on between builds)."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config

from generator import cli, collector
from generator.build import Pipeline

SEEDS = Path(__file__).parents[1] / "seeds"


def test_the_collector_setting_is_the_commands_only(monkeypatch: pytest.MonkeyPatch) -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    real_run = cli._run

    def run(args: object) -> int:
        seen.append(gc.get_threshold())
        return real_run(args)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "_run", run)
    assert cli.main(["check", "--sources", str(SEEDS)]) == 0
    assert seen == [(collector.YOUNG_COLLECTION, *before[1:])]
    assert gc.get_threshold() == before


def test_the_plugin_sets_it_for_the_generation_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\ntheme: {name: mkdocs}\nplugins:\n  - explainer:\n      sources: seeds\n"
    )
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    real_generate = Pipeline.generate

    def generate(self: Pipeline, *args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        return real_generate(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Pipeline, "generate", generate)
    config = load_config(config_file=str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    config.plugins.on_config(config)
    assert seen == [(collector.YOUNG_COLLECTION, *before[1:])]
    assert gc.get_threshold() == before
    assert config.plugins["explainer"].result.resolved.story.documents
