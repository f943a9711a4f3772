"""The first of two coordinated "-ing" clauses (issue 12): `first_of_pair(row, j)` finds,
for the "-ing" word at `j` after "and", the one after a comma it is coordinated with
("…, calling it “…” and warning that"; past the first one's "that" clause: ", ruling that
the measure likely violated … and calling it “…”"), so both share one speaker. Moved out of
`participle_cues`. `passive_partner(row, j)`: the "-ing" word after "and" joined to a
passive aside after a noun ("the document, drawn up by agency engineers and warning of
“…”"): both describe the noun, whose words they are, not the clause's subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.document_participles import TIMES
from generator.extract.rows import verb_at


def first_of_pair(row: Sequence[Chunk], j: int) -> int:
    """ "…, calling it “…” and warning that": the "-ing" word after a comma that the one at
    `j` (after "and") is coordinated with, no finite verb between; -1 for none."""
    if not is_word(row, j - 1, "and"):
        return -1
    for k in range(j - 2, max(0, j - 16), -1):
        c = row[k]
        opening = c.kind == "word" and c.text.endswith("ing") and row[k - 1].text == ","
        if opening and not c.capital and c.text not in TIMES:  # ", overturning … and ruling"
            return k
        speech = c.kind == "word" and c.text in lx.SPEECH_PARTICIPLES
        if speech or (c.kind == "word" and sp.VERB_FORMS.get(c.text) == "participle"):
            window = row[max(0, k - 8) : k]  # "a note … saying “…” and asking", "a statement
            if (row[k - 1].text == "," and speech) or any(  # from X welcoming … and pledging"
                is_word(window, m, *sp.DOCUMENT_NOUNS) for m in range(len(window))
            ):
                return k
        inside = _inside_ing(row, k) or _ing_that_clause(row, k, j)
        if (c.kind == "punct" and c.text != ",") or (verb_at(row, k) and not inside):
            return -1  # not past a finite verb, unless it is the first one's ("saying she
    return -1  # was “not afraid” and asking")


def _inside_ing(row: Sequence[Chunk], k: int) -> bool:
    """Is the verb at `k` inside the complement of an -ing verb of saying just before it?"""
    return any(is_word(row, m, *lx.SPEECH_PARTICIPLES) for m in range(max(0, k - 4), k))


def _ing_that_clause(row: Sequence[Chunk], k: int, j: int) -> bool:
    """Is the finite verb at `k` inside a "that" clause of an "-ing" verb after a comma, the
    "-ing" word at `j` closing it after "and" (", ruling that the measure likely violated the
    First Amendment and calling parts of it “…”": the ruler's)? Not a progressive ("that the
    firm was hiding losses and misleading"), whose "-ing" joins the clause's own verb."""
    if any(is_word(row, m, *lx.BE_FORMS) for m in range(k, j)):
        return False
    for m in range(k - 1, max(0, k - 9), -1):
        c = row[m]
        helper = is_word(row, m, *_AUXILIARY)  # "that the agency had likely exceeded"
        if c.kind not in ("word", "name", "num") or (m < k - 1 and verb_at(row, m) and not helper):
            return False
        if is_word(row, m, "that"):
            ing = row[m - 1] if m >= 2 else None
            word = ing is not None and ing.kind == "word" and ing.text.endswith("ing")
            return word and row[m - 2].text == ","
    return False


_AUXILIARY = lx.MODALS | lx.words("had has have did does do")


def passive_partner(row: Sequence[Chunk], j: int) -> int:
    """ "put it to him that the document, drawn up by X engineers and warning of “…”": the
    noun before a comma and a passive participle with its "by" agent that the "-ing" word at
    `j` (after "and") is joined to, only words and names between; -1 for none."""
    if not is_word(row, j - 1, "and"):
        return -1
    for k in range(j - 2, max(2, j - 12), -1):
        if row[k].kind not in ("word", "name"):
            return -1
        agent = is_word(row, k + 1, "by") or (is_word(row, k + 2, "by") and k + 2 < j - 1)
        noun = row[k - 2].kind == "word" and not row[k - 2].capital
        if agent and noun and row[k - 1].text == "," and row[k].text.endswith(("ed", "en", "wn")):
            return k - 2
    return -1
