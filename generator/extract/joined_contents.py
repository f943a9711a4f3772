"""Whose clause a verb after "and" joins, past a speech noun: "the AGO's characterisation of
its role and had acted “…”" (the outer subject's verb: the quotation is not the noun's), but
"found the articles carried imputations that Mr X had “…” and had “…”", "… that X was
“corrupt” and had “…”" (the "and" repeats the verb of the noun's own "that" clause, or an
auxiliary goes on from its quoted content: the second quotation is the noun's too).
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.rows import verb_at


def outer_and(row: Sequence[Chunk], j: int, m: int) -> bool:
    """Does "and" at `m` join a verb to the clause the speech noun at `j` sits in, not to
    the noun's own "that" clause, whose verb it repeats?"""
    if not (is_word(row, m, "and") and _verb_next(row, m)):
        return False
    repeated = any(is_word(row, n, row[m + 1].text) for n in range(j + 2, m))
    quoted = is_word(row, m + 1, *_AUXILIARIES) and any(c.kind == "quote" for c in row[j:m])
    return not (is_word(row, j + 1, "that") and (repeated or quoted))


# "… that X was “corrupt” and had “…”": an auxiliary after a quoted content goes on with it
_AUXILIARIES = lx.BE_FORMS | lx.words("had has have would could did does")


def _verb_next(row: Sequence[Chunk], m: int) -> bool:
    """A verb right after "and", or after an adverb ("and instead pursued")."""
    adverb = is_word(row, m + 1, "instead", "then", "later", "also", "still")
    ing = (
        row[m + 1].kind == "word"
        and row[m + 1].text.endswith("ing")
        and is_word(row, m + 2, "that")
    )
    return verb_at(row, m + 1) or (adverb and verb_at(row, m + 2)) or ing  # "and finding that"
