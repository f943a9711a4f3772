"""The per-document cache and the memoised pipeline: an edit re-reads only what changed,
across rebuilds and across runs, and incremental output is byte for byte a cold run's."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.edit_corpus import article, sizes, write_corpus
from generator.build import Pipeline, Result, generate
from generator.cache import DocumentCache

N = 30


def same_as_cold(result: Result, root: Path, templates: Path | None = None) -> None:
    cold = generate(root, templates)
    assert result.pages == cold.pages
    assert result.feeds == cold.feeds
    assert result.diagnostics == cold.diagnostics


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "seeds"
    write_corpus(root, N)
    return root


def test_after_one_edit_only_that_document_is_read_again(corpus: Path, tmp_path: Path) -> None:
    pipeline = Pipeline(tmp_path / "cache")
    pipeline.generate(corpus)
    assert len(pipeline.documents.stats.computed) == N
    edited = corpus / "articles" / "article-3.md"
    edited.write_text(edited.read_text() + "\nA paragraph added by an editor.\n")
    result = pipeline.generate(corpus)
    assert pipeline.documents.stats.computed == ["articles/article-3.md"]
    assert pipeline.documents.stats.summary() == f"1 read, {N - 1} from cache"
    same_as_cold(result, corpus)
    assert "A paragraph added by an editor." in dict(result.pages)["explainers/article-3.md"]


def test_a_new_run_reads_nothing_from_a_warm_cache_folder(corpus: Path, tmp_path: Path) -> None:
    Pipeline(tmp_path / "cache").generate(corpus)
    again = Pipeline(tmp_path / "cache")
    result = again.generate(corpus)
    assert again.documents.stats.computed == []
    assert again.documents.stats.from_disk == N
    same_as_cold(result, corpus)


def test_the_cache_folder_is_safe_to_delete_or_damage(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Pipeline(cache).generate(corpus)
    entries = sorted((cache / "docs").rglob("*.pickle"))
    assert len(entries) == N
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(b"")
    damaged = Pipeline(cache)
    same_as_cold(damaged.generate(corpus), corpus)
    assert len(damaged.documents.stats.computed) == 2
    shutil.rmtree(cache)
    fresh = Pipeline(cache)
    same_as_cold(fresh.generate(corpus), corpus)
    assert len(fresh.documents.stats.computed) == N


def test_new_code_does_not_reuse_old_entries(tmp_path: Path) -> None:
    def compute(data: bytes, rel: str) -> str:
        return rel + data.decode()

    old: DocumentCache[str] = DocumentCache(tmp_path, salt="old code")
    assert old.get("a.md", b"x", compute) == "a.mdx"
    new: DocumentCache[str] = DocumentCache(tmp_path, salt="new code")
    assert new.get("a.md", b"x", compute) == "a.mdx"
    assert new.stats.computed == ["a.md"]
    # the same bytes under another name are another document (its id comes from the name)
    assert new.get("b.md", b"x", compute) == "b.mdx"
    assert new.stats.computed == ["a.md", "b.md"]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_every_kind_of_edit_matches_a_cold_run(corpus: Path, tmp_path: Path) -> None:
    """Each step changes what other pages show (links, names, lists): the memoised pages
    must follow exactly."""
    rules, people, articles = sizes(N)
    templates = tmp_path / "templates"
    templates.mkdir()
    pipeline = Pipeline()
    steps: list[Callable[[], None]] = [
        lambda: _edit(corpus / "articles/article-1.md", "title: Article 1", "title: Renamed 1"),
        lambda: _edit(
            corpus / "articles/article-2.md", "date: 2024", "updated: 2025-01-02\ndate: 2024"
        ),
        lambda: _edit(corpus / "people/person-1.md", "name: Person1 Surname1", "name: P. One"),
        lambda: _edit(corpus / "people/person-2.md", "roles: [official 2]", "roles: [chief 2]"),
        lambda: _edit(corpus / "rules/rule-0.md", "citation: Rule 0 Act", "citation: Rule Zero"),
        lambda: (corpus / "articles/new.md").write_text(article(500, people, rules)),
        lambda: (corpus / "articles/article-4.md").rename(corpus / "articles/moved.md"),
        lambda: (corpus / "articles/article-5.md").unlink(),
        lambda: (corpus / "articles/bad.md").write_text("---\ntitle: [unclosed\n---\nText.\n"),
        lambda: (templates / "entity.md.j2").write_text("# {{ page.title }}\n\nCustom.\n"),
        lambda: (corpus / "articles/bad.md").unlink(),
    ]
    pipeline.generate(corpus, templates)
    for step in steps:
        step()
        same_as_cold(pipeline.generate(corpus, templates), corpus, templates)


def test_memory_follows_the_corpus(corpus: Path) -> None:
    pipeline = Pipeline()
    pipeline.generate(corpus)
    before = len(pipeline.memo._values)
    for path in sorted((corpus / "articles").glob("*.md"))[:20]:
        path.unlink()
    pipeline.generate(corpus)
    assert len(pipeline.memo._values) < before
    assert len(pipeline.documents._memory) == N - 20
