"""The benchmark's synthetic story (bench/corpus.py): deterministic, valid, realistic mix."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from support import ROOT

from generator.build import generate


def _corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def test_same_size_and_seed_give_the_same_files() -> None:
    corpus = _corpus().corpus
    assert corpus(60) == corpus(60)
    assert corpus(60) != corpus(60, seed=8)


def test_a_synthetic_story_builds_without_errors(tmp_path: Path) -> None:
    files = _corpus().write(tmp_path / "seeds", 100)
    assert files == 100
    kinds = Counter(p.parent.name for p in (tmp_path / "seeds").rglob("*.md"))
    assert kinds == {"articles": 79, "people": 12, "rules": 5, "organisations": 3, "seeds": 1}
    result = generate(tmp_path / "seeds")
    assert [d for d in result.diagnostics if d.is_error] == []
    story = result.resolved.story
    assert len(story.quotes) > 100 and len(story.events) > 100 and len(story.rule_uses) > 50
    words = [
        len(p.read_text().split("---\n", 2)[2].split())
        for p in (tmp_path / "seeds" / "articles").glob("*.md")
    ]
    assert 550 <= sum(words) / len(words) <= 750
