"""Extraction across processes gives exactly what extraction in one process gives, and it
really ran in two worker processes (not in this one, through the silent fallback)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support import SEEDS

from generator.build import load_documents
from generator.cache import DocumentCache
from generator.extract import Extraction, Gazetteer
from generator.story import extraction
from generator.story.enrich import Known
from generator.story.extraction import Extractor, extract_document
from generator.story.model import Document


def test_one_process_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXPLAINER_WORKERS", raising=False)
    assert extraction.workers() == 1
    monkeypatch.setenv("EXPLAINER_WORKERS", "2")
    monkeypatch.setattr(extraction.os, "cpu_count", lambda: 2)
    assert extraction.workers() == 2
    monkeypatch.setenv("EXPLAINER_WORKERS", "8")
    assert extraction.workers() == 2


def _articles_and_gazetteer(copies: int) -> tuple[list[Document], Gazetteer]:
    documents, _, _ = load_documents(SEEDS)
    articles = [d for d in documents if d.kind == "article"] * copies
    known = Known({}, {}, {}, tuple(d for d in documents if d.kind == "rule"))
    return articles, known.gazetteer()


def test_two_processes_extract_the_same_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # Enough work that both workers take some: each takes chunks as it becomes free.
    articles, gazetteer = _articles_and_gazetteer(60)
    monkeypatch.setattr(extraction, "MIN_ARTICLES", 2)
    extractor = Extractor(workers=2)
    found = extractor.many(articles, gazetteer)
    assert found == [extract_document(d, gazetteer) for d in articles]
    assert len(extractor.processes) == 2, "two worker processes ran the extraction"
    assert os.getpid() not in extractor.processes


def test_below_the_threshold_extraction_stays_in_this_process() -> None:
    articles, gazetteer = _articles_and_gazetteer(2)
    extractor = Extractor(workers=2)
    extractor.many(articles, gazetteer)
    assert extractor.processes == frozenset()


def test_a_cached_extractor_extracts_only_what_it_lacks(tmp_path: Path) -> None:
    articles, gazetteer = _articles_and_gazetteer(1)
    cache: DocumentCache[Extraction] = DocumentCache(tmp_path)
    first = Extractor(cache).many(articles, gazetteer)
    assert len(cache.stats.computed) == len(articles)
    again: DocumentCache[Extraction] = DocumentCache(tmp_path)
    assert Extractor(again).many(articles, gazetteer) == first
    assert again.stats.computed == [] and again.stats.from_disk == len(articles)
