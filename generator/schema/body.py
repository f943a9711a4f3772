"""The body rules: a document's text in, numbered paragraphs out (with their source lines).

`body_paragraphs(reader, body, first_line)` turns HTML into text and drops bidirectional
controls (both reported at the line where they are), reports links
(`generator.schema.links`), splits the body at blank lines (`split_paragraphs`) and enforces
the size limits (over a limit, the document is left out: it would cost too much to render).
`strip_date_token` reads the bare `date 2024-10-23` line the original sample opens with;
`derived_title` makes a title from the first sentence when front matter gives none.
"""

from __future__ import annotations

import re

from generator.dates import PartialDate, parse_date
from generator.diagnostics import error, warning
from generator.limits import MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS
from generator.schema.fields import FieldReader
from generator.schema.links import body_links
from generator.schema.sanitize import body_text, first_html
from generator.story.model import Paragraph
from generator.text import one_line, suspicious

_BLANK = re.compile(r"\n[ \t]*\n")
_DATE_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")

_TITLE_WORDS = 14


def body_paragraphs(r: FieldReader, body: str, first_line: int) -> tuple[Paragraph, ...]:
    """The body's paragraphs; HTML is turned into text and bidi controls dropped, both
    reported (a paragraph's line is then the body's first line)."""

    def line_of(offset: int) -> int:
        return first_line + body.count("\n", 0, offset)

    text, removed, was_html = body_text(body)
    if was_html:
        r.problems.append(
            warning(
                r.path,
                line_of(first_html(body) or 0),
                "body: HTML turned into plain text"
                + (f"; removed: {', '.join(removed)}" if removed else ""),
            )
        )
    for offset, what in body_links(body):
        r.problems.append(warning(r.path, line_of(offset), f"body: {what}"))
    hidden = suspicious(text, bidi_only=True)
    if hidden:  # at the line of the raw body that has one (an HTML entity has none)
        rows = (i for i, row in enumerate(body.split("\n")) if suspicious(row, bidi_only=True))
        r.problems.append(
            warning(
                r.path,
                first_line + next(rows, 0),
                f"body: bidirectional control characters removed ({', '.join(hidden)}); "
                "they can make text read differently than it is stored",
            )
        )
    paragraphs = split_paragraphs(text, first_line)
    if was_html:
        paragraphs = tuple(Paragraph(p.number, p.text, first_line) for p in paragraphs)
    for paragraph in paragraphs:
        if len(paragraph.text) > MAX_PARAGRAPH_CHARS:
            r.problems.append(
                error(
                    r.path,
                    paragraph.line,
                    f"body: paragraph {paragraph.number} is {len(paragraph.text):,} characters "
                    f"long; the limit is {MAX_PARAGRAPH_CHARS:,} (separate paragraphs with a "
                    "blank line)",
                )
            )
            break
    if len(paragraphs) > MAX_PARAGRAPHS:
        r.problems.append(
            error(
                r.path,
                paragraphs[MAX_PARAGRAPHS].line,
                f"body: {len(paragraphs):,} paragraphs; the limit is {MAX_PARAGRAPHS:,}",
            )
        )
    return paragraphs


def split_paragraphs(body: str, first_line: int) -> tuple[Paragraph, ...]:
    """Blank-line separated paragraphs, each folded to one line, numbered from 1."""
    out: list[Paragraph] = []
    position = 0
    for chunk in _BLANK.split(body):
        offset = body.index(chunk, position)
        position = offset + len(chunk)
        text = one_line(chunk)
        if text:
            leading = len(chunk) - len(chunk.lstrip())
            line = first_line + body.count("\n", 0, offset + leading)
            out.append(Paragraph(len(out) + 1, text, line))
    return tuple(out)


def strip_date_token(body: str) -> tuple[str, PartialDate | None]:
    """The original sample starts with a bare `date 2024-10-23` token: read and drop it."""
    match = _DATE_TOKEN.match(body)
    if not match:
        return body, None
    try:
        found = parse_date(match.group(1))
    except ValueError:
        return body, None
    return body[match.end() :], found


def derived_title(paragraphs: tuple[Paragraph, ...]) -> str:
    if not paragraphs:
        return ""
    words = re.split(r"(?<=[.!?])\s", paragraphs[0].text, maxsplit=1)[0].split()
    title = " ".join(words[:_TITLE_WORDS]).rstrip(",;:")
    return title + ("…" if len(words) > _TITLE_WORDS else "")
