"""The engines and the search, for bench/run.py (issue 15).

- `engine_builds`: the same story built by MkDocs with the plugin (bench/run.py's own
  build), ProperDocs with the plugin, and Zensical from `explainer generate --project`
  (CPU seconds of generate + build, from each child's rusage; Zensical's build is a Rust
  program with its own threads, so its wall clock is given too);
- `search_sites`: the story built with `search: material` beside the Pagefind site that
  bench/run.py built, and each searched in Chromium (bench/search.py): time to the first
  result after typing and bytes downloaded, for "McSweeney", "30121" and "chief of
  staff" (the corpus holds the sample story's documents, bench/corpus.write_with_sample),
  and whether both list the same pages first.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench import search

BIN = Path(sys.executable).parent


@dataclass
class EngineBuild:
    cpu: float | None = None
    wall: float = 0.0
    pages: int = 0
    note: str = ""


@dataclass
class SearchCompare:
    material: list[search.Search] = field(default_factory=list)
    pagefind: list[search.Search] = field(default_factory=list)
    material_index: int = 0
    pagefind_index: int = 0
    note: str = ""


Child = Callable[[list[str], float], tuple[float, float, str]]


def _pages(site: Path) -> int:
    return sum(1 for p in site.rglob("*.html") if p.name != "404.html")


def engine_builds(project: Path, run: Child, timeout: float) -> dict[str, EngineBuild]:
    """ProperDocs and Zensical on `project` (mkdocs.yml with the plugin, docs/, seeds/)."""
    out: dict[str, EngineBuild] = {}
    config = str(project / "mkdocs.yml")
    site = project / "site-properdocs"
    shutil.rmtree(site, ignore_errors=True)
    start = time.perf_counter()
    try:
        cpu, _, _ = run(
            [str(BIN / "properdocs"), "build", "-q", "-f", config, "-d", str(site)], timeout
        )
        out["properdocs"] = EngineBuild(cpu, time.perf_counter() - start, _pages(site))
    except Exception as exc:  # noqa: BLE001 - a failure is a result here
        out["properdocs"] = EngineBuild(note=str(exc).splitlines()[0][:80])
    zproject = project / "zensical"
    shutil.rmtree(zproject, ignore_errors=True)
    generate = [str(BIN / "explainer"), "generate", "--sources", str(project / "seeds")]
    generate += ["--out", str(zproject), "--project", config, "--cache", ""]
    start = time.perf_counter()
    try:
        cpu_generate, _, _ = run(generate, timeout)
        built = time.perf_counter()
        cpu_build, _, _ = run(
            [str(BIN / "zensical"), "build", "-f", str(zproject / "mkdocs.yml")], timeout
        )
        out["zensical"] = EngineBuild(
            cpu_generate + cpu_build,
            time.perf_counter() - start,
            _pages(zproject / "site"),
            f"generate {cpu_generate:.1f} s + build {cpu_build:.1f} s CPU "
            f"({time.perf_counter() - built:.1f} s wall)",
        )
    except Exception as exc:  # noqa: BLE001
        out["zensical"] = EngineBuild(note=str(exc).splitlines()[0][:80])
    return out


def search_sites(pagefind_site: Path, material_site: Path, repeats: int) -> SearchCompare:
    compare = SearchCompare(
        material_index=search.search_bytes(material_site),
        pagefind_index=search.search_bytes(pagefind_site),
    )
    with search.chromium() as browser:
        compare.pagefind = search.measure(browser, pagefind_site, search.QUERIES, repeats)
        compare.material = search.measure(browser, material_site, search.QUERIES, repeats)
    return compare


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values):,.0f} ms" if values else "–"


def _kb(n: float) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def search_cells(compare: SearchCompare | None) -> dict[str, str]:
    """The table's search rows for one size."""
    if compare is None or not compare.pagefind:
        note = compare.note if compare else "not measured"
        return dict.fromkeys(("first", "bytes", "index", "same", "each"), note or "–")
    material = {s.query: s for s in compare.material}
    same = [
        q.query
        for q in compare.pagefind
        if q.pages[:1] and material.get(q.query) and material[q.query].pages[:1] == q.pages[:1]
    ]
    return {
        "first": f"{_ms([s.first_ms for s in compare.material])} / "
        f"{_ms([s.first_ms for s in compare.pagefind])}",
        "bytes": f"{_kb(statistics.median(s.bytes for s in compare.material))} / "
        f"{_kb(statistics.median(s.bytes for s in compare.pagefind))}",
        "index": f"{_kb(compare.material_index)} / {_kb(compare.pagefind_index)}",
        "same": f"{len(same)} of {len(compare.pagefind)}"
        + (f" ({', '.join(same)})" if same else ""),
        "each": "; ".join(
            f"{q.query}: {material[q.query].first_ms:,.0f} / {q.first_ms:,.0f} ms, "
            f"{len(material[q.query].pages)} / {len(q.pages)} pages, "
            f"{material[q.query].marks} / {q.marks} marks"
            for q in compare.pagefind
            if q.query in material
        ),
    }


def engine_cells(builds: dict[str, EngineBuild], mkdocs_cpu: float | None, pages: int) -> list[str]:
    """`ms a page` for MkDocs, ProperDocs and Zensical, side by side."""
    cells = []
    for name, cpu, count in (
        ("MkDocs", mkdocs_cpu, pages),
        (
            "ProperDocs",
            builds.get("properdocs", EngineBuild()).cpu,
            builds.get("properdocs", EngineBuild()).pages,
        ),
        (
            "Zensical",
            builds.get("zensical", EngineBuild()).cpu,
            builds.get("zensical", EngineBuild()).pages,
        ),
    ):
        if cpu is None or not count:
            cells.append(f"{name} –")
        else:
            cells.append(f"{name} {cpu / count * 1000:.1f} ms ({cpu:.1f} s, {count:,} pages)")
    return cells
