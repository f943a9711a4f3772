"""Words that a reported clause gives to people it leaves unnamed: the clause's subject is a
plain noun phrase of people and its own verb of telling governs the quotation ("X said young
men he works with described being searched as '…'", "X told the inquiry that a hospital
executive, whom she named, told her to “…”", "X wrote that midwives she interviewed
described feeling “…”"). The reporting speaker only passes those words on: the quotation's
speaker is unclear. Not when a name or a pronoun is the subject of the verb of telling ("said
she had told them “…”"), for a passive ("were warned “…”"), a joined or "-ing" verb ("and
urged", "telling"), one known person ("the mayor had described"), someone's own ("its
letter"), when "that", "and" or another verb of saying comes between the verb and the
quotation, nor for a spokesperson, who speaks for a body. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.extract import lexicon as lx
from generator.extract.clauses import TIME_WORDS, Chunk, is_word, skip_openers
from generator.extract.phrases import Who
from generator.extract.role_phrases import person_noun
from generator.extract.subject_shapes import reported_subject
from generator.extract.unnamed_sources import ANY_SPOKESPEOPLE

if TYPE_CHECKING:
    from generator.extract.verb_cues import Cue

_INDEFINITE = lx.words("a an one some many several two three four most all other")
_PLURALS = lx.words("men women people children families staff police crew crews folk")
_TELLING = lx.words("told tell tells described describe describes warned accused urged assured")
_REPORTING = lx.words("said says told tells")
_SAYING = lx.SAID_FORMS | lx.words("wrote writes say saying adding called calls")
_DATE_OPENERS = lx.words("in on last earlier this")
_DATE_WORDS = TIME_WORDS | lx.words("week month year")
_JOINS = lx.words("and that")  # "and said", "told her staff that X asked “…”": another clause
_STOPS = lx.words("that which who whom whose and but or")


def told_by_unnamed(row: Sequence[Chunk], qi: int, cue: Cue | None) -> Cue | None:
    """`cue`, unless the quotation at `qi` is governed by a verb of telling whose subject is
    the plain noun phrase of people that opens its reported clause: then unclear."""
    if cue is None or cue.who.key is None:
        return cue
    for k in range(qi - 1, 0, -1):
        c = row[k]
        if c.kind == "punct" and c.text in (";", ":", "(", ")"):
            return cue
        if c.kind != "word" or not (c.text == "that" or c.text in _REPORTING):
            continue
        n = k + 1 if c.text == "that" else reported_subject(row, k, qi)
        dated = _dated(row, n, qi)  # "that in March 2023 a hospital executive"
        head = _people_head(row, dated if dated > n else skip_openers(row, n, qi), qi)
        if head is None:
            continue
        if _telling(row, head + 1, qi) is None:
            return cue
        return cue.__class__(Who(None, "low", "people a reported clause leaves unnamed"), cue.words)
    return cue


def _dated(row: Sequence[Chunk], n: int, qi: int) -> int:
    """Past a date with no comma after it ("in March 2023", "last week", "on Monday")."""
    if not is_word(row, n, *_DATE_OPENERS):
        return n
    m = n + 1
    while m < qi and (
        row[m].kind == "num"
        or (row[m].kind == "word" and (row[m].text in lx.MONTHS or row[m].text in _DATE_WORDS))
    ):
        m += 1
    return m if m > n + 1 else n


def people_noun(word: str) -> bool:
    """A noun for one person or for people ("executive", "coaches", "midwives", "men")."""
    if word in ANY_SPOKESPEOPLE:
        return False
    if word in _PLURALS or person_noun(word):
        return True
    if word.endswith("ves"):
        return person_noun(word[:-3] + "fe")
    if word.endswith("es") and person_noun(word[:-2]):
        return True
    return word.endswith("s") and person_noun(word[:-1])


def _people_head(row: Sequence[Chunk], n: int, qi: int) -> int | None:
    """The head of a plain noun phrase of people opening at `n`, unnamed and not one known
    person ("a hospital executive", "young men", "families", "the coaches"; not "the mayor",
    who is someone the text names): lowercase words only, no name, no pronoun."""
    if is_word(row, n, *lx.POSSESSIVE_PRONOUNS):
        return None  # "its letter", "her staff": someone's own
    the = is_word(row, n, "the")
    m = n + (the or is_word(row, n, *_INDEFINITE))
    head = None
    while m < qi and m - n < 5 and row[m].kind == "word" and not row[m].capital:
        if row[m].text in _STOPS or row[m].possessive:
            break
        if people_noun(row[m].text):
            head = m
        elif head is not None:
            break
        m += 1
    if head is None or row[head + 1].kind == "name":
        return None  # "the minister Dr Y": a named person
    if (the or m == n) and person_noun(row[head].text) and row[head].text not in _PLURALS:
        return None  # "the mayor", "pharmacist": one person the text knows
    return head


def _telling(row: Sequence[Chunk], m: int, qi: int) -> int | None:
    """The verb of telling right after the subject ending before `m` (past its auxiliaries,
    a reduced relative clause or an aside ", whom she named,") that governs the quotation
    at `qi`: not passive, not joined by "and" or a comma to another verb, no pronoun or name
    right before it, no verb of saying between it and the quotation."""
    k = m
    if row[k].kind == "punct" and row[k].text == ",":
        if not is_word(row, k + 1, "who", "whom"):
            return None
        k = next((x for x in range(k + 1, qi) if row[x].kind in ("punct", "quote")), qi)
        if not (row[k].kind == "punct" and row[k].text == ","):
            return None
        k += 1
    relative = row[k].kind == "pron" and k == m  # "midwives she interviewed described"
    verb = None
    for x in range(k + relative, min(qi, k + (10 if relative else 6))):
        c = row[x]
        if c.kind != "word" or c.text in _STOPS or c.text in lx.BE_FORMS:
            break
        if c.text in _TELLING:
            verb = x
            break
    if verb is None or row[verb - 1].kind in ("name", "pron") or is_word(row, verb - 1, "been"):
        return None  # "she told them": the pronoun's
    for x in range(verb + 1, qi):
        c = row[x]
        if c.kind == "quote" or (c.kind == "punct" and c.text in (";", ":", "(", ")", "—", "–")):
            return None
        if c.kind == "word" and (c.text in _SAYING or c.text in _TELLING or c.text in _JOINS):
            return None
    return verb
