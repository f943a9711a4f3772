"""A person a body's name describes, as a sentence's subject: "The chief executive of Bord X
has told the committee that the company “…”", "The general manager of X said".

The verb is the officer's, not the body's: the speaker is whoever holds the office, named
elsewhere or not, so the subject alone names no one ("speaker unclear"); an unnamed "an
official of X" is `asides.unnamed_member`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.role_phrases import person_noun


def role_of_body(row: Sequence[Chunk], i: int) -> int | None:
    """Where "the chief executive of [the] <Body>" opens, when the body's name at `i` ends it
    (capitalised words the name reader left out may stand before it: "of Bord Teasa
    Éireann"); none when the phrase is not a definite office over the body."""
    k = i - 1
    while k > 0 and row[k].kind == "word" and row[k].capital and row[k].text != "of":
        k -= 1  # "Bord" cut from "Bord Teasa Éireann"
    if is_word(row, k, "the"):
        k -= 1
    if k < 2 or not is_word(row, k, "of") or row[k - 1].kind != "word":
        return None
    noun = row[k - 1].text
    if row[k - 1].capital and k < i - 1 and not is_word(row, k + 1, "the"):
        return None  # "The Secretary of State Antony Blinken": a title before a name
    if noun in lx.SPOKESPEOPLE or not person_noun(noun) or noun.endswith("s"):
        return None  # "a spokesman of X" speaks for it; "members of X" are many
    start = k - 2
    while start >= 0 and row[start].kind == "word" and row[start].text not in {"the", "a", "an"}:
        start -= 1
    if not is_word(row, start, "the") or k - 1 - start > 3:
        return None
    return start


def named_in_full(row: Sequence[Chunk], i: int) -> int:
    """The body's full name when the name at `i` is its acronym set after it between commas
    ("A member of the party's National Working Committee, NWC, who …, told"); else `i`."""
    mention = row[i].mention
    key = mention.key if mention is not None else None
    if i >= 2 and key is not None and row[i - 1].text == "," and row[i - 2].kind == "name":
        full = row[i - 2].mention
        return i - 2 if full is not None and full.key == key else i
    return i


def apposed_holder(row: Sequence[Chunk], i: int) -> int:
    """The person whose role names the body at `i`: "Priya Ramanathan, co-founder of the
    campaign group Westbury Maternity Families, whose daughter …, said" is Ramanathan's,
    not the group's (lowercase words only between "of" and the body); else `i`."""
    k = i - 1
    while k > 0 and row[k].kind == "word" and not row[k].capital and row[k].text != "of":
        k -= 1
    if k < 3 or not is_word(row, k, "of") or row[k - 1].kind != "word":
        return i
    noun = row[k - 1].text
    if noun in lx.SPOKESPEOPLE or not person_noun(noun) or noun.endswith("s"):
        return i
    comma = k - 2
    while comma > 0 and row[comma].kind == "word" and k - comma <= 4:
        comma -= 1  # "a founding member of", "the chief executive of"
    person = row[comma - 1] if comma >= 1 and row[comma].text == "," else None
    if person is None or person.mention is None or person.mention.kind != "person":
        return i
    return comma - 1 if not person.possessive else i
