"""Edit → visible in the browser under a real `mkdocs serve` (issue 7's moonshot).

    python bench/serve_edit.py [--size 1000] [--edits 5] [--no-reuse] [--workdir DIR]

Writes the benchmark story (bench/corpus.py) with Material and our plugin, starts
`mkdocs serve` on a free loopback port, opens the edited article's page in Chromium and,
for each edit (5 s apart), appends a sentence with a fresh marker to the article's source
and times, on the wall clock, how long until the page open in the browser shows it
(MkDocs' live reload reloads the page when the rebuild is done). After the edits it checks that the
rebuilt site is still whole: the search index holds the last marker and every page's
entries, and the page's navigation matches the first build's. Prints a Markdown table
(median and each edit) with the server's own "built in" times, and the command to rerun.
`--no-reuse` sets the plugin's `serve_reuse: false` (a full rebuild every time) to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from bench.corpus import write as write_corpus  # noqa: E402
from bench.run import PLUGIN_CONFIG  # noqa: E402
from bench.server import Server  # noqa: E402

# Seconds between edits: after each reload the page's search worker rebuilds its index
# (about 2 s of CPU at 1,000 documents), which would otherwise compete with the next rebuild
# on a 2-core machine, as it would not for an editor who reads the page before editing again.
PAUSE = 5.0


def _nav(page: Any) -> list[str]:
    return list(page.eval_on_selector_all("nav.md-nav--primary a", "as => as.map(a => a.href)"))


def measure(size: int, edits: int, reuse: bool, work: Path) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    project = work / f"story-{size}"
    if not (project / "seeds").is_dir():
        write_corpus(project / "seeds", size)
    (project / "docs").mkdir(parents=True, exist_ok=True)
    config = PLUGIN_CONFIG.replace("sources: seeds", f"sources: seeds\n      serve_reuse: {reuse}")
    (project / "mkdocs.yml").write_text(config.replace("True", "true").replace("False", "false"))
    source = sorted((project / "seeds" / "articles").glob("*.md"))[size // 3]
    original = source.read_text(encoding="utf-8")
    address = f"explainers/{source.stem}/"
    server = Server(project)
    seconds: list[float] = []
    cpu: list[float] = []
    try:
        server.wait_for("Serving on", 1, timeout=900)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.port}/{address}")
            nav_before = _nav(page)
            entries_before = len(json.loads(server.get("search/search_index.json")[1])["docs"])
            for n in range(1, edits + 1):
                marker = f"Probe sentence number {n} zx{n}q."
                used = server.cpu()
                start = time.perf_counter()
                source.write_text(f"{original}\n{marker}\n", encoding="utf-8")
                page.wait_for_function(
                    "m => document.body.innerText.includes(m)", arg=marker, timeout=600_000
                )
                seconds.append(time.perf_counter() - start)
                server.wait_for("Documentation built in", n + 1, timeout=600)
                cpu.append(server.cpu() - used)
                time.sleep(PAUSE)  # the editor reads the page; its search index loads
            nav_after = _nav(page)
            index = json.loads(server.get("search/search_index.json")[1])["docs"]
            browser.close()
    finally:
        source.write_text(original, encoding="utf-8")
        server.stop()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "reused": [line for line in server.log if "reused" in line][-1:],
        "built": server.built_times(),
        "nav same": nav_before == nav_after and len(nav_after) > 0,
        "search whole": len(index) == entries_before
        and any(f"zx{edits}q" in doc["text"] for doc in index),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--no-reuse", action="store_true")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="explainer-serve-edit-"))
    result = measure(args.size, args.edits, not args.no_reuse, work)
    seconds, built = result["seconds"], result["built"]
    mode = "full rebuild each time" if args.no_reuse else "reusing unchanged pages"
    print(f"## One edit under `mkdocs serve`, {args.size:,} documents, {mode} (wall clock)\n")
    print("| | median | each edit |")
    print("|---|---|---|")
    print(
        f"| edit saved → visible in Chromium | {statistics.median(seconds):.2f} s | "
        + ", ".join(f"{s:.2f}" for s in seconds)
        + " |"
    )
    rebuilds = built[1:]
    print(
        f'| server\'s "built in" for the rebuild | {statistics.median(rebuilds):.2f} s | '
        + ", ".join(f"{s:.2f}" for s in rebuilds)
        + " |"
    )
    cpu = result["cpu"]
    print(
        f"| server's CPU time for the rebuild | {statistics.median(cpu):.2f} s | "
        + ", ".join(f"{s:.2f}" for s in cpu)
        + " |"
    )
    print(f"| first build | {built[0]:.2f} s | |")
    for line in result["reused"]:
        print(f"\nServer log after the last rebuild: `{line.strip()}`")
    print(f"\nNavigation unchanged after the edits: {'yes' if result['nav same'] else 'NO'}.")
    print(
        "Search index whole and holding the last edit: "
        + ("yes" if result["search whole"] else "NO")
        + "."
    )
    load = os.getloadavg()
    print(f"Load average at the end: {load[0]:.1f} (2 cores, machine shared).")
    command = "python bench/serve_edit.py " + " ".join(argv if argv is not None else sys.argv[1:])
    print(f"\nRerun: `{command.strip()}`")
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if result["nav same"] and result["search whole"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
