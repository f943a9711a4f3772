"""HTML in source text: found, reported and turned into plain text. Never passed through.

Source bodies are plain text (schema v1), but scraped copy often arrives as HTML.
`body_text(body)` returns the body unchanged when it holds no HTML markup; otherwise it
cleans it with nh3 (html5ever, the parser browsers use, with an allow-list of structural
tags, no attributes at all, so no URL of any scheme survives, and `script`, `style`,
`iframe`, ... removed together with their content), then turns what is left into text
paragraphs: block elements and blank lines separate paragraphs, entities are decoded.
It also returns what was removed that could have run or loaded something (scripts, frames,
styles, event handlers, `javascript:`/`vbscript:`/`data:` addresses), for a warning.

The text it returns is still data: the renderer escapes it for Markdown like any other text.
Security does not rest on this module; it makes scraped copy readable and the report honest.
`html_tags(text)` names the HTML tags in a one-line field (they are shown literally there).

What counts as HTML does not depend on knowing every tag name (issue 11: browsers read
`<image>` as `<img>`): a known tag name, or any tag-shaped `<name ...>` that assigns an
attribute (`<image src=x onerror=...>`, `<custom-el onmouseover=...>`), or an end tag
`</name>`. Prose such as "if x<y and y>z" has none of these and stays text. Once a body
counts as HTML, nh3's allow-list decides what stays: any element not on it is unwrapped or,
for CONTENT_DROPPED, removed with its content, whatever its name.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

import nh3


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Elements whose text is kept; block ones end a paragraph. Everything else is unwrapped
# (its text kept) except CONTENT_DROPPED, whose content goes too.
BLOCK = _words(
    "p div section article header footer aside main nav h1 h2 h3 h4 h5 h6 ul ol li dl dt "
    "dd blockquote pre figure figcaption table thead tbody tfoot tr td th caption hr "
    "address details summary"
)
INLINE = _words(
    "a abbr b bdi bdo cite code del dfn em i ins kbd mark q s samp small span strong sub "
    "sup time u var br wbr"
)
CONTENT_DROPPED = _words(
    "script style iframe frame frameset object embed applet noscript noembed noframes "
    "template svg math textarea select option title head xmp plaintext"
)
# Tag names that make a body count as HTML (a closed list, so "if x<y and y>z" stays text).
_KNOWN = BLOCK | INLINE | CONTENT_DROPPED | {"img", "html", "body", "link", "meta", "base"}
_KNOWN |= {"form", "input", "button", "video", "audio", "source", "picture", "font", "center"}
_KNOWN |= {"marquee", "dialog", "label", "canvas", "map", "area", "track", "param"}
_TAG = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)\b[^<>]*>|<!--", re.ASCII)
# Tag-shaped markup of any name: a start tag that assigns an attribute, or an end tag.
_ANY_TAG = re.compile(
    r"<([A-Za-z][\w:.-]*)(?:\s|/)[^<>]*?=[^<>]*>|</([A-Za-z][\w:.-]*)\s*>", re.ASCII
)
_OPENING = re.compile(r"<\s*([A-Za-z][A-Za-z0-9]*)", re.ASCII)
_LOADING = CONTENT_DROPPED | {"img", "link", "meta", "base", "form", "input", "video", "audio"}
_DANGEROUS_SCHEME = re.compile(r"^\s*(javascript|vbscript|data|livescript)\s*:", re.IGNORECASE)
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
_URL_ATTRIBUTES |= {"background", "srcset", "lowsrc", "dynsrc", "ping"}
_BLANK = re.compile(r"\n[ \t]*\n")


def _tags(text: str) -> list[tuple[int, str]]:
    """(offset, lowercase name) of each tag in `text` that makes it HTML (see above)."""
    found = [
        (m.start(), m.group(1).lower())
        for m in _TAG.finditer(text)
        if m.group(1) and m.group(1).lower() in _KNOWN
    ]
    found += [(m.start(), (m.group(1) or m.group(2)).lower()) for m in _ANY_TAG.finditer(text)]
    return sorted(found)


def html_tags(text: str) -> list[str]:
    """The HTML tag names in `text`, in order of appearance, each once."""
    return list(dict.fromkeys(name for _, name in _tags(text)))


def first_html(text: str) -> int | None:
    """The offset of the first HTML markup in `text` (a tag or a comment), else None."""
    starts = [start for start, _ in _tags(text)[:1]]
    if (comment := text.find("<!--")) >= 0:
        starts.append(comment)
    return min(starts, default=None)


def is_html(text: str) -> bool:
    return first_html(text) is not None


def body_text(body: str) -> tuple[str, list[str], bool]:
    """(plain text, what was removed that could run or load, whether the body was HTML)."""
    if not is_html(body):
        return body, [], False
    removed = _inventory(body)
    cleaned = nh3.clean(
        body,
        tags=set(BLOCK | INLINE),
        clean_content_tags=set(CONTENT_DROPPED),
        attributes={},
        strip_comments=True,
        link_rel=None,
    )
    return _Text.of(cleaned), removed, True


class _Inventory(HTMLParser):
    """Counts what could run or load in the original markup (for the report only)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.found[f"{name} attribute"] += 1
            elif name == "style":
                self.found["style attribute"] += 1
            elif name in _URL_ATTRIBUTES and value and (m := _DANGEROUS_SCHEME.match(value)):
                self.found[f"{m.group(1).lower()}: address"] += 1

    handle_startendtag = handle_starttag


def _inventory(body: str) -> list[str]:
    parser = _Inventory()
    parser.feed(body)
    parser.close()
    # Opening tags are counted on the raw text: `<scr<script>ipt>` fools a lenient parser.
    for match in _OPENING.finditer(body):
        if (tag := match.group(1).lower()) in _LOADING:
            parser.found[f"<{tag}>"] += 1
    # Elements off the allow-list that are not on any list: `<image>` is `<img>` to a browser.
    for match in _ANY_TAG.finditer(body):
        if (tag := (match.group(1) or "").lower()) and tag not in _KNOWN:
            parser.found[f"<{tag}>"] += 1
    return [f"{what} ×{n}" if n > 1 else what for what, n in sorted(parser.found.items())]


class _Text(HTMLParser):
    """nh3's output (well-formed, allow-listed) → plain text with blank-line paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    @classmethod
    def of(cls, html: str) -> str:
        parser = cls()
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
        return "\n\n".join(p.strip() for p in _BLANK.split(text) if p.strip())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
