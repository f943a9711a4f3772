"""An "-ing" clause right after a document whose author the text names ("quoted a 1989
Supreme Court decision describing …", "cited the union's letter calling …"): the author's
words, not those of whoever mentions the document. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.names import NameMention
from generator.extract.phrases import PREPOSITIONS, Who, parse
from generator.extract.rows import before_bracket, verb_at

PARTICIPLE_SUBJECT = frozenset({",", "—", "including", "by", "while", "after", "before"})
TIMES = frozenset({"evening", "morning", "during"})  # "on Tuesday evening": no "-ing" clause


def authored_before(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """The named author of the document just before the "-ing" word at `j`, if any."""
    if not is_word(row, j - 1, *sp.DOCUMENT_NOUNS):
        return None
    start = j - 1
    while start > 0 and row[start - 1].kind in ("word", "name", "num"):
        if verb_at(row, start - 1) or row[start - 1].text in PREPOSITIONS:
            break
        start -= 1
    if not any(c.kind == "name" for c in row[start : j - 1]):
        return None  # "a letter urging": no author named
    who = ctx.resolve(parse(row, start, j, para.text), para, row[start].start)
    return who if who is not None and who.key is not None else None


def previous_participle(row: Sequence[Chunk], j: int) -> int:
    """The "-ing" word of an earlier phrase of the sentence that modifies a noun (no comma
    before it), which a later ", saying" continues; -1 for none, and when the noun is a
    document the clause's verb acts on ("The court struck down a decree implementing …,
    ruling that": the court's; not "submitted a post by X calling for …, saying": X's)."""
    for k in range(j - 2, 0, -1):
        c = row[k]
        if c.kind == "word" and c.text.endswith("ing") and not c.capital and c.text not in TIMES:
            before = row[k - 1]
            if before.kind == "word" and before.text in _DETERMINERS:
                return -1  # "after the ruling", "to the zoning board": a noun, no participle
            nominal = before.kind in ("word", "name") and before.text not in PARTICIPLE_SUBJECT
            nominal = nominal and not before.possessive  # not "the shire's handling"
            window = row[max(0, k - 8) : k]
            docs = [m for m, x in enumerate(window) if is_word(window, m, *sp.DOCUMENT_NOUNS)]
            docs = [m for m in docs if not is_word(window, m - 1, "to")]  # not "asked to review"
            docs = [m for m in docs if not _in_adjunct(window, m)]  # "In a communique issued
            # after an emergency meeting, X urged …, saying": the main clause's subject
            of = docs and any(is_word(window, m, "of") for m in range(docs[-1], len(window)))
            relative = docs and any(  # not "an order that would have cut off federal
                is_word(window, m, "that", "which") for m in range(docs[-1], len(window))
            )  # funding …, calling": the "-ing" word is a noun in the order's own clause
            authored = docs and any(  # "submitted a post by X calling for …, saying": X's
                is_word(window, m, "by", "from") for m in range(docs[-1], len(window))
            )
            if docs and not authored and _acted_on(row, k - len(window) + docs[-1]):
                return -1  # "The court struck down a decree implementing …, ruling that": the
                # decree is what the clause's subject acted on; the later "-ing" is the subject's
            return k if nominal and docs and not of and not relative else -1  # not "a review of
            # training, adding"
    return -1


_DETERMINERS = lx.words("the a an its their his her this that")
_IN_OWN = lx.words("a an its their his her")


_PARTICLES = lx.words("down aside up off out")


def _acted_on(row: Sequence[Chunk], m: int) -> bool:
    """Is the document noun at `m` the object of a finite verb that is no speech verb ("struck
    down key parts of a government decree", "set aside the ministry's order", not "said the
    report", "in a post")? Read back over its own noun phrase and an "of" phrase only."""
    d = m
    while d > max(0, m - 12):
        d = before_bracket(row, d - 1)  # past "(DoT)"
        if d < 0:
            return False
        c = row[d]
        if c.kind not in ("word", "name", "num"):
            return False
        if c.kind == "word" and c.text in _PARTICLES and d >= 1 and verb_at(row, d - 1):
            continue  # "struck down", "set aside"
        if verb_at(row, d):
            return c.text not in sp.VERB_FORMS and c.text not in sp.LIGHT_VERBS
        if c.kind == "word" and c.text in PREPOSITIONS and c.text != "of":
            return False
    return False


def _in_adjunct(row: Sequence[Chunk], m: int) -> bool:
    """Is the document noun at `m` the head of an "in" phrase ("in a communique", "in its
    joint statement", "in a 19-page letter"), an adjunct of its own clause's verb?"""
    d = m - 1
    while d >= 0 and d >= m - 3 and row[d].kind in ("word", "num") and row[d].text not in _IN_OWN:
        d -= 1
    return is_word(row, d, *_IN_OWN) and is_word(row, d - 1, "in")


_SENT = lx.words("letter letters email emails message messages memo note notice")


def sender(row: Sequence[Chunk], j: int) -> NameMention | None:
    """The one named right before the "-ing" word at `j` as who a document came from ("a
    letter from the corporation counsel, Alan Whitcombe, warning": Whitcombe), when nothing
    but words and commas stand between (not "a letter from X to Y, warning")."""
    named = [k for k in range(max(0, j - 10), j) if row[k].kind == "name"]
    if not named or named[-1] < j - 2 or (named[-1] == j - 2 and row[j - 1].text != ","):
        return None
    for k in range(named[-1] - 1, max(-1, j - 12), -1):
        c = row[k]
        if c.kind == "word" and c.text == "from":  # not "an advert by X, ruling that"
            doc = k >= 1 and row[k - 1].kind == "word" and row[k - 1].text in _SENT
            return row[named[-1]].mention if doc else None
        if c.kind == "quote" or (c.kind == "punct" and c.text != ",") or c.text in {"to", "and"}:
            return None
    return None
