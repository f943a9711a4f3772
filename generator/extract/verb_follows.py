"""Does a verb follow a name: `verb_follows` ("Ann Lee, the judge, said"; "Reed said"), so
the name may be the verb's subject, not a noun's modifier ("Real Sanvito manager Paolo
Ricci")? Split from `phrases`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word

_LETTERS = lx.POST_NOMINALS - {"ms", "san"}  # not "Ms", an honorific


def verb_follows(row: Sequence[Chunk], i: int) -> bool:
    """Does a verb come right after chunk `i` (past an aside between commas or brackets)?
    A name before a noun ("Real Sanvito manager Paolo Ricci") is no subject."""
    k = i + 1
    while k < len(row) and row[k].kind == "word" and row[k].capital and is_word(row, k, *_LETTERS):
        k += 1  # "Fiona Lennox KC told"
    comma = k < len(row) and row[k].kind == "punct" and row[k].text == ","
    if comma and _verb_word(row, k + 1):
        return True  # "The leader of the group, Tom Fairweather, said": the closing comma
    for _ in range(2):  # "Rep. Marcia Delgado (D-N.M.), the chair of the panel, said"
        if not (k < len(row) and row[k].kind == "punct" and row[k].text in {",", "("}):
            break
        close = {",": ",", "(": ")"}[row[k].text]
        k += 1
        while k < len(row) and not (row[k].kind == "punct" and row[k].text == close):
            k += 1
        k += 1
        if close == ",":
            break
    while k < len(row) and row[k].kind == "word" and row[k].text in _ADVERBS_AFTER:
        k += 1
    the = is_word(row, k + 1, "the") and k + 2 < len(row) and row[k + 2].kind == "name"
    of = k == i + 1 and is_word(row, k, "of") and k + 1 < len(row) and (row[k + 1].capital or the)
    if of or (is_word(row, k, "on") and k + 1 < len(row) and row[k + 1].text in lx.DAY_WORDS):
        k += 2 + (of and the)  # "Sen. Monica Ruiz of Milwaukee said", "X of the Y Front
        # called", "The Authority on Wednesday postponed"
        if of and k < len(row) and row[k].text == ",":  # "Sen. X of Minnesota, the top
            k = next((m for m in range(k + 1, len(row)) if row[m].text == ","), len(row)) + 1
            # Democrat on the Y Committee, said"
    return _verb_word(row, k) or (k == i + 1 and present_after_name(row, k))


def present_after_name(row: Sequence[Chunk], k: int) -> bool:
    """ "Arkwright disputes that account", "The committee singles out Halberd": a lowercase
    "-s" word after a name (or "the" and a noun) and before a determiner (or a particle and
    its object) is a verb in the present tense."""
    if k < 1 or row[k - 1].possessive:
        return False
    named = row[k - 1].kind == "name"
    described = k >= 2 and row[k - 1].kind == "word" and is_word(row, k - 2, "the")
    if not (named or described):
        return False
    if k + 1 >= len(row) or row[k].kind != "word" or row[k].capital or row[k].possessive:
        return False
    w = row[k].text
    if w in _CATENATIVE and is_word(row, k + 1, "to"):  # "Tarnwell Foods plans to close"
        return named and k + 2 < len(row) and row[k + 2].kind == "word"
    if not w.endswith("s") or w.endswith(("ss", "us", "is")) or len(w) < 4:
        return False
    o = k + 1 + (is_word(row, k + 1, *_PARTICLES) and k + 2 < len(row))
    if row[o].kind == "name" and o > k + 1:
        return True
    openers = _OBJECT_OPENERS if named else _OBJECT_OPENERS - {"that", "this", "these", "those"}
    return row[o].kind == "word" and row[o].text in openers and (named or o > k + 1)


_OBJECT_OPENERS = lx.words("the a an that this these those his her its their our my")
_CATENATIVE = lx.words("plans wants hopes intends expects aims seeks needs vows threatens")
_PARTICLES = lx.words("out up down off back aside")  # "singles out", "sets out", "rules out"


def _verb_word(row: Sequence[Chunk], k: int) -> bool:
    if k >= len(row) or row[k].kind != "word" or row[k].capital:
        return False
    w = row[k].text
    return (
        sp.VERB_FORMS.get(w) == "finite"
        or w in sp.IRREGULAR_PAST
        or w in _AUXILIARIES
        or (w.endswith("ed") and len(w) > 3)
    )


_ADVERBS_AFTER = lx.words(
    "also later then again once still repeatedly never not himself herself itself themselves"
    " yesterday"
)  # "Mr Iqbal himself did not respond"
_AUXILIARIES = lx.words("has had have is was were are will would could can may might must did")
