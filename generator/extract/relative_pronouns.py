"""A "he"/"she" that opens a relative clause after a reported clause: "Ms X said Mr Y had
been questioned over a video in which he described …" (Y is as near as X: unclear), "The
report says former chief executive Y, who …, approved contracts with a firm co-owned by a
colleague whom he described as …" (no person says it: Y, the reported clause's subject).
Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.verb_follows import verb_follows

_RELATIVES = ("whom", "which", "who")
_BEFORE_NAME = lx.ROLE_NOUNS | lx.ROLE_MODIFIERS | lx.DETERMINERS  # "says former chief
# executive X approved"


def opens_relative(row: Sequence[Chunk], offset: int) -> bool:
    """Is the pronoun at `offset` the subject of a relative clause ("whom he", "in which
    she", "a video which he")?"""
    p = next((k for k, c in enumerate(row) if c.start == offset), -1)
    return p >= 1 and row[p].kind == "pron" and is_word(row, p - 1, *_RELATIVES)


def reported_people(row: Sequence[Chunk], offset: int, surnames: Collection[str] = ()) -> list[str]:
    """The people before `offset` who open a clause a speech verb or its "that" reports,
    past a role and its determiners ("says former chief executive X, who …, approved");
    also a word the names left unread that is the last word of a person's name in
    `surnames` ("said Gharbi had", when two Gharbis are named), keyed by its text."""
    found: list[str] = []
    for i, c in enumerate(row):
        if c.start >= offset:
            break
        m = c.mention
        bare = i > 0 and c.kind == "word" and c.capital and m is None and c.text in surnames
        person = c.kind == "name" and m is not None and m.kind == "person"
        if not (person or bare) or c.possessive:
            continue
        k = i - 1
        while k > 0 and _role_word(row[k]):
            k -= 1
        reporting = sp.VERB_FORMS.get(row[k].text) == "finite" or row[k].text == "that"
        if k >= 0 and row[k].kind == "word" and reporting and verb_follows(row, i):
            found.append(m.key if m is not None else f"unread:{c.text}")
    return list(dict.fromkeys(found))


def _role_word(c: Chunk) -> bool:
    return c.kind == "word" and not c.capital and c.text in _BEFORE_NAME


def relative_reported(
    row: Sequence[Chunk], offset: int, word: str, agrees: Callable[[str, str], bool]
) -> list[str]:
    """The one reported person the relative clause's pronoun at `offset` may be, else []."""
    if word not in ("he", "she") or not opens_relative(row, offset):
        return []
    people = [k for k in reported_people(row, offset) if agrees(k, word)]
    return people if len(people) == 1 else []


def reported_other(
    row: Sequence[Chunk],
    offset: int,
    word: str,
    here: Sequence[str],
    agrees: Callable[[str, str], bool],
    kinds: Mapping[str, str],
) -> bool:
    """Does a reported clause's subject other than `here`, whom the pronoun fits, stand
    before the relative clause the pronoun opens ("X said Y had … a video in which he")?"""
    if word not in ("he", "she") or not opens_relative(row, offset):
        return False
    surnames = {k.rsplit(" ", 1)[-1] for k, kind in kinds.items() if kind == "person"}
    people = reported_people(row, offset, surnames)
    return any(k not in here and agrees(k, word) for k in people)
