"""A quotation after a conceded point: "she said she did not dispute the arithmetic but believed
voters “…”", "Tulloch said he did not dispute the records but had “no recollection …”". The
negated denial concedes its object, and "but" with a verb opens a second predicate of the same
subject, where the quotation stands: it is no claim someone denies, so the cue search goes on
past the denial to the verb that reports the clause ("she said", "Tulloch said"). A denial
that is not negated ("denied the claim but …") keeps its guard. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.rows import verb_at

_NEGATIONS = lx.words("not never n't")
_DO = lx.words("did does do would could")


def conceded(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the denial verb at `j` negated ("did not dispute"), and the quotation at `qi` past a
    "but" and a verb of the same subject ("but believed voters", "but had")?"""
    if qi <= j or not is_word(row, j - 1, *_NEGATIONS) or not is_word(row, j - 2, *_DO):
        return False
    but = next((m for m in range(j + 1, qi) if is_word(row, m, "but")), -1)
    if but < 0 or any(row[m].kind in ("quote", "punct") for m in range(j + 1, qi)):
        return False  # one clause with no punctuation between the denial and the quotation
    return but + 1 < qi and verb_at(row, but + 1)
