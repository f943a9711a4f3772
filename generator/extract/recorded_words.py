"""Words a record holds: "told the court that the postmortem report recorded “multiple
blunt-force injuries”", "a nursing note timed at 2.40am recorded the words ‘…’". The words
are the record's (whoever wrote it, seldom named), never those of the one who reports what
the record says. `recorded_words`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word

_RECORDING = lx.words("recorded records")
# Nouns of a written record that can be the subject of "recorded".
_RECORDS = lx.words(
    """report reports note notes minutes log logs record records entry entries register
    chart charts certificate transcript memo diary file"""
)


def recorded_words(row: Sequence[Chunk], qi: int) -> bool:
    """Is the quotation at `qi` the object of "recorded" ("recorded “…”", "recorded the words
    “…”") whose subject, a few words before it, is a written record ("the post-mortem report",
    "a nursing note timed at 2.40am")?"""
    j = qi - 1
    if is_word(row, j, "words") and is_word(row, j - 1, "the"):
        j -= 2
    if not is_word(row, j, *_RECORDING):
        return False
    for k in range(j - 1, max(-1, j - 7), -1):
        c = row[k]
        if c.kind not in ("word", "num") or c.text in {"that", "which", "who"}:
            return False  # a name, a pronoun, a comma: the subject is no record
        if c.text in _RECORDS and not c.possessive:
            return k == 0 or row[k - 1].kind != "word" or row[k - 1].text not in {"had", "have"}
    return False
