"""The performance benchmark behind `make bench` (results: manual/docs/performance.md).

    python bench/run.py [--sizes 100,1000,10000] [--repeats 3] [--budget 600] [--no-browser]

For each size it writes a synthetic story (bench/corpus.py) and measures, in the same run:
- the floor: python-frontmatter parse + one Jinja2 render per source file, nothing else;
- cold generation: `generator.build.generate` (read, validate, extract, render) in a fresh
  process, median over repeats, with the process's peak RSS after the first run (the
  library call returns every page's text, so it holds them all at once);
- peak memory of what a maintainer runs: `explainer generate` into an empty folder with an
  empty cache folder, in a fresh process (it writes each page as it is rendered);
- warm regeneration after one edited document, through `regenerate` below: a `Pipeline`
  that has built the story once, as `mkdocs serve` keeps it (per-document cache and memos);
- `mkdocs build` with our plugin and nav shaping (Material, navigation.prune, sections over
  40 pages list their index page only) and `mkdocs build` of the same pages written to docs/
  with Material's default navigation (every page in the nav, no prune);
- site size, search-index size, pages per second;
- the engines side by side (sizes up to 1,000): ProperDocs with the plugin, and Zensical
  from `explainer generate --project` (bench/engines.py);
- search in Chromium (unless `--no-browser`): the site built with `search: material` beside
  the Pagefind one, time to the first result after typing and bytes downloaded for
  "McSweeney", "30121" and "chief of staff" (bench/search.py). The corpus holds the sample
  story's documents inside the synthetic story, so those searches mean the same at every size.
mkdocs builds that the previous size predicts would overrun `--budget` seconds are not run
and are reported with the reason. Prints a Markdown table and the command that reruns it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import engines as engine_bench  # noqa: E402
from bench import search as search_bench  # noqa: E402
from bench.corpus import write_with_sample as write_corpus  # noqa: E402

# The sample site's settings (mkdocs.yml): the same theme features and Markdown extensions.
PLUGIN_CONFIG = """\
site_name: Benchmark
docs_dir: docs
theme:
  name: material
  font: false
  features: [navigation.instant, navigation.tabs, navigation.indexes, navigation.prune,
             navigation.top, navigation.footer, search.suggest, search.highlight,
             content.tooltips, toc.follow]
plugins:
  - search
  - explainer:
      sources: seeds
markdown_extensions: [attr_list, tables, md_in_html, {toc: {permalink: true}}]
"""
# The same site with Material's own search (lunr) instead of Pagefind.
MATERIAL_CONFIG = PLUGIN_CONFIG.replace(
    "      sources: seeds\n", "      sources: seeds\n      search: material\n"
)
ENGINES_UP_TO = 1000  # sizes at which ProperDocs and Zensical are built too
DEFAULT_CONFIG = """\
site_name: Benchmark
docs_dir: docs
theme:
  name: material
  font: false
plugins: [search]
markdown_extensions: [attr_list, tables, md_in_html, {toc: {permalink: true}}]
"""


# ---- the generation child: runs in a fresh process, prints JSON --------------------------


def regenerate(root: Path, pipeline: Any) -> Any:
    """Regenerate after an edit, as `mkdocs serve` and `generate --watch` do: through a
    `Pipeline` that has already built the story once (its per-document cache and memos)."""
    return pipeline.generate(root)


def _floor(root: Path) -> float:
    """Parse every source with python-frontmatter and render each once with Jinja2."""
    import frontmatter
    import jinja2

    start = time.process_time()
    template = jinja2.Environment(autoescape=False).from_string(
        "# {{ title }}\n\n{% for p in paragraphs %}{{ p }}\n\n{% endfor %}"
    )
    for path in sorted(root.rglob("*.md")):
        post = frontmatter.loads(path.read_text(encoding="utf-8"))
        template.render(title=post.get("title", ""), paragraphs=post.content.split("\n\n")).encode()
    return time.process_time() - start


WALL: list[float] = []  # wall seconds of each _timed call, in order (the child reports them)


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (extraction workers)."""
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + child.ru_utime + child.ru_stime


def _timed(run: Callable[[], Any]) -> tuple[float, Any]:
    """CPU seconds (the figures are CPU time: the machine may be shared); wall to WALL."""
    start, wall = _cpu(), time.perf_counter()
    result = run()
    WALL.append(time.perf_counter() - wall)
    return _cpu() - start, result


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_GAZETTEER: Any = None


def _init_worker(gazetteer: Any) -> None:
    global _GAZETTEER
    _GAZETTEER = gazetteer


def _extract_one(doc: Any) -> Any:
    from generator.story.extraction import extract_document

    return extract_document(doc, _GAZETTEER)


def _extraction_wall(root: Path) -> dict[str, float]:
    """Wall seconds to extract every article: in this process, and across two processes
    (the gazetteer sent once per worker, documents and extractions pickled)."""
    from concurrent.futures import ProcessPoolExecutor

    from generator.build import load_documents
    from generator.references import check_references
    from generator.story.assemble import build_story
    from generator.story.extraction import Extractor, extract_document

    documents, rejected, _ = load_documents(root)
    calls: list[Any] = []

    class Spy(Extractor):
        def many(self, docs: Any, gazetteer: Any) -> Any:
            calls.append((list(docs), gazetteer))
            return super().many(docs, gazetteer)

    build_story(check_references(documents, rejected)[0], Spy())
    docs, gazetteer = calls[0]
    start = time.perf_counter()
    serial = [extract_document(d, gazetteer) for d in docs]
    one = time.perf_counter() - start
    start = time.perf_counter()
    with ProcessPoolExecutor(2, initializer=_init_worker, initargs=(gazetteer,)) as pool:
        parallel = list(pool.map(_extract_one, docs, chunksize=max(1, len(docs) // 16)))
    two = time.perf_counter() - start
    assert parallel == serial
    return {"one": one, "two": two, "articles": len(docs)}


def generation_child(root: Path, repeats: int) -> dict[str, Any]:
    from generator.build import generate

    baseline = _peak_mb()
    cold: list[float] = []
    peak = 0.0
    result: Any = None
    pages = errors = 0
    for n in range(repeats):
        result = None  # drop the previous run's pages before the next
        seconds, result = _timed(lambda: generate(root))
        cold.append(seconds)
        if n == 0:
            peak = _peak_mb()
            pages = len(result.pages)
            errors = sum(d.is_error for d in result.diagnostics)
    floor = [_floor(root) for _ in range(repeats)]
    edited = sorted((root / "articles").glob("*.md"))[0]
    original = edited.read_text(encoding="utf-8")
    warm: list[float] = []
    from generator.build import Pipeline

    pipeline = Pipeline(None)  # in memory only, as one `mkdocs serve` keeps it
    pipeline.generate(root)  # the server's first build: not timed
    try:
        for n in range(repeats):
            edited.write_text(original + f"\nAn edit for the benchmark, number {n}.\n", "utf-8")
            seconds, result = _timed(lambda: regenerate(root, pipeline))
            warm.append(seconds)
    finally:
        edited.write_text(original, encoding="utf-8")
    return {
        "extraction": _extraction_wall(root),
        "cold": cold,
        "warm": warm,
        "cold_wall": WALL[: len(cold)],
        "warm_wall": WALL[len(cold) :],
        "floor": floor,
        "peak_mb": peak,
        "baseline_mb": baseline,
        "pages": pages,
        "errors": errors,
    }


# ---- the parent: corpus, children, mkdocs builds, the table -------------------------------


@dataclass
class Build:
    seconds: float | None = None
    pages: int = 0
    site_bytes: int = 0
    index_bytes: int = 0
    peak_mb: float = 0.0
    note: str = ""


@dataclass
class Row:
    size: int
    files: int
    generation: dict[str, Any]
    cli: Build = field(default_factory=Build)
    shaped: Build = field(default_factory=Build)
    default: Build = field(default_factory=Build)
    engines: dict[str, engine_bench.EngineBuild] = field(default_factory=dict)
    material: Build = field(default_factory=Build)
    compare: engine_bench.SearchCompare | None = None


def _run_child(args: list[str], timeout: float) -> tuple[float, float, str]:
    """(CPU seconds, peak RSS MB, stdout) of one child process, from its own rusage
    (`wait4`); raises RuntimeError when it fails, TimeoutExpired when it overruns the wall
    clock `timeout`."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env, text=True)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if seconds >= timeout:
            raise subprocess.TimeoutExpired(args, timeout)
        if proc.returncode != 0:
            raise RuntimeError(
                f"{' '.join(args)} failed ({proc.returncode}):\n{err.read()[-2000:]}"
            )
        return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read()


def _tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _mkdocs(project: Path, timeout: float, config: str = "mkdocs.yml", out: str = "site") -> Build:
    site = project / out
    shutil.rmtree(site, ignore_errors=True)
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    args = [mkdocs, "build", "-q", "-f", str(project / config), "-d", str(site)]
    seconds, peak, _ = _run_child(args, timeout)
    pages = sum(1 for p in site.rglob("*.html") if p.name != "404.html")
    index = search_bench.search_bytes(site)
    return Build(seconds, pages, _tree_bytes(site), index, peak)


def _cli(project: Path) -> Build:
    """`explainer generate` as a maintainer runs it the first time: CPU and peak RSS."""
    out, cache = project / "generated", project / "cache"
    for folder in (out, cache):
        shutil.rmtree(folder, ignore_errors=True)
    args = [sys.executable, "-m", "generator", "generate", "--sources", str(project / "seeds")]
    seconds, peak, _ = _run_child([*args, "--out", str(out), "--cache", str(cache)], 3600)
    return Build(seconds, sum(1 for _ in out.rglob("*.md")), peak_mb=peak)


def _predict(previous: Build | None, prev_size: int, size: int, power: int) -> float | None:
    if previous is None or previous.seconds is None or not prev_size:
        return None
    return previous.seconds * (size / prev_size) ** power


def measure(
    sizes: list[int], repeats: int, budget: float, browser: bool, work: Path, mkdocs: bool
) -> list[Row]:
    rows: list[Row] = []
    for size in sizes:
        project = work / str(size)
        shutil.rmtree(project, ignore_errors=True)
        seeds = project / "seeds"
        files = write_corpus(seeds, size)
        reps = repeats if size <= 1000 else max(1, repeats // 3)
        print(f"[{size}] corpus written ({files} files); generating ×{reps}", file=sys.stderr)
        _, _, out = _run_child(
            [sys.executable, __file__, "--child", str(seeds), "--repeats", str(reps)], 3600
        )
        row = Row(size, files, json.loads(out))
        print(f"[{size}] explainer generate (cold, empty cache folder)", file=sys.stderr)
        row.cli = _cli(project)
        if mkdocs:
            _builds(row, project, rows[-1] if rows else None, budget)
        if mkdocs and row.shaped.seconds is not None and size <= ENGINES_UP_TO:
            print(f"[{size}] ProperDocs and Zensical builds", file=sys.stderr)
            row.engines = engine_bench.engine_builds(project, _run_child, budget)
        if browser and row.shaped.seconds is not None:
            _search(row, project, budget)
        rows.append(row)
        print(_table(rows), file=sys.stderr)
    return rows


def _builds(row: Row, project: Path, previous: Row | None, budget: float) -> None:
    (project / "docs").mkdir(exist_ok=True)
    (project / "mkdocs.yml").write_text(PLUGIN_CONFIG, encoding="utf-8")
    guess = _predict(
        previous.shaped if previous else None, previous.size if previous else 0, row.size, 1
    )
    if guess is not None and guess > budget:
        row.shaped.note = f"not run: predicted {guess:.0f} s > budget {budget:.0f} s"
    else:
        print(f"[{row.size}] mkdocs build (our nav)", file=sys.stderr)
        try:
            row.shaped = _mkdocs(project, budget)
        except subprocess.TimeoutExpired:
            row.shaped.note = f"stopped after the {budget:.0f} s budget"
    default = project / "default"
    shutil.rmtree(default, ignore_errors=True)
    _write_pages(default / "docs", project / "seeds")
    (default / "mkdocs.yml").write_text(DEFAULT_CONFIG, encoding="utf-8")
    guess = _predict(
        previous.default if previous else None, previous.size if previous else 0, row.size, 2
    )
    if guess is not None and guess > budget:
        row.default.note = f"not run: predicted {guess:.0f} s > budget {budget:.0f} s"
        return
    print(f"[{row.size}] mkdocs build (Material's default nav)", file=sys.stderr)
    try:
        row.default = _mkdocs(default, budget)
    except subprocess.TimeoutExpired:
        row.default.note = f"stopped after the {budget:.0f} s budget"


def _write_pages(docs: Path, seeds: Path) -> None:
    from generator.build import generate

    for path, text in generate(seeds).pages:
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def _search(row: Row, project: Path, budget: float) -> None:
    """The site again with Material's search, then both searched in Chromium."""
    (project / "material.yml").write_text(MATERIAL_CONFIG, encoding="utf-8")
    print(f"[{row.size}] mkdocs build with search: material", file=sys.stderr)
    try:
        row.material = _mkdocs(project, budget * 2, "material.yml", "site-material")
    except (subprocess.TimeoutExpired, RuntimeError) as exc:
        row.compare = engine_bench.SearchCompare(note=f"material build: {str(exc)[:60]}")
        return
    print(f"[{row.size}] search in Chromium: Material and Pagefind", file=sys.stderr)
    try:
        row.compare = engine_bench.search_sites(project / "site", project / "site-material", 3)
    except Exception as exc:  # noqa: BLE001 - a crash is a result here
        row.compare = engine_bench.SearchCompare(note=f"Chromium: {str(exc).splitlines()[0][:60]}")


# ---- the report ---------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 0.1 else f"{seconds * 1000:.0f} ms"


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def _build_cells(build: Build) -> tuple[str, str, str, str]:
    if build.seconds is None:
        return (build.note or "not measured", "–", "–", "–")
    per_page = build.seconds / max(1, build.pages) * 1000
    return (
        f"{_s(build.seconds)} ({per_page:.1f} ms/page)",
        f"{build.pages / build.seconds:.0f}",
        _mb(build.site_bytes),
        _mb(build.index_bytes),
    )


def _table(rows: list[Row]) -> str:
    head = "| | " + " | ".join(f"{r.size:,} docs" for r in rows) + " |"
    lines = [head, "|---|" + "---|" * len(rows)]

    def line(label: str, cells: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    gen = [r.generation for r in rows]
    floors = [_median(g["floor"]) for g in gen]
    colds = [_median(g["cold"]) for g in gen]
    warms = [_median(g["warm"]) for g in gen]
    line("source files (articles + rules + profiles + story)", [f"{r.files:,}" for r in rows])
    line("generated pages", [f"{g['pages']:,}" for g in gen])
    line("floor: frontmatter parse + Jinja2 render", [_s(f) for f in floors])
    line(
        "cold generation (read, validate, extract, render)",
        [f"{_s(c)} ({c / f:.1f}× floor)" for c, f in zip(colds, floors, strict=True)],
    )
    line("cold per 1,000 docs", [_s(c / r.size * 1000) for c, r in zip(colds, rows, strict=True)])
    line(
        "cold generation, wall clock",
        [_s(_median(g.get("cold_wall", []))) for g in gen],
    )
    line(
        "warm regeneration after one edit (cached pipeline, as under serve)",
        [f"{_s(w)} ({w / c:.0%} of cold)" for w, c in zip(warms, colds, strict=True)],
    )
    line(
        "peak memory, `explainer generate` (RSS, fresh process)",
        [f"{r.cli.peak_mb:.0f} MB" for r in rows],
    )
    line(
        "peak memory, `generate()` holding every page (RSS)",
        [f"{g['peak_mb']:.0f} MB" for g in gen],
    )
    line(
        "extraction, wall: 1 process / 2 processes",
        [
            f"{_s(g['extraction']['one'])} / {_s(g['extraction']['two'])} "
            f"({g['extraction']['one'] / g['extraction']['two']:.2f}×)"
            for g in gen
        ],
    )
    shaped = [_build_cells(r.shaped) for r in rows]
    default = [_build_cells(r.default) for r in rows]
    line("`mkdocs build`, our nav shaping", [c[0] for c in shaped])
    line("`mkdocs build`, Material default nav", [c[0] for c in default])
    line(
        "mkdocs ratio default / ours",
        [
            f"{r.default.seconds / r.shaped.seconds:.1f}×"
            if r.default.seconds and r.shaped.seconds
            else "–"
            for r in rows
        ],
    )
    line(
        "pages per second (ours / default)",
        [f"{a[1]} / {b[1]}" for a, b in zip(shaped, default, strict=True)],
    )
    line(
        "site size (ours / default)",
        [f"{a[2]} / {b[2]}" for a, b in zip(shaped, default, strict=True)],
    )
    line("search index", [c[3] for c in shaped])
    line(
        "mkdocs build peak memory (ours)",
        [f"{r.shaped.peak_mb:.0f} MB" if r.shaped.seconds else "–" for r in rows],
    )
    if any(r.engines for r in rows):
        line(
            "engines, CPU a page: MkDocs / ProperDocs (plugin) / Zensical (generate + build)",
            [
                " / ".join(engine_bench.engine_cells(r.engines, r.shaped.seconds, r.shaped.pages))
                if r.engines
                else "–"
                for r in rows
            ],
        )
        line(
            "Zensical: where its time goes",
            [r.engines.get("zensical", engine_bench.EngineBuild()).note or "–" for r in rows],
        )
    if any(r.compare for r in rows):
        cells = [engine_bench.search_cells(r.compare) for r in rows]
        line(
            "search: first result after typing, Material / Pagefind (median)",
            [c["first"] for c in cells],
        )
        line("search: bytes downloaded for it, Material / Pagefind", [c["bytes"] for c in cells])
        line("search: index on disk, Material / Pagefind", [c["index"] for c in cells])
        line("search: same first page listed", [c["same"] for c in cells])
        line("search: each query (Material / Pagefind)", [c["each"] for c in cells])
        line(
            "`mkdocs build` with Material's search: time, peak memory",
            [
                f"{_s(r.material.seconds)}, {r.material.peak_mb:.0f} MB"
                if r.material.seconds
                else "–"
                for r in rows
            ],
        )
    return "\n".join(lines)


def _machine() -> str:
    cpu = "unknown CPU"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for text in info:
            if text.startswith("model name"):
                cpu = text.split(":", 1)[1].strip()
                break
    pages = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    from importlib.metadata import version

    import jinja2
    import mkdocs

    return (
        f"{os.cpu_count()} cores ({cpu}), {pages / 2**30:.0f} GiB RAM, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"MkDocs {mkdocs.__version__}, mkdocs-material {version('mkdocs-material')}, "
        f"Jinja2 {jinja2.__version__}, PyYAML {version('pyyaml')}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--budget",
        type=float,
        default=600.0,
        help="seconds one mkdocs build may take (predicted from the last size)",
    )
    parser.add_argument(
        "--no-browser", action="store_true", help="leave out search in Chromium (and its builds)"
    )
    parser.add_argument("--no-mkdocs", action="store_true", help="generation only")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(generation_child(args.child, args.repeats)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.workdir or Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    rows = measure(sizes, args.repeats, args.budget, not args.no_browser, work, not args.no_mkdocs)
    command = "python bench/run.py " + " ".join(a for a in (argv or sys.argv[1:]) if a)
    print(f"Machine: {_machine()}\n")
    print(_table(rows))
    print(f"\nRerun: `{command.strip()}` (or `make bench`); work folder: {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
