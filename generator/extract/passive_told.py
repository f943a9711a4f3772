"""A quotation inside the "that" clause of a passive verb of telling ("they had been told in
the days after his death that he had “just gone to sleep”"): the teller speaks, named only
by "by X" (`verb_cues.verb_cue`), never the subject of an outer "said". Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.passive_adjuncts import resumed_report

_TOLD = lx.words("told informed assured")


def told_that(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is chunk `j` a passive "told"/"informed"/"assured" whose "that" clause holds the
    quotation at `qi`? Not "had been assured “again and again” that …" (the quotation comes
    before "that": the outer speaker's words)."""
    if not is_word(row, j, *_TOLD) or not is_word(row, j - 1, *lx.BE_FORMS):
        return False
    if resumed_report(row, j, qi):
        return False  # "… that there was ‘…’ while ‘…’": the reporter's again
    if any(is_word(row, m, "that") for m in range(j + 1, qi)):
        return True
    opens = (
        j + 2 < qi and row[j + 1].kind in ("word", "name") and not is_word(row, j + 1, *_NOT_CLAUSE)
    )
    return opens and any(  # "he was told improvements were “…”": a clause without "that"
        is_word(row, m, *lx.BE_FORMS) or sp.VERB_FORMS.get(row[m].text) == "finite"
        for m in range(j + 2, qi)
    )


_NOT_CLAUSE = lx.words("to by of about in on at for from with")
