"""The "it" that names something inside a clause another reports: "The authority said an
audit had found that Kerbside allowed 214 drivers … to keep taking bookings, a failure it
described as “…”", "The inspectorate said that Moravská Energetika had engaged in …,
earning what it called “…”". The one body named before "it" opens the reported clause; the
naming may be the reporter's (the regulator's word for the firm's conduct, as it mostly is
in the read texts) or that body's own, so "it" is no sure sign of the named body. Not when
the body reports itself ("Velacor said it would appeal the fine, which it called") nor when
the body is the reporting verb's own subject ("Acme said on Monday … what it called"). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.clauses import Chunk, is_word
from generator.extract.reported_subjects import reported_subjects

_NAMING = frozenset({"called", "described", "termed", "deemed", "dubbed", "branded", "labelled"})


def reported_body_it(row: Sequence[Chunk], offset: int, key: str) -> bool:
    """Is `key`, the one body before the naming "it" at `offset`, named only as the subject
    of a clause a speech or finding verb reports, with a word of its own before that verb
    (the reporter: "the authority said", "an audit had found", "X's report, titled “…”,
    found that")?"""
    naming = next((i for i, c in enumerate(row) if c.start > offset), -1)
    naming += is_word(row, naming, "had", "has")  # "what it had called"
    if naming < 0 or not is_word(row, naming, *_NAMING):
        return False  # "… what it called", "a failure it described as": a naming verb
    at = [i for i, c in enumerate(row) if c.start < offset and getattr(c.mention, "key", "") == key]
    reported = set(reported_subjects(row))
    if not at or not all(i in reported for i in at):
        return False
    v = at[0] - 1 - is_word(row, at[0] - 1, "that")  # "found that Kerbside": "found"
    return v > 0  # a reporter before the verb, named, described or titled
