"""A capitalised run whose first word is a title or a role noun ("Coach", "Elder",
"Patient", "Commuter") but that names a body, not a titled person, for `name_runs`: the
grammar around it says so. A relative "which" after it when it opens its sentence ("Coach
Operators Europe, which represents 4,000 firms,") never follows a person; a civic body's
kind noun right before it ("advocacy group Elder Voices Aotearoa", "the charity Justice
After Restraint") describes the whole run. Pure.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.sentences import Token

# The kinds of civic body whose name may follow the noun ("the group X", "charity X"); not a
# body that has officers with titles before their names ("council Speaker X", "union
# President X", "commission Chair X").
_CIVIC_KINDS = lx.words(
    """group charity nonprofit non-profit organisation organization coalition network
    campaign alliance association collective movement society foundation"""
)
_WHICH = re.compile(r",\s+which\b")


def names_body(para: Para, first: int, words: list[Token]) -> bool:
    """Is the run `words` (its first token at index `first` of `para`), titled by its first
    word alone, a body's whole name by the grammar around it?"""
    if len(words) < 3 or words[0].text.isupper():  # "group CEO X Y": the group's officer
        return False
    if words[0].sentence_start and _WHICH.match(para.text, words[-1].end):
        return True  # the subject ("… headed by Justice X Y, which was hearing": the bench's)
    before = para.tokens[first - 1] if first > 0 else None
    return (  # "the charity X Y Z", never "Appearing for the alliance, Barrister X Y Z"
        before is not None
        and before.text in _CIVIC_KINDS
        and para.text[before.end : words[0].start] == " "
    )


def body_names(paras: tuple[Para, ...], raws: list[list[list[int]]]) -> frozenset[tuple[str, ...]]:
    """The runs of the document (each paragraph's runs of token indices) that name a body
    by the grammar around them, as their words: the same words elsewhere ("Patient Voice
    Westmark and the charity X wrote") name the same body. Once per document."""
    found = set()
    for para, para_raws in zip(paras, raws, strict=True):
        for raw in para_raws:
            words = [para.tokens[i] for i in raw]
            if names_body(para, raw[0], words):
                found.add(tuple(w.text for w in words))
    return frozenset(found)
