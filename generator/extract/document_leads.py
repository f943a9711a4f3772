"""Whose is the report a sentence brings in with no author ("An independent review of X has
found …", "after an independent review found …") when the text names its maker only after:
"…, according to a report released yesterday by X" in the same sentence, or the next
mention, "The review, carried out by X,", "The 240-page report by Dame Y". Forward from the
document, the first later mention of a report of any kind decides: "the <report>" with an
author gives that author; one with none ("the review's findings") is passed over; another
brought in ("a report", "its report", "the council's report", "the Penrose Review") ends the
search with no one. Only this paragraph and the two after are read, and never a document a
speaker reports ("The company said that an independent review had found …"). Pure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.documents import REPORTED, Referents, author_at
from generator.extract.phrases import Phrase, Who
from generator.extract.rows import antecedent_start

_KINDS = REPORTED | {"report"}  # "An independent inquiry … found …. The 240-page report by"
_BACK = frozenset({"the", "this", "that"})
_AHEAD = 2  # paragraphs after the document's own


def lead_author(ctx: Referents, phrase: Phrase, para: Para) -> Who | None:
    """The maker of the report `phrase` brings in ("an independent review"), named later in
    the sentence or at its next mention (see the module's docstring), or None."""
    head = phrase.head
    if phrase.det not in ("a", "an") or phrase.noun not in _KINDS or head is None:
        return None
    if _reported(ctx, para, phrase) or any(m.kind == "name" or m.capital for m in phrase.modifiers):
        return None  # "a Control Yuan report": its maker is named in it, or no one is
    for where, row, first in _rows_after(ctx, para, head.start):
        for i, c in enumerate(row):
            if c.kind == "name" and c.text.split()[-1].casefold() in _KINDS:
                return None  # "the Penrose Review": another, named
            if c.kind != "word" or c.text not in _KINDS or c.capital:
                continue
            start = antecedent_start(row, i)
            according = (
                first and is_word(row, start - 1, "to") and is_word(row, start - 2, "according")
            )
            if not according and (
                (i > 0 and row[i - 1].possessive) or not is_word(row, start, *_BACK)
            ):
                return None  # "a report", "its report", "the council's report": another
            author = author_at(ctx, row, i, where)
            if author is not None and author.key is not None:
                return None if _two_makers(row, i) else Who(author.key, "high")
            if according:
                return None
    return None


def _rows_after(
    ctx: Referents, para: Para, offset: int
) -> Iterator[tuple[Para, Sequence[Chunk], bool]]:
    """The rest of this sentence after `offset` (flagged first), the rest of the paragraph,
    then the rows of the next `_AHEAD` paragraphs."""
    here = ctx.sentence_index(para, offset)
    rows = ctx.rows(para.number)
    if here < len(rows):
        yield para, tuple(c for c in rows[here] if c.start > offset), True
    for row in rows[here + 1 :]:
        yield para, row, False
    for number in range(para.number + 1, min(para.number + _AHEAD, len(ctx.paras)) + 1):
        for row in ctx.rows(number):
            yield ctx.paras[number - 1], row, False


def _reported(ctx: Referents, para: Para, phrase: Phrase) -> bool:
    """Is the document the subject of a clause a verb of saying reports ("The company said in
    a statement that an independent review … had found"): the speaker's reading of it? Not
    "has been told to overhaul …, after an independent review found"."""
    offset = phrase.head.start if phrase.head is not None else 0
    row = ctx.rows(para.number)[ctx.sentence_index(para, offset)]
    before = [c for c in row if c.start < offset and c.end <= offset]
    k = len(before) - 1
    if not is_word(before, k, "that", *lx.SAID_FORMS):
        return False
    return any(c.kind == "word" and c.text in lx.SAID_FORMS for c in before)


def _two_makers(row: Sequence[Chunk], i: int) -> bool:
    """Does the "by" after the document at `i` name two makers joined by "and" ("compiled by
    members X (…) and Y (…),")?"""
    by = next((k for k in range(i + 1, min(i + 9, len(row))) if is_word(row, k, "by")), -1)
    for k in range(by + 1, min(by + 12, len(row) - 1) if by > 0 else 0):
        if row[k].kind in ("punct", "quote") and row[k].text not in "()":
            return False
        if is_word(row, k, "and") and row[k + 1].kind == "name":
            return any(c.kind == "name" for c in row[by + 1 : k])
    return False
