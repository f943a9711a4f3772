"""Where Material's search stops serving a story better than Pagefind: both searches at a few
story sizes, side by side (the measurement behind the plugin's `search: auto` threshold).

    python bench/search_sizes.py [--sizes 100,200,400,700,1000] [--repeats 5] [--workdir DIR]

For each size it writes the synthetic story with the sample story inside
(bench/corpus.write_with_sample, so "McSweeney", "30121" and "chief of staff" mean the same
at every size), builds it twice with `mkdocs build` (`search: material` and `search:
pagefind` forced) and searches both in Chromium (bench/search.py: a fresh browser context
per run, the time from the last keystroke to the results of what was typed, the bytes
downloaded for it). Prints, for each size, the median over every query and run, each
query's median, the bytes, whether both list the same first page, and the load average
(the machine may be shared), then the command that reruns it. `--keep` reuses sites already
built in the work folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import search  # noqa: E402
from bench.corpus import write_with_sample  # noqa: E402
from bench.run import site_config  # noqa: E402

ENGINES = ("material", "pagefind")


@dataclass
class Size:
    documents: int
    pages: int = 0
    found: dict[str, list[search.Search]] = field(default_factory=dict)
    load: list[float] = field(default_factory=list)


def build(project: Path, engine: str, keep: bool) -> Path:
    site = project / f"site-{engine}"
    if keep and (site / "index.html").is_file():
        return site
    shutil.rmtree(site, ignore_errors=True)
    config = project / f"{engine}.yml"
    config.write_text(site_config(engine), encoding="utf-8")
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run(
        [mkdocs, "build", "-q", "-f", str(config), "-d", str(site)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        raise RuntimeError(f"mkdocs build ({engine}) failed:\n{run.stderr[-2000:]}")
    if search.engine(site) != engine:
        raise RuntimeError(f"{site} was built with {search.engine(site)}'s search, not {engine}'s")
    return site


def _ms(values: Sequence[float]) -> str:
    value = statistics.median(values)
    return "no answer" if value == float("inf") else f"{value:,.0f} ms"


def _kb(n: float) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def table(sizes: list[Size]) -> str:
    lines = [
        "| documents (pages) | Material: first result, median (per query) | "
        "Pagefind: first result, median (per query) | downloaded, Material / Pagefind | "
        "same first page | load average |",
        "|---|---|---|---|---|---|",
    ]
    for size in sizes:
        cells = []
        for engine in ENGINES:
            found = size.found.get(engine, [])
            runs = [t for s in found for t in s.runs]
            each = ", ".join(_ms(s.runs) for s in found)
            cells.append(f"{_ms(runs)} ({each})" if runs else "–")
        material = {s.query: s for s in size.found.get("material", [])}
        pagefind = size.found.get("pagefind", [])
        same = [
            s.query
            for s in pagefind
            if s.query in material and material[s.query].pages[:1] == s.pages[:1]
        ]
        downloaded = " / ".join(
            _kb(statistics.median(s.bytes for s in size.found[e])) if size.found.get(e) else "–"
            for e in ENGINES
        )
        load = "–".join(f"{x:.1f}" for x in (min(size.load), max(size.load))) if size.load else "–"
        lines.append(
            f"| {size.documents:,} ({size.pages:,}) | {cells[0]} | {cells[1]} | {downloaded} | "
            f"{len(same)} of {len(pagefind)} | {load} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,200,400,700,1000")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--queries", default=",".join(search.QUERIES))
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for results")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="reuse sites already built")
    args = parser.parse_args(argv)
    queries = [q for q in args.queries.split(",") if q]
    work = args.workdir or Path(tempfile.mkdtemp(prefix="explainer-search-sizes-"))
    sizes: list[Size] = []
    for documents in (int(s) for s in args.sizes.split(",")):
        project = work / str(documents)
        seeds = project / "seeds"
        if not (args.keep and seeds.is_dir()):
            shutil.rmtree(project, ignore_errors=True)
            write_with_sample(seeds, documents)
        (project / "docs").mkdir(parents=True, exist_ok=True)
        size = Size(documents)
        sites = {}
        for engine in ENGINES:
            print(f"[{documents}] mkdocs build, search: {engine}", file=sys.stderr)
            start = time.perf_counter()
            sites[engine] = build(project, engine, args.keep)
            print(f"[{documents}]   {time.perf_counter() - start:.0f} s", file=sys.stderr)
        site = sites["pagefind"]
        size.pages = sum(1 for p in site.rglob("*.html") if p.name != "404.html")
        with search.chromium() as browser:
            for engine in ENGINES:
                size.load.append(os.getloadavg()[0])
                print(f"[{documents}] search in Chromium: {engine}", file=sys.stderr)
                size.found[engine] = search.measure(
                    browser, sites[engine], queries, args.repeats, args.timeout * 1000
                )
                size.load.append(os.getloadavg()[0])
        for engine in ENGINES:
            for s in size.found[engine]:
                print(f"[{documents}] {engine} {s.query!r}: {s.pages[:5]}", file=sys.stderr)
        sizes.append(size)
        print(table(sizes), file=sys.stderr)
    print(table(sizes))
    rerun = " ".join(sys.argv[1:] if argv is None else argv)
    print(f"\nrerun: python bench/search_sizes.py {rerun}; work folder: {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
