"""Where a quotation's cue may be, for `cues._before`: `coordinate_start` (after ", and"
or ";", the clause an "according to X" after the quotation limits the search to),
`as_verb` (the as-verb whose "as" precedes the quotation, when a speech noun between them
already has its own quotation: "dismissed the leader's accusation of “…” as “…”"), and
`adverbial` (a quotation opening with a preposition or an adverb, which no agentless
passive's content is: "would be announced “within fourteen days”"). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word


def as_verb(row: Sequence[Chunk], as_index: int, floor: int) -> int | None:
    """The as-verb ("dismissed", "described", "rejected") whose "as" is at `as_index`, when
    a speech noun lies between them: the quotation after "as" is the verb's, not the noun's."""
    noun = quoted = False  # the noun has its own quotation ("accusation of “a cover-up”"),
    for k in range(as_index - 1, max(floor - 1, as_index - 14), -1):  # so "as" is the verb's
        c = row[k]
        if c.kind == "punct" and c.text in {",", ";", ":"}:
            return None
        if c.kind == "quote":
            quoted = True
        if c.kind != "word":
            continue
        if (c.text in sp.SPEECH_NOUNS or c.text in sp.REPLY_NOUNS) and quoted:
            noun = True
        elif c.text in sp.AS_VERBS or sp.VERB_FORMS.get(c.text) == "finite":
            return k if noun and (c.text in sp.AS_VERBS or c.text.startswith("descri")) else None
    return None


_ADVERBIAL_OPENERS = lx.words(
    """within by in at for after before until on over under from since during far time
    again soon shortly immediately almost nearly just only"""
)


def adverbial(quoted: str) -> bool:
    """Does a quotation open with a preposition or an adverb ("within fourteen days", "time
    and again", "far too late"): an adverbial, which no passive verb's content is?"""
    first = quoted.strip(" \"'“”‘’").split(" ", 1)[0].casefold()
    return first in _ADVERBIAL_OPENERS


def coordinate_start(row: Sequence[Chunk], qi: int) -> int:
    """Where the coordinated clause holding chunk `qi` starts: after the last ", and" (but,
    while) or semicolon before it; 0 when none."""
    for k in range(qi - 1, 0, -1):
        c = row[k]
        if c.kind == "punct" and c.text == ";":
            return k + 1
        if c.kind == "punct" and c.text == "," and is_word(row, k + 1, "and", "but", "while"):
            return k + 2
    return 0
