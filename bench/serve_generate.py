"""`explainer generate --out docs/` beside `mkdocs serve`: rebuilds per regeneration (issue 11).

    python bench/serve_generate.py [--documents 300] [--edits 10] [--baseline REF]

Writes the benchmark story (bench/corpus.py) as the sources of a MkDocs project whose
docs/ folder is `explainer generate`'s output (no plugin: the route other engines take),
generates it, starts `mkdocs serve` (MkDocs' own watcher, which polls docs/ every 0.5 s), and
then, `--edits` times, appends a sentence to one article and runs `explainer generate --out
docs/` once, waiting for the server to settle. For each regeneration it counts the rebuilds
the server started, how many of them started before the regeneration had finished writing
(those may read a half-written folder), and tracebacks or build errors in the server log.
With `--baseline REF`, the same is measured with the generator of git revision REF (its
`generator/` extracted with `git archive` into a temporary folder), in the same run, for
comparison. Prints a Markdown table and the command that reruns it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import socket
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import write as write_corpus  # noqa: E402

CONFIG = """site_name: Regeneration beside mkdocs serve
docs_dir: docs
theme:
  name: material
  font: false
"""
QUIET = 3.0  # seconds without a server log line that count as settled


@dataclass
class Edit:
    """What one regeneration made the server do."""

    generate_seconds: float
    rebuilds: int  # "Building documentation" lines (the first build excluded)
    early: int  # rebuilds started before the regeneration had finished
    errors: int  # tracebacks and build errors
    lines: list[str] = field(default_factory=list)


class Server:
    """`mkdocs serve` in a subprocess; its log lines with the monotonic time they arrived."""

    def __init__(self, project: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.log: list[tuple[float, str]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put((time.monotonic(), line.rstrip("\n")))

    def settle(self, quiet: float = QUIET, timeout: float = 600) -> None:
        """Collect log lines until none has come for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        last = time.monotonic()
        while time.monotonic() - last < quiet and time.monotonic() < deadline:
            with contextlib.suppress(queue.Empty):
                self.log.append(self.lines.get(timeout=0.1))
                last = time.monotonic()

    def wait_for(self, text: str, timeout: float = 900) -> None:
        deadline = time.monotonic() + timeout
        while not any(text in line for _, line in self.log):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise SystemExit(f"no {text!r} from mkdocs serve:\n" + self.text())
            with contextlib.suppress(queue.Empty):
                self.log.append(self.lines.get(timeout=0.2))

    def text(self) -> str:
        return "\n".join(line for _, line in self.log)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _generator(code: Path | None, sources: Path, docs: Path) -> float:
    """One `explainer generate --out docs/` with the generator at `code` (ours when None)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1729641600", "TZ": "UTC", "LC_ALL": "C.UTF-8"}
    if code is not None:
        env["PYTHONPATH"] = str(code)
    command = [sys.executable, "-m", "generator", "generate", "--sources", str(sources)]
    command += ["--out", str(docs), "--cache", str(docs.parent / ".explainer-cache")]
    start = time.monotonic()
    subprocess.run(command, env=env, cwd=code or ROOT, check=True, capture_output=True)
    return time.monotonic() - start


def measure(documents: int, edits: int, code: Path | None, work: Path) -> list[Edit]:
    project = work / "project"
    sources = work / "sources"
    write_corpus(sources, documents)
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(CONFIG)
    docs = project / "docs"
    _generator(code, sources, docs)
    article = sorted((sources / "articles").glob("*.md"))[documents // 3]
    server = Server(project)
    results = []
    try:
        server.wait_for("Serving on")
        server.settle()
        for n in range(1, edits + 1):
            with article.open("a", encoding="utf-8") as handle:
                handle.write(f"\nA sentence added by edit {n}.\n")
            seen = len(server.log)
            start = time.monotonic()
            seconds = _generator(code, sources, docs)
            done = start + seconds
            server.settle()
            new = server.log[seen:]
            builds = [t for t, line in new if "Building documentation" in line]
            errors = sum(
                "Traceback" in line or "An error happened during the rebuild" in line
                for _, line in new
            )
            early = sum(t < done for t in builds)
            results.append(Edit(seconds, len(builds), early, errors, [x for _, x in new]))
    finally:
        server.stop()
    return results


def _baseline(ref: str, work: Path) -> Path:
    """The `generator` package of git revision `ref`, extracted under `work`."""
    target = work / f"generator-{ref}"
    target.mkdir()
    archive = subprocess.run(
        ["git", "archive", ref, "generator", "templates", "pyproject.toml"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tempfile.TemporaryFile() as handle:
        handle.write(archive)
        handle.seek(0)
        with tarfile.open(fileobj=handle) as tar:
            tar.extractall(target, filter="data")
    return target


def _row(name: str, edits: list[Edit]) -> str:
    rebuilds = [e.rebuilds for e in edits]
    return (
        f"| {name} | {len(edits)} | {sum(rebuilds)} | {sum(r == 1 for r in rebuilds)} | "
        f"{sum(r > 1 for r in rebuilds)} | {sum(e.early for e in edits)} | "
        f"{sum(e.errors for e in edits)} | " + ", ".join(map(str, rebuilds)) + " |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--baseline", help="also measure the generator of this git revision")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.baseline:
            code = _baseline(args.baseline, work)
            rows.append(
                _row(
                    f"baseline {args.baseline}",
                    measure(args.documents, args.edits, code, work / "baseline"),
                )
            )
        rows.append(_row("this version", measure(args.documents, args.edits, None, work / "now")))
    print(
        f"## `explainer generate --out docs/` beside `mkdocs serve`, {args.documents} "
        "documents, one article edited per regeneration\n"
    )
    print(
        "| generator | regenerations | rebuilds | with 1 rebuild | with 2 or more "
        "| rebuilds started before the regeneration finished | tracebacks | rebuilds each |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    print("\n".join(rows))
    rerun = f"python bench/serve_generate.py --documents {args.documents} --edits {args.edits}"
    print(f"\nRerun: {rerun}" + (f" --baseline {args.baseline}" if args.baseline else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
