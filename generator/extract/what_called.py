"""The pronoun of "what she called “…”": the subject of the verb governing "what" ("a
junior accounts officer flagged what she called “odd-looking invoices”" → the officer,
unnamed), when that subject is a person or a person described but not named; of "what it
called", an organisation. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.reported_its import reported_body_it
from generator.extract.reported_namers import reported_namer
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at


def what_pronoun(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """Who "she"/"he" is in "<subject> <verb> what she <naming verb at j>"."""
    if j < 3 or row[j - 1].kind != "pron" or not is_word(row, j - 2, "what"):
        return None
    pronoun = row[j - 1].text
    v = j - 3  # "flagged what she called", "opened an inquiry into what it called"
    reach = 16 if pronoun == "it" else 8  # a body's clause runs long: "the paper published
    while v > j - reach and v > 0 and row[v].kind in ("word", "name") and not _verb(row, v):
        v -= 1  # an investigation into the allocation of plots in Burka to what it called"
    if pronoun not in {"he", "she", "it"} or not verb_at(row, v):
        return None
    bodies = [c for c in row[v + 1 : j] if getattr(c.mention, "kind", "") == "organisation"]
    if pronoun == "it" and bodies:
        return None  # "filed a complaint with the FEC over what it termed": either body
    if any(is_word(row, m, *lx.BE_FORMS) for m in range(max(0, v - 3), v)):
        return _before_passive(ctx, para, row, v, pronoun)  # "SFA confirmed that X had been
        # named preferred bidder after what it called": not X, SFA
    who = ctx.subject(row, v, para)
    if who is None or who is COORDINATED:
        return None
    if who.key is None:  # "a junior accounts officer": unnamed (not "the government")
        words = who.unnamed.casefold().split() or [""]
        person = words[0] in {"a", "an"} and person_noun(words[-1])
        return who if person and pronoun != "it" else None
    kind = "organisation" if pronoun == "it" else "person"  # "the KBA opened an inquiry into
    if ctx.kinds.get(who.key) != kind:  # what it called “…”": the KBA's
        return None
    if pronoun == "it" and reported_body_it(row, row[j - 1].start, who.key):
        return None  # "The inspectorate said X had …, earning what it called": either body
    return reported_namer(ctx, para, row, v, who, pronoun) or who  # "X said Ms Y had …"


def _verb(row: Sequence[Chunk], v: int) -> bool:
    """A verb, not a participle after a preposition or article ("of surveyed plots")."""
    adjective = row[v].text.endswith("ed") and is_word(row, v - 1, *_BEFORE_ADJECTIVE)
    return verb_at(row, v) and not adjective


_BEFORE_ADJECTIVE = frozenset({"of", "the", "a", "an", "in", "for", "with", "on", "to"})


def _before_passive(
    ctx: Context, para: Para, row: Sequence[Chunk], v: int, pronoun: str
) -> Who | None:
    """The subject of the reporting verb whose "that" clause holds the passive at `v`."""
    that = next((m for m in range(v - 1, max(-1, v - 8), -1) if is_word(row, m, "that")), -1)
    k = that - 1  # "confirmed yesterday that": past its adverb
    while k > 0 and row[k].kind == "word" and not verb_at(row, k) and that - k < 3:
        k -= 1
    if that < 1 or pronoun != "it" or not verb_at(row, k):
        return None
    who = ctx.subject(row, k, para)
    if who is None or who is COORDINATED or who.key is None:
        return None
    return who if ctx.kinds.get(who.key) == "organisation" else None
