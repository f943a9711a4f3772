"""Where quotations are in a paragraph: pairs of double quote marks, curly or straight.

`find_quotes(text)` → list of `QuoteSpan` (offsets of the inner text). Single quotes inside a
double-quoted span are nested quotations and stay part of it. A mark that opens and never
closes runs to the end of its own paragraph (`closed=False`) — news convention for a quote
continued in the next paragraph — or, when another opening mark follows, stops there: an
unbalanced mark never swallows more than its paragraph. Stray closing marks are ignored.
When a paragraph has no double marks, single marks, curly or straight, are used the same
way (UK style), told from apostrophes (`_single_marks`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:")


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None if unclosed

    @property
    def closed(self) -> bool:
        return self.close_mark is not None


def _marks(text: str, curly_open: str, curly_close: str, straight: str) -> list[tuple[int, str]]:
    marks: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if ch == curly_open:
            marks.append((i, "open"))
        elif ch == curly_close:
            if curly_close == "’" and i + 1 < len(text) and text[i + 1].isalpha():
                continue  # an apostrophe inside a word
            marks.append((i, "close"))
        elif straight and ch == straight:
            before = text[i - 1] if i > 0 else " "
            marks.append((i, "open" if before in _OPEN_CONTEXT else "close"))
    return marks


def _pair(text: str, marks: list[tuple[int, str]]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for pos, kind in marks:
        if kind == "open":
            if opened is not None:  # unbalanced: the earlier quote stops before this mark
                spans.append(QuoteSpan(opened + 1, pos, opened, None))
            opened = pos
        elif opened is not None:
            spans.append(QuoteSpan(opened + 1, pos, opened, pos))
            opened = None
    if opened is not None:
        spans.append(QuoteSpan(opened + 1, len(text), opened, None))
    return [_trim(text, s) for s in spans if text[s.start : s.end].strip()]


def _trim(text: str, span: QuoteSpan) -> QuoteSpan:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end, span.open_mark, span.close_mark)


def find_quotes(text: str) -> list[QuoteSpan]:
    if any(ch in text for ch in '“”"'):
        return _pair(text, _marks(text, "“", "”", '"'))
    if "‘" in text or "'" in text:
        return _pair(text, _single_marks(text))
    return []


def _single_marks(text: str) -> list[tuple[int, str]]:
    """Single quotation marks, curly or straight (UK style), told from apostrophes: one
    between letters is in a word ("don't", "It's"); one before a digit shortens a year
    ("'90s"); a closing mark after "s" before a lowercase word may be a plural possessive
    ("the workers' families") and closes only when no other closing mark follows before the
    next opening one."""
    marks: list[tuple[int, str]] = []
    for i, ch in enumerate(text):
        if ch not in "'‘’":
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalpha():
            continue  # an apostrophe inside a word
        if ch == "‘" or (before in _OPEN_CONTEXT and not after.isspace()):
            if not after.isdigit():  # "'90s"
                marks.append((i, "open"))
        elif not before.isspace():
            rest = text[i + 1 : i + 3]
            weak = before in "sS" and rest[:1] == " " and rest[1:2].islower()
            marks.append((i, "weak" if weak else "close"))
    return _settle(marks)


def _settle(marks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Keep a weak closing mark only when no strong one follows before the next opening."""
    out: list[tuple[int, str]] = []
    for n, (pos, kind) in enumerate(marks):
        if kind == "weak":
            later = next((k for _, k in marks[n + 1 :] if k != "weak"), "open")
            if later == "close":
                continue
            kind = "close"
        out.append((pos, kind))
    return out


def mask(text: str, spans: list[QuoteSpan]) -> str:
    """The paragraph with quoted text blanked out (same length), for narrative-only search."""
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            chars[i] = " "
    return "".join(chars)


_TITLING = re.compile(r"\b(?:titled|entitled|headlined)\s*[,:]?\s*$")


def nobodys_name(text: str, quotes: Sequence[QuoteSpan], start: int, end: int) -> bool:
    """The capitalised words text[start:end] are in a quotation that names no one: all a
    quotation holds is a nickname or a title ('Air Force Two', '“Vision 2030”'), or the
    quotation is the title of a work ('a report titled “Value for Money in Public Hospital
    Procurement”')."""
    for q in quotes:
        if not q.start <= start < q.end:
            continue
        whole = not text[q.start : start].strip(" \"'“‘") and not text[end : q.end].strip(
            " .,!?\"'”’0123456789"
        )
        if whole or _TITLING.search(text, max(0, q.open_mark - 20), q.open_mark):
            return True
    return False
