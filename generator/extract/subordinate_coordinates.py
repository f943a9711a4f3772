"""A verb of saying joined by "and" inside a subordinate clause, for `verb_cues`: "The notice
was reported to councillors, where Ms X's report said reserves had fallen to “…” and described
overspends as “…”" (X's report describes, never the notice), "…, after the officer, Y, warned
that … and called the gap “…”": the clause opened by "where"/"after"/"when"/… after a comma
speaks through its own first verb of saying, whose subject has both. Not "…, after Y warned
…, and said" (a comma before "and": the main clause's), nor when a name or a pronoun in the
reported words could be the second verb's subject ("after Y said Lee had … and called").
Also `said_across`: "X said, after the auditor warned of a gap, that “…”": the "that" clause
after the subordinate aside is X's. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import COORDINATED, Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.rows import verb_at

_OPENERS = lx.words("after before when while because since until once where as")
_STOPS = frozenset({",", ";", ":", "—", "–"})


def subordinate_speaker(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """The named speaker of the subordinate clause whose first verb of saying the verb at `j`
    is joined to by "and" (no comma), or None."""
    if j < 4 or not is_word(row, j - 1, "and") or row[j - 2].text in _STOPS:
        return None
    if row[j - 2].kind == "quote" and row[j - 2].text.rstrip().endswith(","):
        return None  # "… “…,” and said": a comma inside the quotation closes the clause
    k = next((m for m in range(j - 2, 0, -1) if row[m].text in _STOPS or _opener(row, m)), 0)
    if k < 2 or not _opener(row, k) or row[k - 1].text != "," or row[k - 1].kind != "punct":
        return None  # set off by a comma: a clause, not "as well as", "such as"
    first = next((v for v in range(k + 1, j - 1) if verb_at(row, v)), -1)
    if first < 0 or sp.VERB_FORMS.get(row[first].text) != "finite":
        return None  # "after the result was announced and told": the main clause's
    if any(row[m].kind == "quote" for m in range(k + 1, first)):
        return None
    if any(c.kind in ("name", "pron") and not c.possessive for c in row[first + 1 : j]):
        return None  # "after Y said Lee had … and called": perhaps Lee's
    who = ctx.subject(row, first, para)
    return None if who is None or who is COORDINATED or who.key is None else who


def _opener(row: Sequence[Chunk], k: int) -> bool:
    return row[k].kind == "word" and row[k].text in _OPENERS


def said_across(row: Sequence[Chunk], j: int) -> int:
    """The verb of saying right before a comma-closed clause opened by a subordinator that
    the "that" at `j` follows ("X said, after the auditor warned …, that": "said"), or -1."""
    if j < 5 or row[j - 1].kind != "punct" or row[j - 1].text != ",":
        return -1
    k = next((m for m in range(j - 2, 0, -1) if row[m].kind in ("punct", "quote")), 0)
    if k < 1 or row[k].text != "," or not _opener(row, k + 1) or is_word(row, k + 1, "where"):
        return -1
    said = row[k - 1].kind == "word" and sp.VERB_FORMS.get(row[k - 1].text) == "finite"
    return k - 1 if said else -1
