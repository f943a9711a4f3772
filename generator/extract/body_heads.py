"""Names whose last word is the head of a body's name that the organisation heads of
`lexicon` leave out (issue 12, thirty-third round): "the Executive Yuan yesterday accused …",
"the Minority Caucus walked out", "Velmora Motor said in a statement", "the Kestrel Bay Coast
Guard said", "the Hallam Vale Maternity Inquiry has found". ("Circuit" is left out: a court
that quotes a party's words in its ruling would take them.)
Such a name was dropped for want of evidence, or read as a person's by its place in the
sentence. Unlike the heads of `lexicon.ORG_HEADS`, these words are also people's names ("Hsu
Yuan", "Daniel Guard"), so a head names a body only when no mention of the name says a person
(a title, an honorific, an age, a role noun before it or a role in apposition after it). Pure.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract.types import Kind

HEADS = lx.words("yuan treasury guard caucus inquiry patrol motor materials chancellery")
# What says a person (or no one) in any mention: then the head decides nothing.
_PERSONAL = frozenset(
    {"person", "title", "honorific", "aged", "role_appos", "role_before", "named_as"}
    | {"holder", "common", "event", "thing"}
)


def head_kind(name: str, evidence: set[str]) -> Kind | None:
    """ "organisation" when the name (two words or more) ends on a body's head and no
    mention says a person; else None, and the other evidence decides."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in HEADS or evidence & _PERSONAL:
        return None
    return "organisation"
