"""The body whose staff speak together: "Analysts at Meyerhoff Bank said in a note to
clients", "Economists at the Siam Union Bank wrote", "Researchers at Borneo Peat Watch said".
A note or study signed by a firm's analysts as a group is the firm's (real-news guide: the
labellers give it to the firm); one analyst ("an analyst at X said") stays an unnamed person,
and so do staff of two bodies ("analysts at X and Y"). Pure.
"""

from __future__ import annotations

from generator.extract.lexicon import words
from generator.extract.phrases import Phrase, Who

# Plural nouns for the staff who publish a body's notes and studies as a group.
STAFF = words("analysts economists researchers strategists")


def staff_body(phrase: Phrase) -> Who | None:
    """The organisation named after "at" when the phrase is bare plural staff ("Analysts
    at X", "economists at the X"); None for a counted or quantified group ("two analysts at
    X", "some analysts"), another preposition, or more than one body."""
    if phrase.noun not in STAFF or phrase.det or phrase.modifiers or phrase.possessor:
        return None
    if len(phrase.preps) != 1 or phrase.preps[0][0] != "at":
        return None
    body = phrase.preps[0][1]
    head = body.head
    if head is None or head.kind != "name" or head.possessive or body.plural_names:
        return None
    if body.preps or head.mention is None or head.mention.kind != "organisation":
        return None
    return Who(head.mention.key, "high")
