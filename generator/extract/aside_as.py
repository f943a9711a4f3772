"""An "as" after a participle aside: "He described a letter the board sent to patients,
promising “…”, as “a cruel joke”" — the quotation after "as" is the as-verb's before the
aside ("described"), never the aside's participle ("promising"). `as_past_aside(row, qi,
floor)` → the index of that verb, or None. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word

_LABELLING = lx.words("described describes describing branded brands labelled labeled")


def as_past_aside(row: Sequence[Chunk], qi: int, floor: int) -> int | None:
    """The verb whose "as" is at `qi - 1`, past a "…, <-ing word> [of] “…”," aside."""
    if not (is_word(row, qi - 1, "as") and qi >= 6 and row[qi - 2].text == ","):
        return None
    if row[qi - 3].kind != "quote":
        return None
    ing = qi - 4 if not is_word(row, qi - 4, "of", "that") else qi - 5
    c = row[ing]
    if c.kind != "word" or not c.text.endswith("ing") or row[ing - 1].text != ",":
        return None
    for k in range(ing - 2, max(floor - 1, ing - 16), -1):
        c = row[k]
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {"(", ")"}):
            return None
        if c.kind == "word" and (c.text in _LABELLING or c.text in sp.AS_VERBS):
            return k
    return None
