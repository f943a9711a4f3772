"""The namer of "what she called “…”" inside someone else's report: "Defence lawyer Paul
Ochieng said Mr Kamau had ignored what he called “…”" — "he" may be the reporter, Ochieng,
or the subject of the reported clause, Kamau (also when a role is apposed to it: "Ms Perle
said her deputy, Mary Holcroft, had rejected what she called"). When both are people the
pronoun fits (its gender, or a gender the text does not give), the namer is unclear; when
the reported subject is of the other gender ("Ms Lennox said Mr Kamau had ignored what she
called"), the reporter is the only one left. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.reported_subjects import reported_subjects
from generator.extract.rows import is_comma
from generator.extract.verb_follows import verb_follows

_REACH = 6  # chunks from the reported subject back to its speech verb ("told the court that")


def reported_namer(
    ctx: Context, para: Para, row: Sequence[Chunk], v: int, who: Who, pronoun: str
) -> Who | None:
    """`who` (a person) is the subject of the verb at `v` governing "what <pronoun>
    called": None when no other person reports that clause; else unclear, or the reporter
    when only the reporter fits the pronoun."""
    wanted = sp.PRONOUN_GENDERS.get(pronoun)
    subject, start = next(
        (
            (i, s)
            for i, s in _subjects(row)
            if i < v and getattr(row[i].mention, "key", None) == who.key
        ),
        (-1, -1),
    )
    if wanted is None or who.key is None or start < 1 or _new_subject(row, subject, v):
        return None
    k = start - 1  # the speech verb, or "that" after "told the court"
    if is_word(row, k, "that"):
        k = next((m for m in range(k - 1, max(-1, k - _REACH), -1) if _speech_verb(row, m)), -1)
    if k < 1 or not _speech_verb(row, k):
        return None
    reporter = ctx.subject(row, k, para)
    if reporter is None or reporter is COORDINATED or reporter.key in (None, who.key):
        return None
    if ctx.kinds.get(reporter.key) != "person" or ctx.gender.get(reporter.key) not in (
        None,
        wanted,
    ):
        return None
    if ctx.gender.get(who.key) not in (None, wanted):
        return reporter  # "Ms Lennox said Mr Kamau had ignored what she called": hers
    return Who(None, "low", "two namers")


def _subjects(row: Sequence[Chunk]) -> list[tuple[int, int]]:
    """The names opening a reported clause, each with where its clause starts: the name
    itself ("said Mr Kamau had"), or the role apposed before it ("said her deputy, Mary
    Holcroft, had": from "her")."""
    found = [(i, i) for i in reported_subjects(row)]
    for i, c in enumerate(row):
        if c.kind != "name" or c.mention is None or i < 3 or not is_comma(row, i - 1):
            continue
        if not (is_comma(row, i + 1) and verb_follows(row, i)):
            continue
        s = i - 2  # back over the role: "her deputy", "the firm's chief executive"
        while s > i - 2 - _ROLE_WORDS and row[s - 1].kind == "word" and not _opens(row, s - 1):
            s -= 1
        owner = row[s].kind == "word" and (row[s].text in _OWNERS or row[s].possessive)
        if owner and _opens(row, s - 1):
            found.append((i, s))
    return found


def _opens(row: Sequence[Chunk], k: int) -> bool:
    """A speech verb, or "that", right before a reported clause."""
    return k >= 0 and (_speech_verb(row, k) or is_word(row, k, "that"))


_ROLE_WORDS = 4  # words of an apposed role before its name ("her long-serving deputy")
_OWNERS = frozenset({"his", "her", "their", "its", "the"})


def _speech_verb(row: Sequence[Chunk], k: int) -> bool:
    return row[k].kind == "word" and sp.VERB_FORMS.get(row[k].text) == "finite"


def _new_subject(row: Sequence[Chunk], subject: int, v: int) -> bool:
    """A new subject between the reported subject and the governing verb ("X said Y had
    left, and he later rejected what he called"): not the reported clause's verb."""
    return any(
        (row[m].kind == "pron" and row[m].text in _SUBJECTS)
        or (row[m].kind == "punct" and row[m].text == ";")
        for m in range(subject + 1, v)
    )


_SUBJECTS = frozenset({"he", "she", "they", "it", "i", "we"})
