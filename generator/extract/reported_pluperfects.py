"""A verb joined by "and had" (or "but had") inside a reported clause: the reported
clause's subject says it, by the tense they share ("adding that Hoa, 52, appeared “thin”
and had told the judges", "found that the governor had shouted at staff … and had once told
a section chief he was “…”", "documents showed the department had known of the backlog …
and had described it as “…”"), not the reporter ("X said the union had offered 3% and
described the demand as": a simple past, the reporter's). The subject is the name, person or
body, opening the clause after "that" or after the reporting verb; or the description there,
resolved, else unclear, when a finding reports it (a spokesperson's "the department had"
may be the speaker's own words). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who, parse

_REPORTING = lx.words("found finds showed shows concluded revealed heard alleged alleges")
_OPENERS = lx.words("the its his her their")
_PERFECT = lx.words("had has")
_ADVERBS = lx.words("once also later then repeatedly previously twice")


def reported_pluperfect(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """Who says what the verb at `j`, after "and had", governs: the reported clause's
    subject, or None when no reported clause opens before it."""
    if not (is_word(row, j - 1, "had") and is_word(row, j - 2, "and", "but")):
        return _adverbed(ctx, para, row, j)
    that = next((m for m in range(j - 3, 0, -1) if is_word(row, m, "that")), -1)
    named = row[that + 1] if 0 <= that < j - 3 else None
    said = next((m for m in range(j - 3, 0, -1) if is_word(row, m, *lx.SAID_FORMS)), -1)
    if named is None and said > 0 and is_word(row, j - 2, "but"):  # "said the envoy, X, had
        # “…” but had insisted": X's (not "said X had … and had posted videos that “…”")
        named = next(
            (row[m] for m in range(said + 1, min(j - 3, said + 6)) if row[m].kind == "name"), None
        )
    if named is not None and named.kind == "name" and named.mention is not None:
        return Who(named.mention.key, "high") if named.mention.kind == "person" else None
    return _described(ctx, para, row, j)


def _adverbed(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """ "and had once told": past one adverb, a description's clause only."""
    if is_word(row, j - 1, *_ADVERBS) and is_word(row, j - 2, "had") and is_word(row, j - 3, "and"):
        return _described(ctx, para, row, j - 1)
    return None


def _described(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """ "found that the governor had … and had told": the description that opens the
    clause a verb of finding reports (right after it or its "that"), with its own "had";
    not a clause a speaker reports ("a spokesperson said the department had …")."""
    for s in range(j - 3, 0, -1):
        c = row[s]
        if c.kind == "punct" or c.kind == "quote":
            return None
        if c.kind == "word" and c.text in lx.SAID_FORMS:
            return None  # "a spokesperson said the department had … and had directed": the
            # speaker's own body, maybe, in the speaker's words
        opens = is_word(row, s, "that") and is_word(row, s - 1, *_REPORTING)
        opens = opens or (c.kind == "word" and c.text in _REPORTING)
        if not opens or not is_word(row, s + 1, *_OPENERS):
            continue
        h = next((m for m in range(s + 2, min(j - 2, s + 6)) if is_word(row, m, *_PERFECT)), -1)
        if h < 0 or any(x.kind != "word" or sp.VERB_FORMS.get(x.text) for x in row[s + 2 : h]):
            return None
        phrase = parse(row, s + 1, h, para.text)
        who = ctx.resolve(phrase, para, row[s + 1].start)
        if who is not None and who.key is not None:
            return Who(who.key, "low")  # a description resolved: a reading, not a name
        return Who(None, "low", phrase.text)
    return None
