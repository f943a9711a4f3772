"""The subject of a subordinate clause, for an "-ing" clause whose main clause's subject
speaks for no one ("Tension is mounting … after X rejected the outcome, describing it as
“…”": X), for `verb_cues`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at
from generator.extract.subordinators import SUBORDINATORS


def no_speaker(who: Who | None) -> bool:
    """A subject that speaks for no one: none found, or a description with no person or
    body in its first words ("Tension", "The move"; not "A person familiar with the deal")."""
    if who is None:
        return True
    words = who.unnamed.casefold().split()
    words = words[:4] + words[-1:]  # "Nova Scotia's conflict of interest commissioner"
    return who.key is None and not any(w in _SPEAKING or person_noun(w) for w in words)


_SPEAKING = lx.ORG_NOUNS | lx.BODY_NOUNS | lx.ORG_HEADS | lx.GENERIC_ORG_NOUNS | sp.DOCUMENT_NOUNS
_SPEAKING |= lx.words("person people someone source sources insider insiders man men woman women")


def subordinate_subject(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """The subject of the clause after the last subordinating word before the "-ing" word at
    `j`, when the main clause's subject speaks for no one ("Tension is mounting … after X
    rejected the outcome, describing it as “…”"): X."""
    start = next((k for k in range(j - 2, 0, -1) if is_word(row, k, *SUBORDINATORS)), 0)
    verb = next((m for m in range(start + 1, j - 1) if verb_at(row, m)), -1)
    if start == 0 or verb < 0 or row[j - 1].text != ",":
        return None
    who = ctx.subject(row, verb, para)
    return who if who is not None and who is not COORDINATED and who.key is not None else None
