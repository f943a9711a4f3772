"""A sentence as a row of chunks, and where its clauses start.

`rows(para, sentences, mentions)` → one tuple of `Chunk`s per sentence, in text order: a
named mention (title and honorific included) is one "name" chunk, each other word a "word"
(or "pron" for a personal pronoun), a number "num", each quotation one "quote", and the
punctuation that shapes clauses (, ; : ( ) — –) one "punct" each. Attribution reads these
rows instead of raw text. `clause_start(row, j)` is where the clause holding chunk `j`
starts (after asides between commas, a semicolon, a quotation, "that", a reporting verb whose
complement the clause is…); `skip_openers(row, a, b)` steps over opening phrases ("In a
statement on Monday,", "However,"). Pure, never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.chunks import Chunk as Chunk  # re-exported: rows are made of them
from generator.extract.document import Para
from generator.extract.field_lists import field_lists
from generator.extract.name_letters import drop_letters
from generator.extract.names import NameMention, honorifics_start
from generator.extract.opening_modifiers import subject_modifier
from generator.extract.written_adjectives import drop_adjectives

_PUNCT = re.compile(r"\d+[–-]\d+(?!\d)|[,;:()—–]|(?<=\s)-(?=\s)|\d+(?:[.,]\d+)*")
# Words that open a sentence with a phrase that is not its subject.
OPENERS = lx.words(
    """in on at after before despite following according during under over with without
    since until when while whilst although though as if because once unlike like for from
    by to however meanwhile but and yet so also still instead then later earlier moreover
    furthermore besides nevertheless nonetheless separately similarly additionally
    originally currently now today yesterday last this in addition outside inside near
    within across amid among between beyond behind throughout"""
)
ADVERBS = lx.words(
    """also later then previously again has had have was is were are would will could can
    may might must should shall did does do once earlier afterwards afterward subsequently
    further simply just still already repeatedly reportedly publicly privately recently
    quickly immediately first initially both all himself herself itself themselves been
    being be"""
)
_AUX = lx.words("had has have was is were would will")
TIME_WORDS = frozenset(lx.WEEKDAYS) | {"today", "yesterday", "tonight", "morning", "evening"}
_RELATIVES = frozenset({"where", "which", "who", "whose"})
_PRONOUNS = frozenset({"he", "she", "they", "it"})
_PARTICIPLE_ASIDES = frozenset({"seen", "shown", "sent", "read", "written", "given", "made"})
_MADE_WHAT = frozenset({"public", "available"})  # "made public on Oct 8"
_OF_BODY = frozenset({"for", "of", "at"})  # "national representative for the union"


def rows(
    para: Para, sentences: Sequence[tuple[int, int]], mentions: Sequence[NameMention]
) -> list[tuple[Chunk, ...]]:
    """Every sentence of `para` (as `sentences` bound them) as a row of chunks: one pass over
    the paragraph's quotations, mentions, words and punctuation."""
    covered: list[tuple[int, int]] = []
    items: list[Chunk] = []
    for index, q in enumerate(para.quotes):
        end = (q.close_mark + 1) if q.close_mark is not None else q.end
        items.append(Chunk("quote", para.text[q.start : q.end], q.open_mark, end, quote=index))
        covered.append((q.open_mark, end))
    # the longest mention first: "Trump’s team" (the campaign) before "Trump"
    for m in sorted(mentions, key=lambda m: (m.full_start, -m.end)):
        if not _inside(covered, m.full_start):
            end, start = m.end + (2 if m.possessive else 0), honorifics_start(para, m)
            items.append(Chunk("name", m.text, start, end, m, True, m.possessive))
            covered.append((start, end))
    covered.sort()
    spans = iter(covered)
    span = next(spans, None)
    new = tuple.__new__  # Chunk(...) without the call's cost: a paragraph has many words
    append = items.append
    for tok in para.tokens:
        start = tok.start
        while span is not None and span[1] <= start:
            span = next(spans, None)
        if span is not None and span[0] <= start:
            continue
        kind = "pron" if tok.lower in _PRONOUNS else "word"
        end = tok.end + 2 if tok.possessive else tok.end
        append(new(Chunk, (kind, tok.lower, start, end, None, tok.capitalised, tok.possessive, -1)))
    spans = iter(covered)
    span = next(spans, None)
    for match in _PUNCT.finditer(para.text):
        while span is not None and span[1] <= match.start():
            span = next(spans, None)
        if span is None or match.start() < span[0]:
            text = match.group()
            kind = "num" if text[0].isdigit() else "punct"
            items.append(
                Chunk(kind, "—" if text in {"–", "-"} else text, match.start(), match.end())
            )
    items.sort(key=itemgetter(2))  # by start
    drop_letters(items, para.text)  # "Hugh Wint-Campbell, KC, countered", "X, 41st, said"
    drop_adjectives(items)  # "The board's written decision said": the board's decision
    for a, b in reversed(field_lists(items)):  # "the Senedd health and social care committee"
        start, end = items[a].start, items[b - 1].end
        items[a:b] = [Chunk("word", para.text[start:end].casefold(), start, end)]
    out: list[tuple[Chunk, ...]] = []
    i = 0
    for lo, hi in sentences:
        while i < len(items) and items[i].start < lo:
            i += 1
        j = i
        while j < len(items) and items[j].start < hi:
            j += 1
        out.append(tuple(items[i:j]))
        i = j
    return out


def _inside(covered: list[tuple[int, int]], offset: int) -> bool:
    return any(a <= offset < b for a, b in covered)


def is_word(row: Sequence[Chunk], i: int, *words: str) -> bool:
    c = row[i] if 0 <= i < len(row) else None  # indexed once: called for most chunks
    return c is not None and (c.kind == "word" or c.kind == "pron") and c.text in words


def skip_adverbs_left(row: Sequence[Chunk], i: int) -> tuple[int, bool]:
    """From chunk `i` leftwards past adverbs, auxiliaries, negation and a time phrase ("on
    Wednesday"): the first other chunk's index, and whether a negation was passed."""
    negated = False
    while i >= 0:
        c = row[i]
        if c.kind == "word" and (c.text in ADVERBS or c.text in sp.NEGATIONS):
            negated = negated or c.text in sp.NEGATIONS
            i -= 1
        elif c.kind == "word" and c.text.endswith("ly") and len(c.text) > 4 and not c.capital:
            i -= 1
        elif c.kind == "word" and c.text in TIME_WORDS:
            i -= 2 if is_word(row, i - 1, "on", "this", "last", "on") else 1
        elif c.text in lx.MONTH_NAMES and is_word(row, i - 1, "in") and is_word(row, i - 2, *_AUX):
            i -= 2  # "X had in January described": X
        else:
            break
    return i, negated


_PARENTHESIS_OPENERS = lx.words(
    "or "
    + """who which whose whom where when unlike like however including though although
    too also meanwhile instead speaking one both all each"""
)


def parenthetical(row: Sequence[Chunk], a: int, b: int) -> bool:
    """Is `row[a:b]`, between two commas, an aside rather than a clause or a list item: a
    relative clause, a participle phrase, an apposition (a name, a role, an age)?"""
    if a >= b:
        return False
    c = row[a]
    if c.kind in ("num", "quote"):
        return True
    if c.kind == "name":
        return all(x.kind in ("name", "word") and not _finite(x) for x in row[a:b])
    if c.kind != "word":
        return False
    if c.text in _PARENTHESIS_OPENERS or c.text in lx.DETERMINERS or c.possessive:
        return True
    if c.capital and any(x.possessive for x in row[a + 1 : min(b, a + 3)]):
        return True  # ", Sri Lanka's second-largest export market,"
    lead = row[a : b - 1]  # ", Athens-based Halcyon Maritime,", ", planemaker Corvane Aviation,"
    if row[b - 1].kind == "name" and len(lead) <= 2 and all(describer(x) for x in lead):
        return True
    words = [x for x in row[a:b] if x.kind in ("word", "name")]  # not "(", "CPS", ")"
    short = b - a <= 4 or (len(words) <= 4 and not any(map(_finite, words)))
    last = b - 1  # ", of the business-friendly Liberal Reform Party (LRP),": before its letters
    if row[last].text == ")" and last - 2 > a and row[last - 2].text == "(":
        last -= 3
    named = last - a <= 6 and row[last].kind == "name" and not any(map(_finite, words))
    if c.text in {"from", "of", "in"} and (short or named):  # "X, of the CPS (CPS), said",
        return True  # "Margaret Hughes, 78, from Headingley, said", ", of the tenants' group Y,"
    if c.text == "in" and b - a <= 12 and any(x.text in _DOCUMENTS for x in row[a + 1 : a + 4]):
        return True  # "The Council of Churches, in a statement issued in Ranchi on Thursday, said"
    if c.text.endswith(("ing", "ed")) and not c.capital:
        return True
    if c.text in _PARTICIPLES and b - a <= 8 and not any(_finite(x) for x in row[a + 1 : b]):
        return True  # "Lee's statement, read out by Reed, said", "a group, led by X, said"
    if c.text in lx.ROLE_NOUNS or c.text in lx.ROLE_MODIFIERS:
        return True
    # a role appositive: "Finnish interior minister", "head of the NSA"
    return (
        b - a <= 10
        and any(x.kind == "word" and x.text in lx.ROLE_NOUNS for x in row[a:b])
        and not any(_finite(x) for x in row[a:b])
    )


def describer(x: Chunk) -> bool:
    """A word that can describe an organisation before its name ("Athens-based",
    "planemaker"), not a participle or a preposition ("filed in", "seen by", "known as")."""
    if x.kind != "word" or "-" in x.text.strip("-"):  # "Athens-based", "state-owned"
        return x.kind == "word"
    verbal = x.text.endswith(("ed", "ing")) or x.text in _PARTICIPLES or _finite(x)
    return not x.capital and not verbal and x.text not in _LINKS


_LINKS = lx.words("in on at by as of for from with to into under")
_DOCUMENTS = sp.DOCUMENT_NOUNS
_PARTICIPLES = lx.words(
    "read written sent led held made given taken brought chosen known seen shown drawn signed won"
    " built set put"
)


def _finite(c: Chunk) -> bool:
    return c.kind == "word" and (sp.VERB_FORMS.get(c.text) == "finite" or c.text in ADVERBS)


def previous_comma(row: Sequence[Chunk], k: int) -> int:
    """Index of the top-level comma or dash before chunk `k`, or of the hard boundary (";",
    ":", -1 for the sentence start) that comes first."""
    depth = 0
    for i in range(k - 1, -1, -1):
        c = row[i]
        if c.kind != "punct":
            continue
        if c.text == ")":
            depth += 1
        elif c.text == "(":
            depth = max(0, depth - 1)
        elif depth == 0 and c.text in {",", "—", ";", ":"}:
            return i
    return -1


def clause_start(row: Sequence[Chunk], j: int) -> int:
    """Index of the first chunk of the clause holding chunk `j`: asides between commas are
    skipped; a quotation, a semicolon or colon, "that", "who"/"which", a reporting verb whose
    complement this is, or a comma closing an opening phrase end the clause before it."""
    k = j - 1
    while k >= 0:
        c = row[k]
        if c.kind == "punct" and c.text in {",", "—"}:
            if k + 2 < j and is_word(row, k + 1, "and", "but", "while", "whereas"):
                return k + 2  # "…, and a spokesperson for the department said": a new clause
            k2 = previous_comma(row, k)
            if k2 >= 0 and row[k2].text in {",", "—"} and parenthetical(row, k2 + 1, k):
                k = k2 - 1
                continue
            if k2 < 0 and row[0].kind == "word" and _opening_word(row[0]):
                return k + 1  # "Asked whether X would …, a spokesperson said": not X
            if k2 >= 0 and row[k2].text in {",", "—"}:
                return k + 1
            k -= 1
            continue
        if c.kind == "quote" or (c.kind == "punct" and c.text in {";", ":"}):
            joined = c.kind == "quote" and c.text.rstrip().endswith(",") and k + 2 < j  # "“…,”
            return k + 1 + (joined and is_word(row, k + 1, "while", "whereas"))  # while X urged"
        if c.kind == "word" and not c.possessive:
            if c.text in {"that", "who", "which", "whom", "what"}:
                return k + 1  # "in what the embassy described as": the embassy's clause
            noun = k > 0 and row[k - 1].kind == "word" and row[k - 1].text in lx.DETERMINERS
            owned = k > 0 and row[k - 1].possessive and not row[k - 1].text.endswith("s")
            noun = noun or owned  # "the board's written order" (not "officers' written …")
            form = sp.VERB_FORMS.get(c.text)
            if form == "base" and not _base_verb(row, k):
                noun = True  # "The 62-page report by …": a base form after a modifier
            said = form == "participle" and _reported_after(row, k, j)  # ", saying the
            if (form in ("finite", "base") or said) and k < j - 1 and not noun:  # Minister had
                return k + 1  # a verb ends the clause; "A report published by …": a noun
        k -= 1
    return 0


def _reported_after(row: Sequence[Chunk], k: int, j: int) -> bool:
    """Does the "-ing" verb of saying at `k`, after a comma, report a clause with its own
    subject and auxiliary before `j` (", saying the Minister of X had described")?"""
    if k < 1 or row[k - 1].text != "," or not is_word(row, k + 1, "the", "a", "an"):
        return False
    return any(is_word(row, m, *_AUXILIARY) for m in range(k + 2, j))


_AUXILIARY = frozenset({"had", "has", "have", "was", "were", "would", "will"})
_BEFORE_BASE = frozenset(
    {"to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "do", "does"}
)


def _base_verb(row: Sequence[Chunk], k: int) -> bool:
    """Is the base form at `k` a verb: after "to", a modal, a pronoun, a name or a plural
    ("officials say"), not after a modifier ("the 62-page report")?"""
    if k == 0:
        return True
    prev = row[k - 1]
    if prev.kind in ("pron", "name") or (prev.kind == "word" and prev.text in _BEFORE_BASE):
        return True
    return prev.kind == "word" and prev.text.endswith("s") and not prev.possessive


def commas(row: Sequence[Chunk], a: int, b: int) -> list[int]:
    """Indexes of the top-level commas and dashes between `a` and `b` (brackets skipped)."""
    found: list[int] = []
    depth = 0
    for k in range(a, b):
        t = row[k].text if row[k].kind == "punct" else ""
        if t == "(":
            depth += 1
        elif t == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and t in {",", "—"}:
            found.append(k)
    return found


def skip_openers(row: Sequence[Chunk], a: int, b: int) -> int:
    """The first chunk after the opening phrases of the clause `row[a:b]`: "In a statement on
    Monday,", "However,", "Speaking after the trial,", "When describing his opinion,"."""
    skipped = False
    while a < b:
        c = row[a]
        if c.kind == "punct" and c.text in {",", "—"}:
            a += 1
            continue
        opener = c.kind == "word" and (
            c.text in OPENERS
            or (c.text.endswith(("ing", "ed")) and c.capital and not subject_modifier(row, a))
            or (c.text.endswith("ly") and c.capital)
            or (skipped and c.text in _RELATIVES)  # "Speaking in X, where …,", "whose …"
            or (skipped and _aside_participle(row, a))  # "In a letter, seen by Reuters,"
            or (skipped and _appositive_after_name(row, a, b))
        )
        if not opener:
            return a
        cut = commas(row, a, b)
        verb = cut and any(sp.past(row, k) for k in range(a + 1, cut[0]))
        if verb and c.text in ("but", "and", "yet"):  # "But X rejected the claim, saying":
            a += 1  # the comma is the clause's own
            continue
        if not cut:
            joins = {"but", "and", "yet", "so", "however", "also", "though", "although"}
            return a + 1 if c.text in joins else a  # ", though a spokesperson added"
        a = cut[0] + 1
        skipped = True
    return a


def _opening_word(c: Chunk) -> bool:
    """Does this first word of a sentence open a phrase before its clause ("In", "Asked",
    "Speaking")?"""
    return c.text in OPENERS or (c.capital and c.text.endswith(("ing", "ed")))


def _aside_participle(row: Sequence[Chunk], a: int) -> bool:
    """A participle phrase after an opening phrase ("seen by Reuters", "published on
    Monday", "made public on Oct 8"): a lowercase participle with a preposition after it
    (past "public" or "available", which complete "made")."""
    c = row[a]
    participle = c.text.endswith("ed") or c.text in _PARTICIPLE_ASIDES
    gap = 2 if a + 2 < len(row) and row[a + 1].text in _MADE_WHAT else 1
    after = row[a + gap] if a + gap < len(row) else None
    return (
        participle
        and not c.capital
        and after is not None
        and after.kind == "word"
        and after.text in {"by", "on", "in", "at", "to", "from"}
    )


def _appositive_after_name(row: Sequence[Chunk], a: int, b: int) -> bool:
    """ "In a statement read out by Ismael Cárdenas, the group's chief negotiator, the Front
    said": a role phrase after the name that closed an opening phrase is part of it."""
    if a < 2 or row[a - 1].text != "," or row[a - 2].kind != "name":
        return False
    cut = commas(row, a, b)
    if not cut or row[cut[0]].text != ",":
        return False
    words = row[a : cut[0]]
    if not words or any(c.kind not in ("word",) for c in words) or len(words) > 8:
        return False
    heads = [k for k, w in enumerate(words) if w.text in lx.ROLE_NOUNS]
    of_body = bool(heads) and heads[0] + 1 < len(words) and words[heads[0] + 1].text in _OF_BODY
    determined = words[0].text in {"the", "a", "an", "its", "his", "her"}
    return (words[-1].text in lx.ROLE_NOUNS and determined) or (of_body and not words[0].capital)
