"""The command collects its youngest garbage generation less often (`cli.YOUNG_COLLECTION`)
while it runs, and leaves the process's setting as it found it (tests call it in process)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from generator import cli


def test_the_collector_setting_is_the_commands_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    real_run = cli._run

    def run(args: object) -> int:
        seen.append(gc.get_threshold())
        return real_run(args)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "_run", run)
    assert cli.main(["check", "--sources", str(Path(__file__).parents[1] / "seeds")]) == 0
    assert seen == [(cli.YOUNG_COLLECTION, *before[1:])]
    assert gc.get_threshold() == before
