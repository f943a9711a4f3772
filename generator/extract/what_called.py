"""The pronoun of "what she called “…”": the subject of the verb governing "what" ("a
junior accounts officer flagged what she called “odd-looking invoices”" → the officer,
unnamed), when that subject is a person or a person described but not named; of "what it
called", an organisation. Pure.
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
    pronoun = row[j - 1].text
    v = j - 3  # "flagged what she called", "opened an inquiry into what it called"
    while v > j - 8 and v > 0 and row[v].kind == "word" and not verb_at(row, v):
        v -= 1
    if pronoun not in {"he", "she", "it"} or not verb_at(row, v):
        return None
    who = ctx.subject(row, v, para)
    if who is None or who is COORDINATED:
        return None
    if who.key is None:  # "a junior accounts officer": unnamed (not "the government")
        words = who.unnamed.casefold().split() or [""]
        person = words[0] in {"a", "an"} and person_noun(words[-1])
        return who if person and pronoun != "it" else None
    kind = "organisation" if pronoun == "it" else "person"  # "the KBA opened an inquiry into
    return who if ctx.kinds.get(who.key) == kind else None  # what it called “…”": the KBA's
