"""Names that only a body has by the words inside them or right after them (issue 12, round
29), for `names`.

- An ampersand between two capitalised words inside the name ("the Mail & Guardian", "a
  lawyer at Brenner & Ochs", "Lindqvist & Maas analyst X"): a firm's, a paper's or a
  partnership's name, never one person's.
- A name before a role that is a member's of a body or an analyst's of a firm, itself before a
  person's name ("Fianna Fáil councillor Dermot Coughlan", "Bloomberg Intelligence analyst
  Nadine Ferro", "Frente Andino lawmaker X", "Napolcom commissioner Y"): the name is the body
  the person belongs to. Not a place ("Dublin councillor X", which its "place" evidence
  tells), an adjective or a people ("Kenyan"), a common word ("Independent councillor X",
  "Opposition lawmaker Y", "Police commissioner Z"), nor one word: "Bawaslu commissioner X"
  after "… Agency, known as Bawaslu" is the agency's short form, not a body of its own.
- Not a name that modifies the noun after it ("Inland Valley Power & Light equipment
  sparked the fire"): it is no subject, and no body is named there for the verb to take.

Once per document; pure but for the evidence added to the runs.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract.document import Para
from generator.extract.name_runs import Run

# A body's member or a firm's analyst, between the body's name and the person's.
_MEMBER_ROLES = lx.words(
    "analyst analysts councillor councilor lawmaker legislator commissioner co-leader"
)
_COMMON = ne.COMMON_WORDS | lx.COUNTRY_WORDS | lx.CONNECTORS | lx.DETERMINERS
_COMMON |= lx.ROLE_MODIFIERS | lx.words("independent another opposition")
_PERSONAL = frozenset({"person", "title", "honorific", "place", "place_word", "role_before"})


def mark_member_bodies(paras: tuple[Para, ...], runs: list[Run]) -> None:
    """Add "org" to each run an ampersand or a member's role marks as a body's name."""
    for run in runs:
        if run.evidence & _PERSONAL or run.honorific or "org" in run.evidence:
            continue
        para = paras[run.para - 1]
        if (_ampersand(para, run) and "modifier" not in run.evidence) or _member_role(para, run):
            run.evidence.add("org")


def _ampersand(para: Para, run: Run) -> bool:
    """ "Brenner & Ochs": "&" between two capitalised words of the run."""
    toks = run.tokens
    return any(
        para.text[a.end : b.start] == " & " and a.capitalised and b.capitalised
        for a, b in zip(toks, toks[1:], strict=False)
    )


def _member_role(para: Para, run: Run) -> bool:
    """ "Fianna Fáil councillor Dermot Coughlan": the run, a member's role, a person's name."""
    words = run.tokens
    if "before_role" not in run.evidence or len(words) < 2:
        return False
    if any(w.lower in _COMMON or w.possessive for w in words):
        return False
    if words[-1].lower.endswith(ne.ADJECTIVAL):
        return False
    toks = para.tokens
    if run.last + 2 >= len(toks):
        return False
    role, name = toks[run.last + 1], toks[run.last + 2]
    if role.capitalised or role.lower not in _MEMBER_ROLES or not name.capitalised:
        return False
    text = para.text
    return text[words[-1].end : role.start] == " " and text[role.end : name.start] == " "
