"""Reuse trick `html`: a page's Markdown → HTML done once per input.

`Page.render` is wrapped: the previous build's HTML (with its table of contents, title,
anchors and links) is reused when the page's final Markdown (read when it renders, after
every plugin's `on_page_markdown`), the site's file list as `render` receives it (links are
resolved against it, after every plugin's `on_files`) and the Markdown and validation
settings are the same. The warnings the render logged are logged again, so a broken link
in an unchanged page is still reported on every rebuild.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from generator.mkdocs.reuse.page_cache import PageCache, digest


@dataclass(frozen=True)
class Rendered:
    """What `Page.render` leaves on a page, and what it logged."""

    content: str
    toc: Any
    title: str | None
    anchors: frozenset[str]
    links_to_anchors: dict[str, dict[str, str]] | None
    records: tuple[logging.LogRecord, ...]


class HtmlReuse:
    def __init__(self) -> None:
        self.cache: PageCache[Rendered] = PageCache()
        self._files: Files | None = None
        self._files_key = ""

    def start_build(self) -> None:
        self.cache.start_build()
        self._files = None

    def wrap(self, page: Page) -> None:
        """Make this build's `page` render through the cache (`on_pre_page`)."""
        original = page.render

        def render(config: MkDocsConfig, files: Files) -> None:
            key = (self._files_key_for(files, config), page.file.src_uri, page.markdown or "")
            found = self.cache.get(key)
            if found is None:
                recorder = _Recorder()
                mkdocs_log = logging.getLogger("mkdocs")
                mkdocs_log.addHandler(recorder)
                try:
                    original(config, files)
                finally:
                    mkdocs_log.removeHandler(recorder)
                self.cache.put(key, _rendered(page, recorder.records))
            else:
                _restore(page, found, files)

        page.render = render  # type: ignore[method-assign]

    def _files_key_for(self, files: Files, config: MkDocsConfig) -> str:
        """What every page's HTML depends on besides its Markdown: the final file list and
        the Markdown settings (computed once per build)."""
        if self._files is not files:
            self._files = files
            self._files_key = digest(
                *(f"{f.src_uri}\0{f.url}" for f in sorted(files, key=lambda f: f.src_uri)),
                repr(config["markdown_extensions"]),
                repr(config["mdx_configs"]),
                repr(config["use_directory_urls"]),
                repr(config["validation"]),
            )
        return self._files_key


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _rendered(page: Page, records: list[logging.LogRecord]) -> Rendered:
    links = page.links_to_anchors
    return Rendered(
        page.content or "",
        page.toc,
        page._title_from_render,
        frozenset(page.present_anchor_ids or ()),
        {f.src_uri: dict(v) for f, v in links.items()} if links is not None else None,
        tuple(records),
    )


def _restore(page: Page, found: Rendered, files: Files) -> None:
    page.content = found.content
    page.toc = found.toc
    page._title_from_render = found.title
    page.present_anchor_ids = set(found.anchors)
    if found.links_to_anchors is not None:
        by_uri = files.src_uris
        page.links_to_anchors = {
            by_uri[uri]: dict(v) for uri, v in found.links_to_anchors.items() if uri in by_uri
        }
    for record in found.records:
        logging.getLogger(record.name).handle(record)
