"""Documentation that runs: every complete example in manual/docs/writing-sources.md is valid, and
the examples together build a site."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

from support import ROOT, CliRun

from generator.build import generate

GUIDE = ROOT / "manual" / "docs" / "writing-sources.md"
EXAMPLE = re.compile(r"^```markdown\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _examples() -> list[str]:
    return EXAMPLE.findall(GUIDE.read_text(encoding="utf-8"))


def test_the_guide_has_an_example_per_kind() -> None:
    kinds = {
        re.search(r"^kind: (\w+)", e, re.MULTILINE).group(1)  # type: ignore[union-attr]
        if re.search(r"^kind: (\w+)", e, re.MULTILINE)
        else "article"
        for e in _examples()
    }
    assert kinds >= {"article", "rule", "person", "organisation", "story"}


def test_examples_build_without_a_single_diagnostic(
    make_project: Callable[[Mapping[str, str | bytes]], Path],
) -> None:
    root = make_project({f"example-{i}.md": text for i, text in enumerate(_examples())})
    result = generate(root)
    assert [str(d) for d in result.diagnostics] == []
    assert any(path.startswith("explainers/") for path, _ in result.pages)


REPORTED = re.compile(r"^```md\n(.*?)^```$.*?^```text\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def test_the_guide_shows_the_report_explainer_prints(
    make_project: Callable[[Mapping[str, str | bytes]], Path], cli: Callable[..., CliRun]
) -> None:
    """The guide's example of a document with problems, and the report beside it, are what
    `explainer check` prints (the guide shows paths as the plugin does, under seeds/)."""
    section = GUIDE.read_text(encoding="utf-8").split("## How problems are reported", 1)[1]
    found = REPORTED.search(section)
    assert found is not None
    source, report = found.groups()
    run = cli("check", "--sources", make_project({"x.md": source}))
    lines = run.err.splitlines()
    shown = [f"seeds/{line}" for line in lines[:-1]] + lines[-1:]
    assert shown == report.splitlines()
    assert run.code == 1
