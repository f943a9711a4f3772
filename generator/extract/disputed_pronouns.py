"""Whose a speech noun is when "his" or "her" owns it and a verb of disputing takes it:
"Under cross-examination by Sarah Lindqvist, …, Thibodeau conceded … but rejected her
suggestion that the service had “cried wolf”". No one rejects a suggestion of their own, so
the owner is not the disputing verb's subject: it is the one other person the paragraph has
named before the pronoun (in its sentence or an earlier one, a possessor too: "figures in Ms
X's party … Her deputy, Y, rejected her suggestion that she had been “…”") whose gender the
pronoun may have. With none or more than one, or no subject found, the speaker is unclear.
Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.claim_owners import disputed
from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.phrases import Who

_PRONOUNS = {"his": "he", "her": "she"}


def disputed_pronoun(row: Sequence[Chunk], k: int) -> bool:
    """Is the word at `k` "his" or "her" owning the object of a verb of disputing ("rejected
    her suggestion", "disputing his claim")?"""
    c = row[k]
    return c.kind == "word" and c.text in _PRONOUNS and k > 0 and disputed(row, k)


def disputed_owner(ctx: Context, para: Para, row: Sequence[Chunk], k: int, noun: str) -> Who:
    """The one person other than the disputing verb's subject that "his"/"her" at `k` can
    stand for, named in the paragraph before it; unclear otherwise."""
    unclear = Who(None, "low", noun)
    subject = ctx.subject(row, k - 1, para)
    if subject is None or subject is COORDINATED:
        subject = ctx.clause_subject(row, k - 1, para)
    if subject is None or subject is COORDINATED:
        return unclear
    offset = row[k].start
    index = ctx.sentence_index(para, offset)
    earlier = [c for r in ctx.rows(para.number)[:index] for c in r]
    named = [c for c in (*earlier, *row) if c.start < offset]
    wanted = sp.PRONOUN_GENDERS.get(_PRONOUNS[row[k].text])
    found = sorted(
        {key for c in named if (key := _person(c, ctx.gender, wanted)) and key != subject.key}
    )
    if len(found) != 1 or wanted is None:
        return unclear
    ctx.gender.setdefault(found[0], wanted)  # as a pronoun resolved surely tells: "her" is hers
    return Who(found[0], "high")


def _person(c: Chunk, gender: Mapping[str, str], wanted: str | None) -> str | None:
    """The key of the person the name chunk `c` mentions, if its gender may be `wanted`."""
    m = c.mention
    if c.kind != "name" or m is None or m.kind != "person":
        return None
    known = gender.get(m.key)
    return m.key if known is None or wanted is None or known == wanted else None
