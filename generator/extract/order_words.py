"""The words of an order, for `cues._before`: a quotation inside what a court, a judge or a
regulator orders is the orderer's ("Justice X barred the county from terminating the
contracts “pending the hearing …”", "The tribunal ordered Y to publish revised rules “no
later than …”", "She also directed the land officer, Mr Z, to “immediately suspend” …",
"… issued an injunction restraining it, its agents and “any person claiming title under it”
from …", "the minister directed that both companies “…”"), and what someone "made it clear
that …" ("the judge, however, made it clear that the bail “shall stand cancelled …”"). Pure.

Never when the verb is passive ("has been ordered to pay"), when a clause of its own stands
between the verb and the quotation ("ordered X to refund customers who were sold “unlimited”
plans": the plans' seller's word; "after it sold …"), nor when the order is reported by
another's verb of saying ("X said the court had ordered …": the sayer's).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.cue_scope import reported_before
from generator.extract.document import Para
from generator.extract.participle_cues import participle_subject
from generator.extract.rows import verb_at
from generator.extract.verb_cues import Cue, verb_cue

_ORDERS = lx.words(
    """ordered orders ordering directed directs directing barred bars barring restrained
    restrains restraining"""
)
_MADE = lx.words("made makes")
# A clause of its own between the order and the quotation: the words are that clause's.
_BREAKS = lx.words(
    """who whom whose which what after before because when while since although though if
    unless until as where"""
)
_PASSIVE = lx.BE_FORMS | lx.words("be been being")
_SPAN = 30  # chunks from the verb to the quotation
# Before a verb inside the order: "to pay", "be completed", "and publish"; before an "-ed"
# word that modifies a noun: "its revised tariff".
_LEADS = lx.DETERMINERS | frozenset({"to", "be", "and", "or"})


def order_words(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the quotation at `qi` inside what the verb at `j` orders or makes clear?"""
    w = row[j].text
    if row[j].kind != "word" or qi - j > _SPAN or is_word(row, j - 1, *_PASSIVE):
        return False
    if row[qi].text.lstrip("\"'“‘")[:1].isupper():
        return False  # "a penalty for offering a high-yield “Earn” product": a name
    if reported_before(row, j):
        return False
    if w in _MADE:
        start = j + 4  # "made it clear that"
        if not (is_word(row, j + 1, "it") and is_word(row, j + 2, "clear")):
            return False
        if not is_word(row, j + 3, "that"):
            return False
        linked = True
    elif w in _ORDERS:
        start = j + 1
        linked = is_word(row, j + 1, "that") or is_word(row, qi + 1, "from")
    else:
        return False
    for m in range(start, qi):
        c = row[m]
        if c.kind == "punct" and c.text in {";", ":", "(", "—"}:
            return False
        if c.kind != "word":
            continue
        if c.text in _BREAKS or (c.text == "that" and m > j + 1):
            return False
        if is_word(row, m, "to", "from"):
            linked = True
        elif m > start and verb_at(row, m) and row[m - 1].text not in _LEADS:
            return False  # "ordered …, and the firm said": another clause's verb
    return linked


def order_cue(ctx: Context, para: Para, row: Sequence[Chunk], j: int, qi: int) -> Cue | None:
    """The orderer, when the text names one (None otherwise: the walk goes on)."""
    if not order_words(row, j, qi):
        return None
    if row[j].text.endswith("ing"):
        who = participle_subject(ctx, para, row, j)
        cue = Cue(who, row[j].text) if who is not None else None
    else:
        cue = verb_cue(ctx, para, row, j)
    if cue is None or cue.who.key is None or _inside_relative(row, j, cue.who.key):
        return None
    if cue.who.confidence != "high" and is_word(row, j - 1, "and"):
        return None  # "the decision noted … and ordered that …": the first verb's cue
    return cue


def _inside_relative(row: Sequence[Chunk], j: int, key: str) -> bool:
    """Is the orderer found only inside a relative clause before the verb ("The judge, who
    faulted INEC for … the rival X, ordered …": not X)?"""
    rel = next((m for m in range(j - 1, -1, -1) if is_word(row, m, "who", "which")), -1)
    if rel < 0:
        return False
    named = [m for m in range(j) if (c := row[m]).mention is not None and c.mention.key == key]
    return bool(named) and min(named) > rel
