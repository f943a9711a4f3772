"""Pagefind over a built site: `index_site(site) → Indexed`; `Indexer` runs it in the background
(under `mkdocs serve`, so a rebuild is not held up); `SearchError` when Pagefind is missing or
fails.

Runs the binary of the `pagefind-bin` wheel (nothing is downloaded at run time) on the HTML of
`site`. Only what the theme marks `data-pagefind-body` (each page's article) is indexed; the
elements Material's search leaves out (`data-search-exclude`, and the sections that
`sections.pagefind_ignore_sections` marks) and the headings' permalinks are left out too. The
index goes to a hidden staging folder and replaces `pagefind/` in two renames, so a reader
never loads half of an index and a failed run leaves the previous one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "pagefind"
EXCLUDE = ("[data-search-exclude]", ".headerlink")


class SearchError(Exception):
    """Pagefind could not index the site; raised by `index_site` (and reported by `Indexer`)."""


@dataclass(frozen=True)
class Indexed:
    pages: int
    seconds: float

    def summary(self) -> str:
        return f"search: Pagefind indexed {self.pages} pages in {self.seconds:.1f} s"


def executable() -> Path:
    try:
        from pagefind_bin import get_executable  # type: ignore[import-untyped]
    except ImportError:
        raise SearchError("search: Pagefind is not installed (pip install pagefind-bin)") from None
    return Path(get_executable())


def command(site: Path, output: Path) -> list[str]:
    args = [str(executable()), "--site", str(site), "--output-path", str(output), "--silent"]
    for selector in EXCLUDE:
        args += ["--exclude-selectors", selector]
    return args


def _staging(site: Path) -> tuple[Path, Path]:
    return site / f".{BUNDLE}.staging", site / f".{BUNDLE}.old"


def _start(site: Path) -> subprocess.Popen[str]:
    staging, old = _staging(site)
    for folder in (staging, old):
        shutil.rmtree(folder, ignore_errors=True)
    return subprocess.Popen(
        command(site, staging), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def _finish(site: Path, process: subprocess.Popen[str], start: float) -> Indexed:
    output, _ = process.communicate()
    staging, old = _staging(site)
    if process.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        lines = output.strip().splitlines()
        raise SearchError(
            f"search: Pagefind failed ({process.returncode}): {lines[-1] if lines else ''}"
        )
    target = site / BUNDLE
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    shutil.rmtree(old, ignore_errors=True)
    pages = sum(1 for _ in (target / "fragment").iterdir())
    return Indexed(pages, time.perf_counter() - start)


def index_site(site: Path) -> Indexed:
    site = site.resolve()
    start = time.perf_counter()
    return _finish(site, _start(site), start)


class Indexer:
    """One Pagefind run at a time in a background thread. `start(site)` stops a run still
    going (the site it reads is being rebuilt) and starts a new one; `stop()` before the
    next build; `report` receives the summary or the error."""

    def __init__(self, report: Callable[[str, bool], None]) -> None:
        self._report = report
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self._thread: threading.Thread | None = None

    def start(self, site: Path) -> None:
        self.stop()
        site = site.resolve()
        started = time.perf_counter()
        with self._lock:
            self._process = process = _start(site)
        self._thread = threading.Thread(
            target=self._wait, args=(site, process, started), daemon=True
        )
        self._thread.start()

    def _wait(self, site: Path, process: subprocess.Popen[str], started: float) -> None:
        try:
            done = _finish(site, process, started)
        except (SearchError, OSError) as exc:
            with self._lock:
                stopped = self._process is not process
            if not stopped:
                self._report(str(exc), True)
            return
        self._report(done.summary(), False)

    def stop(self) -> None:
        with self._lock:
            process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()  # our own child: the site it reads is about to change
        if self._thread is not None:
            self._thread.join()
            self._thread = None
