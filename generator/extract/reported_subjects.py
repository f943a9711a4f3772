"""The subjects of clauses a speech verb reports ("The regulator said Kennet Vale Water had
shown …", "found that the firm had"): in view for "the company said" (`body_referents`),
and another person a pronoun in that sentence may stand for (`genders.other_reported`).
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract import speech as sp
from generator.extract.clauses import Chunk
from generator.extract.verb_follows import verb_follows


def reported_subjects(row: Sequence[Chunk]) -> list[int]:
    """Where a name opens a clause that a speech verb (or its "that") reports, with a verb
    of its own after it: "said Kennet Vale Water had shown", "found that Ms Lee had"."""
    return [
        i
        for i, c in enumerate(row)
        if c.mention is not None
        and not c.possessive
        and i > 0
        and row[i - 1].kind == "word"
        and (sp.VERB_FORMS.get(row[i - 1].text) == "finite" or row[i - 1].text == "that")
        and verb_follows(row, i)
    ]


def reports(key: str, *rows: Sequence[Chunk]) -> bool:
    """Is `key` the subject of a clause reported in one of `rows`?"""
    return any(
        getattr(r[i].mention, "key", None) == key for r in rows for i in reported_subjects(r)
    )


def speech_follows(text: str, end: int) -> bool:
    """Does a speech verb follow the description ending at `end` ("the company said",
    "the firm, which …, said"), not a noun it owns ("the company's argument")?"""
    found = _NEXT_WORD.match(text, end) if end >= 0 else None
    return found is not None and sp.VERB_FORMS.get(found.group(1).casefold()) == "finite"


_NEXT_WORD = re.compile(r"(?:,[^,]*,)?\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\b")
