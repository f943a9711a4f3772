"""Reuse trick `front_matter`: a page's front matter read once per source text.

`Page.read_source` is wrapped: the same source text (after the `on_page_read_source` hook,
as MkDocs runs it) gives the Markdown and a copy of the meta it gave before. The copy is of
the top level (what a template switch or a plugin sets); nested values are shared, as
copying them costs as much as parsing the YAML again.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from mkdocs.utils import meta as front_matter

from generator.mkdocs.reuse.page_cache import PageCache


class FrontMatterReuse:
    def __init__(self) -> None:
        self.cache: PageCache[tuple[str, dict[str, Any]]] = PageCache()

    def start_build(self) -> None:
        self.cache.start_build()

    def wrap(self, page: Page) -> None:
        """Make this build's `page` read its source through the cache (`on_pre_page`)."""
        original = page.read_source

        def read_source(config: MkDocsConfig) -> None:
            source = config.plugins.on_page_read_source(page=page, config=config)
            if source is None:
                try:
                    source = page.file.content_string
                except (OSError, ValueError):
                    original(config)  # MkDocs reports it
                    return
            found = self.cache.get(source)
            if found is None:
                found = front_matter.get_data(source)
                self.cache.put(source, (found[0], dict(found[1])))
            page.markdown, page.meta = found[0], dict(found[1])

        page.read_source = read_source  # type: ignore[method-assign]
