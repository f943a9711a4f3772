"""The pronoun of "what she called “…”": the subject of the verb governing "what" ("a
junior accounts officer flagged what she called “odd-looking invoices”" → the officer,
unnamed), when that subject is a person or a person described but not named. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at


def what_pronoun(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """Who "she"/"he" is in "<subject> <verb> what she <naming verb at j>"."""
    if j < 3 or row[j - 1].kind != "pron" or not is_word(row, j - 2, "what"):
        return None
    if row[j - 1].text not in {"he", "she"} or not verb_at(row, j - 3):
        return None
    who = ctx.subject(row, j - 3, para)
    if who is None or who is COORDINATED:
        return None
    if who.key is None:  # "a junior accounts officer": unnamed (not "the government")
        words = who.unnamed.casefold().split() or [""]
        return who if words[0] in {"a", "an"} and person_noun(words[-1]) else None
    return who if ctx.kinds.get(who.key) == "person" else None
