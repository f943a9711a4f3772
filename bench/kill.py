"""SIGKILL during `explainer generate`: the output folder changes as one unit (issue 11).

    python bench/kill.py [--documents 300] [--kills 20] [--seed 1] [--workdir DIR]

Writes the benchmark story (bench/corpus.py) twice, as version A and as version B (every
document's title and text revised, so every page differs between them), generates both into
reference folders, then generates A into the output folder. Then, `--kills` times, it starts
`explainer generate` of the other version into the same output folder in a fresh process and
kills it with SIGKILL: every other kill at a random moment of the run (mostly rendering and
staging), the others within 20 ms of the output folder's first change (the burst).
After each kill it checks the output folder: no temporary file, and every file a complete
page of A or of B (no torn page). A last run without a kill must leave exactly the pages of
its version and no staging folder. Prints a Markdown table, the totals and the command that
reruns it; exits 1 if any check failed. Each run generates the version the output folder
does not hold (mostly), so every run has every page to change.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import corpus  # noqa: E402
from generator.write.folder import MANIFEST, STAGING  # noqa: E402


@dataclass
class Kill:
    """What one SIGKILL left in the output folder."""

    number: int
    version: str  # the version the killed run was generating
    trigger: str
    after: float  # seconds from start to the kill
    pages_a: int  # pages as in A (and not as in B)
    pages_b: int
    same: int  # pages A and B share
    temporaries: int
    torn: int
    staged_left: int  # files left in the staging folder (cleaned by the next run)


def _revised(files: dict[str, str]) -> dict[str, str]:
    """Version B: every title and every body revised, ids unchanged."""
    out = {}
    for rel, text in files.items():
        head, sep, body = text.partition("\n---\n")
        head = re.sub(r"\ntitle: (\"?)", r"\ntitle: \1Revised ", head, count=1)
        out[rel] = f"{head}{sep}{body.rstrip()}\n\nA revised closing paragraph.\n"
    return out


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _command(sources: Path, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--sources",
        str(sources),
        "--out",
        str(out),
        "--cache",
        "",
    ]


def _environ() -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": "1729641600", "TZ": "UTC", "LC_ALL": "C.UTF-8"}


def _generate(sources: Path, out: Path) -> float:
    start = time.monotonic()
    subprocess.run(_command(sources, out), env=_environ(), check=True, capture_output=True)
    return time.monotonic() - start


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _signature(out: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(out / MANIFEST)
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns)


def _kill_once(sources: Path, out: Path, delay: float, in_burst: bool) -> float:
    """Run a generate and SIGKILL it `delay` seconds after it starts or, `in_burst`, after
    the output folder's manifest first changes. Returns the seconds from start to the kill."""
    before = _signature(out)
    start = time.monotonic()
    process = subprocess.Popen(
        _command(sources, out), env=_environ(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    changed: float | None = None
    while process.poll() is None:
        now = time.monotonic()
        if in_burst and changed is None and _signature(out) != before:
            changed = now
        since = changed if in_burst else start
        if since is not None and now - since >= delay:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.0002 if in_burst else 0.005)
    process.wait()
    return time.monotonic() - start


def _inspect(out: Path, a: dict[str, bytes], b: dict[str, bytes]) -> dict[str, int]:
    """Count the output folder's files: as in A, as in B, the same in both, temporaries,
    torn (neither), and what is left in the staging folder beside it."""
    found = _files(out)
    counts = dict.fromkeys(("a", "b", "same", "temporaries", "torn"), 0)
    for path, data in found.items():
        if path.endswith(".tmp") or STAGING in path:
            counts["temporaries"] += 1
        elif path == MANIFEST:
            json.loads(data)  # complete and readable
        elif data == a.get(path) == b.get(path):
            counts["same"] += 1
        elif data == a.get(path):
            counts["a"] += 1
        elif data == b.get(path):
            counts["b"] += 1
        else:
            counts["torn"] += 1
    staging = out.parent / f".{out.name}{STAGING}"
    counts["staged"] = len(list(staging.rglob("*"))) if staging.is_dir() else 0
    return counts


def run(documents: int, kills: int, seed: int, workdir: Path) -> tuple[list[Kill], int, list[str]]:
    """The whole experiment; returns each kill, how many landed inside the burst (some
    pages replaced, not all) and the failed checks (empty when all hold)."""
    rng = random.Random(seed)
    files = corpus(documents)
    sources = {"A": workdir / "sources-a", "B": workdir / "sources-b"}
    _write(sources["A"], files)
    _write(sources["B"], _revised(files))
    full = _generate(sources["A"], workdir / "ref-a")
    _generate(sources["B"], workdir / "ref-b")
    refs = {v: _files(workdir / f"ref-{v.lower()}") for v in "AB"}
    for ref in refs.values():
        ref.pop(MANIFEST)
    out = workdir / "out"
    _generate(sources["A"], out)
    failures: list[str] = []
    results = []
    state = _inspect(out, refs["A"], refs["B"])
    inside = 0
    for number in range(1, kills + 1):
        version = "A" if state["b"] > state["a"] else "B"  # the one the folder does not hold
        in_burst = number % 2 == 0
        delay = rng.uniform(0, 0.02) if in_burst else rng.uniform(0.05, 0.95) * full
        after = _kill_once(sources[version], out, delay, in_burst)
        before, state = state, _inspect(out, refs["A"], refs["B"])
        want, other = version.lower(), "b" if version == "A" else "a"
        inside += state[want] > before[want] and state[other] > 0  # killed mid-burst
        kill = Kill(
            number,
            version,
            f"burst + {delay * 1000:.0f} ms" if in_burst else "random",
            after,
            state["a"],
            state["b"],
            state["same"],
            state["temporaries"],
            state["torn"],
            state["staged"],
        )
        results.append(kill)
        if kill.temporaries or kill.torn:
            failures.append(f"kill {number}: {kill.temporaries} temporaries, {kill.torn} torn")
    last = "A" if state["b"] > state["a"] else "B"
    _generate(sources[last], out)
    final = _files(out)
    final.pop(MANIFEST, None)
    if final != refs[last]:
        failures.append(f"after a complete run the output is not version {last}'s pages")
    if (out.parent / f".{out.name}{STAGING}").exists() or (out / STAGING).exists():
        failures.append("a staging folder is left after a complete run")
    return results, inside, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, help="keep the folders here (default: temporary)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        if args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
            workdir.mkdir(parents=True)
        results, inside, failures = run(args.documents, args.kills, args.seed, workdir)
    print(f"SIGKILL during `explainer generate` of {args.documents} documents\n")
    print(
        "| kill | run | killed | after (s) | pages as A | as B | same in both "
        "| temporary files | torn pages | left in staging |"
    )
    print("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for k in results:
        print(
            f"| {k.number} | → {k.version} | {k.trigger} | {k.after:.2f} | {k.pages_a} | "
            f"{k.pages_b} | {k.same} | {k.temporaries} | {k.torn} | {k.staged_left} |"
        )
    print(
        f"\n{len(results)} kills: {sum(k.temporaries for k in results)} temporary files and "
        f"{sum(k.torn for k in results)} torn pages in the output folder; {inside} kills "
        "landed inside the burst of renames (some pages replaced, not all, each complete)."
    )
    for failure in failures:
        print(f"FAILED: {failure}")
    print(
        f"\nRerun: python bench/kill.py --documents {args.documents} --kills {args.kills} "
        f"--seed {args.seed}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
