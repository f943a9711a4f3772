"""A document in a clause a speaker reports, bearing the speaker out: the quoted words are
the speaker's, never the document's.

`borne_out(row, j)` → the index of the outer verb of saying whose speaker says the quotation
the verb at `j` governs, or -1:

- "Phiri said the report confirmed “what our people …”", "told the ABC the review had
  confirmed …", "said in a news release that the findings confirmed …": a document that
  confirms, in a clause the speaker reports;
- "Okafor said the report described ‘exactly what we have been living with’": a document
  that describes, with no "as" before the quotation (never "the letter described the farm
  as “…”", the document's own words, its writer's);
- "X said the figures suggested that hiring was “…”", "told VOA the vote suggested the
  party's discipline was “…”": a thing's (not a person's, a body's or a document's)
  "suggested", the speaker's reading of it;
- "Mr Darrow suggested that the evidence described “…”", "…, and that the auditor's evidence
  described “…”": the outer verb may be "suggested" or "noted", or govern the first of two
  "that" clauses joined by ", and that";
- "said the report confirmed what its members had been saying “for years”": a verb of
  saying in the "what" clause that "confirmed" takes, whose subject is unnamed people or a
  pronoun (not "what Senator Y had called “…”", Y's word).

Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.complements import first_complement
from generator.extract.returned_reports import outer_report
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at

_CONFIRMING = lx.words("confirmed confirms")
_DESCRIBING = lx.words("described describes")
_AUXILIARIES = lx.words("had has have also")
# The outer verbs of saying ("told" with its listener before the clause).
_REPORTING = lx.words(
    """said says told tells added adds stated argued insisted warned wrote suggested suggests
    noted notes"""
)
_SUGGESTING = lx.words("suggested suggests")
# A thing's reading, never a speaker's: not a person, a body or a document.
_SPEAKING_NOUNS = sp.DOCUMENT_NOUNS | lx.GENERIC_ORG_NOUNS | lx.words("it they he she who")
# Verbs of saying in "confirmed what families had been saying “for years”": what the people
# said, in the words of the one who reports it (no naming verb: "what she called “…”").
_SAYING = lx.words(
    """saying telling warning reporting shouting arguing complaining said told warned
    reported argued complained"""
)
_WHAT_AUXILIARIES = lx.words("had has have been long")
# Documents, and the evidence that bears a speaker out ("the testimony confirmed what workers
# had been saying"): never a person or a body, who would confirm in their own words.
_DOCUMENTS = sp.DOCUMENT_NOUNS | lx.words("findings testimony hearing evidence data figures")


def borne_out(row: Sequence[Chunk], j: int) -> int:
    """The outer verb whose speaker says the quotation that the verb at `j` governs, when
    `j` is a document's "confirmed"/"described" in a clause a speaker reports, or a verb of
    saying inside the "what" clause such a "confirmed" takes; -1 otherwise."""
    c = row[j]
    if c.kind != "word":
        return -1
    if c.text in _SAYING:
        confirm = _what_host(row, j)
        return _reported_document(row, confirm) if confirm >= 0 else -1
    if c.text in _CONFIRMING or (c.text in _DESCRIBING and not _as_before_quote(row, j)):
        return _reported_document(row, j)
    if c.text in _SUGGESTING and not _as_before_quote(row, j):
        return _reported_document(row, j, thing=True)
    return -1


def _as_before_quote(row: Sequence[Chunk], j: int) -> bool:
    """Does "as" stand between the verb at `j` and the next quotation ("described the farm
    as “…”")?"""
    for c in row[j + 1 :]:
        if c.kind == "quote":
            return False
        if c.kind == "word" and c.text == "as":
            return True
    return False


def _what_host(row: Sequence[Chunk], j: int) -> int:
    """ "confirmed what its members had been saying": the index of "confirmed" when the verb
    at `j` is in the "what" clause it takes, with an unnamed subject (words or a pronoun,
    no name); -1 otherwise."""
    for k in range(j - 1, max(-1, j - 8), -1):
        c = row[k]
        if c.kind == "word" and c.text == "what":
            named = k + 1 < j and row[k + 1].kind not in ("word", "pron")
            return k - 1 if not named and k + 1 < j and is_word(row, k - 1, *_CONFIRMING) else -1
        if c.kind not in ("word", "pron") or c.possessive:
            return -1
        noun = is_word(row, k - 1, *lx.DETERMINERS)  # "what the bereaved had argued"
        if c.kind == "word" and c.text not in _WHAT_AUXILIARIES and verb_at(row, k) and not noun:
            return -1
    return -1


def _reported_document(row: Sequence[Chunk], j: int, thing: bool = False) -> int:
    """The outer verb of saying when the verb at `j` has a document (`thing`: any noun
    neither a person, a body nor a document) as its subject in a clause that verb reports
    ("said [in a statement] [that] the report [had] confirmed", "told the ABC the review
    confirmed"); -1 otherwise."""
    k = j - 1
    while k >= 0 and is_word(row, k, *_AUXILIARIES):
        k -= 1
    if k < 0 or row[k].possessive or row[k].kind != "word" or row[k].capital:
        return -1
    noun = row[k].text
    if thing and (noun in _SPEAKING_NOUNS or person_noun(noun) or person_noun(noun.rstrip("s"))):
        return -1
    if not thing and noun not in _DOCUMENTS:
        return -1
    d = k - 1  # back over the noun's modifiers to its determiner
    while d >= max(0, k - 6) and not _determiner(row[d]):
        c = row[d]
        if c.kind not in ("word", "name", "num") or c.text in {"that", "what", "which", "who"}:
            return -1
        if c.kind == "word" and sp.VERB_FORMS.get(c.text) == "finite":
            return -1
        d -= 1
    if d < 0 or not _determiner(row[d]):
        return -1
    if row[d].possessive and is_word(row, d - 1, *lx.DETERMINERS):
        d -= 1  # "the auditor's evidence"
    if is_word(row, d - 1, "that") and is_word(row, d - 2, "and", "but"):
        outer = outer_report(row, d - 1, first_complement(row, d - 2, 0))
        return outer if outer >= 0 and row[outer].text in _REPORTING else -1
    start = d - 2 if is_word(row, d - 1, "that") else d - 1
    for m in range(start, max(-1, start - 6), -1):  # past "in a statement", a listener
        c = row[m]
        if c.kind == "word" and c.text in _REPORTING:
            return m
        if c.kind not in ("word", "name") or c.text in {"that", "which", "who"} or verb_at(row, m):
            return -1
    return -1


def _determiner(c: Chunk) -> bool:
    """A determiner, or a possessive that stands as one ("Hollis's report")."""
    return (c.kind == "word" and c.text in lx.DETERMINERS | {"this"}) or c.possessive
