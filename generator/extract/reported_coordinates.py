"""A verb joined by "and had" inside a clause someone reports: "She said the driver was
nearing the end of a shift and had told colleagues he “…”", "told the court his client had
won “…” and had herself described the petition as “…”". The joined verb shares the reported
clause's subject (the driver, the client), never the one who reports it: that subject when
the text names it, else "speaker unclear". Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who, parse
from generator.extract.role_phrases import person_noun
from generator.extract.rows import verb_at
from generator.extract.subject_shapes import reported_subject

# Words that open a reported clause's subject when it is a description, not a name.
_OPENERS = lx.words("the a an his her its their our one two three several some")
_REFLEXIVE = lx.words("himself herself itself themselves also")
_AUXILIARIES = lx.words("had has have")


def reported_coordinate(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """The subject of the reported clause a verb at `j` is joined to by "and had" / "but
    had" (past "herself", "also"): resolved when the text names it, else unclear. None when
    the shape is not there, or the subject is a pronoun or a name (other rules read those)."""
    aux = j - 2 if is_word(row, j - 1, *_REFLEXIVE) else j - 1
    if not (is_word(row, aux, *_AUXILIARIES) and is_word(row, aux - 1, "and", "but")):
        return None
    said = next(
        (k for k in range(aux - 2, 0, -1) if is_word(row, k, *lx.SAID_FORMS) and verb_at(row, k)),
        -1,
    )
    if said < 1 or any(c.kind == "punct" and c.text in {";", ":"} for c in row[said:aux]):
        return None
    n = reported_subject(row, said, aux)
    if n >= aux - 2 or not is_word(row, n, *_OPENERS):
        return None
    if any(verb_at(row, m) for m in range(said + 1, n)):
        return None  # "said the committee was satisfied that the nominee was": nested
    end = next((m for m in range(n + 1, aux - 1) if verb_at(row, m)), -1)
    if end < 0 or any(c.kind != "word" for c in row[n:end]):
        return None  # "said the driver was …": a plain noun phrase, then its verb
    if any(is_word(row, m, *_NESTING) or row[m].text in sp.VERB_FORMS for m in range(end, aux)):
        return None  # "said the nominee had … that his view was … and had": nested
    phrase = parse(row, n, end, para.text)
    who = ctx.resolve(phrase, para, row[n].start)
    key = who.key if who is not None and who.confidence == "high" else None
    if key is not None and ctx.kinds.get(key) != "person":
        return None  # "Gedvilas said the bank had … but had concluded": the bank's official
    if key is None and not person_noun(phrase.noun or ""):
        return None  # "said its engineers had visited … and had warned": the body's staff
    outer = ctx.subject(row, said, para)
    if key is not None and getattr(outer, "key", None) != key:
        return Who(key, "high")
    return Who(None, "low", phrase.text or "a reported clause's subject")


_NESTING = lx.words("that which who whom")
