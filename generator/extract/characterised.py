"""A quotation that names what something was treated as, inside a clause someone reports:
"Fairbairn said landlords had treated the problem as a “lifestyle issue”", "said the firm's
own reviewers had flagged the valuations as “high risk”". The quoted label is the word of
the reported clause's subject (the landlords, the reviewers), or of no one when the clause
is passive ("had been wrongly categorised as “routine”"), never the reporter's: speaker
unclear. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import Who
from generator.extract.rows import verb_at
from generator.extract.verb_cues import Cue

# Verbs that sort or label a thing "as" something without saying words of their own.
_CHARACTERISING = lx.words(
    "flagged framed rated categorised categorized classed listed booked"
)  # not "treated … as": "said the council had treated residents as “…”" is the sayer's
_AUXILIARY = lx.words("had has have been be being was were is are also only already earlier")
_PASSIVE = lx.words("been be being was were is are")


def characterised(row: Sequence[Chunk], qi: int, cue: Cue | None) -> Cue | None:
    """`cue` unless the quotation follows "as" after a labelling verb inside a clause that
    the cue's reporting verb reports, the labelling verb's own subject a noun (not a
    pronoun, nor "and": the reporter's own verb), or passive: then unclear."""
    if cue is None or cue.who.key is None:
        return cue
    k = qi - 1 - is_word(row, qi - 1, "a", "an", "the", "being")
    if not is_word(row, k, "as"):
        return cue
    v = next((m for m in range(k - 1, max(-1, k - 16), -1) if _stop(row, m) or _labels(row, m)), -1)
    if v < 1 or not _labels(row, v) or is_word(row, v - 1, *lx.DETERMINERS):
        return cue
    r = next((m for m in range(v - 1, -1, -1) if is_word(row, m, cue.words)), -1)
    if r < 0 or sp.VERB_FORMS.get(cue.words) != "finite" or not verb_at(row, r):
        return cue
    p, passive = v - 1, False
    while (
        p > r
        and row[p].kind == "word"
        and (row[p].text in _AUXILIARY or row[p].text.endswith("ly"))
    ):
        passive = passive or row[p].text in _PASSIVE
        p -= 1
    own = row[p].kind == "name" or (
        row[p].kind == "word" and row[p].text not in _NOT_SUBJECT and not verb_at(row, p)
    )
    if p <= r or not (passive or own):
        return cue  # "X said … and flagged it as “…”", "said it had flagged": the reporter's
    return Cue(Who(None, "low", "a label of a reported clause's own subject"), row[v].text)


_NOT_SUBJECT = lx.words("and but or to , who")


def _labels(row: Sequence[Chunk], m: int) -> bool:
    return row[m].kind == "word" and row[m].text in _CHARACTERISING


def _stop(row: Sequence[Chunk], m: int) -> bool:
    c = row[m]
    return c.kind == "quote" or (c.kind == "punct" and c.text in {";", ":", "—"})
