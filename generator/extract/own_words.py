"""Two cues inside a quotation's own span: an inverted cue between two parts of one
quotation (`“A,” said X, “but B.”`: the second part is X's too), and "in her words" / "in the
words of X" right before it (the words are hers, or X's), and "X's messages, including the line
“…”" (X's). Pure, for `cues.find_cue`.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.after_cues import after
from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who, parse
from generator.extract.verb_cues import Cue


def interrupting(ctx: Context, para: Para, row: Sequence[Chunk], qi: int) -> Cue | None:
    """`“A,” said Kofi Ampofo, coordinator of X, “but B.”`: the inverted cue between two
    parts of one quotation is the second's too."""
    q = next((k for k in range(qi - 1, -1, -1) if row[k].kind == "quote"), -1)
    if q < 0 or qi < q + 3 or row[qi - 1].text != ",":
        return None
    v = q + 2 if row[q + 1].text == "," else q + 1
    if not (row[v].kind == "word" and sp.VERB_FORMS.get(row[v].text) == "finite"):
        return None
    cue = after(ctx, para, row, q)
    return cue if cue is not None and cue.who.key is not None else None


def in_own_words(ctx: Context, para: Para, row: Sequence[Chunk], qi: int) -> Cue | None:
    """ "a consultation which, in her words, “never came”": the words are hers."""
    k = qi - 1 if qi > 0 and row[qi - 1].text == "," else qi
    of = next((m for m in range(k - 2, max(0, k - 6), -1) if is_word(row, m, "of")), -1)
    if of > 1 and is_word(row, of - 1, "words") and is_word(row, of - 3, "in"):  # "in the words
        who = ctx.resolve(parse(row, of + 1, k, para.text), para, row[of].start)  # of the union,
        return Cue(who or Who(None, "low", "in the words of"), "in the words of")  # “…”"
    line = _line_of(row, qi)
    if line is not None:  # "Pruitt's messages, including the line “…”": Pruitt's
        return Cue(Who(line, "high"), "including the line")
    if not (is_word(row, k - 1, "words") and is_word(row, k - 3, "in")):
        return None
    owner = row[k - 2] if is_word(row, k - 2, *lx.POSSESSIVE_PRONOUNS) else None
    if owner is None:
        return None
    pronoun = lx.POSSESSIVE_PRONOUNS[owner.text]
    return Cue(ctx.pronoun(para, owner.start, pronoun, row), "in her words")


def _line_of(row: Sequence[Chunk], qi: int) -> str | None:
    """ "Pruitt's messages, including the line “…”": a line quoted from a named person's
    messages (posts, emails, letters) is theirs."""
    if not (is_word(row, qi - 1, *_LINES) and is_word(row, qi - 2, "the")):
        return None
    if not (is_word(row, qi - 3, "including") and qi >= 6 and row[qi - 4].text == ","):
        return None
    noun, owner = row[qi - 5], row[qi - 6]
    mine = owner.kind == "name" and owner.possessive and owner.mention is not None
    return owner.mention.key if mine and owner.mention and noun.text in sp.DOCUMENT_NOUNS else None


_LINES = lx.words("line lines phrase words sentence")


def as_put(row: Sequence[Chunk], j: int) -> tuple[int, int] | None:
    """ "as Ng himself had put it in a letter to the court, “…”": when "put it" at `j`
    follows "as", the span of its subject ("Ng"), whose words the quotation is."""
    if not (is_word(row, j, "put") and j + 1 < len(row) and row[j + 1].text == "it"):
        return None
    at = next((m for m in range(j - 1, max(-1, j - 6), -1) if is_word(row, m, "as")), -1)
    end = next((m for m in range(at + 1, j) if row[m].text in _AFTER_SUBJECT), j)
    return (at + 1, end) if at >= 0 and end > at + 1 else None


_AFTER_SUBJECT = frozenset({"himself", "herself", "itself", "themselves", "had", "has", "once"})
