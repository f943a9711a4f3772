"""The subject a coordinated verb shares with its clause's first verb, for `verb_cues`:
"Its general secretary, Maureen Dalby, called it “…”, but said …", "The Port Authority
(APA) raised its tariffs …, citing …, and has said …": the first finite verb's subject,
when the grammar names it surely (a name, "high") and the first verb opens the main clause
(no subordinator, relative word or quotation before it: "When the council voted, X
rejected it and said" is no council's). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import SUBORDINATORS, Who

_OPENS_CLAUSE = SUBORDINATORS | frozenset({"who", "which", "that", "whose", "whom", "said"})


def main_subject(ctx: Context, para: Para, row: Sequence[Chunk], first: int) -> Who | None:
    """The named subject of the finite verb at `first` when it is the sentence's main verb;
    None when a clause may open before it or its subject is not surely named."""
    if any(c.kind == "quote" or is_word(row, k, *_OPENS_CLAUSE) for k, c in enumerate(row[:first])):
        return None
    who = ctx.subject(row, first, para)
    if who is None or who is COORDINATED or who.key is None or who.confidence != "high":
        return None
    return who
