"""Is a speech noun in "-ing" the participle of a verb ("…, warning that …", "wrote to the
council warning that", "has spent much of the past year warning that"), not the noun ("a
warning that …")? Pure, for `cues._before`.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.purpose_clauses import purpose_host
from generator.extract.rows import verb_at
from generator.extract.time_phrases import time_start

_SPEND = frozenset({"spent", "spend", "spends", "spending"})
_SPANS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"}
    | {"time", "hours", "career", "summer", "campaign"}
)


def participle_use(row: Sequence[Chunk], j: int) -> bool:
    """ "…, warning that …": a speech noun in "-ing" after a comma or a conjunction is the
    participle of a verb ("a warning that …" is the noun); "The petition, filed by X, claims
    that": a verb's "-s" form after a comma is the verb."""
    if j == 0:
        return False
    prev = row[j - 1]
    if sp.VERB_FORMS.get(row[j].text) == "finite" and row[j].text.endswith("s"):
        return prev.kind == "punct" and prev.text == ","
    if not row[j].text.endswith("ing"):
        return False
    if prev.kind == "name" and not prev.possessive:
        return True  # "a letter from Alan Whitcombe warning that": no noun after a name
    t = time_start(row, j)
    if 0 < t < j and row[t - 1].kind == "name" and not row[t - 1].possessive:
        return True  # "a letter from the Department on 2 April warning that"
    spent = next((k for k in range(j - 2, max(-1, j - 8), -1) if is_word(row, k, *_SPEND)), -1)
    if spent >= 0 and is_word(row, j - 1, *_SPANS):
        return True  # "has spent much of the past year warning that"
    if is_word(row, j - 1, *lx.DAY_WORDS) or (
        is_word(row, j - 2, "last") and is_word(row, j - 1, *_SPANS)
    ):
        return True  # "wrote to X on Tuesday warning that", "wrote to X last week warning"
    if purpose_host(row, j) >= 0:
        return True  # "wrote to the council warning that": no "council warning"
    withed = next((k for k in range(j - 2, max(-1, j - 7), -1) if is_word(row, k, "with")), -1)
    if withed >= 0 and not any(verb_at(row, k) for k in range(withed + 1, j)):
        return True  # "with the STEA union warning that", "with the Union (MEU) warning"
    if prev.kind == "quote" and prev.text.rstrip(" \"'”’").endswith(","):
        return True  # "… had applied “a standard of perfection,” warning that": the comma
    return (prev.kind == "punct" and prev.text in {",", "—"}) or (
        prev.kind == "word"
        and prev.text in {"and", "but", "while", "after", "before", "also", "by"}
    )
