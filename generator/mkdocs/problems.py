"""What `mkdocs serve` shows while documents have errors: a generated `problems.md` page
listing every error, and a red banner, opening every page, that links to it.

Only under `mkdocs serve`: a plain `mkdocs build` reports problems in the terminal (and
fails under `--strict`), so a published site never shows the banner. Diagnostics are source
text too: the page escapes them like any other (`md_inline`).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.diagnostics import Diagnostic
from generator.render.escape import md_inline

PROBLEMS = "problems.md"


def problems_page(problems: Sequence[Diagnostic], sources: str) -> str:
    """The Markdown of the problems page; `sources` is the sources folder as configured."""
    paths = sorted({d.path for d in problems})
    lines = [
        "---\ntitle: Problems in the sources\n---\n",
        "# Problems in the sources\n",
        f"{len(paths)} document{'s are' if len(paths) != 1 else ' is'} left out of the "
        "site until fixed. Save a fix and this page updates by itself.\n",
    ]
    lines += [f"- {md_inline(f'{sources}/{d}')}" for d in problems]
    return "\n".join(lines) + "\n"


def banner(problems: Sequence[Diagnostic], href: str) -> str:
    """The banner's HTML, linking to the problems page at `href` (relative to the page)."""
    count = len({d.path for d in problems})
    return (
        '<div class="admonition danger" role="alert">'
        '<p class="admonition-title">'
        f"{count} document{'s have' if count != 1 else ' has'} errors and "
        f"{'are' if count != 1 else 'is'} left out of the site</p>"
        f'<p><a href="{href}">See the problems</a>; the site updates when you save a fix.'
        "</p></div>\n\n"
    )
