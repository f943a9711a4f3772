"""The maker an opening document's aside names, for the verb of finding after the aside:
"The review, led by the barrister X and published on Tuesday, found …", "The audit, by the
Office of X, found …", "The review, carried out by a former chief medical officer, Dr X,
and released today, found …", "The report, prepared by the council's X and seen by Y,
examined … and found …". Pure.

Only a document that opens its sentence (after "But"/"And"), only the "by" of making
("by X" right after the comma, or after "led", "carried out", "prepared", "released
<day>" …; never "commissioned by", "obtained by", "sent to"), only one maker ("by X and Y"
gives no one), and only the verb the aside closes on, or the second of two verbs joined by
"and" right after it ("…, examined 31 deaths and found").
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import ADVERBS, Chunk, is_word
from generator.extract.documents import REPORTED
from generator.extract.phrases import Who
from generator.extract.rows import is_comma

_DOCUMENTS = (sp.DOCUMENT_NOUNS | REPORTED) - lx.words("statements letters reports findings")
_LEADS = frozenset({"but", "and", "yet"})
_DETERMINERS = frozenset({"the", "a", "an"})
_MAKING = lx.words("led written prepared compiled authored produced conducted drafted")
_MAKING |= lx.words("released published issued undertaken carried")


def aside_maker(row: Sequence[Chunk], j: int) -> Who | None:
    """The one maker named by "by" in the aside after the document that opens the sentence
    of the verb at `j` (see the module's docstring), or None."""
    while j > 1 and (is_word(row, j - 1, "has", "have", "later") or is_word(row, j - 1, *ADVERBS)):
        j -= 1  # "…, led by X, has found"
    s = 1 if is_word(row, 0, *_LEADS) else 0
    if not is_word(row, s, *_DETERMINERS):
        return None
    d = s + 1
    while d < min(j, s + 5) and row[d].kind in ("word", "num") and not row[d].possessive:
        if row[d].text in _DOCUMENTS:
            break
        d += 1
    if not is_word(row, d, *_DOCUMENTS):
        return None
    e = d + 1  # "a report by X, sent …, found"; "A review of X, led by Y, has found"
    if is_word(row, d + 1, "by", "of", "into"):
        e = next((m for m in range(d + 2, j) if not _in_phrase(row[m])), j)
    if e == j and is_word(row, d + 1, "by"):  # "An investigation by X later found"
        n = next((m for m in range(d + 2, j) if row[m].kind == "name"), j)
        return _one_name(row, d + 2, j) if _adverbs(row, n + 1, j) else None
    if not is_comma(row, e):
        return None
    close = next((m for m in range(j - 1, e, -1) if is_comma(row, m)), -1)
    if close < 0 or not _closes_on(row, close, j):
        return None
    if is_word(row, d + 1, "by"):
        return _one_name(row, d + 2, e)
    by = _maker_by(row, e + 1, close)
    return _one_name(row, by + 1, close) if by > 0 else None


def _in_phrase(c: Chunk) -> bool:
    """Can the chunk stand in a document's "by"/"of" phrase ("of maternity care at an NHS
    trust in the West Midlands", "by the X (PCRA)")?"""
    verb = c.kind == "word" and (sp.VERB_FORMS.get(c.text) == "finite" or c.text in _MAKING)
    return c.kind in ("word", "name", "num") and not verb or c.text in {"(", ")"}


def _adverbs(row: Sequence[Chunk], a: int, j: int) -> bool:
    """Only an acronym in brackets and adverbs ("later", "also") between `a` and `j`."""
    if a + 2 < j and row[a].text == "(" and row[a + 2].text == ")":
        a += 3
    return all(c.kind == "word" and (c.text in ADVERBS or c.text == "later") for c in row[a:j])


def _closes_on(row: Sequence[Chunk], close: int, j: int) -> bool:
    """Is the verb at `j` right after the aside's closing comma, or joined by "and" to a
    verb right after it ("…, examined 31 deaths and found")?"""
    if close == j - 1:
        return True
    between = row[close + 1 : j - 1]
    verb = row[close + 1]
    return (
        is_word(row, j - 1, "and")
        and verb.kind == "word"
        and (sp.VERB_FORMS.get(verb.text) == "finite" or verb.text.endswith("ed"))
        and all(c.kind in ("word", "num", "name") for c in between)
        and not any(c.text in {"and", "that", "which", "who"} for c in between)
    )


def _maker_by(row: Sequence[Chunk], a: int, close: int) -> int:
    """The "by" of making in the aside `row[a:close]`: right at its start, or after a
    participle of making that opens it or follows "and", with only words and numbers
    between ("released Wednesday by"); -1 when none."""
    if is_word(row, a, "by"):
        return a
    for m in range(a, close):
        if not is_word(row, m, *_MAKING) or not (m == a or is_word(row, m - 1, "and")):
            continue
        for k in range(m + 1, min(close, m + 5)):
            if is_word(row, k, "by"):
                return k
            if row[k].kind not in ("word", "num") or row[k].text in {"and", "to", "from", "for"}:
                break
    return -1


def _one_name(row: Sequence[Chunk], a: int, close: int) -> Who | None:
    """The one name the noun phrase from `a` gives: "the barrister X", "the Office of X",
    "the council's X", or a role and its holder set off by a comma ("a former chief medical
    officer, Dr X,"); None for two ("X and Y") or none."""
    k = a
    role = False
    while k < close and row[k].kind == "word" and row[k].text not in {"and", "or"}:
        role = role or row[k].text in lx.ROLE_NOUNS
        k += 1
    if role and is_comma(row, k) and k > a:
        k += 1  # "by a former chief medical officer, Dr X,"
    mention = row[k].mention if k < close and row[k].kind == "name" else None
    if mention is None or row[k].possessive:
        return None
    after = k + 1
    if after + 2 < len(row) and row[after].text == "(" and row[after + 2].text == ")":
        after += 3  # "the Police Conduct Review Agency (PCRA)"
    nxt = row[after + 1] if after + 1 < len(row) else None
    joined = nxt is not None and not (nxt.kind == "word" and nxt.text.endswith(("ed", "en")))
    if (is_word(row, after, "and", "or", "with") and joined) or (
        after < len(row) and row[after].kind == "name"
    ):
        return None  # "by X and Y": two makers; not "by X and seen by Y"
    return Who(mention.key, "high")
