"""Extraction speed against a baseline checkout, in one run (issue 12's speed targets).

    python bench/extraction.py --baseline DIR [--repeats 9] [--docs 1000] [--gen-repeats 3]
                               [--bytecode]

Two measurements, each taken for this checkout's code and the baseline's (another checkout of
the project, imported through PYTHONPATH in a fresh process; nothing is copied or stashed):

- extraction in ms per 1,000 words: `generator.extract.extract` on every article of the
  shared real-news corpus (read in place, bodies only, each with its own date and an empty
  gazetteer), median over repeats after one warm-up pass; and, where the checkout has the
  story-level pass (`generator.extract.story.extract_story`), the same articles read as one
  story (every document, then the second pass);
- cold `explainer generate` on the synthetic benchmark story (bench/corpus.py, the sample
  story inside it) of `--docs` documents: a fresh process, empty output and cache folders,
  the two checkouts alternating, median wall and CPU seconds.

Prints a Markdown table with the ratios (this checkout / baseline) and the command to rerun.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the shared/ folder beside the project's clone (or beside a folder above it: a worktree)
REAL_NEWS = next(
    (
        base / "shared" / "corpus" / "real-news"
        for base in ROOT.parents
        if (base / "shared" / "corpus" / "real-news").is_dir()
    ),
    ROOT.parent / "shared" / "corpus" / "real-news",
)


def _real_news(folder: Path) -> list[tuple[list[str], str | None]]:
    """(paragraphs, ISO date) of each article: five header lines, a blank line, the body."""
    texts = []
    for path in sorted(folder.rglob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        date = next(
            (ln.split(":", 1)[1].strip() for ln in head.splitlines() if ln.startswith("date:")),
            None,
        )
        paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
        texts.append((paragraphs, date))
    return texts


def _child_extract(code: Path, texts_file: Path, repeats: int) -> None:
    """Runs in a fresh process with `code` first on sys.path: prints JSON timings."""
    sys.path.insert(0, str(code))
    import generator
    from generator.dates import PartialDate
    from generator.extract import extract
    from generator.extract.types import Gazetteer

    assert Path(generator.__file__).resolve().is_relative_to(code.resolve()), generator.__file__
    raw = json.loads(texts_file.read_text(encoding="utf-8"))
    docs = [
        (paras, PartialDate(*map(int, date.split("-"))) if date else None) for paras, date in raw
    ]
    words = sum(len(p.split()) for paras, _ in docs for p in paras)

    def per_document() -> None:
        for paras, date in docs:
            extract(paras, date, Gazetteer())

    story_pass = None
    try:
        from generator.extract.story import extract_story

        def story_pass() -> None:
            extract_story(docs, Gazetteer())
    except ImportError:
        pass
    out: dict[str, object] = {"words": words}
    for name, run in (("per_document", per_document), ("story", story_pass)):
        if run is None:
            continue
        run()  # warm-up: imports, compiled patterns
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        out[name] = times
    print(json.dumps(out))


def _extraction(code: Path, texts_file: Path, repeats: int) -> dict[str, object]:
    args = [sys.executable, __file__, "--child", str(code), str(texts_file), str(repeats)]
    done = subprocess.run(args, capture_output=True, text=True, check=True, env=_env())
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _env(code: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "EXPLAINER_WORKERS"}
    if code is not None:
        env["PYTHONPATH"] = str(code)
    return env


def _generate(code: Path, seeds: Path, work: Path) -> tuple[float, float]:
    """Cold `explainer generate` with `code`'s generator: (wall, CPU) seconds."""
    out, cache = work / "out", work / "cache"
    for folder in (out, cache):
        shutil.rmtree(folder, ignore_errors=True)
    args = [sys.executable, "-m", "generator", "generate", "--sources", str(seeds)]
    args += ["--out", str(out), "--cache", str(cache)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, cwd=work, env=_env(code), check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _ms_per_1000(result: dict[str, object], key: str) -> float | None:
    times = result.get(key)
    if not isinstance(times, list):
        return None
    words = result["words"]
    assert isinstance(words, int)
    return statistics.median(times) * 1000 / words * 1000


def _cell(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{value:.1f} {unit}" if unit == "ms" else f"{value:.2f} s"


def _ratio(ours: float | None, base: float | None) -> str:
    return "—" if ours is None or base is None else f"{ours / base:.2f}×"


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child_extract(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(prog="python bench/extraction.py")
    parser.add_argument(
        "--baseline", type=Path, required=True, help="another checkout (e.g. a git worktree)"
    )
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--gen-repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=REAL_NEWS)
    parser.add_argument(
        "--bytecode",
        action="store_true",
        help="compile both checkouts' generator/ to bytecode first, as an installed package is "
        "(otherwise, with PYTHONDONTWRITEBYTECODE set, each cold run compiles it from source)",
    )
    args = parser.parse_args(argv)
    if not (args.baseline / "generator").is_dir():
        print(f"{args.baseline}: no generator/ package there (give --baseline)", file=sys.stderr)
        return 2
    codes = {"this checkout": ROOT, "baseline": args.baseline.resolve()}
    if args.bytecode:
        for code in codes.values():
            compile_all = [sys.executable, "-m", "compileall", "-q", str(code / "generator")]
            subprocess.run(compile_all, check=True, env=_env())
    texts = _real_news(args.corpus)
    if not texts:
        print(f"{args.corpus}: no .txt articles", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from bench.corpus import write_with_sample

    with tempfile.TemporaryDirectory(prefix="bench-extraction-") as tmp:
        work = Path(tmp)
        texts_file = work / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        print(f"extraction: {len(texts)} real-news articles ×{args.repeats}", file=sys.stderr)
        ext = {name: _extraction(code, texts_file, args.repeats) for name, code in codes.items()}
        seeds = work / "seeds"
        files = write_with_sample(seeds, args.docs)
        gen: dict[str, list[tuple[float, float]]] = {name: [] for name in codes}
        for i in range(args.gen_repeats):
            for name, code in codes.items():  # alternating, so load on the machine is shared
                print(f"generate {files} documents: {name} ({i + 1})", file=sys.stderr)
                gen[name].append(_generate(code, seeds, work))

    words = ext["this checkout"]["words"]
    ours, base = ext["this checkout"], ext["baseline"]
    rows = [
        (
            f"extraction, each article alone (ms per 1,000 words; {words} words)",
            _ms_per_1000(ours, "per_document"),
            _ms_per_1000(base, "per_document"),
            "ms",
        ),
        (
            "extraction, the articles as one story, second pass included (ms per 1,000 words)",
            _ms_per_1000(ours, "story"),
            _ms_per_1000(base, "story") or _ms_per_1000(base, "per_document"),
            "ms",
        ),
    ]
    for label, index in (("wall", 0), ("CPU", 1)):
        rows.append(
            (
                f"cold `explainer generate`, {files} documents ({label})",
                statistics.median(t[index] for t in gen["this checkout"]),
                statistics.median(t[index] for t in gen["baseline"]),
                "s",
            )
        )
    print(f"| median | this checkout ({ROOT}) | baseline ({codes['baseline']}) | ratio |")
    print("|---|---|---|---|")
    for label, mine, theirs, unit in rows:
        print(f"| {label} | {_cell(mine, unit)} | {_cell(theirs, unit)} | {_ratio(mine, theirs)} |")
    if _ms_per_1000(base, "story") is None:
        print("\nThe baseline has no story pass: its row compares with its articles read alone.")
    print(
        f"\nrepeats: extraction {args.repeats} (after a warm-up), generate {args.gen_repeats}; "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; generator/ "
        f"{'compiled to bytecode first' if args.bytecode else 'as found (bytecode if cached)'}\n"
        f"rerun: python bench/extraction.py --baseline {args.baseline} --repeats {args.repeats} "
        f"--docs {args.docs} --gen-repeats {args.gen_repeats}{' --bytecode' * args.bytecode}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
