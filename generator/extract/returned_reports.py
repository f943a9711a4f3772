"""A second "that" clause that returns to the one who reports (issue 12): "She said Bergmann
had assured MEPs in May that he “…”, and that she would raise the matter “…”". The first
"that" clause is the assurance, told by the reported clause's own subject; the second, set
off by a comma before "and that"/"but that", is coordinated with the clause the outer verb
of saying reports, so its words are the outer speaker's. Without the comma ("had told union
leaders that the audit was “…” and that there was “…”") both clauses stay the inner verb's,
and so do they after a passive with no agent ("had been warned that …, but that “…”") or
when the second clause has a teller of its own ("…, but that a manager had ordered him to
“…”").
Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.cue_scope import REPORTING, inside_report


def outer_report(row: Sequence[Chunk], j: int, governing: int) -> int:
    """For the "that" at `j` after ", and"/", but", whose first "that" clause the verb at
    `governing` takes: the finite verb of saying whose reported clause holds that verb
    ("said Bergmann had assured MEPs that …, and that": "said"); `governing` itself when
    the verb is not inside such a clause, no comma stands before "and"/"but", or it is -1."""
    if governing < 0 or j < 2 or not is_word(row, j - 1, "and", "but"):
        return governing
    before = row[j - 2]  # ", and that" or “…,” and that
    comma = before.kind == "punct" and before.text == ","
    if not (comma or (before.kind == "quote" and before.text.rstrip().endswith(","))):
        return governing
    if not inside_report(row, governing) or _agentless(row, governing):
        return governing
    if _own_teller(row, j):
        return governing
    for k in range(governing - 1, -1, -1):
        c = row[k]
        if c.kind == "word" and sp.VERB_FORMS.get(c.text) == "finite" and c.text in REPORTING:
            return k
    return governing


def _own_teller(row: Sequence[Chunk], j: int) -> bool:
    """Does the second clause, up to its quotation, hold a verb of saying or an order's "to"
    ("but that a company manager had ordered him to “keep to schedule”": the manager's)?"""
    for m in range(j + 1, len(row)):
        c = row[m]
        if c.kind == "quote":
            return is_word(row, m - 1, "to")
        if c.kind == "word" and c.text in sp.VERB_FORMS:
            return True
    return False


def _agentless(row: Sequence[Chunk], v: int) -> bool:
    """ "the tenants had been warned that the lifts would close, but that “…”": a passive
    whose teller goes unnamed; its second clause may be more of the warning."""
    passive = is_word(row, v - 1, *lx.BE_FORMS, "been", "being")
    return passive and not is_word(row, v + 1, "by")
