"""A subject set off from its verb by a long aside, for `attribution.Context.subject`.

"Ridgeline, a Nashville, Tennessee-based company that holds jail contracts in 11 states,
said", "Halesbridge council, which has warned that it may – in effect – go bankrupt by
March, said", "The Commission on Audit (COA), in its latest annual audit report on the DOH,
said", "The 48-page report, which was sent to the chairman, Mr X, on Tuesday, said": the
aside (a relative clause, an apposition, a participle or a prepositional phrase, with its
own commas, dashes and brackets) is read as a whole and the verb's subject is the noun
phrase before it, read as if the aside were not there. When the subject is a description
and the aside opens with a name ("The special rapporteur, Chilean jurist Amalia Ferreyra,
said"), the name speaks. Unclear (None) when the aside could hold the subject itself: a
reporting verb, a list ("the union and the council"), a semicolon, two names side by side,
an agent after a document ("The report, commissioned by X, said"); a document's one maker
in its aside speaks ("The audit, conducted by a civic group, the X Network, and presented
…, said"). Also `relative_view`: "“…,” said X, an analyst at Y, who expects … “…”" is X's.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, commas, is_word, skip_adverbs_left, skip_openers
from generator.extract.document import Para
from generator.extract.document_makers import maker_by
from generator.extract.phrases import PREPOSITIONS, SUBORDINATORS, Phrase, Who, parse
from generator.extract.rows import verb_at


class _Subjects(Protocol):
    def subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None: ...

    def resolve(self, phrase: Phrase, para: Para, offset: int) -> Who | None: ...


_RELATIVE = frozenset({"who", "which", "whose", "whom"})
_OPENING = frozenset({"a", "an", "the", "its", "his", "her", "their", "one", "both"})
# prepositions that open an aside about where or for whom the subject acts ("in its latest
# report", "at a press conference", "for Ms X"); never "through"/"via" (a proxy speaks)
_PLACES = frozenset({"in", "at", "for", "of", "from", "under", "on", "during", "after", "with"})
_JOINS = frozenset({"and", "or", "nor", "&"})
_SEEN = frozenset({"seen", "obtained", "reviewed", "viewed", "received", "reported", "cited"})
_MAX_SUBJECT = 16
_MAX_ASIDE = 45


def across_aside(ctx: _Subjects, row: Sequence[Chunk], j: int, para: Para) -> Who | None:
    """The subject of the verb at `j` when the chunk right before it (past adverbs: "had
    said") is the comma closing a long aside after the clause's subject; None when not that
    shape or unclear."""
    i = skip_adverbs_left(row, j - 1)[0]
    if not 0 < i < j or not _closes(row[i]):
        return None
    floor = _floor(row, i)
    floor += is_word(row, floor, "but", "and", "yet")  # "But a briefing note from X, …, said"
    start = skip_openers(row, floor, i)
    cut = commas(row, start, i)
    if not cut or row[cut[0]].text != "," or cut[0] == start:
        return None
    c1 = cut[0]
    if not _subject_phrase(row, start, c1) or not _aside(row, c1 + 1, i):
        return None
    lead = _apposed_name(row, c1 + 1, i)
    if lead is not None:  # "The special rapporteur, Chilean jurist Amalia Ferreyra, said"
        if not _description(row, start, c1):
            return None  # "X, Y, said": two names, which speaks?
        reduced = [*row[:start], row[lead], *row[j:]]
        verb = start + 1
    else:
        if (maker := _aside_maker(row, start, c1, i)) is not None:  # "The audit, conducted by
            return ctx.resolve(parse(row, maker, maker + 1, para.text), para, row[maker].start)
        if _document_agent(row, start, c1, i):  # a civic group, the X, and presented …, said"
            return None
        reduced = [*row[:c1], *row[j:]]
        verb = c1
    who = ctx.subject(reduced, verb, para)
    return who if who is not None and who.key is not None and who.confidence == "high" else None


def _closes(c: Chunk) -> bool:
    """A comma, or a quotation whose own comma closes the aside (`whose leader accused Y of
    “hiding behind Brussels,” said`)."""
    if c.kind == "punct":
        return c.text == ","
    return c.kind == "quote" and c.text.rstrip().endswith(",")


def _floor(row: Sequence[Chunk], i: int) -> int:
    """Where the clause can start: after a semicolon or colon, after a quotation closed by a
    comma (`“…,” state Rep. X, a Democrat who …, said`, `The ruling “restores …,” the X (Y),
    a regional alliance …, said`)."""
    for k in range(i - 1, -1, -1):
        c = row[k]
        if c.kind == "punct" and c.text in {";", ":"}:
            return k + 1
        if c.kind == "quote" and c.text.rstrip().endswith(","):
            return k + 1
        if c.kind == "quote" and k + 1 < i and row[k + 1].text == ",":
            return k + 2
    return 0


def _subject_phrase(row: Sequence[Chunk], a: int, b: int) -> bool:
    """Is `row[a:b]` a short noun phrase (a name or a description, brackets allowed), with no
    verb, list or quotation in it?"""
    if not 0 < b - a <= _MAX_SUBJECT:
        return False
    first = row[a]
    if first.kind == "word" and (first.text in PREPOSITIONS or first.text in _RELATIVE):
        return False
    inner = False  # past a preposition: "The review of care at the trust's hospitals in
    for m in range(a, b):  # Castlebridge and Ferrisford"
        c = row[m]
        if c.kind == "quote" or (c.kind == "punct" and c.text not in {"(", ")"}):
            return False
        if c.kind == "word" and (verb_at(row, m) or c.text in _RELATIVE):
            return False
        if c.kind == "word" and c.text in _JOINS and not inner:
            return False  # "The union and the council, which …, said": two
        if c.possessive and m > a + is_word(row, a, *lx.DETERMINERS) and not inner:
            return False  # "a point Aldea's lawyer, X, stressed": an object, then a subject
        inner = inner or is_word(row, m, *PREPOSITIONS)
    return row[b - 1].kind in ("name", "word", "pron") or row[b - 1].text == ")"


def _aside(row: Sequence[Chunk], a: int, b: int) -> bool:
    """Is `row[a:b]` one aside: a relative clause, an apposition, a participle or a
    prepositional phrase, with no reporting verb of its own, semicolon or list at its head?"""
    if not 0 < b - a <= _MAX_ASIDE:
        return False
    for m in range(a, b):
        c = row[m]
        if c.kind == "punct" and c.text in {";", ":"}:
            return False
        said = c.kind == "word" and c.text in lx.SAID_FORMS and not is_word(row, m - 1, "who")
        if said or is_word(row, m, "according"):  # "X, which Y said had …, said": the aside
            return False  # holds a speaker (not "a Democrat who wrote the bill")
    first = row[a]
    if first.kind == "word" and first.text in _RELATIVE:
        return True
    if first.kind == "word" and first.text in _PLACES:
        return True
    participle = first.kind == "word" and not first.capital and _participle(first.text)
    if participle and (is_word(row, a + 1, *PREPOSITIONS, "by") or row[a + 1].kind == "name"):
        return True  # "sent to the housing association X on 6 February and seen by"
    head = _head_end(row, a, b)
    if any(is_word(row, m, *_JOINS) for m in range(a, head)):
        return False  # "The union, the council and the trust, …, said": a list
    if first.kind == "num" or (first.kind == "word" and first.text in _OPENING):
        return True  # "a Democrat from Philadelphia who sponsored the bill"
    if first.possessive:
        return True  # "X, Y's chief executive, said"
    return _apposed_name(row, a, b) is not None


def _participle(w: str) -> bool:
    return w.endswith("ed") or w in {"sent", "written", "set", "led", "held", "seen", "made"}


def _head_end(row: Sequence[Chunk], a: int, b: int) -> int:
    """The end of an apposition's head noun phrase: its first relative pronoun, participle
    or comma, or `b`."""
    for m in range(a, b):
        c = row[m]
        if c.kind == "punct" and c.text in {",", "—"}:
            return m
        if c.kind == "word" and (c.text in _RELATIVE or c.text == "that" or verb_at(row, m)):
            return m
    return b


def _apposed_name(row: Sequence[Chunk], a: int, b: int) -> int | None:
    """The index of the name an aside opens with, after at most three lowercase or describing
    words ("Chilean jurist Amalia Ferreyra", "Danish pension fund Nordhavn Pension"), when
    the aside is that name alone or the name and "of/at/from" a place or body (brackets and a
    place's commas allowed: "Vantage Ridge Minerals of Tucson, Arizona")."""
    k = a
    while k < b and k - a < 3 and row[k].kind == "word" and not row[k].possessive:
        finite = verb_at(row, k) and not row[k].text.endswith("ed")  # "retired teacher X"
        if row[k].text in PREPOSITIONS or row[k].text in _JOINS or finite:
            return None
        k += 1
    if k >= b or row[k].kind != "name" or row[k].possessive:
        return None
    rest = row[k + 1 : b]
    if not rest:
        return k
    if len(rest) == 2 and rest[0].text == "," and rest[1].kind == "word" and rest[1].capital:
        return k  # "Vantage Ridge Minerals of Tucson, Arizona"
    if not is_word(row, k + 1, "of", "at", "from"):
        return None
    allowed = all(  # "of Tucson, Arizona", "of the X Union (XU)"
        c.kind == "name" or c.capital or c.text in {"(", ")", ",", "the"} for c in rest[1:]
    )
    return k if allowed else None


def _description(row: Sequence[Chunk], a: int, b: int) -> bool:
    """Is `row[a:b]` a description, not a name: no name (but a possessor's) before its first
    preposition ("The lead negotiator for Parliament", "Tupou's advocate", "One of them")?"""
    for m in range(a, b):
        c = row[m]
        if c.kind == "word" and c.text in PREPOSITIONS:
            return True
        if c.kind == "name" and not c.possessive:
            return False
    return True


def _aside_maker(row: Sequence[Chunk], a: int, c1: int, i: int) -> int | None:
    """The one name the aside of a document subject gives as its maker ("The review of …,
    written by senior midwife X and published on Thursday, said", "The letter, sent by the
    X Authority (XA) to the bank's board, said"): its index, or None (none, or two)."""
    if not any(c.kind == "word" and c.text in sp.DOCUMENT_NOUNS for c in row[a:c1]):
        return None
    sent = is_word(row, c1 + 1, "sent") and is_word(row, c1 + 2, "by")
    by = c1 + 2 if sent else maker_by(row, c1, i)
    if by < 0:
        return None
    end = by + 1
    while end < i and not (is_word(row, end, "and") and row[end + 1].kind != "name"):
        if is_word(row, end, "to", "on", "in", "at", "after", "last", "this"):
            break  # "sent by X to the board on Friday"
        end += 1
    found = {m.key: k for k in range(by + 1, end) if (m := row[k].mention) is not None}
    names = [m for m in found.values() if not row[m].possessive]
    return names[0] if len(found) == 1 and names else None


def _document_agent(row: Sequence[Chunk], a: int, c1: int, i: int) -> bool:
    """A document subject whose aside names someone by "by" ("The report, commissioned by X,
    said"): whose words these are is the document rules' question, not this one's (an outlet
    that saw it, "seen by the BBC", is no one's)."""
    if not any(c.kind == "word" and c.text in sp.DOCUMENT_NOUNS for c in row[a:c1]):
        return False
    return any(is_word(row, m, "by") and not is_word(row, m - 1, *_SEEN) for m in range(c1, i))


_VIEWS = lx.words(
    "expects expected reckons reckoned estimates estimated believes believed thinks predicts"
    " predicted forecasts fears feared suspects suspected"
)


def relative_view(row: Sequence[Chunk], j: int, qi: int) -> int | None:
    """`“…,” said X, an analyst at Y, who expects more funds to disclose “…”`: the index of
    the name an inverted reporting verb brings in, when the quotation at `qi` stands in the
    relative clause (at `j`, "who" and a verb of view) that describes that speaker."""
    if not is_word(row, j, "who") or not is_word(row, j + 1, *_VIEWS) or row[j - 1].text != ",":
        return None
    if any(c.kind == "quote" or c.text == ";" for c in row[j + 1 : qi]):
        return None
    cut = commas(row, 0, j)
    if not cut or cut[-1] != j - 1:
        return None
    for n in (j - 2, cut[-2] - 1 if len(cut) > 1 else -1):  # "said X, who" / "said X, an
        if n < 2 or getattr(row[n].mention, "kind", "") != "person":  # analyst at Y, who"
            continue
        aside = row[n + 2 : j - 1] if n != j - 2 else ()
        plain = all(c.kind in ("word", "name") and c.text not in _RELATIVE for c in aside)
        said = is_word(row, n - 1, *lx.SAID_FORMS) and row[n - 2].kind == "quote"
        return n if said and plain and not row[n].possessive else None
    return None


def apposed_clause(row: Sequence[Chunk], name: int, k2: int) -> bool:
    """Is the "aside" after the apposed name at `name` (its comma at `k2`) that name's own
    predicate, inside a clause a subordinator opens ("The statement, issued after the
    minister, X, met the staff, said": X met, the statement said; not "X, appointed in 2020,
    said", a participle's aside)?"""
    if name < 2 or row[name - 1].text != "," or k2 != name + 1 or k2 + 2 >= len(row):
        return False
    verb = row[k2 + 1]
    if not verb_at(row, k2 + 1) or verb.text.endswith("ing") or is_word(row, k2 + 2, *PREPOSITIONS):
        return False
    for m in range(name - 2, -1, -1):
        if row[m].kind != "word":
            return False
        if row[m].text in SUBORDINATORS:
            return True
    return False
