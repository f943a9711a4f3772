"""The last checks on the cue found for a quotation, in order (issue 12).

`checked(para, row, qi, cue)`: `noun_cues.promised` (a promise's words are the promiser's),
`characterised.characterised` (what a speaker is said to have called something),
`quoted_sources.quoting` (a writer quoting an older decision keeps the words only as a
guess), `unnamed_sources.unnamed_source` (a source kept unnamed on purpose speaks for
itself), `reported_tellers.told_by_unnamed` (words a reported clause gives to people it leaves
unnamed), `reported_findings.found_by_unnamed` (what an unnamed study or unnamed people found,
inside someone else's sentence). Each returns the cue unchanged when its form is absent.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.characterised import characterised
from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.noun_cues import promised
from generator.extract.quoted_sources import quoting
from generator.extract.reported_findings import found_by_unnamed
from generator.extract.reported_tellers import told_by_unnamed
from generator.extract.unnamed_sources import unnamed_source
from generator.extract.verb_cues import Cue


def checked(para: Para, row: Sequence[Chunk], qi: int, cue: Cue | None) -> Cue | None:
    found = quoting(row, qi, characterised(row, qi, promised(para, row, qi, cue)))
    return found_by_unnamed(row, qi, told_by_unnamed(row, qi, unnamed_source(row, qi, found)))
