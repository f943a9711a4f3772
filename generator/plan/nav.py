"""The site's navigation in story order, for every engine: the MkDocs plugin sets it when
mkdocs.yml has no `nav` of its own, and `explainer generate --project` writes it into the
project another engine builds.

Home, then one entry per section of `generator.plan.site.SECTIONS` (its index page, then
its pages in the order the index lists them while there are at most `NAV_SECTION_LIMIT` of
them; beyond, only the index page, which lists them), Timeline and Sources, then any
hand-written page of docs/. The reader's site carries no tool manual (that is its own site,
manual/) and the editor's review is left out of the navigation (`REVIEW`, see the plugin).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from generator.plan.site import HOME, REVIEW, SECTIONS, SOURCES, TIMELINE

# Sections listed one page per nav entry up to this size; beyond, only their index page.
NAV_SECTION_LIMIT = 40


def navigation(
    generated: Iterable[tuple[str, str]], docs_dir: Path, order: Mapping[str, int] | None = None
) -> list[Any]:
    """The story's nav; `order` gives each section page's place (`plan.index.section_order`),
    pages it does not know come after, by address."""
    pages = {path for path, _ in generated}
    place = order or {}
    nav: list[Any] = [{"Home": HOME}]
    for section in SECTIONS:
        folder = section.folder
        children = sorted(
            (p for p in pages if p.startswith(folder + "/") and not p.endswith("/index.md")),
            key=lambda p: (place.get(p, len(place)), p),
        )
        entries: list[Any] = [section.index]
        if len(children) <= NAV_SECTION_LIMIT:
            entries += children
        nav.append({section.title: entries})
    nav += [{"Timeline": TIMELINE}, {"Sources": SOURCES}]
    if docs_dir.is_dir():
        nav += sorted(
            p.relative_to(docs_dir).as_posix()
            for p in docs_dir.rglob("*.md")
            if p.relative_to(docs_dir).as_posix() not in pages | {REVIEW}
            # MkDocs leaves hidden files out of the site (exclude_docs' default)
            and not any(part.startswith(".") for part in p.relative_to(docs_dir).parts)
        )
    return nav
