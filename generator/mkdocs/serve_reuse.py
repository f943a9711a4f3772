"""Reuse unchanged pages' work across the rebuilds of one `mkdocs serve` (issue 7).

MkDocs rebuilds the whole site on every change: each page's front matter, its Markdown →
HTML, its theme template (with the whole navigation), and its search entries. `--dirty`
skips pages but is wrong (stale navigation, a search index holding one page).
`ServeReuse` keeps the build correct and complete, every page still goes through every
step and every plugin hook, but when a step's inputs are the same as in the previous
build it takes that step's output from memory (`generator/mkdocs/page_cache.py`) instead of
computing it again:

- front matter (`Page.read_source`): the same source text gives the Markdown and a copy of
  the meta it gave before (after the `on_page_read_source` hook, as MkDocs runs it). The
  copy is of the top level (what a template switch or a plugin sets); nested values are
  shared, as copying them costs as much as parsing the YAML again.
- Markdown → HTML (`Page.render`): reused when the page's final Markdown, the site's file
  list (links are resolved against it) and the Markdown and validation settings are the
  same. The warnings the render logged are logged again, so a broken link in an unchanged
  page is still reported on every rebuild.
- theme template + navigation: reused when the page's HTML, table of contents, meta,
  address, neighbours, every page's address and title, the nav, the theme folders' files
  and the site settings are the same. The page is pointed at a one-line template printing
  the stored output (`page.meta["template"]`, the documented per-page template switch).
- search entries: every page is still indexed, so the index stays complete, but a page
  whose address, title, meta, HTML and table of contents are unchanged gets its previous
  entries instead of its HTML being parsed again. This wraps the search plugin's
  `search_index.add_entry_from_context`, which is not a documented hook: when a search
  plugin has no such method, nothing is wrapped and indexing is simply not reused.
- the previous build's output is not deleted folder by folder before the build, as MkDocs
  does (about 4 s for the 1,150 folders of a 1,000-document story on this machine's disk):
  it is moved aside (one rename per top-level entry; MkDocs' `clean_directory` leaves hidden
  entries alone), put back before anything is written, overwritten by the build, and the
  files of pages that are gone are deleted afterwards.
- after the first build, everything alive (the pipeline and these caches, which live as
  long as the server) is moved out of the garbage collector's sight (`gc.freeze`), so its
  full collections scan one rebuild's objects rather than the whole story (0.4 s each at
  1,000 documents). Only that build's cyclic garbage is never collected.
- theme templates are compiled once per server, not once per build (a Jinja bytecode cache,
  checked against each template's source).

A hit is only ever the output of the same inputs, so a rebuild is byte-identical to a full
one (tests/test_serve_reuse.py compares whole sites). Used by the plugin under `serve` only:
a one-off `mkdocs build` has nothing to reuse.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import sysconfig
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import meta as front_matter

from generator.mkdocs.page_cache import PageCache, digest

CACHED_TEMPLATE = "explainer-reused-page.html"
_OUTPUT = "_explainer_reused_output"


@dataclass(frozen=True)
class Rendered:
    """What `Page.render` leaves on a page, and what it logged."""

    content: str
    toc: Any
    title: str | None
    anchors: frozenset[str]
    links_to_anchors: dict[str, dict[str, str]] | None
    records: tuple[logging.LogRecord, ...]


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class _TemplateCode(jinja2.BytecodeCache):
    """Compiled templates kept in memory; Jinja checks each against its source's checksum."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


class ServeReuse:
    """Per-page outputs of the previous build, and the keys of the current one."""

    def __init__(self) -> None:
        self.html: PageCache[Rendered] = PageCache()
        self.output: PageCache[str] = PageCache()
        self.search: PageCache[list[Any]] = PageCache()
        self.sources: PageCache[tuple[str, dict[str, Any]]] = PageCache()
        self.code = _TemplateCode()
        self._aside: Path | None = None
        self._written: set[str] | None = None  # what the last build wrote, once there is one
        self._this_build: set[str] = set()
        self._frozen = False
        self._files: Files | None = None
        self._files_key = ""
        self._output_keys: dict[str, tuple[str, ...]] = {}

    def start_build(self, config: MkDocsConfig) -> None:
        """Called once per build, before any page is read (`on_files`)."""
        for cache in (self.sources, self.html, self.output, self.search):
            cache.start_build()
        self._output_keys = {}
        self._files = None
        self._wrap_search(config)

    def _files_key_for(self, files: Files, config: MkDocsConfig) -> str:
        """What every page's HTML depends on besides its Markdown: the final file list (as
        `render` receives it, after every plugin's `on_files`) and the Markdown settings."""
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

    def set_aside(self, site_dir: str) -> None:
        """Move the served folder's entries into a hidden folder (`on_pre_build`, just
        before MkDocs empties the folder, which leaves hidden entries alone)."""
        folder = Path(site_dir)
        entries = (
            [e for e in folder.iterdir() if not e.name.startswith(".")] if folder.is_dir() else []
        )
        self._aside = None
        if entries:
            self._aside = Path(tempfile.mkdtemp(prefix=".explainer-previous-build-", dir=folder))
            for entry in entries:
                entry.rename(self._aside / entry.name)

    def put_back(self, site_dir: str) -> None:
        """Put the previous build's output back once MkDocs has emptied the folder and before
        it writes (`on_files`): it overwrites every file it writes, and `end_build` takes
        away what this build no longer has. On a server's first build, whose folder may
        hold anything, nothing is put back. What is left aside is deleted in a thread."""
        aside, self._aside = self._aside, None
        if aside is None:
            return
        if self._written is not None:
            for entry in aside.iterdir():
                target = Path(site_dir) / entry.name
                if not os.path.lexists(target):
                    entry.rename(target)
        threading.Thread(target=shutil.rmtree, args=(aside, True), daemon=True).start()

    def _remove_stale(self, site_dir: str) -> None:
        """Delete the files the previous build wrote for pages and files this one no longer
        has, and folders left empty, as a full build would not have them."""
        written = self._this_build
        folder = Path(site_dir)
        for uri in sorted((self._written or set()) - written):
            path = folder / uri
            if path.is_file() and not path.is_symlink():
                path.unlink()
                for parent in path.parents:
                    if parent == folder or any(parent.iterdir()):
                        break
                    parent.rmdir()
        self._written = written

    def end_build(self, site_dir: str) -> str | None:
        """Called after each build (`on_post_build`); says what was reused, from the second
        build on (the first has nothing to reuse)."""
        self._remove_stale(site_dir)
        if not self._frozen:
            gc.freeze()
            self._frozen = True
            return None
        return self.summary()

    def summary(self) -> str:
        return (
            f"reused {self.html.hits} of {self.html.hits + self.html.misses} pages' HTML, "
            f"{self.output.hits} of {self.output.hits + self.output.misses} theme outputs"
        )

    def reuse_page(self, page: Page) -> None:
        """Make this build's `page` reuse what the last build read and rendered (`on_pre_page`)."""
        self._reuse_source(page)
        self._reuse_render(page)

    # -- front matter --------------------------------------------------------------------

    def _reuse_source(self, page: Page) -> None:
        original = page.read_source

        def read_source(config: MkDocsConfig) -> None:
            source = config.plugins.on_page_read_source(page=page, config=config)
            if source is None:
                try:
                    source = page.file.content_string
                except (OSError, ValueError):
                    original(config)  # MkDocs reports it
                    return
            key = source
            found = self.sources.get(key)
            if found is None:
                found = front_matter.get_data(source)
                self.sources.put(key, (found[0], dict(found[1])))
            page.markdown, page.meta = found[0], dict(found[1])

        page.read_source = read_source  # type: ignore[method-assign]

    # -- Markdown → HTML ---------------------------------------------------------------

    def _reuse_render(self, page: Page) -> None:
        """`page.render` reuses the previous build's HTML for the same Markdown (read when it
        renders, after every plugin's `on_page_markdown`)."""
        original = page.render

        def render(config: MkDocsConfig, files: Files) -> None:
            key = (self._files_key_for(files, config), page.file.src_uri, page.markdown or "")
            found = self.html.get(key)
            if found is None:
                recorder = _Recorder()
                mkdocs_log = logging.getLogger("mkdocs")
                mkdocs_log.addHandler(recorder)
                try:
                    original(config, files)
                finally:
                    mkdocs_log.removeHandler(recorder)
                self.html.put(key, _rendered(page, recorder.records))
            else:
                _restore(page, found, files)

        page.render = render  # type: ignore[method-assign]

    # -- theme template + navigation -----------------------------------------------------

    def reuse_output(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> None:
        """Point pages whose template output is known at the template that prints it."""
        env.bytecode_cache = self.code
        self._this_build = {f.dest_uri for f in files}
        loader = jinja2.DictLoader({CACHED_TEMPLATE: "{{ page.meta." + _OUTPUT + " }}"})
        if env.loader is not None:
            env.loader = jinja2.ChoiceLoader([loader, env.loader])
        pages = [f.page for f in files.documentation_pages() if f.page is not None]
        site = digest(*(f"{p.url}\0{p.title}" for p in pages), _site_key(config))
        for page in pages:
            key = (
                site,
                page.url,
                page.content or "",
                str(page.toc),
                repr(sorted(page.meta.items())),
                _neighbour(page.previous_page),
                _neighbour(page.next_page),
            )
            self._output_keys[page.file.src_uri] = key
            found = self.output.get(key)
            if found is not None:
                page.meta["template"] = CACHED_TEMPLATE
                page.meta[_OUTPUT] = found

    def keep_output(self, page: Page, output: str) -> None:
        """Store a page's template output (`on_post_page`, before other plugins)."""
        key = self._output_keys.get(page.file.src_uri)
        if key is not None and page.meta.get("template") != CACHED_TEMPLATE:
            self.output.put(key, output)

    # -- search ------------------------------------------------------------------------

    def _wrap_search(self, config: MkDocsConfig) -> None:
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
                repr(sorted(_own_meta(page.meta).items())),
                page.content or "",
                str(page.toc),
            )
            found = self.search.get(key)
            if found is not None:
                entries.extend(found)  # the index only serialises them: shared, not copied
                return
            before = len(entries)
            original(page)
            self.search.put(key, entries[before:])

        setattr(index, "add_entry_from_context", add)  # noqa: B010 (an instance's method)


def _site_key(config: MkDocsConfig) -> str:
    """Everything else a theme template reads: the config file and the values that may come
    from the environment (`!ENV`), the nav, and the theme folders' files outside the
    installed theme (a site's overrides, ours)."""
    path = config.config_file_path
    text = Path(path).read_text(encoding="utf-8") if path else ""
    settings = [config.get(name) for name in ("site_url", "site_name", "repo_url", "extra")]
    return digest(
        text,
        repr(settings),
        repr(config.nav),
        os.environ.get("SOURCE_DATE_EPOCH", ""),
        *_override_files(config),
    )


def _override_files(config: MkDocsConfig) -> list[str]:
    """Name, size and modification time of each file in the theme's folders that are not
    part of an installed package (a site's overrides and ours, which may be edited while
    serving; an installed theme changes only with a new install, which restarts serve)."""
    installed = {Path(sysconfig.get_paths()[k]).resolve() for k in ("purelib", "platlib")}
    found = []
    for folder in config.theme.dirs:
        if any(Path(folder).resolve().is_relative_to(i) for i in installed):
            continue
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                stat = path.stat()
                found.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return found


def _own_meta(meta: Mapping[str, Any]) -> dict[str, Any]:
    """The page's meta without what `reuse_output` put there."""
    return {
        k: v
        for k, v in meta.items()
        if k != _OUTPUT and not (k == "template" and v == CACHED_TEMPLATE)
    }


def _neighbour(page: Any) -> str:
    return f"{page.url}\0{page.title}" if page is not None else ""


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
