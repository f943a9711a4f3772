"""Documentation that runs: every complete example in manual/docs/writing-sources.md is valid, and
the examples together build a site."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

from support import ROOT

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
