"""The benchmark's synthetic story (bench/corpus.py): deterministic, valid, realistic mix."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench import corpus as bench_corpus
from generator.build import generate


def test_same_size_and_seed_give_the_same_files() -> None:
    corpus = bench_corpus.corpus
    assert corpus(60) == corpus(60)
    assert corpus(60) != corpus(60, seed=8)


def test_a_synthetic_story_builds_without_errors(tmp_path: Path) -> None:
    files = bench_corpus.write(tmp_path / "seeds", 100)
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
