"""Words that an unnamed finding holds inside someone else's sentence: a study, audit, report,
note or assessment that nobody owns, or people the text leaves unnamed, found, indicated,
flagged or described what the quotation says ("X said an internal audit had found that the
calls had been marked “…”", "pointing to a 2024 study that found the terminal was running
“…”", "pointing out that officials had indicated in August that the application was “…”",
"where a risk assessment had described her as being at “…”"). The named speaker only passes
the finding on: the quotation's speaker is unclear.

Not for someone's own finding ("her report found", "the commission's audit"), "the study"
(perhaps the speaker's own), a name between the noun and its verb ("a study by X found"), a
passive ("was found to be"), nor when a verb of saying or telling comes between the finding
verb and the quotation ("… found …, she said “…”"). Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import Who
from generator.extract.reported_tellers import people_noun

if TYPE_CHECKING:
    from generator.extract.verb_cues import Cue

_DOCUMENTS = lx.words(
    """study studies audit audits review reviews report reports survey surveys assessment
    assessments analysis analyses inspection inspections note notes memo memos evaluation
    evaluations investigation investigations probe examination"""
)
# What research finds: a document's words only in a relative clause of its own ("a study
# that found", "which a state audit found had"); "X said an inspection had found “…”" is
# the speaker's (a body reports its own inspectors).
_FOUND = lx.words("found finds concluded concludes showed shows")
# What a document or people flag or indicate, with "had"/"has" ("an internal inspection note
# had flagged", "officials had indicated", "a risk assessment had described her as").
_FLAGGED = lx.words("indicated indicates flagged flags described describes")
_FINDING = _FOUND | _FLAGGED
_AUXILIARIES = lx.words("had has have")
_OPENERS = lx.words("that which where when after because while since said says told tells")
_RELATIVES = lx.words("that which who")
_CLAUSE_STOPS = _RELATIVES | lx.words("said says told tells")
_INDEFINITE = lx.words("a an one two three four several some many")
_SAYING = lx.SAID_FORMS | lx.words(
    """say saying adding called calls calling describing warned warning told telling urged
    accused insisted argued arguing"""
)
_STOPS = (";", ":", "(", ")", "—", "–")
_REACH = 30  # chunks from the finding verb to the quotation
_SUBJECT = 12  # chunks from the subject's head noun to its verb


def found_by_unnamed(row: Sequence[Chunk], qi: int, cue: Cue | None) -> Cue | None:
    """`cue`, unless the quotation at `qi` sits in a clause whose verb of finding has an
    unnamed study or unnamed people as its subject: then unclear."""
    if cue is None or cue.who.key is None:
        return cue
    for k in range(qi - 1, max(0, qi - _REACH), -1):
        c = row[k]
        if c.kind == "quote" or (c.kind == "punct" and c.text in _STOPS):
            return cue
        if c.kind != "word":
            continue
        if c.text == "that" and (is_word(row, k - 1, "and", "but") or row[k - 1].text == ","):
            return cue  # "… had described …, and that her office had documented “…”"
        if c.text in _FINDING:  # the nearest verb of finding decides
            if _unnamed_subject(row, k):
                return cue.__class__(Who(None, "low", "an unnamed finding"), cue.words)
            return cue
        if c.text in _SAYING:
            return cue  # "… found …, she said “…”": the later verb's
    return cue


def _unnamed_subject(row: Sequence[Chunk], v: int) -> bool:
    """Is the subject of the finding verb at `v` an unnamed document or unnamed people: "a
    2024 study that found", "which a state audit released in August found had", "an internal
    inspection note had flagged", "officials had indicated"?"""
    m = v - 1
    aux = is_word(row, m, *_AUXILIARIES)
    m -= aux
    if m < 1 or is_word(row, m, *lx.BE_FORMS, "been"):
        return False  # "was found to be", "had been described as": a passive
    if is_word(row, m, *_RELATIVES) and not aux:  # "a 2024 study that found"
        return _unnamed_head(row, m - 1, document=True) and not _owned_place(row, m - 1)
    for h in range(m, max(0, m - _SUBJECT), -1):
        c = row[h]
        if c.kind in ("quote", "punct", "name") or (c.kind == "word" and c.text in _SAYING):
            return False  # "a study by X University found": X's
        if c.kind == "word" and c.text in _CLAUSE_STOPS:
            return False  # "said the figures had …": no noun of the kind opens the clause
        if c.kind == "word" and _unnamed_head(row, h, document=row[v].text in _FOUND or None):
            start = _phrase_start(row, h)
            if row[v].text in _FOUND:  # "which a state audit … found had “…”"
                return is_word(row, start - 1, "which") and not aux
            return aux and is_word(row, start - 1, *_OPENERS)
    return False


def _owned_place(row: Sequence[Chunk], h: int) -> bool:
    """Is the phrase ending at `h` not a source the speaker points to: the object of a
    verb ("released a report that found": the speaker's own), "in a report that describes"
    (the speaker's report), "according to an internal audit that found" (the audit speaks)?
    A source pointed to follows a preposition ("pointing to a 2024 study that found")."""
    start = _phrase_start(row, h)
    if is_word(row, start - 1, "to") and is_word(row, start - 2, "according"):
        return True
    return not is_word(row, start - 1, *_POINTED)


_POINTED = lx.words("to of on from with at by")


def _unnamed_head(row: Sequence[Chunk], h: int, document: bool | None = None) -> bool:
    """Is the word at `h` the head of a phrase for a document or people that no one owns,
    opened by "a"/"an", a number or nothing ("an internal audit", "officials")? `document`
    True: a document only; None: either."""
    c = row[h] if h >= 0 else None
    if c is None or c.kind != "word" or c.possessive or c.capital:
        return False
    is_document = c.text in _DOCUMENTS
    if not (is_document or (document is None and people_noun(c.text))):
        return False
    start = _phrase_start(row, h)
    first = row[start]
    if first.possessive or (start > 0 and row[start - 1].kind == "name"):
        return False  # "the commission's audit", "a Bangladesh Bank inspection report": its own
    if first.kind == "word" and first.text in _INDEFINITE:
        return True  # "an internal audit", "an independent engineer"
    if not (is_document or c.text.endswith("s")):
        return False  # one person ("the mayor", "engineer Y") is someone the text knows
    return start == h or (first.kind in ("word", "num") and first.text not in _DETERMINERS)


_DETERMINERS = lx.DETERMINERS - {"a", "an"} | lx.words("this these those")


def _phrase_start(row: Sequence[Chunk], h: int) -> int:
    """Where the noun phrase ending at `h` opens: back over lowercase words and numbers
    ("a 2024 port-commissioned study", "an internal inspection note")."""
    s = h
    while s - 1 >= 0 and s > h - 5:
        c = row[s - 1]
        if c.kind == "num" or (
            c.kind == "word" and not c.capital and not c.possessive and c.text not in _OPENERS
        ):
            if c.kind == "word" and (c.text in _SAYING or c.text in lx.BE_FORMS):
                break
            s -= 1
            if c.kind == "word" and (c.text in _INDEFINITE or c.text in _DETERMINERS):
                break
            continue
        if c.possessive or (c.kind == "word" and c.text in _DETERMINERS):
            s -= 1  # "the commission's audit", "her report": someone's own
        break
    return s
