"""Forms of "deny" and "dispute" that deny nothing: the quotation after them is not a claim
someone denies, so the cue search goes on past them (to the verb that reports the clause).

`denies_nothing(row, j, qi)` → True for the word at `j` when it is:
- the noun "dispute(s)" after a determiner and its modifiers ("a long dispute could leave
  …", "the tax dispute was “…”", "its border dispute with …", "calling the Salta dispute
  “…”"), or a plural noun with a verb, a modal or "over"/"between" after it ("symbol disputes
  had “…”", "land disputes in Morogoro Region “…”");
- "disputed" as a modifier after a quantifier ("examined every disputed ballot and “…”");
- "denied" meaning "withheld", whose object is what someone did not get: a passive with a
  noun phrase after it ("residents had been denied “any meaningful say”", "had been denied
  her medication “for weeks at a time”"), or "denied him/her/us" or a person's name before
  the thing withheld ("had denied him “procedural fairness”"). Never "was denied as “…”",
  "was denied “in the strongest terms”", "it was denied that …" (someone refuted a claim).
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import PREPOSITIONS
from generator.extract.rows import verb_at

_NOUN_FORMS = lx.words("dispute disputes")
_DETERMINERS = lx.DETERMINERS | lx.words("this these those another any each every no")
_NOT_MODIFIERS = lx.MODALS | lx.words("to not never him her us me them")
_NAMING = lx.words("calling called call calls describing described labelling labeling dubbing")
_QUANTIFIERS = lx.words("every each any all some no several many")
# after the plural noun: its own verb ("disputes had"), or a preposition no object follows
_NOUN_NEXT = lx.BE_FORMS | lx.MODALS | lx.words("had has have over between among across")
_AFTER_NOUN = _NOUN_NEXT | PREPOSITIONS
# after a passive "denied": a refutation, not a withholding
_REFUTING = lx.words("as that by in outright categorically flatly strongly")
_PERSONS = lx.words("him her us me")
_GIVEN = lx.words("a an any the")  # the first word of a thing withheld


def denies_nothing(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the denial verb's form at `j` a noun, a modifier, or "denied" meaning "withheld"
    (see the module's notes), for the quotation at `qi`?"""
    w = row[j].text
    if w in _NOUN_FORMS:
        return _dispute_noun(row, j)
    if w == "disputed":
        return j + 1 < qi and is_word(row, j - 1, *_QUANTIFIERS) and row[j + 1].kind == "word"
    if w == "denied" and qi > j:
        return _withheld(row, j, qi)
    return False


def _dispute_noun(row: Sequence[Chunk], j: int) -> bool:
    """ "a long dispute", "over the tax dispute", "the tax dispute was", "calling the Salta
    dispute “…”": a determiner or a possessive up to three modifiers back (none a verb), and
    "a"/"an" before it, a preposition or a naming verb before the determiner, or a verb or a
    preposition after the noun (not "the workers dispute the figures"); "land disputes over"."""
    det = -1
    for k in range(j - 1, max(-1, j - 4), -1):
        c = row[k]
        if (c.kind == "word" and c.text in _DETERMINERS) or c.possessive:
            det = k
            break
        if c.kind not in ("word", "name") or verb_at(row, k) or c.text in _NOT_MODIFIERS:
            return False  # "to dispute", "did not dispute", "would dispute"
    nxt = row[j + 1] if j + 1 < len(row) else None
    after = nxt is not None and nxt.kind == "word" and nxt.text in _AFTER_NOUN
    if det >= 0:
        single = row[j].text == "dispute" and is_word(row, det, "a", "an", "another")
        before = is_word(row, det - 1, *PREPOSITIONS) or is_word(row, det - 1, *_NAMING)
        return single or before or after
    if row[j].text != "disputes" or j == 0 or row[j - 1].kind != "word":
        return False
    if after and nxt is not None and nxt.text != "in":
        return True  # "symbol disputes had", "land disputes over water"
    return (
        is_word(row, j + 1, "in")
        and j + 2 < len(row)
        and (row[j + 2].kind == "name" or row[j + 2].capital)
    )


def _withheld(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """ "had been denied “the right to …”", "were denied entry because …", "had denied him
    “procedural fairness”", "denied Ms X, an officer …, “any meaningful opportunity”"."""
    nxt = row[j + 1]
    first = nxt.text.strip(" \"'“”‘’").casefold().split()[:1] if nxt.kind == "quote" else []
    head = first[0] if first else nxt.text
    if head in _REFUTING or head.endswith("ly") or nxt.kind == "punct":
        return False
    k = j - 1
    while (
        k >= 0
        and row[k].kind == "word"
        and (row[k].text.endswith("ly") or row[k].text in {"not", "never", "also"})
    ):
        k -= 1
    if is_word(row, k, *lx.BE_FORMS):  # a passive: its subject did not get the object
        return not any(is_word(row, m, "that", "by") for m in range(j + 1, qi))
    if nxt.kind == "word" and nxt.text in _PERSONS:
        return qi == j + 2
    if is_word(row, j + 1, "the", "its", "their") and qi == j + 3 and row[j + 2].kind == "word":
        return head in _GIVEN  # "had denied the party “a fair opportunity to respond”"
    person = nxt.kind == "name" and nxt.mention is not None and nxt.mention.kind == "person"
    if not person:
        return False
    if qi == j + 2:
        return True
    comma = next((m for m in range(j + 2, qi) if row[m].text == ","), -1)  # "Ms X, an officer
    return comma == j + 2 and qi > comma + 1 and row[qi - 1].text == ","  # with 19 years',"
