"""How extraction runs over documents, in one place: `Extractor`.

`Extractor(cache, workers)` reads documents' text with the pure extractor
(`generator.extract.extract`, over a document's paragraphs):

- `one(doc, gazetteer)` → the document's `Extraction`;
- `many(docs, gazetteer)` → one `Extraction` per document, in order, exactly what `one`
  gives each, computed across processes when there are many (below);
- `story(docs, gazetteer)` → `many`, then the story-level second pass
  (`generator.extract.story`) for the few documents it helps.

With a `DocumentCache`, each result is kept by the document's content and the gazetteer it
was read against (every curated name and rule), in memory and in the cache's folder: an edit
that adds no name re-extracts only the edited document, in this process and the next.

Extraction is pure Python and CPU-bound, so threads do not help; processes can. Off by
default: on this shared 2-core machine two workers measured 1.95× on the extraction of 799
articles once, when the second core was free, but 0.88× (1,000 documents) and 0.56×
(10,000) when it was not, and a loss below a few hundred articles (hence `MIN_ARTICLES`).
`EXPLAINER_WORKERS=2` turns it on. Workers are spawned, not forked (forking a process with
threads, as `mkdocs serve` has, is unsafe); each receives the gazetteer once. When workers
cannot start, the same work runs in this process (slower, never wrong); `processes` says
which worker processes ran the latest `many`.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from generator.cache import DocumentCache, fingerprint
from generator.extract import Extraction, Gazetteer, extract, reread
from generator.extract.document import analyse
from generator.extract.story import StoryKnowledge
from generator.story.model import Document

MIN_ARTICLES = 300
_gazetteer: Gazetteer | None = None  # set once in each worker process, never in the parent


def extract_document(doc: Document, gazetteer: Gazetteer) -> Extraction:
    """The pure extractor over one document's paragraphs."""
    return extract([p.text for p in doc.paragraphs], doc.date, gazetteer)


def workers() -> int:
    """How many processes to use: EXPLAINER_WORKERS (at most the number of cores), else 1."""
    setting = os.environ.get("EXPLAINER_WORKERS", "").strip()
    if setting.isdigit():
        return max(1, min(int(setting), os.cpu_count() or 1))
    return 1


class Extractor:
    """Extraction of documents: in this process, cached (given a cache), across processes
    for `many` when there are enough documents and `workers` (default: `workers()`) > 1."""

    def __init__(
        self, cache: DocumentCache[Extraction] | None = None, workers: int | None = None
    ) -> None:
        self.cache = cache
        self.workers = workers
        self.processes: frozenset[int] = frozenset()  # worker pids of the latest `many`
        self._gazetteer: tuple[Gazetteer | None, str] = (None, "")

    def one(self, doc: Document, gazetteer: Gazetteer) -> Extraction:
        if self.cache is None:
            return extract_document(doc, gazetteer)

        def compute(_data: bytes, _rel: str) -> Extraction:
            return extract_document(doc, gazetteer)

        return self.cache.get(doc.path, self._key(doc, gazetteer), compute)

    def many(self, docs: Sequence[Document], gazetteer: Gazetteer) -> list[Extraction]:
        cache = self.cache
        if cache is None:
            found, self.processes = _extract_all(docs, gazetteer, self.workers or workers())
            return found
        # Every document the cache lacks at once (across processes when many: a cold run),
        # so the lookups that follow are all hits.
        missing = [d for d in docs if not cache.has(d.path, self._key(d, gazetteer))]
        found, self.processes = _extract_all(missing, gazetteer, self.workers or workers())
        for doc, extraction in zip(missing, found, strict=True):
            cache.get(doc.path, self._key(doc, gazetteer), _constant(extraction))
        return [self.one(d, gazetteer) for d in docs]

    def story(self, docs: Sequence[Document], gazetteer: Gazetteer) -> list[Extraction]:
        """`many`, then the story-level second pass (`generator.extract.story`): the few
        documents that name someone another document found, read again knowing it. Each
        second reading is cached by its own gazetteer."""
        first = self.many(docs, gazetteer)
        knowledge = StoryKnowledge.of(first, gazetteer)
        out = list(first)
        for index, (doc, found) in enumerate(zip(docs, first, strict=True)):
            text = "\n".join(p.text for p in doc.paragraphs)
            again = knowledge.gazetteer_for(text, found)
            if again is not None:
                out[index] = self._again(doc, found, again, gazetteer)
        return out

    def _again(
        self, doc: Document, first: Extraction, gazetteer: Gazetteer, base: Gazetteer
    ) -> Extraction:
        """The second reading: what depends on names only (`generator.extract.reread`)."""

        def compute(_data: bytes = b"", _rel: str = "") -> Extraction:
            paras = analyse([p.text for p in doc.paragraphs])
            return reread(paras, first, gazetteer, base)

        if self.cache is None:
            return compute()

        key = f"{doc.digest}\0{fingerprint(gazetteer)}".encode()
        return self.cache.get(doc.path, key, compute)

    def _key(self, doc: Document, gazetteer: Gazetteer) -> bytes:
        if self._gazetteer[0] is not gazetteer:  # one gazetteer per run: fingerprint it once
            self._gazetteer = (gazetteer, fingerprint(gazetteer))
        return f"{doc.digest}\0{self._gazetteer[1]}".encode()


def _constant(value: Extraction) -> Callable[[bytes, str], Extraction]:
    return lambda _data, _rel: value


def _extract_all(
    docs: Sequence[Document], gazetteer: Gazetteer, count: int
) -> tuple[list[Extraction], frozenset[int]]:
    """The documents' extractions, and the worker processes that made them (none when they
    were made in this process)."""
    if count < 2 or len(docs) < MIN_ARTICLES:
        return [extract_document(d, gazetteer) for d in docs], frozenset()
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(
            count, mp_context=context, initializer=_start, initargs=(gazetteer,)
        ) as pool:
            chunk = max(1, len(docs) // (count * 8))
            done = list(pool.map(_extract, docs, chunksize=chunk))
    except (BrokenProcessPool, OSError):
        # Workers could not start (no /dev/shm, a frozen or piped main module...): the same
        # work in this process is slower, never wrong.
        return [extract_document(d, gazetteer) for d in docs], frozenset()
    return [x for _, x in done], frozenset(pid for pid, _ in done)


def _start(gazetteer: Gazetteer) -> None:
    global _gazetteer
    _gazetteer = gazetteer


def _extract(doc: Document) -> tuple[int, Extraction]:
    assert _gazetteer is not None
    return os.getpid(), extract_document(doc, _gazetteer)
