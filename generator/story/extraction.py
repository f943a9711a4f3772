"""Run extraction over documents: one home for how it runs.

- `extract_document(doc, gazetteer)`: the pure extractor over one document's paragraphs;
- `extract_all(docs, gazetteer)`: one `Extraction` per document, in order, exactly what
  `extract_document` gives each one, across processes when there are many (below);
- `CachedExtractor`: extraction per document, cached by content and gazetteer.

Extraction is pure Python and CPU-bound, so threads do not help; processes can. Off by
default: on this shared 2-core machine two workers measured 1.95× on the extraction of 799
articles once, when the second core was free, but 0.88× (1,000 documents) and 0.56×
(10,000) when it was not, and a loss below a few hundred articles (hence `MIN_ARTICLES`).
`EXPLAINER_WORKERS=2` turns it on. Workers are spawned, not forked (forking a process with
threads, as `mkdocs serve` has, is unsafe); each receives the gazetteer once.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from generator.cache import DocumentCache, fingerprint
from generator.extract import Extraction, Gazetteer, extract
from generator.story.model import Document

MIN_ARTICLES = 300
_gazetteer: Gazetteer | None = None  # set once in each worker process, never in the parent

Extractor = Callable[[Document, Gazetteer], Extraction]


def extract_document(doc: Document, gazetteer: Gazetteer) -> Extraction:
    """The pure extractor over one document's paragraphs (the cache wraps this)."""
    return extract([p.text for p in doc.paragraphs], doc.date, gazetteer)


def workers() -> int:
    """How many processes to use: EXPLAINER_WORKERS (at most the number of cores), else 1."""
    setting = os.environ.get("EXPLAINER_WORKERS", "").strip()
    if setting.isdigit():
        return max(1, min(int(setting), os.cpu_count() or 1))
    return 1


def extract_all(docs: Sequence[Document], gazetteer: Gazetteer) -> list[Extraction]:
    count = workers()
    if count < 2 or len(docs) < MIN_ARTICLES:
        return [extract_document(d, gazetteer) for d in docs]
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(
            count, mp_context=context, initializer=_start, initargs=(gazetteer,)
        ) as pool:
            return list(pool.map(_extract, docs, chunksize=max(1, len(docs) // (count * 8))))
    except (BrokenProcessPool, OSError):
        # Workers could not start (no /dev/shm, a frozen or piped main module...): the same
        # work in this process is slower, never wrong.
        return [extract_document(d, gazetteer) for d in docs]


def _start(gazetteer: Gazetteer) -> None:
    global _gazetteer
    _gazetteer = gazetteer


def _extract(doc: Document) -> Extraction:
    assert _gazetteer is not None
    return extract_document(doc, _gazetteer)


def _constant(value: Extraction) -> Callable[[bytes, str], Extraction]:
    return lambda _data, _rel: value


class CachedExtractor:
    """Extraction per document, cached by the document's content and the gazetteer it is
    read against (every curated name and rule): an edit that adds no name re-extracts only
    the edited document, in this process and (through the cache folder) the next."""

    def __init__(self, cache: DocumentCache[Extraction]) -> None:
        self.cache = cache
        self._gazetteer: tuple[Gazetteer | None, str] = (None, "")

    def _data(self, doc: Document, gazetteer: Gazetteer) -> bytes:
        if self._gazetteer[0] is not gazetteer:  # one gazetteer per run: fingerprint it once
            key = fingerprint(gazetteer)
            self._gazetteer = (gazetteer, key)
        return f"{doc.digest}\0{self._gazetteer[1]}".encode()

    def __call__(self, doc: Document, gazetteer: Gazetteer) -> Extraction:
        data = self._data(doc, gazetteer)
        return self.cache.get(doc.path, data, lambda _data, _rel: extract_document(doc, gazetteer))

    def prefetch(self, docs: Sequence[Document], gazetteer: Gazetteer) -> None:
        """Extract every document the cache lacks at once, across processes when there are
        many (a cold run), so the calls that follow are cache hits."""
        missing = [d for d in docs if not self.cache.has(d.path, self._data(d, gazetteer))]
        for doc, found in zip(missing, extract_all(missing, gazetteer), strict=True):
            self.cache.get(doc.path, self._data(doc, gazetteer), _constant(found))
