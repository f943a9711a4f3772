"""Extract many articles across processes: `extract_all(docs, gazetteer)` → one `Extraction`
per document, in order, exactly what `extract_document` gives each one.

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
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from generator.extract import Extraction, Gazetteer
from generator.story.enrich import extract_document
from generator.story.model import Document

MIN_ARTICLES = 300
_gazetteer: Gazetteer | None = None  # set once in each worker process, never in the parent


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
