"""Escape source text for where it lands. Source text is data, never markup.

This is the one place that decides how text is escaped for each sink (issue 11). Two layers:

1. Every sink gets the escaping of its own syntax:
   - inline Markdown (headings, list items, table cells, link labels, paragraphs):
     `md_inline`, every Markdown- or HTML-special character as a numeric entity;
   - a link's title (the hover card): `md_title`, HTML-escaped on one line;
   - a page's `title` and `description` (front matter; themes print them unescaped into
     `<title>`, the header, the nav and `<meta>`): `html_attr`, HTML-escaped on one line;
   - an outside address: `safe_url`, http(s) only, percent-encoded;
   - JSON-LD inside `<script>`: `generator.jsonld.script_json` and the theme's `tojson`,
     `<`, `>`, `&` and `'` as `\\u003c`...;
   - feeds: XML text, escaped by ElementTree; front matter of generated pages: the YAML
     dumper.

2. Text that the theme may parse as HTML *again*, after the browser has decoded it once, is
   made inert with `inert`: Material's `content.tooltips` sets a tooltip's `innerHTML` from
   an element's decoded `title`, and its ellipsis patch copies a cut-off label's
   `innerText` (nav items, the header, the table of contents) into such a title. Escaping
   once cannot survive that round trip, and escaping twice would show `&lt;` wherever a
   theme does not re-parse (no JavaScript, other themes, Zensical's own markup). So every
   `<` that could open a tag, a comment or a declaration (`<` + a letter, `/`, `!` or `?`)
   is followed by an invisible WORD JOINER (U+2060) by `md_inline`, `md_title` and
   `html_attr` (not in JSON-LD, feeds or addresses, which no browser renders as HTML): an
   HTML parser reads `<` + U+2060 as text, whoever parses it and however often, and a
   reader sees the same characters. The search index is made from the page's HTML, so it
   holds the same inert text.
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
# What an HTML tokenizer reads as the start of a tag, comment or declaration.
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
WORD_JOINER = "\u2060"
# A straight apostrophe inside a word ("Who's", "O'Brien").
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def inert(text: str) -> str:
    """`text` with every `<` that could open markup followed by a WORD JOINER (U+2060)."""
    return _TAG_OPEN.sub("<" + WORD_JOINER, text) if "<" in text else text


def md_inline(text: str) -> str:
    """`text` as literal inline Markdown on one line (outer spaces kept, runs folded)."""
    flat = fold_spaces(clean(text))
    if _SPECIAL_CHARS.search(flat):  # most text has none: skip the substitution
        flat = _SPECIAL_CHARS.sub(lambda m: _SPECIAL[m.group()], inert(flat))
    lead = _LEADING.match(flat)
    if lead is None:
        return flat
    return "".join(f"&#{ord(c)};" for c in lead.group(1)) + flat[lead.end() :]


def md_title(text: str) -> str:
    """A link title (tooltip) inside double quotes: one line, HTML-escaped, inert, and with
    braces as entities, so Markdown never holds a literal `{: ...}` attribute list, even
    inside a title (cards quote outlets and roles, which may be anything)."""
    escaped = html_attr(text)
    return (
        escaped.replace("{", "&#123;").replace("}", "&#125;")
        if "{" in escaped or "}" in escaped
        else escaped
    )


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
    """An HTML attribute value or HTML text: one line, HTML-escaped, inert.

    An apostrophe inside a word is written as the typographic one (U+2019), which needs no
    escaping: themes also print a page's title *escaped* in places (Material's and
    Zensical's footer `aria-label`), where `&#x27;` would be read aloud as "ampersand…"."""
    line = _APOSTROPHE.sub("\u2019", one_line(text)) if "'" in text else one_line(text)
    return html.escape(inert(line), quote=True)
