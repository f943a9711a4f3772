"""Extraction across processes gives exactly what extraction in one process gives."""

from __future__ import annotations

import pytest
from support import SEEDS

from generator.build import load_documents
from generator.story import extraction as parallel
from generator.story.enrich import Known
from generator.story.extraction import extract_document


def test_one_process_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXPLAINER_WORKERS", raising=False)
    assert parallel.workers() == 1
    monkeypatch.setenv("EXPLAINER_WORKERS", "2")
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    assert parallel.workers() == 2
    monkeypatch.setenv("EXPLAINER_WORKERS", "8")
    assert parallel.workers() == 2


def test_two_processes_extract_the_same_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    documents, _, _ = load_documents(SEEDS)
    articles = [d for d in documents if d.kind == "article"] * 8
    known = Known({}, {}, {}, tuple(d for d in documents if d.kind == "rule"))
    gazetteer = known.gazetteer()
    monkeypatch.setenv("EXPLAINER_WORKERS", "2")
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel, "MIN_ARTICLES", 2)
    assert parallel.extract_all(articles, gazetteer) == [
        extract_document(d, gazetteer) for d in articles
    ]
