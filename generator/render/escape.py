"""Escape source text for where it lands. Source text is data, never markup.

- `md_inline`: a one-line Markdown context (headings, list items, table cells, link text).
  Every character Markdown or its extensions could read as syntax becomes a numeric entity,
  so `*`, `[`, `{: onclick }`, `--8<--`, `<script>` and `{{ }}` all show literally.
- `md_title`: a link title (the tooltip), inside double quotes.
- `safe_url`: an outside address: http(s) only, percent-encoded so it cannot end the link.
- `html_attr`: an HTML attribute value.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit

from generator.text import clean, fold_spaces, one_line

# Characters with a meaning in Python-Markdown, pymdown-extensions or Material, or in HTML.
SPECIAL = "\\`*_{}[]<>#|~^=$!&"
_SPECIAL = {c: f"&#{ord(c)};" for c in SPECIAL[:-1]}
_SPECIAL["&"] = "&amp;"
_SPECIAL_CHARS = re.compile("[" + re.escape("".join(_SPECIAL)) + "]")
# At the start of a line these begin lists, quotes, headings or rules.
_LEADING = re.compile(r"^([-+]|\d+(?=[.)]))")


def md_inline(text: str) -> str:
    """`text` as literal inline Markdown on one line (outer spaces kept, runs folded)."""
    flat = fold_spaces(clean(text))
    if _SPECIAL_CHARS.search(flat):  # most text has none: skip the substitution
        flat = _SPECIAL_CHARS.sub(lambda m: _SPECIAL[m.group()], flat)
    lead = _LEADING.match(flat)
    if lead is None:
        return flat
    return "".join(f"&#{ord(c)};" for c in lead.group(1)) + flat[lead.end() :]


def md_title(text: str) -> str:
    """A link title (tooltip) inside double quotes: one line, HTML-escaped."""
    return html.escape(one_line(text), quote=True)


def safe_url(url: str) -> str:
    """An http(s) address made safe inside `(...)` in Markdown; '' for any other scheme."""
    url = one_line(url)
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    if scheme not in ("http", "https"):
        return ""
    return quote(url, safe=":/?#@!$&*+,;=%~-._").replace("'", "%27")


def html_attr(text: str) -> str:
    return html.escape(one_line(text), quote=True)
