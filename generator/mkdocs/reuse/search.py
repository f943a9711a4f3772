"""Reuse trick `search`: a page's search entries made once per input.

Every page is still indexed, so the index stays complete, but a page whose address, title,
meta, HTML and table of contents are unchanged gets its previous entries instead of its
HTML being parsed again. This wraps the search plugin's `search_index.add_entry_from_context`
(MkDocs' `search` or Material's `material/search`), which is not a documented hook: when a
search plugin has no such method, nothing is wrapped and indexing is simply not reused.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from generator.mkdocs.reuse.page_cache import PageCache
from generator.mkdocs.reuse.theme_output import own_meta


class SearchReuse:
    def __init__(self) -> None:
        self.cache: PageCache[list[Any]] = PageCache()

    def start_build(self, config: MkDocsConfig) -> None:
        """Wrap this build's search index (`on_files`: the search plugin made it afresh)."""
        self.cache.start_build()
        search = config.plugins.get("material/search") or config.plugins.get("search")
        index = getattr(search, "search_index", None)
        original = getattr(index, "add_entry_from_context", None)
        entries = getattr(index, "entries", None)
        if original is None or not isinstance(entries, list):
            return

        def add(page: Page) -> None:
            key = (
                page.url,
                str(page.title),
                repr(sorted(own_meta(page.meta).items())),
                page.content or "",
                str(page.toc),
            )
            found = self.cache.get(key)
            if found is not None:
                entries.extend(found)  # the index only serialises them: shared, not copied
                return
            before = len(entries)
            original(page)
            self.cache.put(key, entries[before:])

        setattr(index, "add_entry_from_context", add)  # noqa: B010 (an instance's method)
