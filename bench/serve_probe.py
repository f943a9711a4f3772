"""What one edit costs under `mkdocs serve`, with and without the plugin reusing unchanged
pages' work (issue 7; generator/mkdocs/reuse/).

    python bench/serve_probe.py [--size 1000] [--workdir DIR]

Runs MkDocs in this process the way `mkdocs serve` does (`on_startup` once, then the config
reloaded for every build, plugins that define `on_startup` kept): a cold build, then one
edited source and a rebuild with the reuse, then the same rebuild with `on_startup` told
"build" (no reuse, the plugin's warm pipeline still kept: what serve cost before), and prints
where the CPU time goes (our generation, Markdown → HTML, Material's search indexing,
template + nav rendering, the rest) and whether the rebuild with reuse is byte-identical to
the full one. bench/serve_edit.py measures the same edit end to end against a real server.
"""

from __future__ import annotations

import argparse
import filecmp
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import jinja2  # noqa: E402
from mkdocs.commands import build as mkdocs_build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from bench.corpus import write as write_corpus  # noqa: E402
from bench.run import MATERIAL_CONFIG  # noqa: E402

PHASES = (
    "explainer: generate pages",
    "markdown → HTML",
    "page template, nav, search, write",
    "  of which theme templates + nav",
    "  of which search indexing",
    "search index written",
    "wall clock (machine shared)",
)


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
        from generator.mkdocs.plugin import ExplainerPlugin

        wrap(ExplainerPlugin, "on_config", "explainer: generate pages")
        try:
            yield
        finally:
            for owner, name, original in reversed(patches):
                setattr(owner, name, original)


def build_once(config_file: Path, site: Path, startup: str | None) -> tuple[float, Phases, Any]:
    """One build as `mkdocs serve` runs it: config reloaded, persistent plugins reused;
    `startup` ("serve" or "build") is sent first when given, as serve does once."""
    phases = Phases()
    start, wall = _cpu(), time.perf_counter()
    with phases.timing():
        config = load_config(config_file=str(config_file), site_dir=str(site))
        if startup is not None:
            config.plugins.on_startup(command=startup, dirty=False)
        mkdocs_build.build(config)
    phases.seconds["wall clock (machine shared)"] = time.perf_counter() - wall
    return _cpu() - start, phases, config.plugins["explainer"]


def site_differences(full: Path, served: Path) -> list[str]:
    """Files of a full build missing or different in `served`, then files only `served` has,
    leaving out hidden entries and `sitemap.xml.gz` (it embeds a time)."""

    def files(site: Path) -> set[Path]:
        return {
            p.relative_to(site)
            for p in site.rglob("*")
            if p.is_file() and not p.relative_to(site).parts[0].startswith(".")
        }

    ours, theirs = files(full), files(served)
    differ = [
        str(rel)
        for rel in sorted(ours)
        if rel.name != "sitemap.xml.gz"
        and (rel not in theirs or not filecmp.cmp(full / rel, served / rel, shallow=False))
    ]
    return differ + sorted(str(rel) for rel in theirs - ours)


def probe(size: int, work: Path) -> dict[str, Any]:
    project = work / f"serve-{size}"
    shutil.rmtree(project, ignore_errors=True)
    write_corpus(project / "seeds", size)
    (project / "docs").mkdir(parents=True)
    config = project / "mkdocs.yml"
    # Material's search, whose per-page entries the reuse keeps: with Pagefind (the default)
    # the index is made after the build, in the background under serve, outside what this
    # probe times and compares.
    config.write_text(MATERIAL_CONFIG, encoding="utf-8")
    edited = sorted((project / "seeds" / "articles").glob("*.md"))[size // 3]
    original = edited.read_text(encoding="utf-8")
    report: dict[str, Any] = {}
    cold, cold_phases, plugin = build_once(config, project / "site-reused", "serve")
    report["cold build (nothing to reuse yet)"] = (cold, cold_phases)
    edited.write_text(original + "\nOne more sentence, added by the probe.\n", encoding="utf-8")
    warm, warm_phases, plugin = build_once(config, project / "site-reused", None)
    report["rebuild after one edit, reusing unchanged pages"] = (warm, warm_phases)
    reuse = plugin.reuse
    report["hits"] = tuple(
        n for c in (reuse.html, reuse.output, reuse.search) for n in (c.hits, c.misses)
    )
    full, full_phases, _ = build_once(config, project / "site-full", "build")
    report["rebuild after one edit, no reuse (serve before issue 7)"] = (full, full_phases)
    report["differences"] = site_differences(project / "site-full", project / "site-reused")
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
        f"\nReused on the rebuild: Markdown → HTML {hits[0]} reused / {hits[1]} rendered; "
        f"template output {hits[2]} reused / {hits[3]} rendered; "
        f"search entries {hits[4]} reused / {hits[5]} parsed."
    )
    print(
        "Rebuild with reuse identical to a full rebuild: "
        + ("yes" if not differences else f"NO, {len(differences)} files differ: {differences[:5]}")
    )
    command = "python bench/serve_probe.py " + " ".join(argv or sys.argv[1:])
    print(f"\nRerun: `{command.strip()}`")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
