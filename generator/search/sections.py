"""Material's `data-search-exclude` sections, for Pagefind: `pagefind_ignore_sections(html) → html`.

Material's search leaves out a heading that carries `data-search-exclude` together with its
section (everything up to the next heading of the same or a higher level); Pagefind's
`data-pagefind-ignore` applies to one element and its children. So every top-level element
of such a section gets `data-pagefind-ignore="all"`: both engines index the same text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_HEADING = re.compile(r"h([1-6])$")
IGNORE = ' data-pagefind-ignore="all"'


class _TopLevel(HTMLParser):
    """Offsets of the top-level start tags: (offset just after the tag name, tag, attrs)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.starts: list[tuple[int, str, dict[str, str | None]]] = []
        self._lines: list[int] = []

    def feed_text(self, html: str) -> None:
        # HTMLParser counts lines at "\n" only (str.splitlines would also split at U+2028...)
        self._lines = [0]
        for line in html.split("\n"):
            self._lines.append(self._lines[-1] + len(line) + 1)
        self.feed(html)
        self.close()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._lines[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self.starts.append((self._offset() + 1 + len(tag), tag, dict(attrs)))
        if tag not in _VOID:
            self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self.starts.append((self._offset() + 1 + len(tag), tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)


def pagefind_ignore_sections(html: str) -> str:
    if "data-search-exclude" not in html:
        return html
    parser = _TopLevel()
    parser.feed_text(html)
    marks: list[int] = []
    excluded_level = 0  # inside an excluded section of this heading level; 0: not
    for offset, tag, attrs in parser.starts:
        heading = _HEADING.match(tag)
        if heading:
            level = int(heading.group(1))
            if excluded_level and level > excluded_level:
                marks.append(offset)
                continue
            excluded_level = level if "data-search-exclude" in attrs else 0
        if excluded_level:
            marks.append(offset)
    for offset in reversed(marks):
        html = html[:offset] + IGNORE + html[offset:]
    return html
