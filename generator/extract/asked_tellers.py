"""The one asked who answers: "X had asked the agency for the certificate and was told it was
“not available”", "had written to the regulator in December demanding action and had been
told it was “monitoring …”", "raised concerns with chief executive Y in 2023 and was told
the payments were “above your pay grade”": a passive "told" (or "informed", "assured",
"advised") joined by "and" to a verb of asking or writing whose addressee the text names is
that addressee's answer, when the addressee resolves to one entity. `asked_teller(ctx, para,
row, j, qi)` → the teller, or None when the form is not there: never with an agent or a
sender ("by", "from"), when the passive has a subject of its own, or across a second clause
(", but …", "while"). The teller is unclear (`ASKED`), never the asker, when the addressee
is two ("the council and the minister") or a pronoun, or does not resolve; a description
("the agency") only for a body whose name holds its noun. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import PREPOSITIONS, Who, parse
from generator.extract.rows import verb_at

_TOLD = lx.words("told informed assured advised")
# verbs whose object is the one asked ("asked the agency for", "contacted the council")
_ASKING = lx.words("asked contacted approached emailed phoned petitioned lobbied queried")
# verbs whose addressee follows "to" ("wrote to", "complained to the ombudsman")
_WRITING = lx.words("wrote written complained appealed applied spoke spoken turned went")
# verbs whose addressee follows "with" ("raised concerns with", "took it up with")
_RAISING = lx.words("raised took taken checked")
_ADVERBS = lx.words("later then also only subsequently eventually repeatedly simply")
_CLAUSE_BREAKS = lx.words("while whereas although though but because")
_PHRASE_ENDS = PREPOSITIONS | {"and", "or", "that", "who", "which", "whether", "last", "in"}


def asked_teller(ctx: Context, para: Para, row: Sequence[Chunk], j: int, qi: int) -> Who | None:
    """The addressee of the verb of asking joined to the passive "told" at `j`, for the
    quotation at `qi` inside the told clause (see the module's docstring)."""
    if not is_word(row, j, *_TOLD) or qi <= j or not _in_told_clause(row, j, qi):
        return None
    k = j - 1
    while k > 0 and is_word(row, k, *_ADVERBS):
        k -= 1
    if is_word(row, k, "been") and is_word(row, k - 1, "had", "has", "have"):
        k -= 2
    elif is_word(row, k, "was", "were"):
        k -= 1
    else:
        return None
    if not is_word(row, k, "and"):
        return None
    verb = _asking_verb(row, k)
    if verb < 0 or is_word(row, verb - 1, *lx.BE_FORMS, "been"):
        return None  # "was asked by the board and was told": the first is passive too
    start = _addressee_start(row, verb, k)
    who = _addressee(ctx, para, row, start, k) if start >= 0 else None
    return who or Who(None, "low", ASKED)  # "complained to the agency … and was told": the
    # agency's words, never the complainer's, though which agency is unclear


ASKED = "the one asked"


def _addressee(ctx: Context, para: Para, row: Sequence[Chunk], start: int, k: int) -> Who | None:
    """The one entity the addressee phrase from `start` (before the "and" at `k`) names."""
    end = start
    while end < k and row[end].kind in ("name", "word") and not row[end].possessive:
        if row[end].kind == "word" and row[end].text in _PHRASE_ENDS:
            break
        end += 1
        if row[end - 1].kind == "name" and not _role_then_name(row, end, k):
            break  # a name closes the phrase ("the X Authority twice demanding …")
    if end < k and row[end].possessive:
        return None  # "the agency's legal department": a part of it, not the agency
    if end == start or end - start > 6 or is_word(row, end, "and", "or"):
        return None  # "wrote to the council and the minister": two
    phrase = parse(row, start, end, para.text)
    who = ctx.resolve(phrase, para, row[start].start)
    if who is None or who.key is None:
        return None
    if any(row[m].kind == "name" for m in range(start, end)):
        return who
    head = phrase.head.text.casefold() if phrase.head is not None else ""
    named = ctx.names.get(who.key, "").casefold().split()
    return who if head in named else None  # "the agency": an Agency; not "the company" for
    # a Corporation (the resolver's nearest body, maybe the asker's own)


def _role_then_name(row: Sequence[Chunk], m: int, k: int) -> bool:
    """Do role words and then a name follow from `m` ("X chief executive Y")?"""
    while m < k and is_word(row, m, *lx.ROLE_NOUNS, "chief", "executive", "general", "deputy"):
        m += 1
    return m < k and row[m].kind == "name"


def _in_told_clause(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """No agent, no sender and no second clause between the passive verb and the quotation."""
    for m in range(j + 1, qi):
        c = row[m]
        if c.kind == "quote" or (c.kind == "punct" and c.text != ","):
            return False
        if is_word(row, m, "by", "from", *_CLAUSE_BREAKS):
            return False
    return True


def _asking_verb(row: Sequence[Chunk], k: int) -> int:
    """The verb of asking or writing before the "and" at `k`, with only its object, its
    adjuncts, a quoted adjunct or an "-ing" adjunct between, or -1."""
    for m in range(k - 1, max(-1, k - 16), -1):
        c = row[m]
        if c.kind == "quote" and not c.text.rstrip(" \"'“”‘’").endswith((".", "?", "!", ";")):
            continue
        if c.kind == "pron":
            continue  # "raised it with", "asked them for"
        if c.kind in ("punct", "quote") and c.text != ",":
            return -1
        if is_word(row, m, *_ASKING, *_WRITING, *_RAISING):
            return m
        if c.kind == "word" and c.text.endswith("ing"):
            continue  # "… in 2023 asking for new surveys and had been told"
        if verb_at(row, m) or is_word(row, m, *_CLAUSE_BREAKS, "that", "who", "which"):
            return -1
    return -1


def _addressee_start(row: Sequence[Chunk], verb: int, k: int) -> int:
    """Where the addressee of the verb at `verb` opens: right after a verb of asking, after
    "to" next to a verb of writing, after "with" a few words after a verb of raising."""
    w = row[verb].text
    if w in _ASKING:
        start = verb + 1
        first = row[start] if start < k else None
        if first is None or first.kind not in ("name", "word") or first.text in PREPOSITIONS:
            return -1  # "asked for the documents": no one asked
        return start
    prep = "to" if w in _WRITING else "with"
    for m in range(verb + 1, min(verb + 5, k)):
        if is_word(row, m, prep):
            return m + 1 if m + 1 < k else -1
        if row[m].kind not in ("word", "pron") or verb_at(row, m):
            return -1
    return -1
