"""Find mentions of known people, organisations and rules in paragraph text.

`Linker(terms).segments(text)` splits a paragraph into plain and linked segments, longest
name first, on word boundaries, comparing curly and straight apostrophes as equal. The story
uses the segments for contextual backlinks; the planner renders them as links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from generator.text import normalise_quotes

TargetKind = Literal["entity", "rule"]


@dataclass(frozen=True)
class Term:
    surface: str
    kind: TargetKind
    target: str


@dataclass(frozen=True)
class Segment:
    """A piece of paragraph text; `target` is set when it names an entity or rule."""

    text: str
    start: int
    kind: TargetKind | None = None
    target: str | None = None


class Linker:
    """One compiled pattern for all terms of a story.

    A name followed by another capitalised word is not a mention of it: "Trump Tower" is not
    Donald Trump, "Labour Director of Operations" is a role, not the party."""

    def __init__(self, terms: Iterable[Term]) -> None:
        """`terms` in priority order: when two share a surface form, the first wins."""
        by_surface: dict[str, Term] = {}
        for term in terms:
            key = normalise_quotes(term.surface)
            if len(key) >= 2:
                by_surface.setdefault(key, term)
        self._terms = by_surface
        surfaces = sorted(by_surface, key=lambda s: (-len(s), s))
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, surfaces)) + r")(?!\w)(?! [A-Z]\w)")
            if surfaces
            else None
        )

    def segments(self, text: str) -> tuple[Segment, ...]:
        if self._pattern is None:
            return (Segment(text, 0),) if text else ()
        out: list[Segment] = []
        position = 0
        for match in self._pattern.finditer(normalise_quotes(text)):
            term = self._terms[match.group(0)]
            if match.start() > position:
                out.append(Segment(text[position : match.start()], position))
            out.append(
                Segment(text[match.start() : match.end()], match.start(), term.kind, term.target)
            )
            position = match.end()
        if position < len(text):
            out.append(Segment(text[position:], position))
        return tuple(out)
