"""What one edit costs under `mkdocs serve`, and what reusing unchanged pages saves (issue 7).

    python bench/serve_probe.py [--size 1000] [--workdir DIR]

Runs MkDocs in this process the way `mkdocs serve` does (config reloaded per build, plugins
with `on_startup` kept): a cold build, then one edited source and a rebuild, with and without
`PageCachePlugin` below, and prints where the time goes (our generation, Markdown → HTML,
Material's search indexing, template + nav rendering, the rest) and whether the cached
rebuild is byte-identical to a full one. `PageCachePlugin` is the MkDocs half of the
prototype (generator/page_cache.py is the other half); official hooks only:

- Markdown → HTML: `on_page_markdown` wraps `page.render`; the HTML, TOC, title and anchors
  are reused when the page's Markdown, the site's file list and the Markdown settings are
  the same (links are resolved against the file list, so it is part of the key);
- template + nav: `on_env` (all pages populated, nav known) picks the pages whose final
  template output is known for the same body, TOC, meta, neighbours, nav and config, and
  points them at a one-line template that prints it;
- search: every page still goes through Material's indexer, so the index stays complete
  (what `--dirty` gets wrong), but the entries of a page whose body, TOC, title, meta and
  address are unchanged are reused instead of re-parsing its HTML. This one wraps
  `SearchIndex.add_entry_from_context`, which is Material's internal API, not a hook.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import logging
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import jinja2  # noqa: E402
from mkdocs.commands import build as mkdocs_build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.plugins import BasePlugin, event_priority  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from bench.corpus import write as write_corpus  # noqa: E402
from bench.run import PLUGIN_CONFIG  # noqa: E402
from generator.page_cache import PageCache, digest  # noqa: E402

CACHED_TEMPLATE = "explainer-cached-page.html"
PHASES = (
    "explainer: generate pages",
    "markdown → HTML",
    "page template, nav, search, write",
    "  of which theme templates + nav",
    "  of which search indexing",
    "search index written",
    "wall clock (machine shared)",
)


@dataclass(frozen=True)
class Rendered:
    """What `Page.render` leaves on a page."""

    content: str
    toc: Any
    title: str | None
    anchors: frozenset[str]
    links_to_anchors: dict[str, dict[str, str]] | None


class PageCachePlugin(BasePlugin):  # type: ignore[type-arg]
    """Reuses unchanged pages' Markdown rendering and template output across rebuilds."""

    def __init__(self) -> None:
        self.html: PageCache[Rendered] = PageCache()
        self.output: PageCache[str] = PageCache()
        self.search: PageCache[str] = PageCache()
        self._files_key = ""
        self._output_keys: dict[str, str] = {}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Present so MkDocs keeps this object across the rebuilds of one serve."""

    def on_config(self, config: Any) -> Any:
        search = config.plugins.get("material/search") or config.plugins.get("search")
        index = getattr(search, "search_index", None)
        if index is not None:
            index.add_entry_from_context = self._cached_entries(index)
        return config

    def _cached_entries(self, index: Any) -> Any:
        original = index.add_entry_from_context

        def add(page: Any) -> None:
            key = digest(
                page.url,
                str(page.title),
                repr(sorted(_own_meta(page.meta).items())),
                page.content or "",
                repr(page.toc),
            )
            found = self.search.get(key)
            if found is not None:
                index.entries.extend(json.loads(found))
                return
            before = len(index.entries)
            original(page)
            self.search.put(key, json.dumps(index.entries[before:]))

        return add

    def on_files(self, files: Any, *, config: Any) -> Any:
        self.html.start_build()
        self.output.start_build()
        self.search.start_build()
        self._output_keys = {}
        self._files_key = digest(
            *(f"{f.src_uri}\0{f.url}" for f in sorted(files, key=lambda f: f.src_uri)),
            repr(config["markdown_extensions"]),
            repr(config["mdx_configs"]),
            repr(config["use_directory_urls"]),
        )
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: Any, files: Any) -> str:
        key = digest(self._files_key, page.file.src_uri, markdown)
        original = page.render

        def render(config: Any, files: Any) -> None:
            found = self.html.get(key)
            if found is None:
                original(config, files)
                self.html.put(key, _rendered(page))
            else:
                _restore(page, found, files)

        page.render = render  # type: ignore[method-assign]
        return markdown

    def on_env(self, env: jinja2.Environment, *, config: Any, files: Any) -> jinja2.Environment:
        loader = jinja2.DictLoader({CACHED_TEMPLATE: "{{ page.meta._explainer_output }}"})
        env.loader = jinja2.ChoiceLoader([loader, env.loader])  # type: ignore[list-item]
        pages = [f.page for f in files.documentation_pages() if f.page is not None]
        nav_key = digest(*(f"{p.url}\0{p.title}" for p in pages), _config_key(config))
        for page in pages:
            key = digest(
                nav_key,
                page.url,
                page.content or "",
                repr(page.toc),
                repr(sorted(page.meta.items())),
                _neighbour(page.previous_page),
                _neighbour(page.next_page),
            )
            self._output_keys[page.file.src_uri] = key
            found = self.output.get(key)
            if found is not None:
                page.meta["template"] = CACHED_TEMPLATE
                page.meta["_explainer_output"] = found
        return env

    @event_priority(100)  # first: store what the template produced, before other plugins
    def on_post_page(self, output: str, *, page: Page, config: Any) -> str:
        key = self._output_keys.get(page.file.src_uri)
        if key is not None and page.meta.get("template") != CACHED_TEMPLATE:
            self.output.put(key, output)
        return output


def _own_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """The page's meta without what this plugin put there."""
    if meta.get("template") != CACHED_TEMPLATE:
        return meta
    return {k: v for k, v in meta.items() if k not in ("template", "_explainer_output")}


def _config_key(config: Any) -> str:
    path = config.config_file_path
    text = Path(path).read_text(encoding="utf-8") if path else ""
    return digest(text, os.environ.get("SOURCE_DATE_EPOCH", ""))


def _neighbour(page: Any) -> str:
    return f"{page.url}\0{page.title}" if page is not None else ""


def _rendered(page: Page) -> Rendered:
    links = page.links_to_anchors
    return Rendered(
        page.content or "",
        page.toc,
        page._title_from_render,
        frozenset(page.present_anchor_ids or ()),
        {f.src_uri: dict(v) for f, v in links.items()} if links is not None else None,
    )


def _restore(page: Page, found: Rendered, files: Any) -> None:
    page.content = found.content
    page.toc = found.toc
    page._title_from_render = found.title
    page.present_anchor_ids = set(found.anchors)
    if found.links_to_anchors is not None:
        page.links_to_anchors = {
            files.get_file_from_path(uri): dict(v) for uri, v in found.links_to_anchors.items()
        }


# ---- measuring ----------------------------------------------------------------------------


def _cpu() -> float:
    """CPU seconds of this process and its finished children (extraction workers)."""
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + child.ru_utime + child.ru_stime


class Phases:
    """CPU seconds spent in the parts of one build, extraction workers included."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def timing(self) -> Iterator[None]:
        patches: list[tuple[Any, str, Any]] = []

        def wrap(owner: Any, name: str, label: str) -> None:
            original = getattr(owner, name)

            def timed(*args: Any, **kwargs: Any) -> Any:
                start = _cpu()
                try:
                    return original(*args, **kwargs)
                finally:
                    template = getattr(args[0], "name", "") if args else ""
                    if not str(template).endswith(".md.j2"):  # not our generator's own
                        self.seconds[label] += _cpu() - start

            patches.append((owner, name, original))
            setattr(owner, name, timed)

        wrap(Page, "render", "markdown → HTML")
        wrap(mkdocs_build, "_build_page", "page template, nav, search, write")
        wrap(jinja2.Template, "render", "  of which theme templates + nav")
        from material.plugins.search.plugin import SearchPlugin

        wrap(SearchPlugin, "on_page_context", "  of which search indexing")
        wrap(SearchPlugin, "on_post_build", "search index written")
        from generator.mkdocs_plugin import ExplainerPlugin

        wrap(ExplainerPlugin, "on_config", "explainer: generate pages")
        try:
            yield
        finally:
            for owner, name, original in reversed(patches):
                setattr(owner, name, original)


def build_once(
    config_file: Path, site: Path, cache: PageCachePlugin | None
) -> tuple[float, Phases]:
    """One build as `mkdocs serve` runs it: config reloaded, persistent plugins reused."""
    phases = Phases()
    start, wall = _cpu(), time.perf_counter()
    with phases.timing():
        config = load_config(config_file=str(config_file), site_dir=str(site))
        if cache is not None:
            config.plugins["explainer-page-cache"] = cache
        config.plugins.on_startup(command="serve", dirty=False)
        mkdocs_build.build(config)
    phases.seconds["wall clock (machine shared)"] = time.perf_counter() - wall
    return _cpu() - start, phases


def _same_site(a: Path, b: Path) -> list[str]:
    """Files that differ between two built sites (sitemap.xml.gz embeds a time)."""
    differ = []
    for path in sorted(a.rglob("*")):
        rel = path.relative_to(a)
        if path.is_file() and rel.name != "sitemap.xml.gz":
            other = b / rel
            if not other.is_file() or not filecmp.cmp(path, other, shallow=False):
                differ.append(str(rel))
    return differ


def probe(size: int, work: Path) -> dict[str, Any]:
    project = work / f"serve-{size}"
    shutil.rmtree(project, ignore_errors=True)
    write_corpus(project / "seeds", size)
    (project / "docs").mkdir(parents=True)
    config = project / "mkdocs.yml"
    config.write_text(PLUGIN_CONFIG, encoding="utf-8")
    edited = sorted((project / "seeds" / "articles").glob("*.md"))[size // 3]
    original = edited.read_text(encoding="utf-8")
    cache = PageCachePlugin()
    report: dict[str, Any] = {}
    cold, cold_phases = build_once(config, project / "site-cached", cache)
    report["cold build (cache empty)"] = (cold, cold_phases)
    edited.write_text(original + "\nOne more sentence, added by the probe.\n", encoding="utf-8")
    warm, warm_phases = build_once(config, project / "site-cached", cache)
    report["rebuild after one edit, page cache"] = (warm, warm_phases)
    report["hits"] = (
        cache.html.hits,
        cache.html.misses,
        cache.output.hits,
        cache.output.misses,
        cache.search.hits,
        cache.search.misses,
    )
    full, full_phases = build_once(config, project / "site-full", None)
    report["rebuild after one edit, no cache (what serve does today)"] = (full, full_phases)
    report["differences"] = _same_site(project / "site-full", project / "site-cached")
    edited.write_text(original, encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="explainer-serve-"))
    report = probe(args.size, work)
    hits = report.pop("hits")
    differences = report.pop("differences")
    print(f"## One edit under `mkdocs serve`, {args.size:,} source documents (CPU seconds)\n")
    for label, (total, phases) in report.items():
        print(f"- {label}: **{total:.2f} s**")
        for phase in PHASES:
            print(f"    - {phase}: {phases.seconds.get(phase, 0.0):.2f} s")
    print(
        f"\nPage cache on the rebuild: Markdown → HTML {hits[0]} reused / {hits[1]} rendered; "
        f"template output {hits[2]} reused / {hits[3]} rendered; "
        f"search entries {hits[4]} reused / {hits[5]} parsed."
    )
    print(
        "Cached rebuild identical to a full rebuild: "
        + ("yes" if not differences else f"NO, {len(differences)} files differ: {differences[:5]}")
    )
    command = "python bench/serve_probe.py " + " ".join(argv or sys.argv[1:])
    print(f"\nRerun: `{command.strip()}`")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
