"""Find mentions of known people, organisations and rules in paragraph text.

`Linker(terms).segments(text)` splits a paragraph into plain and linked segments, longest
name first, on word boundaries, comparing curly and straight apostrophes as equal. The story
uses the segments for contextual backlinks; the planner renders them as links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from generator.text import normalise_quotes

TargetKind = Literal["entity", "rule"]


@dataclass(frozen=True, slots=True)
class Term:
    surface: str
    kind: TargetKind
    target: str


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of paragraph text; `target` is set when it names an entity or rule."""

    text: str
    start: int
    kind: TargetKind | None = None
    target: str | None = None


_RUN = re.compile(r"\w+")
_CAPITALISED_NEXT = re.compile(r" [A-Z]\w")


class Linker:
    r"""All terms of a story, indexed by their first word.

    The rule is that of one regular expression `(?<!\w)(?:t1|t2|…)(?!\w)(?! [A-Z]\w)` with
    the terms longest first: leftmost match, then the first term in that order. But such an
    alternation over thousands of names is tried at every character (issue 7), so each
    term is filed under its first word (or, if it opens with a non-word character, that
    character) and only the terms filed under a word of the text are tried there.
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
        self._by_word: dict[str, list[str]] = {}
        self._by_mark: dict[str, list[str]] = {}
        for surface in sorted(by_surface, key=lambda s: (-len(s), s)):
            run = _RUN.match(surface)
            if run is not None:
                self._by_word.setdefault(run.group(), []).append(surface)
            else:
                self._by_mark.setdefault(surface[0], []).append(surface)
        # The words of a text that may open a term: whole `\w+` runs that begin with the
        # first letter of some term's first word (most words of a text begin with none).
        initials = "".join(sorted({word[0] for word in self._by_word}))
        self._openers = re.compile(rf"(?<!\w)[{re.escape(initials)}]\w*" if initials else "(?!)")

    def _match_at(self, text: str, start: int, candidates: list[str]) -> str | None:
        for surface in candidates:
            end = start + len(surface)
            if (
                text.startswith(surface, start)
                and not (end < len(text) and _RUN.match(text, end))
                and not _CAPITALISED_NEXT.match(text, end)
            ):
                return surface
        return None

    def _matches(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, surface) of each mention, left to right, never overlapping."""
        starts: list[tuple[int, list[str]]] = [
            (m.start(), self._by_word[m.group()])
            for m in self._openers.finditer(text)
            if m.group() in self._by_word
        ]
        if self._by_mark:
            starts += [
                (i, self._by_mark[c])
                for i, c in enumerate(text)
                if c in self._by_mark and not (i and _RUN.match(text, i - 1))
            ]
            starts.sort(key=lambda s: s[0])
        position = 0
        for start, candidates in starts:
            if start < position:
                continue
            surface = self._match_at(text, start, candidates)
            if surface is not None:
                yield start, surface
                position = start + len(surface)

    def segments(self, text: str) -> tuple[Segment, ...]:
        if not self._terms:
            return (Segment(text, 0),) if text else ()
        out: list[Segment] = []
        position = 0
        for start, surface in self._matches(normalise_quotes(text)):
            term = self._terms[surface]
            end = start + len(surface)
            if start > position:
                out.append(Segment(text[position:start], position))
            out.append(Segment(text[start:end], start, term.kind, term.target))
            position = end
        if position < len(text):
            out.append(Segment(text[position:], position))
        return tuple(out)
