"""A statement signed by someone speaks for its signer: "In a statement signed by the Chief
Press Secretary to the Governor, Mr. X, on Tuesday, the governor described the petition as
“…”" is X's wording (the guide: a statement that speaks of its principal in the third person
is its author's), not the governor's. `signed(row, qi, cue)` gives such a quotation its
signer. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import Who
from generator.extract.verb_cues import Cue


def signed(row: Sequence[Chunk], qi: int, cue: Cue | None) -> Cue | None:
    """`cue`, or, when the sentence opens with "In a <document> signed by …" naming a
    person and the quotation comes after that person, the same cue with the signer."""
    if cue is None or cue.who.key is None:
        return cue
    signer = _signer(row)
    if signer is None or signer[1] > qi or signer[0] == cue.who.key:
        return cue
    body = any(
        c.mention and c.mention.key == cue.who.key and c.mention.kind != "person" for c in row
    ) or _body_subject(row, signer[1], qi)
    return cue if body else replace(cue, who=Who(signer[0], "high"))  # "In a statement signed
    # by its Chief Whip, X, the caucus said": an organisation speaks through its officers


def _signer(row: Sequence[Chunk]) -> tuple[str, int] | None:
    """The key and chunk of the first person named after "signed by" in an opening "In a
    statement signed by …" (after one opening adverb: "Meanwhile,")."""
    s = 2 if len(row) > 2 and row[1].kind == "punct" and row[1].text == "," else 0
    if not is_word(row, s, "in") or not is_word(row, s + 1, *lx.DETERMINERS):
        return None
    doc = next((d for d in range(s + 2, s + 5) if is_word(row, d, *sp.DOCUMENT_NOUNS)), -1)
    if doc < 0 or not is_word(row, doc + 1, "signed") or not is_word(row, doc + 2, "by"):
        return None
    if is_word(row, doc + 3, "its", "their"):
        return None  # an organisation's officer
    for k in range(doc + 3, min(len(row), doc + 16)):
        c = row[k]
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {",", "."}):
            return None
        if c.kind == "name" and c.mention is not None:
            return (c.mention.key, k) if c.mention.kind == "person" else None
    return None


def _body_subject(row: Sequence[Chunk], signer: int, qi: int) -> bool:
    """Is the subject after the signer a body named by a noun ("…, Efua Ansah-Darko, the
    ministry said"): the body's statement, not a principal's ("the governor described")?"""
    the = next((k for k in range(signer + 1, qi) if is_word(row, k, "the")), -1)
    if the < 0 or the + 1 >= qi or row[the + 1].kind != "word":
        return False
    noun = row[the + 1].text
    return noun not in lx.ROLE_NOUNS and noun not in sp.PERSON_NOUNS and noun in _BODIES


_BODIES = (
    lx.ORG_NOUNS
    | lx.GENERIC_ORG_NOUNS
    | lx.words("caucus office government court tribunal secretariat")
)
