"""Whose is "the letter" or "the lawsuit" when the text tells of its making with a verb rather
than a noun: "the union had written to the minister …. The letter said", "X sued Y, accusing
it of what the lawsuit calls “…”". The subject of the verb of writing or suing is the
document's author. Pure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who


class Sentences(Protocol):
    """What of `generator.extract.referents.Referents` this module asks."""

    def subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...
    def sentence_index(self, para: Para, offset: int) -> int: ...
    def rows(self, number: int) -> list[tuple[Chunk, ...]]: ...

    @property
    def paras(self) -> tuple[Para, ...]: ...


# The verb that makes each kind of document; "written" and "wrote" only with "to" after
# ("had written to the minister"), not "wrote that" of a column or a post.
_LETTERS = lx.words("letter")
_SUITS = lx.words("lawsuit suit complaint")
_WRITING = lx.words("wrote written writes")
_SUING = lx.words("sued sues")
_PASSIVE = lx.words("was were been be being is are")
_AUXILIARIES = lx.words("had has have also already previously earlier")


def act_author(ctx: Sentences, para: Para, offset: int, noun: str) -> Who | None:
    """The author of "the <noun>" at `offset` that an earlier verb made ("had written to",
    "sued"): the verb's subject, in the nearest sentence (this one before `offset`, then
    this paragraph's and the two before; for a suit, only this one) that holds such a verb;
    None when that sentence has two authors, or when a sentence in between brings in
    another such document."""
    verbs = _WRITING if noun in _LETTERS else _SUING if noun in _SUITS else None
    if verbs is None:
        return None
    for n, (where, row) in enumerate(_rows_back(ctx, para, offset)):
        if n > 0 and verbs is _SUING:  # "X sued Y, accusing it of what the lawsuit calls": a
            return None  # later "The complaint, filed in …, says" may be another's
        acts = [i for i, c in enumerate(row) if is_word(row, i, *verbs) and _made(row, i, verbs)]
        if not acts:
            if _another(row, noun):
                return None  # "… received a second letter. The letter said": not the one
            continue  # written before
        found = {who.key for i in acts if (who := ctx.subject(row, _aux(row, i), where))}
        keys = {k for k in found if k is not None}
        return Who(keys.pop(), "high") if len(keys) == 1 and len(found) == 1 else None
    return None


def _made(row: Sequence[Chunk], i: int, verbs: frozenset[str]) -> bool:
    """Is the verb at `i` the making of the document: "written to", "sued X"?"""
    if verbs is _WRITING:
        return is_word(row, i + 1, "to")
    passive = is_word(row, i - 1, *_PASSIVE) or is_word(row, i + 1, "by")  # "was sued by"
    return i + 1 < len(row) and row[i + 1].kind in ("word", "name") and not passive


def _aux(row: Sequence[Chunk], i: int) -> int:
    """The first of the auxiliaries and adverbs before the verb at `i` ("had also written")."""
    while i > 0 and is_word(row, i - 1, *_AUXILIARIES):
        i -= 1
    return i


def _another(row: Sequence[Chunk], noun: str) -> bool:
    """Does the row bring in a document of the kind with "a"/"an" ("a second letter")?"""
    return any(
        c.kind == "word"
        and c.text == noun
        and any(is_word(row, m, "a", "an", "another") for m in range(max(0, i - 3), i))
        for i, c in enumerate(row)
    )


def _rows_back(ctx: Sentences, para: Para, offset: int) -> Iterator[tuple[Para, Sequence[Chunk]]]:
    """This sentence up to `offset`, then the rows before it: its own paragraph's, then the
    two paragraphs before."""
    here = ctx.sentence_index(para, offset)
    rows = ctx.rows(para.number)
    if here < len(rows):
        yield para, tuple(c for c in rows[here] if c.start < offset)
    for row in reversed(rows[:here]):
        yield para, row
    for number in range(para.number - 1, max(0, para.number - 3), -1):
        for row in reversed(ctx.rows(number)):
            yield ctx.paras[number - 1], row
