"""The verb a second "… and that" clause shares with the first (`first_complement`): "found
that A and that B" ("found"); "…, saying his party had been “bulldozed” and that the law was
“…”" ("saying", whose first clause has no "that"). Pure, for `cues._before`.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import PREPOSITIONS, SUBORDINATORS


def first_complement(row: Sequence[Chunk], k: int, floor: int) -> int:
    """For a second "… and that" clause ending at `k`, the verb that governs the first "that"
    ("found that A and that B": "found"), else the clause's first verb of saying, or -1."""
    said = False  # a finite "said" nearer than the participle: its clause, not the participle's
    nearest = -1  # the nearest finite verb of saying
    for m in range(k - 1, max(floor, 0), -1):
        said = said or is_word(row, m, *lx.SAID_FORMS)
        nearest = m if nearest < 0 and is_word(row, m, *lx.SAID_FORMS) else nearest
        if nearest > 0 and is_word(row, m, "while", "whereas"):
            return nearest  # "X said that A, while Y told reporters B and that C": told
        if nearest > 0 and is_word(row, m, "but") and row[m - 1].text == ",":
            return nearest  # "X said that A, but an official told Reuters B and that C"
        ing = row[m].text.endswith("ing") and sp.VERB_FORMS.get(row[m].text) == "participle"
        if ing and not said and row[m - 1].text == ",":
            return m  # "…, saying his party had been “…” and that the law was “…”": saying
        if not is_word(row, m, "that") or is_word(row, m - 1, *PREPOSITIONS):
            continue  # "on that section": a determiner
        for v in range(m - 1, max(floor - 1, m - 7, -1), -1):  # "told union leaders in
            c = row[v]  # February that A and that B": "told"
            if c.kind in ("punct", "quote") or is_word(row, v, "that"):
                break
            if c.kind == "word" and (sp.VERB_FORMS.get(c.text) or c.text in sp.DOCUMENT_VERBS):
                if _subordinate(row, v, k):
                    break  # "said that A after police warned that B, and that C": said
                return v
    if any(is_word(row, m, "that") for m in range(max(floor, 0), k)):
        return -1
    saying = (v for v in range(max(floor, 0), k) if is_word(row, v, *lx.SAID_FORMS))
    return next(saying, -1)  # "she said X's letter had described …, but that “…”": "said"


def _subordinate(row: Sequence[Chunk], v: int, k: int) -> bool:
    """Is the verb at `v` inside a clause that a subordinator opens a few words before it
    ("after engineers warned that"), with a comma before the "and that" at `k`: the second
    "that" clause is then the outer verb's, not the subordinate verb's."""
    comma = k >= 1 and row[k - 1].kind == "punct" and row[k - 1].text == ","
    return comma and any(is_word(row, s, *SUBORDINATORS) for s in range(max(0, v - 4), v))
