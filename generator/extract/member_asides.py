"""Who "who" stands for after a body's descriptive aside when the body is itself a person's
role ("said Alana Petrossian, executive director of Common Ledger Massachusetts, a watchdog
group, who called the penalty “…”"): "who" takes people, and the aside describes the body
that names the person's role, so "who" is the person, not the group (issue 12). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word

_HOLDING = frozenset({"of", "at", "for"})
_ROLE_WORDS = 6  # "executive director", "chief operating officer of the"


def role_holder(row: Sequence[Chunk], b: int) -> Chunk | None:
    """For the body named at `b`, the person named before ", <role> of/at/for" it (a role
    noun among the words between, the comma right after the name), or None."""
    at = b - 1 - is_word(row, b - 1, "the")
    if not is_word(row, at, *_HOLDING):
        return None
    m = at - 1
    while m > 0 and row[m].kind == "word" and at - m <= _ROLE_WORDS:
        m -= 1
    role = row[m + 1 : at]
    if not role or not any(c.text in lx.ROLE_NOUNS for c in role):
        return None
    if row[m].kind != "punct" or row[m].text != "," or m < 1:
        return None
    named = row[m - 1]
    person = getattr(named.mention, "kind", "") == "person"
    return named if named.kind == "name" and person and not named.possessive else None
