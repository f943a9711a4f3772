"""Quoted words the sentence gives to no one, though a named speaker's verb stands before
them. `unsaid(row, qi)` → why the quotation at `qi` is nobody's words, or None:
- an agentless "said to": "N47.3 billion said to have been “released without due process”",
  "an offence said to be “contrary to …”" (no one named says it);
- what an unnamed group calls a thing: "what locals now call the “Glenmuir slalom”", "in
  what staff call “corridor care”" (a bare plural, not "what the union has called");
- a title or a nickname named so: "published under the title “…”", "Oshane Campbell,
  otherwise called “Biggz”";
- a charge: "had been booked for “culpable homicide …”";
- a grade a record gives: "was graded as “non-urgent”" (not "… by the inspectors").
`joined_to_unclear(row, qi, before)`: "flagged projects as “high risk” or “not viable”" —
the second of two quotations joined by "or"/"and"/"rather than" has no other speaker than
the first, which a rule of its own left unclear. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word

_SAID_TO = lx.words("said alleged reported")
_GROUPS = lx.words("staff police people")  # bare nouns that name a group without "-s"
_CALLING = lx.words("call calls called term terms termed dub dubs dubbed")
_ADVERBS = lx.words("now often sometimes also privately routinely increasingly have had")
_TITLES = lx.words("title headline heading")
_OTHERWISE = lx.words("otherwise also commonly popularly")
_JOINS = lx.words("or and nor")


def unsaid(row: Sequence[Chunk], qi: int) -> str | None:
    at = qi - 1 - is_word(row, qi - 1, "a", "an", "the")  # the word before any article
    if _said_to(row, at):
        return "an agentless “said to”"
    if _what_they_call(row, at):
        return "what an unnamed group calls it"
    titled = is_word(row, at, *_TITLES) and is_word(row, at - 1, "the")
    if titled and is_word(row, at - 2, "under", "with", "bearing"):
        return "a title"  # "published under the title “…”"
    if is_word(row, at, "called", "named") and is_word(row, at - 1, *_OTHERWISE):
        return "a nickname"  # "Oshane Campbell, otherwise called “Biggz”"
    if is_word(row, at, "for", "under") and is_word(row, at - 1, "booked"):
        return "a charge"  # "had been booked for “culpable homicide …”"
    if is_word(row, at, "as") and is_word(row, at - 1, "graded"):
        be = at - 2 - (row[at - 2].kind == "word" and row[at - 2].text.endswith("ly"))
        by = any(is_word(row, k, "by") for k in range(qi + 1, min(len(row), qi + 3)))
        if is_word(row, be, *lx.BE_FORMS) and not by:
            return "a grade"  # "was graded as “non-urgent”": not "… by the inspectors"
    return None


def _said_to(row: Sequence[Chunk], at: int) -> bool:
    """ "said to be", "said to have (been)" right before the quotation, the verb no one's: a
    noun before it, not a pronoun or a name ("she understood to be" is hers)."""
    k = at
    k -= is_word(row, k, "been")
    if not is_word(row, k, "be", "have"):
        return False
    if not (is_word(row, k - 1, "to") and is_word(row, k - 2, *_SAID_TO)):
        return False
    before = row[k - 3] if k >= 3 else None
    return before is not None and before.kind in ("word", "num") and not before.capital


def _what_they_call(row: Sequence[Chunk], at: int) -> bool:
    """ "what <bare plural> [now] call(s)/called": a group nobody names calls it so."""
    k = at
    if not is_word(row, k, *_CALLING):
        return False
    k -= 1
    while is_word(row, k, *_ADVERBS):
        k -= 1
    group = row[k] if k >= 0 else None
    if group is None or group.kind != "word" or group.capital or group.possessive:
        return False
    plural = group.text in _GROUPS or (group.text.endswith("s") and len(group.text) > 3)
    return plural and is_word(row, k - 1, "what")


def joined_to_unclear(row: Sequence[Chunk], qi: int, before: tuple[str | None, bool]) -> bool:
    """Is the quotation at `qi` joined by "or"/"and"/"nor"/"rather than" right after the
    quotation before it, whose own cue (`before`: its speaker key, whether it had a cue of
    its own) gave no speaker?"""
    key, cued = before
    if key is not None or not cued:
        return False
    if is_word(row, qi - 1, *_JOINS):
        first = qi - 2
    elif is_word(row, qi - 1, "than") and is_word(row, qi - 2, "rather"):
        first = qi - 3
    else:
        return False
    first -= first >= 0 and row[first].kind == "punct" and row[first].text == ","
    return first >= 0 and row[first].kind == "quote"
