"""What `mkdocs serve` shows while documents have errors: a generated `problems.md` page
listing every error, and a red banner, opening every page, that links to it. Both say what
the errors leave out of the site (a quote, a person entry, a whole document: issue 11).

Only under `mkdocs serve`: a plain `mkdocs build` reports problems in the terminal (and
fails under `--strict`), so a published site never shows the banner. Diagnostics are source
text too: the page escapes them like any other (`md_inline`).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.diagnostics import Diagnostic, left_out_text
from generator.render.escape import md_inline

PROBLEMS = "problems.md"


def problems_page(problems: Sequence[Diagnostic], sources: str) -> str:
    """The Markdown of the problems page; `sources` is the sources folder as configured."""
    lines = [
        "---\ntitle: Problems in the sources\n---\n",
        "# Problems in the sources\n",
        f"{_tally(problems)}. Save a fix and this page updates by itself.\n",
    ]
    lines += [f"- {md_inline(f'{sources}/{d}')}" for d in problems]
    return "\n".join(lines) + "\n"


def banner(problems: Sequence[Diagnostic], href: str) -> str:
    """The banner's HTML, linking to the problems page at `href` (relative to the page)."""
    return (
        '<div class="admonition danger" role="alert">'
        f'<p class="admonition-title">{_tally(problems)}</p>'
        f'<p><a href="{href}">See the problems</a>; the site updates when you save a fix.'
        "</p></div>\n\n"
    )


def _tally(problems: Sequence[Diagnostic]) -> str:
    """'1 quote, 1 person left out of the site (2 errors in 1 document)'."""
    errors = [d for d in problems if d.is_error]
    count = len({d.path for d in errors})
    return (
        f"{left_out_text(errors)} left out of the site ({len(errors)} "
        f"error{'s' * (len(errors) != 1)} in {count} document{'s' * (count != 1)})"
    )
