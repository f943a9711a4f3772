"""The pipeline, end to end: a sources folder in, pages and diagnostics out.

    read → validate → resolve (story) → plan → render

`load(root)` runs the first three phases over every file and collects every diagnostic
before anything renders; `generate(root)` adds planning and rendering. A document with
errors is left out; the others still build. Nothing here writes files or imports MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostic, ExplainerError, has_errors, sorted_diagnostics
from generator.model import Document
from generator.plan import plan
from generator.read import read_source
from generator.render import environment, render
from generator.schema import validate
from generator.sources import list_sources, read_bytes
from generator.story import Resolved, build_story


@dataclass(frozen=True)
class Result:
    """What a run produced: the resolved story, the pages and every diagnostic, sorted."""

    resolved: Resolved
    pages: list[tuple[str, str]]
    diagnostics: list[Diagnostic]


def load_documents(root: Path) -> tuple[list[Document], list[Document], list[Diagnostic]]:
    """Read and validate every source under `root` (phases 1 and 2): the valid documents,
    the rejected ones that could still be parsed, and every diagnostic."""
    if not root.is_dir():
        raise ExplainerError(f"{root}: the sources folder does not exist")
    paths, problems = list_sources(root)
    documents: list[Document] = []
    rejected: list[Document] = []
    for rel in paths:
        data, read_problems = read_bytes(root, rel)
        problems += read_problems
        if data is None:
            continue
        document, doc_problems = load_document(data, rel)
        problems += doc_problems
        if document is not None:
            (rejected if has_errors(doc_problems) else documents).append(document)
    return documents, rejected, problems


def load_document(data: bytes, rel: str) -> tuple[Document | None, list[Diagnostic]]:
    """One file's bytes → its document (None when it cannot be parsed) and diagnostics."""
    raw, problems = read_source(data, rel)
    if raw is None:
        return None, problems
    document, schema_problems = validate(raw)
    return document, problems + schema_problems


def load(root: Path) -> tuple[Resolved, list[Diagnostic]]:
    """Phases 1–3: every document read, validated and resolved into the story."""
    documents, rejected, problems = load_documents(root)
    resolved, story_problems = build_story(documents, rejected)
    return resolved, sorted_diagnostics(problems + story_problems)


def generate(root: Path, templates: Path | None = None) -> Result:
    """The whole pipeline: the site's pages as (path, Markdown text), sorted by path."""
    resolved, diagnostics = load(root)
    pages = render(plan(resolved), environment(templates))
    return Result(resolved, sorted(pages), diagnostics)
