"""The site's navigation for MkDocs, when mkdocs.yml has no `nav` of its own.

Home, then one entry per section of `generator.plan.site.SECTIONS` (its index page, then
its pages while there are at most `NAV_SECTION_LIMIT` of them; beyond, only the index page,
which lists them), Timeline and Sources, then the hand-written pages of docs/ with the
editor's review under "For editors".
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator.plan.site import HOME, REVIEW, SECTIONS, SOURCES, TIMELINE

# Sections listed one page per nav entry up to this size; beyond, only their index page.
NAV_SECTION_LIMIT = 40


def navigation(generated: Iterable[tuple[str, str]], docs_dir: Path) -> list[Any]:
    """The story's nav; sections past NAV_SECTION_LIMIT pages show their index page only."""
    pages = {path for path, _ in generated}
    nav: list[Any] = [{"Home": HOME}]
    for section in SECTIONS:
        folder = section.folder
        children = sorted(
            p for p in pages if p.startswith(folder + "/") and not p.endswith("/index.md")
        )
        entries: list[Any] = [section.index]
        if len(children) <= NAV_SECTION_LIMIT:
            entries += children
        nav.append({section.title: entries})
    nav += [{"Timeline": TIMELINE}, {"Sources": SOURCES}]
    guides = (
        sorted(
            p.relative_to(docs_dir).as_posix()
            for p in docs_dir.rglob("*.md")
            if p.relative_to(docs_dir).as_posix() not in pages
        )
        if docs_dir.is_dir()
        else []
    )
    nav.append({"For editors": [*guides, REVIEW]})
    return nav
