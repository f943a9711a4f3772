"""The linker finds exactly what one big regular expression would (its former definition),
but without trying thousands of names at every character (issue 7)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.story.link import Linker, Segment, Term
from generator.text import normalise_quotes


def reference(terms: list[Term], text: str) -> tuple[Segment, ...]:
    """The former Linker: one alternation, longest surface first."""
    by_surface: dict[str, Term] = {}
    for term in terms:
        key = normalise_quotes(term.surface)
        if len(key) >= 2:
            by_surface.setdefault(key, term)
    surfaces = sorted(by_surface, key=lambda s: (-len(s), s))
    if not surfaces:
        return (Segment(text, 0),) if text else ()
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, surfaces)) + r")(?!\w)(?! [A-Z]\w)"
    )
    out: list[Segment] = []
    position = 0
    for match in pattern.finditer(normalise_quotes(text)):
        term = by_surface[match.group(0)]
        if match.start() > position:
            out.append(Segment(text[position : match.start()], position))
        out.append(
            Segment(text[match.start() : match.end()], match.start(), term.kind, term.target)
        )
        position = match.end()
    if position < len(text):
        out.append(Segment(text[position:], position))
    return tuple(out)


ALPHABET = list("aAbBT ’'\".,-§é") + ["Trump", "Trump Tower", " Tower", "Labour", "52 U.S.C."]
words = st.lists(st.sampled_from(ALPHABET), max_size=12).map("".join)
TERMS = st.lists(
    st.builds(Term, words, st.sampled_from(["entity", "rule"]), st.sampled_from(["x", "y", "z"])),
    max_size=8,
)


@settings(max_examples=400, deadline=None)
@given(TERMS, st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join))
def test_same_segments_as_one_regular_expression(terms: list[Term], text: str) -> None:
    assert Linker(terms).segments(text) == reference(terms, text)


def test_longest_name_first_and_not_before_a_capitalised_word() -> None:
    terms = [
        Term("Donald Trump", "entity", "donald-trump"),
        Term("Trump", "entity", "donald-trump"),
        Term("§ 30121", "rule", "r"),
    ]
    text = "Donald Trump met Trump Tower staff; Trump’s team cited § 30121."
    segments = Linker(terms).segments(text)
    assert [(s.text, s.target) for s in segments if s.target] == [
        ("Donald Trump", "donald-trump"),
        ("Trump", "donald-trump"),
        ("§ 30121", "r"),
    ]
    assert segments == reference(terms, text)
