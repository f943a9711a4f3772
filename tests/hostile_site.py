"""Build a real MkDocs site from hostile sources, and scan built HTML for active content.

`build_site(folder, names)` builds the control and the `names` fixtures with the project's
own mkdocs.yml (every Material feature it ships, instant navigation included, and Material's
`content.tooltips` on; only the sources folder differs) by `mkdocs build` in a subprocess,
and returns the site with the build's wall time, CPU time and peak memory.
`active_content(html, allowed)` lists every script, style, frame, event handler attribute
and dangerous address in a page that is not in `allowed` (what the theme itself puts on a
page, collected from a site built from the control only).
"""

from __future__ import annotations

import hashlib
import json
import re
import resource
import subprocess
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from hostile_corpus import materialise
from site_browser import project_config
from support import environ, python

FRAMES = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "form"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
DANGEROUS = re.compile(r"^\s*(javascript|vbscript|data|livescript)\s*:", re.IGNORECASE)
_DEPTH = re.compile(r"(\.\./)+|\"\.\.?\"")


@dataclass(frozen=True)
class Built:
    site: Path
    sources: Path
    wall: float
    cpu: float
    peak_mib: float
    log: str


def build_site(folder: Path, names: list[str]) -> Built:
    folder.mkdir(parents=True, exist_ok=True)
    sources = materialise(folder / "seeds", names)
    # Material's content.tooltips too: the project shows titles with its own card script,
    # but a site may turn Material's tooltips on, and they re-parse titles as HTML (issue 11)
    config = project_config(folder / "mkdocs.yml", sources, features=["content.tooltips"])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run(
        [python(), "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(folder / "site")],
        cwd=folder,
        env=environ(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert run.returncode == 0, run.stderr
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # ru_maxrss of children is the largest child so far, in KiB on Linux.
    return Built(folder / "site", sources, wall, cpu, after.ru_maxrss / 1024, run.stderr)


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in: str | None = None
        self._attrs = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._in, self._attrs = tag, " ".join(f"{k}={v}" for k, v in sorted(attrs))
        if tag in FRAMES:
            self.found.append(f"<{tag}>")
        if tag == "meta" and any(
            k == "http-equiv" and (v or "").lower() == "refresh" for k, v in attrs
        ):
            self.found.append("<meta http-equiv=refresh>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value}>")
            if name in URL_ATTRIBUTES and value and DANGEROUS.match(value):
                self.found.append(f"<{tag} {name}={value}>")

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        if self._in == "script" and self._attrs == "type=application/ld+json":
            # Structured data is inert, but only while it is valid JSON that cannot close
            # its element: every "<" must be escaped as \u003c.
            if "<" in data or not _is_json(data):
                self.found.append(_signature(self._in, self._attrs, data))
            self._in = None
        elif self._in:
            self.found.append(_signature(self._in, self._attrs, data))
            self._in = None

    def handle_endtag(self, tag: str) -> None:
        if self._in == tag:  # an empty script/style element (e.g. <script src=...></script>)
            self.found.append(_signature(tag, self._attrs, ""))
            self._in = None


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _signature(tag: str, attrs: str, content: str) -> str:
    """A script or style, by its attributes and content, page depth left out."""
    digest = hashlib.sha256(_DEPTH.sub("", content).encode()).hexdigest()[:12]
    return f"<{tag} {_DEPTH.sub('', attrs)}>{digest}"


def active_content(html: str, allowed: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    scan = _Scan()
    scan.feed(html)
    scan.close()
    return [item for item in scan.found if item not in allowed]


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))
