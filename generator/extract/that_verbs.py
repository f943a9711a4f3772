"""Verbs that report words only with "that", for `cues._before`: "counsel submitted that",
"the tribunal held that the council had “abdicated its duty”", "…, finding that the
developer had failed to show “adequate daylight”" (a court's or a regulator's finding, the
words of the clause's subject), never "held a rally", "holding talks", "accepted the award";
and counsel's "X put it to the witness (during cross-examination) that …" (`put_to_that`).
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.participle_cues import participle_subject
from generator.extract.phrases import Who
from generator.extract.verb_cues import Cue, verb_cue

_SUBMITTED = lx.words("submitted submits accepted accepts")
THAT_VERBS = _SUBMITTED | lx.words("held holds holding finding")
_FOUND = frozenset({"finding"})  # "after finding “serious lapses” in …": what it found
_PUT = lx.words("put puts")
_PUT_MAX = 8  # chunks between "to" and "that": "the witness during cross-examination"


def put_to_that(row: Sequence[Chunk], j: int) -> bool:
    """Is the verb at `j` the "put" of "put it to Mr Tully that …" (a question or charge put
    to a witness: the words of the one who puts it): "it", "to", then a listener and
    adjuncts (words and names, no verb, no other clause) before "that"?"""
    if row[j].text not in _PUT or not (is_word(row, j + 1, "it") and is_word(row, j + 2, "to")):
        return False
    for m in range(j + 3, min(len(row), j + 4 + _PUT_MAX)):
        if is_word(row, m, "that"):
            return m > j + 3
        if row[m].kind not in ("word", "name", "pron") or is_word(row, m, *lx.BE_FORMS):
            return False
    return False


def that_verb(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Does the verb at `j` take a "that" clause ("held that", "finding in a seven-to-two
    decision that") or, for "finding", the quotation itself ("after finding “…”")?"""
    if put_to_that(row, j):
        return True
    if row[j].text not in THAT_VERBS:
        return False
    if row[j].text in _SUBMITTED:
        return is_word(row, j + 1, "that")
    if row[j].text in _FOUND and qi == j + 1:
        return True
    if is_word(row, j - 1, *lx.BE_FORMS):  # "it was held that": no one holds
        return False
    if is_word(row, j + 1, "in"):  # "finding in a written decision that"
        k = next((m for m in range(j + 2, min(j + 9, qi)) if is_word(row, m, "that")), -1)
        between = row[j + 2 : k] if k > 0 else []
        return k > 0 and all(c.kind in ("word", "name", "num") for c in between)
    return is_word(row, j + 1, "that")


def that_cue(ctx: Context, para: Para, row: Sequence[Chunk], j: int, qi: int) -> Cue | None:
    """The cue of a verb of `that_verb`: its subject's, or the clause's for "-ing" forms (None
    when it names no one); none for a law's words (`“not later than 90 days” before the
    poll, as required by the law`) or a thing's name (`introduced a monthly “account
    fee”`, an as-verb's object)."""
    w = row[j].text
    if w in _SUBMITTED or w in _PUT:
        return verb_cue(ctx, para, row, j)  # as before this module: named or not
    if _required_by(row, qi):
        return Cue(Who(None, "low", lx.LAW_WORDS), "(law)")
    if not is_word(row, qi - 1, "as") and any(
        is_word(row, m, *sp.AS_VERBS) for m in range(max(j + 1, qi - 3), qi)
    ):
        return Cue(Who(None, "low", "a thing's name"), w)
    if not w.endswith("ing"):
        cue: Cue | None = verb_cue(ctx, para, row, j)
    else:
        who = participle_subject(ctx, para, row, j)
        cue = Cue(who, w) if who is not None else None
    return cue if cue is not None and cue.who.key is not None else None  # no one named: the
    # quotation's other cues ("…, X told the paper") or none, as before


_REQUIRING = lx.words("required prescribed provided stipulated mandated")


def _required_by(row: Sequence[Chunk], qi: int) -> bool:
    """Is the quotation followed, in its clause, by ", as required by …" (the law's words)?"""
    for m in range(qi + 1, min(len(row) - 2, qi + 8)):
        if row[m].kind == "quote" or is_word(row, m, "that"):
            return False
        if row[m].text == "," and is_word(row, m + 1, "as") and is_word(row, m + 2, *_REQUIRING):
            return True
    return False
