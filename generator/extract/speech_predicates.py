"""Two checks `cues._before` makes on the words between a cue and its quotation: is the
quotation the predicate of a copula whose subject is the speech noun's own phrase, and is a
"that" verb someone else's question or report? Moved out of `cues.py` unchanged."""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.noun_cues import bare_clause
from generator.extract.rows import verb_at


def noun_predicate(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the quotation the predicate of a copula whose subject is the speech noun's own
    phrase ("the union's warnings of “…” were “scaremongering”": not the warnings' words;
    not "Lee's claim that the mayor was “…”" nor "his claim the messages were “…”", a clause
    inside the claim)?"""
    copula = is_word(row, qi - 1, "was", "were", "is", "are") and not bare_clause(row, j, qi)
    return copula and all(
        c.kind in ("quote", "word") and c.text not in {"that", "which"} and not verb_at(row, m)
        for m, c in enumerate(row[j + 1 : qi - 1], j + 1)
    )


def asked_or_reported(row: Sequence[Chunk], j: int) -> bool:
    """ "asked whether she accepted that …", "said operators accepted that …": someone
    else's question or report, not the verb's subject's own words."""
    if any(is_word(row, k, "whether", "if") for k in range(max(0, j - 3), j)):
        return True
    for k in range(j - 1, -1, -1):  # "said he … accepted that": his own; "said operators …"
        if row[k].kind in ("punct", "quote"):
            return False
        if is_word(row, k, *lx.SAID_FORMS):
            return k + 1 < j and row[k + 1].kind != "pron"
    return False
