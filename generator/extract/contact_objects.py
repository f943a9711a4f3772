"""An object followed by a contact clause (a relative clause with no "that") whose own subject
opens with a possessive determiner and ends in a person's noun: "the City Council approved an
ordinance | its chief sponsor called “…”", "passed a bill | his critics described as “…”".
The verb of saying is the contact clause's, so its subject starts at the determiner, never at
the main clause's subject.
`object_clause_start(row, start, end)` → where the subject of the verb after `end` opens
(past `subject_shapes.inner_determiner`'s listener). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk
from generator.extract.phrases import PREPOSITIONS
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at
from generator.extract.subject_shapes import inner_determiner

_OWNERS = frozenset({"its", "his", "her", "their"})


def object_clause_start(row: Sequence[Chunk], start: int, end: int) -> int:
    start = inner_determiner(row, start, end)
    for k in range(end, start + 1, -1):
        c = row[k]
        if c.kind != "word":
            return start
        if c.text not in _OWNERS:
            continue
        noun = row[k - 1]
        plain = noun.kind == "word" and not noun.possessive and not noun.capital
        plain = plain and noun.text not in PREPOSITIONS and noun.text not in lx.DETERMINERS
        plain = plain and sp.VERB_FORMS.get(noun.text) is None and not verb_at(row, k - 1)
        tail = all(
            x.kind == "word" and not verb_at(row, m) for m, x in enumerate(row[k : end + 1], k)
        )
        # a person's noun heads it (not "a practice its original order described as": whose
        # order is another question)
        person = person_noun(row[end].text) or row[end].text in lx.ROLE_NOUNS
        return k if plain and tail and person and not noun.text.endswith("ly") else start
    return start
