"""Quotations a verb's object holds, for `cues._before`: words someone "received" (the
one who reports the receiving says them: `reporter`), and an object a relative clause
describes with the quotation ("had posted pricing files that were “…”": not the poster's,
`held_object`). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.cue_scope import inside_report
from generator.extract.rows import verb_at, verb_use

RECEIVED = lx.words("received receives")


def held_object(row: Sequence[Chunk], qi: int) -> int:
    """The verb whose object a relative clause describes with the quotation ("Meridian had
    posted pricing files that were “…”": the files are described, by whoever says so; the
    poster did not post those words), or -1."""
    if not (is_word(row, qi - 1, *lx.BE_FORMS) and is_word(row, qi - 2, "that", "which")):
        return -1
    k = qi - 3
    while k >= 0 and row[k].kind == "word" and not verb_at(row, k) and qi - k < 8:
        k -= 1
    plain = k >= 0 and k < qi - 3 and row[qi - 3].text not in sp.SPEECH_NOUNS
    return k if plain and row[k].kind == "word" and verb_at(row, k) else -1


def reporter(row: Sequence[Chunk], j: int) -> int:
    """The verb of saying whose clause holds "received" at `j`: the nearest before it ("he had
    told her he had received"), or the sentence's first when the nearest is coordinated with
    it ("said the union had written to … but had so far received": "said"); -1 if none."""
    verbs = [k for k in range(j - 1, -1, -1) if row[k].text in sp.VERB_FORMS and verb_use(row, k)]
    joined = bool(verbs) and any(is_word(row, m, "and", "but") for m in range(verbs[0], j))
    return -1 if not verbs or (joined and len(verbs) < 2) else verbs[-1 if joined else 0]


def later_that_clause(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the quotation at `qi` in a "that" clause coordinated after the verb at `j`'s own
    clause ("said there was evidence that the owner had added two floors … and that ward
    officials had “looked the other way”": "added" says nothing; the outer verb's subject
    does)? Not when the verb takes the clauses itself ("added that …, and that …"). Or after
    a modal verb coordinated with it ("that X had written … seeking “…” and would update the
    Assembly “before …”": X's plan, in the words of the one who reports it)."""
    if not is_word(row, j + 1, "that") and _later_modal(row, j, qi):
        return True
    if is_word(row, j + 1, "that") or any(c.kind == "quote" for c in row[j + 1 : qi]):
        return False
    if not any(is_word(row, m, "that") for m in range(max(0, j - 8), j)):
        return False  # the verb is in a "that" clause itself, not "said A and that B"
    return any(
        is_word(row, m, "that") and is_word(row, m - 1, "and", "but") for m in range(j + 2, qi)
    )


def who_reporter(row: Sequence[Chunk], qi: int) -> int:
    """ "X said about 1.2 million households were …, many of them renters who “…”": a
    quotation right after "who" whose antecedent is unnamed people is the predicate of the
    relative clause, in the words of the one whose report holds it: the sentence's first
    verb of saying, when it reports a clause and no other verb of saying comes before it
    that is not passive naming ("what is often called"); -1 if none. Also a quotation right
    after a relative aside, the predicate of its antecedent (`aside_reporter`)."""
    if (up := aside_reporter(row, qi)) >= 0:
        return up
    if not is_word(row, qi - 1, "who") or row[qi - 2].kind != "word":
        return -1
    if not (row[qi - 2].text.endswith(("s", "people", "men")) and not verb_at(row, qi - 2)):
        return -1
    if any(c.kind == "punct" and c.text in {";", ":"} for c in row[:qi]):
        return -1
    verbs = [k for k in range(qi - 2) if row[k].text in _SAYS and not row[k].capital]
    k = verbs[0] if verbs else -1
    clause = k >= 0 and row[k + 1].kind in ("word", "name", "num", "pron")
    return k if clause and not is_word(row, k - 1, *lx.BE_FORMS) else -1


_SAYS = lx.words("said says told tells argued argues")


def aside_reporter(row: Sequence[Chunk], qi: int) -> int:
    """ "the 61-year-old said a memo from X, which described the design as “…”, “did not
    cross my desk”": a quotation opening with a lowercase word right after a relative aside
    is the predicate of the aside's antecedent, in the words of the one whose verb of saying
    reports that clause (never the aside's verb); its index, or -1."""
    if not (row[qi - 1].kind == "punct" and row[qi - 1].text == ",") or qi < 4:
        return -1
    if not row[qi].text[:1].islower():
        return -1
    m = next(
        (m for m in range(qi - 3, max(0, qi - 25), -1) if is_word(row, m + 1, "which", "who")),
        -1,
    )
    if m < 1 or row[m].text != "," or row[m - 1].kind not in ("name", "word"):
        return -1
    if any(c.kind == "punct" and c.text in {";", ":"} for c in row[m:qi]):
        return -1
    if verb_at(row, m - 1) or not any(verb_at(row, v) for v in range(m + 2, qi - 1)):
        return -1  # the aside has a verb; the antecedent is a noun
    for v in range(m - 1, max(-1, m - 14), -1):
        c = row[v]
        if c.kind in ("punct", "quote"):
            return -1
        if c.kind == "word" and c.text in _SAYS and verb_use(row, v):
            return v  # "said a memo from X, which …,"
        if c.kind == "word" and verb_at(row, v):
            return -1
    return -1


def whose_words(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Does the relative clause opened by "whose" at `j` reach the quotation at `qi` with a
    verb that says or names it ("whose nurse had assessed him as “…”"), not a predicate ("whose
    files were “…”") nor after a closed aside ("whose names have not been made public, “…”")?"""
    inside = row[j + 2 : qi]
    if any(c.kind in ("punct", "quote") for c in inside):
        return False
    said = any(c.kind == "word" and c.text in sp.VERB_FORMS for c in inside)
    return said or (is_word(row, qi - 1, "as") and any(verb_at(row, m) for m in range(j + 2, qi)))


def _later_modal(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Does "and"/"but", a modal and a verb that says nothing stand between the verb at `j`
    and the quotation at `qi`, the verb at `j` itself inside a report ("said that X had
    written") and taking no clause of its own ("had told her that he … and would")?"""
    if not inside_report(row, j):
        return False
    return any(
        not any(is_word(row, n, "that") for n in range(j + 1, m))
        and is_word(row, m, "and", "but")
        and is_word(row, m + 1, *lx.MODALS)
        and row[m + 2].kind == "word"
        and row[m + 2].text not in sp.VERB_FORMS
        for m in range(j + 2, qi - 2)
    )
