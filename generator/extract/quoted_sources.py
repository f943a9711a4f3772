"""A quotation its closing cue says was quoted from another: "“A prosecutor may strike hard
blows …,” Justice X wrote for the panel, quoting a 1935 Supreme Court decision". The words
are the source's (a court, a book, a witness), not the writer's who repeats them: speaker
unclear (the writer only a guess, who goes on speaking in the next sentence). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import Who
from generator.extract.verb_cues import Cue


def quoting(row: Sequence[Chunk], qi: int, cue: Cue | None) -> Cue | None:
    """`cue`, unless ", quoting" follows the quotation's closing cue in its sentence (before any
    other quotation): then unclear."""
    if cue is None or cue.who.key is None:
        return cue
    for k in range(qi + 1, min(len(row), qi + 14)):
        if row[k].kind == "quote":
            return cue
        if is_word(row, k, "quoting") and row[k - 1].text == "," and k > qi + 2:
            return Cue(Who(cue.who.key, "low", "the source it quotes"), cue.words)
    return cue
