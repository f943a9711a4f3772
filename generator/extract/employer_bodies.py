"""A body named as a person's employer after a role and "of/for/with/at the" (issue 12, round
30), for `names`.

"Meenakshi Dubey, convener of the Ganga Sewa Manch, said", "Daniel Habte, a researcher with
the Horn Rights Monitor", "A spokesman for the Cork North Garda Division said", "Priya
Venkataraman, director of the Ballot Usability Lab": a name of two words or more after "the"
that a role noun governs through "of", "for", "with" or "at" is the body the role is held in.
Its "the" alone says nothing of its kind (`name_evidence.kind` reads "the X" as no one), but
a person is never "the X" after a role's preposition, and a place or an event there is told
by its own evidence ("place", "event", a lower-case head after it: "the X campaign group",
"the Y site"), which keeps the name out. Not a run whose words the text already reads as a
person's or a place's, nor one that opens with a title ("the Deputy Mayor"), nor one cut
before "of" ("the National Institutes of Health": the whole name is the body's), nor the
place of a plural ("told reporters at the Grand Serail", "journalists at the Labour House").

Once per document; pure but for the evidence added to the runs.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract.name_runs import Run

# "<role> of the ", "<roles> for the ", at the end of the text before the name.
_LEAD = re.compile(r"\b([a-z][a-z-]+) (of|for|with|at) the $")
_MEMBERS = lx.words("member members")
_KEEP_OUT = frozenset(
    {"person", "title", "honorific", "aged", "place", "place_word", "event", "common"}
    | {"thing", "modifier", "org", "affiliate"}
)


def mark_employer_bodies(runs: list[Run]) -> None:
    """Add "org" to each run of two words or more that a role noun governs through "of",
    "for", "with" or "at" and "the"."""
    for run in runs:
        if len(run.tokens) < 2 or run.honorific or run.title or run.evidence & _KEEP_OUT:
            continue
        if run.of_next:  # "the National Institutes of Health": the name goes on past "of"
            continue
        m = _LEAD.search(run.lead)
        if m is None:
            continue
        role, prep = m.group(1), m.group(2)
        if prep == "at" and role.endswith("s"):
            continue  # "told reporters at the Grand Serail": where they stood, a building
        if not (ne.is_role_noun(role) or role in lx.SPOKESPEOPLE or role in _MEMBERS):
            continue
        if any(t.possessive for t in run.tokens[:-1]) or ne.is_role_noun(run.tokens[0].lower):
            continue  # "the Deputy Mayor's …", "the Chief Justice Ann Lee"
        run.evidence.add("org")
