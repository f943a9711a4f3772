"""A pronoun that reports the sentence it closes ("Sethuraman had “systematically misused
his position” to benefit these entities, she said"; "Perrin had been “made a scapegoat …”,
she told the Herald"). The person named as the reported clause's subject is seldom the one
who reports it (the writer would have put "she had been …, Perrin said"), but may be ("Jones
was told to leave, he said"): that person is no sure antecedent, and when the pronoun could
be theirs, whoever else it resolves to is only a guess.

`closing_pronoun(row, offset)`: the pronoun at `offset` closes its sentence as the reporter
of all before it: after a comma, right before a reporting verb ("said", "told", "added"),
with at most a short object or time after the verb ("she told the Herald", "he said on
Monday") and no quotation, "that" or second verb there.
`reported_front(row, offset, agrees)`: the people the clause before such a pronoun names
who could be it. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk
from generator.extract.rows import verb_at

_TAIL = 6  # chunks at most after the verb ("told the Herald on Monday .")


def closing_pronoun(row: Sequence[Chunk], offset: int) -> int:
    """The index of the pronoun at `offset` when it closes its sentence as its reporter,
    else -1."""
    p = next((k for k, c in enumerate(row) if c.start == offset), -1)
    if p < 2 or row[p].kind != "pron" or row[p - 1].kind != "punct" or row[p - 1].text != ",":
        return -1
    v = p + 1
    if v >= len(row) or row[v].kind != "word" or row[v].text not in lx.SAID_FORMS:
        return -1
    tail = row[v + 1 :]
    if len(tail) > _TAIL:
        return -1
    if any(
        c.kind == "quote" or c.text == "that" or verb_at(row, v + 1 + k) for k, c in enumerate(tail)
    ):
        return -1
    return p


def reported_front(
    row: Sequence[Chunk], offset: int, word: str, agrees: Callable[[str, str], bool]
) -> set[str]:
    """The people named (not as owners) in the clause a closing "he"/"she" reports, who
    could be the pronoun `word`."""
    p = closing_pronoun(row, offset) if word in ("he", "she") else -1
    return {
        c.mention.key
        for c in row[: max(p, 0)]
        if c.kind == "name"
        and c.mention is not None
        and c.mention.kind == "person"
        and not c.possessive
        and agrees(c.mention.key, word)
    }
