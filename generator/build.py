"""The pipeline, end to end: a sources folder in, pages and diagnostics out.

    read → validate → check references → resolve (story) → plan → render

One runner, `Pipeline`: `load` runs the first four phases over every file and collects
every diagnostic before anything renders; `stream` and `generate` add planning and
rendering. An error leaves out the smallest unit that holds it (a value, a quote, a person
entry); a document is left out only when it cannot be used at all. Nothing here imports
MkDocs, and nothing writes files except the cache folder a `Pipeline` is given.

A `Pipeline(cache_dir)` kept for repeated runs (`mkdocs serve`, `generate --watch`, the
benchmark) caches each file's read + validate result by content hash
(`generator.cache.DocumentCache`, in memory and in `cache_dir`) and each article's
extraction, and memoises annotated paragraphs, planned pages and rendered pages in memory,
so a run after one edit redoes the work of that document and of the pages it touches, plus
the site-wide lists. The functions `load(root)` and `generate(root)` are one run of a fresh
pipeline that keeps nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.cache import DocumentCache, Memo, signature
from generator.diagnostics import Diagnostic, ExplainerError, loses_document, sorted_diagnostics
from generator.plan.pages import Page
from generator.plan.planner import page_count, plan_each
from generator.read.find import list_sources, read_bytes
from generator.read.source import read_source
from generator.references import check_references
from generator.render.feed import feed_files
from generator.render.markdown import TEMPLATES, environment, render_page
from generator.schema.document import validate
from generator.story.assemble import Resolved, build_story
from generator.story.extraction import Extractor
from generator.story.model import Document


@dataclass(frozen=True)
class Result:
    """What a run produced: the resolved story, the pages and every diagnostic, sorted."""

    resolved: Resolved
    pages: list[tuple[str, str]]
    diagnostics: list[Diagnostic]
    feeds: list[tuple[str, str]] = field(default_factory=list)


Loaded = tuple[Document | None, list[Diagnostic]]


Progress = Callable[[str], None]
# Runs with at least this many documents report each phase (the CLI on stderr, the plugin
# in MkDocs' log), so a long build shows where it is.
PROGRESS_FROM = 200


def _quiet(message: str) -> None:
    """The default progress reporter: says nothing."""


def load_documents(
    root: Path, cache: DocumentCache[Loaded] | None = None, progress: Progress = _quiet
) -> tuple[list[Document], list[Document], list[Diagnostic]]:
    """Read and validate every source under `root` (phases 1 and 2): the documents kept
    (without the units their errors cost), the ones left out that could still be parsed,
    and every diagnostic."""
    if not root.is_dir():
        raise ExplainerError(f"{root}: the sources folder does not exist")
    paths, problems = list_sources(root)
    if len(paths) >= PROGRESS_FROM:
        progress(f"reading {len(paths):,} sources")
    documents: list[Document] = []
    rejected: list[Document] = []
    for rel in paths:
        recalled = cache.recall(rel, os.path.join(root, rel)) if cache else None
        if recalled is not None:
            document, doc_problems = recalled
        else:
            stat = signature(os.path.join(root, rel))
            data, read_problems = read_bytes(root, rel)
            problems += read_problems
            if data is None:
                continue
            document, doc_problems = (
                cache.get(rel, data, load_document, stat) if cache else load_document(data, rel)
            )
        problems += doc_problems
        if document is not None:
            (rejected if loses_document(doc_problems) else documents).append(document)
    return documents, rejected, problems


def load_document(data: bytes, rel: str) -> tuple[Document | None, list[Diagnostic]]:
    """One file's bytes → its document (None when it cannot be parsed) and diagnostics."""
    raw, problems = read_source(data, rel)
    if raw is None:
        return None, problems
    document, schema_problems = validate(raw)
    return document, problems + schema_problems


def load(root: Path, progress: Progress = _quiet) -> tuple[Resolved, list[Diagnostic]]:
    """Phases 1–4 once: every document read, validated, checked and resolved into the
    story, and every diagnostic, sorted."""
    return Pipeline(remember=False).load(root, progress)


def generate(
    root: Path, templates: Path | None = None, site_url: str = "", progress: Progress = _quiet
) -> Result:
    """The whole pipeline once: the site's pages as (path, Markdown text), sorted by path,
    and the feeds (`feeds`: Atom and JSON Feed; absolute links when `site_url` is given)."""
    return Pipeline(remember=False).generate(root, templates, site_url, progress)


def _rendering(resolved: Resolved, progress: Progress) -> None:
    count = page_count(resolved.story)
    if count >= PROGRESS_FROM:
        progress(f"rendering {count:,} pages")


@dataclass(frozen=True)
class Stream:
    """A run whose pages are rendered as they are taken from `pages`, in plan order (not
    sorted), so a caller that writes each page as it comes holds one at a time."""

    resolved: Resolved
    diagnostics: list[Diagnostic]
    pages: Iterator[tuple[str, str]]
    feeds: list[tuple[str, str]]


class Pipeline:
    """The pipeline with its caches, for repeated runs over the same sources. With
    `remember=False` (one run, e.g. `explainer generate` without --watch) planned and
    rendered pages are not kept for a next run, so they need not all be in memory at once."""

    def __init__(self, cache_dir: Path | None = None, remember: bool = True) -> None:
        self.documents: DocumentCache[Loaded] = DocumentCache(cache_dir)
        self.extractions = Extractor(
            DocumentCache(cache_dir / "extractions" if cache_dir else None)
        )
        self.memo = Memo()
        self.remember = remember
        self._rendered: dict[int, tuple[Page, str, tuple[str, str]]] = {}
        self._env: tuple[str, jinja2.Environment] | None = None

    def generate(
        self,
        root: Path,
        templates: Path | None = None,
        site_url: str = "",
        progress: Progress = _quiet,
    ) -> Result:
        """The site's pages, sorted by path, and the feeds; a pipeline kept across runs
        reuses whatever the sources did not change, byte for byte."""
        run = self.stream(root, templates, site_url, progress)
        return Result(run.resolved, sorted(run.pages), run.diagnostics, run.feeds)

    def stream(
        self,
        root: Path,
        templates: Path | None = None,
        site_url: str = "",
        progress: Progress = _quiet,
    ) -> Stream:
        """`generate` with its pages rendered on demand; the caches are swept once every
        page has been taken."""
        resolved, diagnostics = self.load(root, progress)
        key = _templates_key(templates)
        if self._env is None or self._env[0] != key:  # compiled templates are kept too
            self._env = (key, environment(templates))
        _rendering(resolved, progress)
        pages = self._render(resolved, self._env[1], key)
        return Stream(resolved, diagnostics, pages, feed_files(resolved.story, site_url))

    def load(self, root: Path, progress: Progress = _quiet) -> tuple[Resolved, list[Diagnostic]]:
        """Phases 1–4: every document read, validated, checked and resolved into the story."""
        assert self.extractions.cache is not None
        self.documents.start()
        self.extractions.cache.start()
        self.memo.start()
        documents, rejected, problems = load_documents(root, self.documents, progress)
        if len(documents) >= PROGRESS_FROM:
            progress(f"resolving the story: {len(documents):,} documents (names, quotes, dates)")
        checked, reference_problems = check_references(documents, rejected)
        memo = self.memo if self.remember else None
        resolved = build_story(checked, self.extractions, memo=memo)
        if not self.remember:  # the story holds what a single run needs from them
            self.documents.forget()
            self.extractions.cache.forget()
        return resolved, sorted_diagnostics(problems + reference_problems)

    def _render(
        self, resolved: Resolved, env: jinja2.Environment, templates: str
    ) -> Iterator[tuple[str, str]]:
        """Render each page once per (page object, templates): planned pages reused from the
        memo are the same objects, so identity is the cheap, exact key."""
        kept: dict[int, tuple[Page, str, tuple[str, str]]] = {}
        for page in plan_each(resolved, self.memo if self.remember else None):
            seen = self._rendered.get(id(page))
            if seen is not None and seen[0] is page and seen[1] == templates:
                text = seen[2]
            else:
                text = render_page(page, env)
            if self.remember:
                kept[id(page)] = (page, templates, text)
            yield text
        self._rendered = kept
        self.documents.sweep()
        if self.extractions.cache is not None:
            self.extractions.cache.sweep()
        self.memo.sweep()


def _templates_key(user: Path | None) -> str:
    """A fingerprint of every template a render may use (ours and the user's)."""
    h = hashlib.sha256()
    for folder in (user, TEMPLATES):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                h.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()
