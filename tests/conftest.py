"""Shared fixtures: projects in temporary folders, the CLI in-process, golden files.

Golden files live under tests/golden/; `pytest --update-goldens` rewrites them from the
current output. A mismatch fails with a unified diff (whitespace is significant).
"""

from __future__ import annotations

import difflib
import shutil
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from support import GOLDEN, PINNED, ROOT, SEEDS, CliRun

from generator.cli import main

# A built site, served, and a real Chromium: the `built_site`, `site_url`, `chromium` and
# `visit` fixtures (tests/site_browser.py).
pytest_plugins = ["site_browser"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", help="rewrite golden files from the current output"
    )


@pytest.fixture(autouse=True)
def _pinned_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in PINNED.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[[Mapping[str, str | bytes]], Path]:
    """Write `files` (relative path → text or bytes) under tmp/seeds; return that folder."""

    def make(files: Mapping[str, str | bytes]) -> Path:
        root = tmp_path / "seeds"
        root.mkdir(exist_ok=True)
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A writable copy of the sample story's seeds/."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    """Run `explainer ARGS` in-process; returns exit code, stdout and stderr."""

    def run(*args: str | Path) -> CliRun:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliRun(code, captured.out, captured.err)

    return run


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """`golden(name, actual)`: compare with tests/golden/NAME, or rewrite it."""
    update = bool(request.config.getoption("--update-goldens"))

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        if not path.exists():
            pytest.fail(f"no golden file {path}; run pytest --update-goldens")
        expected = path.read_text(encoding="utf-8")
        if actual != expected:
            diff = difflib.unified_diff(
                expected.splitlines(True), actual.splitlines(True), f"golden/{name}", "actual"
            )
            pytest.fail("output differs from the golden file:\n" + "".join(diff))

    return check


@pytest.fixture
def chdir_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(ROOT)
    yield ROOT
