"""`explainer generate --out docs/` beside `mkdocs serve`: rebuilds per regeneration (issue 11).

    python bench/serve_generate.py [--documents 300] [--edits 10] [--baseline REF]

Writes the benchmark story (bench/corpus.py) as the sources of a MkDocs project whose
docs/ folder is `explainer generate`'s output (no plugin: the route other engines take),
generates it, starts `mkdocs serve` (MkDocs' own watcher, which polls docs/ every 0.5 s), and
then, `--edits` times, appends a sentence to one article and runs `explainer generate --out
docs/` once, waiting for the server to settle. For each regeneration it counts the rebuilds the
server started, the rebuilds that saw a half-written folder, and tracebacks or build errors
in the server log. A MkDocs hook in the project checks each build when it has listed the
files and again when it is done: the docs folder is whole when its manifest
(`.explainer-manifest.json`) holds one version of each page (not the old-or-new of a
regeneration under way), every page matches it, and nothing changed during the build.
With `--baseline REF`, the same is measured with the generator of git revision REF (its
`generator/` extracted with `git archive` into a temporary folder), in the same run, for
comparison. Prints a Markdown table and the command that reruns it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import write as write_corpus  # noqa: E402
from bench.server import BUILDING, Server  # noqa: E402

CONFIG = """site_name: Regeneration beside mkdocs serve
docs_dir: docs
theme:
  name: material
  font: false
markdown_extensions:
  - attr_list
  - tables
  - md_in_html
  - toc:
      permalink: true
"""
HOOK = """import hashlib, json
from pathlib import Path

def _state(config):
    docs = Path(config.docs_dir)
    try:
        manifest = json.loads((docs / ".explainer-manifest.json").read_text())["files"]
    except (OSError, ValueError, KeyError):
        return "no manifest"
    for path, digest in sorted(manifest.items()):
        if isinstance(digest, list):
            return "half-written: " + path + " is old or new"
        try:
            data = (docs / path).read_bytes()
        except OSError:
            return "half-written: " + path + " is missing"
        if hashlib.sha256(data).hexdigest() != digest:
            return "half-written: " + path + " does not match"
    return json.dumps(manifest, sort_keys=True)

_seen = {}

def on_files(files, config):
    _seen["start"] = _state(config)

def on_post_build(config):
    start, end = _seen.pop("start", ""), _state(config)
    whole = start == end and not start.startswith(("half", "no manifest"))
    with open(Path(config.config_file_path).parent / "builds.log", "a") as log:
        log.write(("whole" if whole else "HALF " + (start if start != end else end)[:200]) + "\\n")
"""
QUIET = 3.0  # seconds without a server log line, with no build running, that count as settled


@dataclass
class Edit:
    """What one regeneration made the server do."""

    generate_seconds: float
    rebuilds: int  # "Building documentation" lines (the first build excluded)
    half: int  # rebuilds that saw a half-written folder (by the project's hook)
    errors: int  # tracebacks and build errors
    lines: list[str] = field(default_factory=list)


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
    (project / "mkdocs.yml").write_text(CONFIG + "hooks:\n  - hooks.py\n")
    (project / "hooks.py").write_text(HOOK)
    builds = project / "builds.log"
    docs = project / "docs"
    _generator(code, sources, docs)
    article = sorted((sources / "articles").glob("*.md"))[documents // 3]
    server = Server(project)
    results = []
    try:
        server.wait_for("Serving on", timeout=900)
        server.quiet(QUIET)
        for n in range(1, edits + 1):
            with article.open("a", encoding="utf-8") as handle:
                handle.write(f"\nA sentence added by edit {n}.\n")
            seen, checked = len(server.log), len(builds.read_text().splitlines())
            seconds = _generator(code, sources, docs)
            server.quiet(QUIET)
            new = server.log[seen:]
            rebuilds = sum(BUILDING in line for line in new)
            errors = sum(
                "Traceback" in line or "An error happened during the rebuild" in line
                for line in new
            )
            verdicts = builds.read_text().splitlines()[checked:]
            half = sum(not v.startswith("whole") for v in verdicts)
            results.append(Edit(seconds, rebuilds, half, errors, [*new, *verdicts]))
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
        f"{sum(r > 1 for r in rebuilds)} | {sum(e.half for e in edits)} | "
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
        "| rebuilds that saw a half-written docs/ | tracebacks | rebuilds each |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    print("\n".join(rows))
    rerun = f"python bench/serve_generate.py --documents {args.documents} --edits {args.edits}"
    print(f"\nRerun: {rerun}" + (f" --baseline {args.baseline}" if args.baseline else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
