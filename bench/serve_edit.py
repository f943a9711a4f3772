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
import contextlib
import json
import os
import queue
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from bench.corpus import write as write_corpus  # noqa: E402
from bench.run import PLUGIN_CONFIG  # noqa: E402

# Seconds between edits: after each reload the page's search worker rebuilds its index
# (about 2 s of CPU at 1,000 documents), which would otherwise compete with the next rebuild
# on a 2-core machine, as it would not for an editor who reads the page before editing again.
PAUSE = 5.0
BUILT = re.compile(r"Documentation built in ([0-9.]+) seconds")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """`mkdocs serve` in a subprocess, its log read by a thread."""

    def __init__(self, project: Path) -> None:
        self.port = _free_port()
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=project,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, count: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while sum(text in line for line in self.log) < count:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise SystemExit(f"no {count}× {text!r} from mkdocs serve:\n" + "\n".join(self.log))
            with contextlib.suppress(queue.Empty):
                self.log.append(self.lines.get(timeout=0.2))

    def built_times(self) -> list[float]:
        return [float(m.group(1)) for line in self.log if (m := BUILT.search(line))]

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=60) as r:
            return bytes(r.read())

    def cpu(self) -> float:
        """CPU seconds the server process has used so far (Linux /proc)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


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
            entries_before = len(json.loads(server.get("search/search_index.json"))["docs"])
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
            index = json.loads(server.get("search/search_index.json"))["docs"]
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
