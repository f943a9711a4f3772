"""Reporting verbs inside what another reports, for `cues._before`: `reported_verb` ("told
reporters that Washington would announce a contribution “in the coming weeks”": the outer
verb's subject says the adverbial quotation, not the inner verb's). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.cue_scope import adverbial, reported_before


def reported_verb(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """ "told reporters that Washington would announce a contribution “in the coming weeks”",
    "said the government would not declare an emergency “for now”": a reporting verb inside
    what an earlier one reports, with its own object before an adverbial quotation, does not
    speak the quotation; the earlier verb's subject does."""
    often = _EVERY_TIME.match(row[qi].text) or _OFTEN.match(row[qi].text)
    if row[j].text in lx.SAID_FORMS and not often:
        return False  # "teachers who he said had stagnated … “for up to a decade”": his
    timed = _TIMED.search(row[qi].text) is not None or (  # "warned the board for “at least
        is_word(row, qi - 1, "for", "within", "over") and _SPAN.search(row[qi].text) is not None
    )  # two years”"; "had been telling the charity “for
    joined = row[qi].text.lstrip(" \"'“‘").startswith(("and ", "but "))  # "told X the group
    if (joined or _other_predicate(row, j, qi)) and qi - j >= 2:  # had asked for a trial “and
        return reported_before(row, j)  # was ignored”"
    promised = row[j].text in _ACTS and is_word(row, j - 1, "would", "will") and qi == j + 1
    unsaid = is_word(row, j - 1, *lx.MODALS) and not row[j - 1].capital  # not "in May saying"
    unsaid = unsaid and row[j].text not in _ACTS  # "She said the union
    if promised or unsaid:  # would ask … rather than “…”": words not yet said are the
        return reported_before(row, j - 1)  # reporter's
    purpose = row[j].text in _WRITES and _first_word(row[qi].text).endswith("ing")  # "had
    # written to the police “seeking an explanation”": the letter's purpose, as reported
    # "would ask X to open talks “as soon as possible”", "had told regulators the same thing
    # “every time it …”", "had written to X “three times since November”": how soon or how
    # often is the reporter's, not the inner verb's words
    soon = bool(often) or purpose or _AS_SOON.match(row[qi].text) is not None
    if not (row[j].text in _ACTS or timed or soon) or not (adverbial(row[qi].text) or soon):
        return False  # the best part of two years”"; not "had once called the shelters “…”"
    to_whom = is_word(row, j + 1, "to") and row[j].text in _WRITES  # "had written to X"
    plain = row[j + 1].kind in ("word", "name") and row[j + 1].text not in _OPENING
    if qi - j < 2 or not (plain or to_whom):
        return False
    if row[j].text not in _ACTS and any(is_word(row, m, "that") for m in range(j + 2, qi)):
        return False  # "said the minister had assured the House that it would be … “within"
    if row[j + 1].kind == "name" and not soon:
        return False
    if any(c.kind != "word" and c.kind != "name" for c in row[j + 1 : qi]):
        return False
    return reported_before(row, j)


def _other_predicate(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is there, between the verb at `j` and the quotation at `qi`, a coordinated predicate
    of another verb ("had asked the agency to help but had received “…”")?"""
    for k in range(j + 1, qi - 1):
        if is_word(row, k, "and", "but"):
            m = k + 1
            while m < qi and is_word(row, m, "had", "has", "have", "was", "were", "then", "not"):
                m += 1
            w = row[m].text if m < qi and row[m].kind == "word" else ""
            past = w not in sp.VERB_FORMS and (w.endswith("ed") or w in sp.IRREGULAR_PAST)
            if past or qi == m > k + 1:  # "… and had “kept it in a drawer”": the auxiliary's
                return True
    return False


_OPENING = frozenset({"that", "to", "as"})
_AS_SOON = re.compile(r"^\W*as (?:soon|quickly|early|fast) as\b", re.IGNORECASE)
_OFTEN = re.compile(r"^\W*(?:once|twice|(?:\w+) times)\b", re.IGNORECASE)  # "three times since"
_WRITES = lx.words("wrote written write writes")


def _first_word(quoted: str) -> str:
    words = quoted.strip(" \"'“”‘’").casefold().split()
    return words[0] if words else ""


_EVERY_TIME = re.compile(r"^\W*(?:(?:every|each) time|whenever)\b", re.IGNORECASE)
_UNITS = r"(?:years?|months?|weeks?|days?|hours?|minutes|decades?)"
_TIMED = re.compile(
    rf"^\W*(?:for|within|over|since|until|during)\b.*\b(?:{_UNITS}|period)\b", re.IGNORECASE
)
_SPAN = re.compile(rf"\b{_UNITS}\b", re.IGNORECASE)
# Verbs of announcing a thing, which speak only through their object ("announce a grant").
_ACTS = lx.words(
    """announce announced announces declare declared declares unveil unveiled unveils publish
    published publishes release released releases issue issued issues"""
)
