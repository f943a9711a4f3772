"""The hostile corpus (issue 5): one folder per class of bad input, under tests/hostile/.

Each folder holds the source files of its class and `expected.diag`: the exact report of
`explainer check` over that folder next to `control/` (a well-formed article and rule that
must build whatever their neighbours contain), paths relative to the sources folder, the
tally line last. Every fixture's body carries a marker word (`zq<folder name without
hyphens>`) that the browser test searches for.

A few classes cannot live in git as files (sizes past the limits, links, a named pipe, a
file name that is not UTF-8); `RUNTIME` makes them when the corpus is copied (`materialise`).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from generator.limits import (
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    MAX_FRONT_MATTER_BYTES,
    MAX_LABEL_CHARS,
    MAX_LINE_CHARS,
    MAX_MARKUP_CHARS,
    MAX_PARAGRAPH_CHARS,
    MAX_PARAGRAPHS,
)

HOSTILE = Path(__file__).resolve().parent / "hostile"
CONTROL = "control"
EXPECTED = "expected.diag"


def marker(name: str) -> str:
    return "zq" + name.replace("-", "")


def _head(name: str, extra: str = "") -> str:
    return f"---\ntitle: {name} {marker(name)}\ndate: 2024-10-23\n{extra}---\n"


def _long_line(folder: Path) -> None:
    body = "word " * (MAX_LINE_CHARS // 5) + "overflow"
    (folder / "long-line.md").write_text(_head("long-line") + "zqlongline\n\n" + body + "\n")


def _long_field(folder: Path) -> None:
    summary = "s" * (MAX_FIELD_CHARS + 1)
    text = _head("long-field", f"summary: {summary}\n") + "zqlongfield\n"
    (folder / "long-field.md").write_text(text)
    title = "t" * (MAX_LABEL_CHARS + 1)
    (folder / "long-title.md").write_text(f"---\ntitle: {title}\n---\nzqlimitfield\n")


def _long_paragraph(folder: Path) -> None:
    lines = "\n".join(["A line of an overlong paragraph."] * (MAX_PARAGRAPH_CHARS // 30))
    text = _head("long-paragraph") + "zqlimitparagraph\n\n" + lines + "\n"
    (folder / "long-paragraph.md").write_text(text)


def _file_size(folder: Path) -> None:
    paragraph = ("A paragraph of ordinary words. " * 30 + "\n\n").encode()
    data = _head("file-size").encode()
    data += paragraph * (MAX_FILE_BYTES // len(paragraph) + 1)
    (folder / "file-size.md").write_bytes(data)


def _front_matter_size(folder: Path) -> None:
    points = "".join(f"  - point {i}\n" for i in range(MAX_FRONT_MATTER_BYTES // 12))
    text = _head("fm-too-large", f"key_points:\n{points}") + "zqfmtoolarge\n"
    (folder / "fm-too-large.md").write_text(text)


def _pathological(folder: Path) -> None:
    """Runs of `[` (super-linear in Python-Markdown), nested emphasis, entities, inline
    HTML starts and backticks: just under the line limit each, within the file limit."""
    width = 3000
    runs = ["[" * width, "*_" * (width // 2), "<a " * (width // 2), "&#" * (width // 2)]
    runs += ["`" * width, "](" * (width // 2), "\\" * width, "![" * (width // 2)]
    count = (MAX_MARKUP_CHARS - 1000) // width
    body = "\n\n".join(f"{run} zqpathologicalmd" for run in (runs * count)[:count])
    prose = "Ordinary words of a long article, with commas, and full stops. " * 90
    body += "\n\n" + "\n\n".join([prose] * ((MAX_FILE_BYTES - 40_000) // (len(prose) + 2)))
    (folder / "pathological-md.md").write_text(_head("pathological-md") + body + "\n")


def _markup(folder: Path) -> None:
    body = "\n\n".join(["[" * 5000] * (MAX_MARKUP_CHARS // 5000 + 1))
    (folder / "markup.md").write_text(_head("limit-markup") + body + "\n")


def _many_paragraphs(folder: Path) -> None:
    body = "\n\n".join(f"p{i}" for i in range(MAX_PARAGRAPHS + 1))
    text = _head("many-paragraphs") + "zqmanyparagraphs\n\n" + body + "\n"
    (folder / "many-paragraphs.md").write_text(text)


def _links(folder: Path) -> None:
    """Links out of the sources folder (a file and a folder), and a named pipe."""
    outside = folder.parent.parent / "outside"
    outside.mkdir(exist_ok=True)
    secret = outside / "secret.md"
    secret.write_text(_head("secret") + "zqsecret: never read\n")
    (folder / "outside-file.md").symlink_to(secret)
    (folder / "outside-folder").symlink_to(outside, target_is_directory=True)
    os.mkfifo(folder / "pipe.md")


def _bad_file_name(folder: Path) -> None:
    name = os.fsencode(folder) + b"/caf\xe9.md"
    with open(name, "wb") as handle:
        handle.write((_head("filename-not-utf8") + "zqfilenamenotutf8\n").encode())


RUNTIME: dict[str, Callable[[Path], None]] = {
    "limit-line": _long_line,
    "limit-field": _long_field,
    "limit-paragraph": _long_paragraph,
    "limit-file-size": _file_size,
    "limit-front-matter": _front_matter_size,
    "limit-paragraphs": _many_paragraphs,
    "limit-markup": _markup,
    "pathological-md": _pathological,
    "link-outside": _links,
    "filename-not-utf8": _bad_file_name,
}


def fixtures() -> list[str]:
    """Every fixture folder but the control, sorted."""
    return sorted(p.name for p in HOSTILE.iterdir() if p.is_dir() and p.name != CONTROL)


def expected(name: str) -> list[str]:
    return (HOSTILE / name / EXPECTED).read_text(encoding="utf-8").splitlines()


def materialise(sources: Path, names: Iterable[str]) -> Path:
    """Copy the control and the `names` fixtures into `sources` (made), runtime files too."""
    sources.mkdir(parents=True, exist_ok=True)
    for name in [CONTROL, *names]:
        shutil.copytree(HOSTILE / name, sources / name, ignore=shutil.ignore_patterns(EXPECTED))
        if name in RUNTIME:
            RUNTIME[name](sources / name)
    return sources
