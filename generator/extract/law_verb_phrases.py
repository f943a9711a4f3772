"""A quotation that is a verb phrase before "under the X Act" is its speaker's own words, not a
term the law defines: "said it would “not hesitate to take further action” under the Town
Councils Act", "alleges that X has “ignored clear federal obligations” under the Y Act", "urged
both governments to “use the mechanisms that already exist” under the bilateral convention".
A law defines nouns and adjectives ("“duty of care”", "“just and reasonable”", "charged with
“corruptly using an office …”"), not a verb phrase someone finishes after a modal, after
"has"/"had" with a participle, or after the "to" of a verb that asks. `spoken_verb_phrase(row,
qi)` → True for such a quotation at `qi`. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.cue_scope import object_control

_PERFECT = lx.words("has have had")
_NEGATIONS = lx.words("not never")


def spoken_verb_phrase(row: Sequence[Chunk], qi: int) -> bool:
    """Does the quotation at `qi` open a verb phrase its clause's own verb leads into?"""
    words = row[qi].text.strip(" \"'“”‘’").split()
    if qi < 1 or not words or not words[0].islower():
        return False
    first = words[0].strip(",;:")
    if is_word(row, qi - 1, *lx.MODALS):  # "would “not hesitate to …”": a verb must follow
        return True
    if is_word(row, qi - 1, *_PERFECT):  # "has “ignored clear federal obligations”", not "has
        return _participle(first)  # “no ground”" (a noun phrase, "has" its verb)
    if is_word(row, qi - 1, "to"):  # "urged both governments to “use …”" (not "to “a …”")
        return object_control(row, qi - 1) >= 0 and first not in lx.DETERMINERS
    return False


def _participle(w: str) -> bool:
    """ "ignored", "taken", "not": a past participle (or a negation before one)."""
    return w in _NEGATIONS or w.endswith(("ed", "en")) or w in sp.IRREGULAR_PAST
