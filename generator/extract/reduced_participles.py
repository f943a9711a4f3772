"""A past participle right after a noun that a preposition governs ("cuts on the scale
proposed would mean “…”", "under the plan announced in May"): it describes the noun, a
reduced relative clause with no subject of its own, so it is no quotation's cue. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import PREPOSITIONS
from generator.extract.rows import verb_at


def object_participle(row: Sequence[Chunk], j: int) -> bool:
    """Is the "-ed" word at `j` a participle after "<preposition> <determiner> <noun>" with
    the clause's own verb right after it ("cuts on the scale proposed would mean"; not "at
    the time called the report", "after a supervisor noted in")?"""
    if j < 3 or row[j].kind != "word" or not row[j].text.endswith("ed"):
        return False
    noun = row[j - 1]
    if noun.kind != "word" or noun.capital or verb_at(row, j - 1):
        return False
    if not (is_word(row, j - 2, *lx.DETERMINERS) and is_word(row, j - 3, *PREPOSITIONS)):
        return False
    return is_word(row, j + 1, *lx.MODALS, *lx.BE_FORMS, "has", "have", "had")  # the main verb
