"""Benchmark: the generator's time for a rebuild after one edit, against its cold time.

    python bench/incremental.py [--documents 1000] [--repeat 5]

Builds a synthetic corpus (bench/edit_corpus.py) in a temporary folder, then measures, in this
one run, the median of `--repeat` runs of:

- cold: `generate(root)`, the pipeline with no cache at all (the baseline). One cold run
  follows every incremental run, on the same sources, so both see the same machine load
  (the cold run also checks the incremental output byte for byte);
- a new process with a warm cache folder (`Pipeline(cache_dir)` made afresh each time);
- a rebuild with nothing changed;
- a rebuild after one edit to an article's body text (a different article each time);
- a rebuild after one edit to an article's title (its links change on many pages);
- a rebuild after adding one article.

Every incremental result is checked byte for byte against a cold run of the same sources.
Prints a Markdown table (median milliseconds; the median of the cold runs made alongside
that case, and the ratio to it; documents read) and the command that reproduces it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.edit_corpus import article, sizes, write_corpus  # noqa: E402
from generator.build import Pipeline, Result, generate  # noqa: E402


def timed(run: Callable[[], Result]) -> tuple[float, Result]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def same(a: Result, b: Result) -> None:
    if a.pages != b.pages or a.feeds != b.feeds or a.diagnostics != b.diagnostics:
        raise SystemExit("incremental output differs from a cold run: the cache is wrong")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    n, repeat = args.documents, args.repeat
    rules, people, _ = sizes(n)
    rows: list[tuple[str, float, float, str]] = []  # case, median, its cold median, reads
    with tempfile.TemporaryDirectory(prefix="explainer-bench-") as tmp:
        root = Path(tmp) / "seeds"
        cache_dir = Path(tmp) / ".explainer-cache"
        paths = write_corpus(root, n)

        colds: list[float] = []

        def cold_check(result: Result) -> None:
            seconds, cold = timed(lambda: generate(root))
            colds.append(seconds)
            same(result, cold)

        Pipeline(cache_dir).generate(root)  # fill the cache folder
        restarts: list[float] = []
        start = len(colds)
        for _ in range(repeat):
            fresh = Pipeline(cache_dir)
            seconds, result = timed(lambda: fresh.generate(root))  # noqa: B023
            restarts.append(seconds)
            cold_check(result)
        rows.append(
            (
                "new process, cache folder warm",
                statistics.median(restarts),
                statistics.median(colds[start:]),
                "0",
            )
        )

        pipeline = Pipeline(cache_dir)
        pipeline.generate(root)

        def rebuilds(edit: Callable[[int], None]) -> tuple[float, float, str]:
            times, reads, start = [], set(), len(colds)
            for i in range(repeat):
                edit(i)
                seconds, result = timed(lambda: pipeline.generate(root))
                times.append(seconds)
                reads.add(str(len(pipeline.documents.stats.computed)))
                cold_check(result)
            cold = statistics.median(colds[start:])
            return statistics.median(times), cold, "/".join(sorted(reads))

        def nothing(_: int) -> None:
            pass

        def body(i: int) -> None:
            path = paths[(i * 97) % len(paths)]
            path.write_text(path.read_text() + f"\nA new paragraph, edit {i}.\n")

        def title(i: int) -> None:
            path = paths[(i * 89 + 7) % len(paths)]
            path.write_text(path.read_text().replace("about the campaign", f"edit {i}", 1))

        def add(i: int) -> None:
            index = len(paths) + 1000 + i
            (root / "articles" / f"new-{i}.md").write_text(article(index, people, rules))

        for label, edit in (
            ("rebuild, nothing changed", nothing),
            ("rebuild after one body edit", body),
            ("rebuild after one title edit", title),
            ("rebuild after adding a document", add),
        ):
            rows.append((label, *rebuilds(edit)))
        cold = statistics.median(colds)
        rows.insert(0, (f"cold: no cache (baseline, {len(colds)} runs)", cold, cold, str(n)))

    python = sys.version.split()[0]
    print(f"Generator time, {n} documents, median of {repeat} runs (Python {python})")
    print()
    print("| case | median (ms) | cold runs alongside (ms) | vs cold | documents read |")
    print("|---|---:|---:|---:|---:|")
    for label, seconds, base, reads in rows:
        ms, base_ms = f"{seconds * 1000:.0f}", f"{base * 1000:.0f}"
        print(f"| {label} | {ms} | {base_ms} | {seconds / base:.1%} | {reads} |")
    print()
    print(f"Command: python bench/incremental.py --documents {n} --repeat {repeat}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
