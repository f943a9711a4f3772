"""A quotation a passive verb of saying does not govern, inside a reported clause.

"X said the council had been warned “as early as March”", "… had been informed of the halt
“with less than an hour's notice”", "… had been told by “a senior source”", "… had been
warned about the pumps in 2023 and “chose to do nothing”": the quotation is a time, a manner,
the agent's description or a second predicate of the reported clause's subject, not what
the unnamed warner or teller said; it is in the words of the one who reports the clause
(`passive_adjunct(row, j, qi)` lets the cue search go on past the passive verb at `j` to
that reporter). Only inside a report ("X said …"), only when no other verb stands between
the passive verb and the quotation (not "had been told the plant would close “within
weeks”", the teller's clause), and never the content of the telling ("had been told
“nothing of substance”", "had been warned of “a slow-motion emergency”": no one named).
`resumed_report`: the report goes on after "but"/"while" past a passive verb of telling
("said schools had been told the new model would …, but what they were getting was “…”",
"said the union had been told no layoffs were planned but was “not taking …”", "said
residents had been promised a clinic …, but “not one block has been laid”"): the unnamed
teller said none of it. Only when a clause or a predicate follows (a verb before the
quotation or inside it), never "but that" (a second clause of what was told), another verb
of saying (its own cue), nor "but “in need of repair”" (a word of the told clause).
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.cue_scope import REPORTING, adverbial, inside_report
from generator.extract.rows import verb_at

# words that open a quoted adjunct of time, manner or cause ("with less than an hour's notice")
_OPENERS = lx.words("with without till because following despite throughout amid ahead")
# "as early as March", "as soon as possible", "as late as Friday"
_AS_WHAT = lx.words("early late soon recently long far often")
_UNITS = lx.words("minutes hours days weeks months years")  # "two days before the date"
_RELATIVE_TIME = lx.words("before after earlier later")
# prepositions before a quotation that make it an adjunct or the agent ("told by “a source”",
# "declared on Wednesday following “a review”"), never the content ("warned of", "told to")
_BEFORE = lx.words("by following despite amid during without")
_COORDINATORS = lx.words("and but")
_AUXILIARIES = lx.BE_FORMS | lx.words("had has have") | lx.MODALS


def passive_adjunct(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the quotation at `qi` an adjunct or a second predicate of the passive verb at `j`:
    an adverbial anywhere ("would be announced “within fourteen days”"), or one of the forms
    above inside a clause an earlier verb of saying reports?"""
    if adverbial(row[qi].text) or resumed_report(row, j, qi):
        return True
    if not (inside_report(row, j) or reported_clause(row, j)) or qi <= j or row[qi].kind != "quote":
        return False
    between = range(j + 1, qi)
    if any(row[m].kind == "quote" or is_word(row, m, "that", "who", "which") for m in between):
        return False
    coordinator = next((m for m in between if is_word(row, m, *_COORDINATORS)), -1)
    if coordinator >= 0:
        return _second_predicate(row, j, coordinator, qi)
    if any(verb_at(row, m) or row[m].kind == "punct" for m in between):
        return False
    return _adjunct_words(row[qi].text) or is_word(row, qi - 1, *_BEFORE)


def reported_clause(row: Sequence[Chunk], j: int) -> bool:
    """Is chunk `j` inside a clause a verb of saying reports, across a quoted word of that
    clause ("said the administration was “confident” X would be confirmed") or after a
    reporting "-ing" verb ("…, adding that he still expected X to be confirmed")?"""
    return reporting_verb(row, j) >= 0


def reporting_verb(row: Sequence[Chunk], j: int) -> int:
    """The verb of saying that reports the clause holding chunk `j` (see `reported_clause`),
    or -1. A quotation that closes on a comma or a stop ends a sentence of its own, and stops
    the search."""
    for k in range(j - 1, -1, -1):
        c = row[k]
        if c.kind == "quote" and not c.text.rstrip(" \"'“”‘’").endswith(
            (",", ".", ";", ":", "?", "!")
        ):
            continue
        if c.kind in ("punct", "quote"):
            return -1
        if c.kind == "word" and c.text in REPORTING and sp.VERB_FORMS.get(c.text):
            passive = is_word(row, k - 1, *lx.BE_FORMS)  # not "was told"
            return k if k < j - 2 and not passive else -1
    return -1


def _adjunct_words(quoted: str) -> bool:
    """Does the quotation open as an adjunct ("with less than …", "as early as March", "two
    days before …", "days before anyone …", "repeatedly and in plain terms")?"""
    words = quoted.strip(" \"'“”‘’").casefold().replace(",", "").split()
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    if first in _OPENERS:
        return True
    if first == "as" and second in _AS_WHAT and words[2:3] == ["as"]:
        return True
    if first in _UNITS and second in _RELATIVE_TIME:
        return True
    counted = first.isdigit() or first in lx.words("two three four five six seven eight nine ten")
    if counted and second in _UNITS and words[2:3] and words[2] in _RELATIVE_TIME:
        return True
    return first.endswith("ly") and len(first) > 4 and second == "and" and _manner(words[2:])


def _manner(rest: list[str]) -> bool:
    """ "repeatedly and in writing": a second adverb or a preposition after "and"."""
    return bool(rest) and (rest[0].endswith("ly") or rest[0] in lx.words("in on at without with"))


def _second_predicate(row: Sequence[Chunk], j: int, coordinator: int, qi: int) -> bool:
    """ "had been warned about the pumps in 2023 and “chose to do nothing”", "had been
    questioned and “did not admit …”", "had been warned … but had chosen to “look the other
    way”": nothing but nouns and prepositions between the passive verb and "and"/"but" (no
    clause of its own), then at most an auxiliary, one verb and "to" before the quotation,
    which then opens with a verb, an adverb or "not" when it follows "and" directly."""
    if any(
        verb_at(row, m) or row[m].kind in ("punct", "quote", "pron")
        for m in range(j + 1, coordinator)
    ):
        return False
    k = coordinator + 1
    while k < qi and is_word(row, k, *_AUXILIARIES):
        k += 1
    if k == qi:
        return _predicate_words(row[qi].text)
    chosen = row[k].kind == "word" and row[k].text not in lx.DETERMINERS  # "but had chosen
    return chosen and is_word(row, k + 1, "to") and k + 2 == qi  # to “look the other way”"


def _predicate_words(quoted: str) -> bool:
    """Does the quotation open with a finite verb or a negation ("chose to do nothing",
    "did not admit", "never saw either one", "fully supports")?"""
    words = quoted.strip(" \"'“”‘’").casefold().split()
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    if first in lx.words("did does never not still also"):
        return True
    finite = first.endswith("ed")  # not "-s": "told of the plan and “cuts to services”"
    irregular = first in lx.words("chose saw made took gave went knew felt kept told")
    adverb = first.endswith("ly") and len(first) > 4 and second.endswith(("s", "ed"))
    return irregular or adverb or (finite and second in lx.words("to the a it its their his her"))


# passive verbs of telling whose unnamed agent the cue would otherwise wait for
_TELLING = lx.words("told warned promised assured informed asked notified advised reassured")
_RESUMING = lx.words("but while")
# words that make the quotation a clause or a predicate of its own
_FINITE = lx.BE_FORMS | lx.MODALS | lx.words("has have had do does did never not no")


def resumed_report(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the quotation at `qi` past a "but"/"while" clause after the passive verb of
    telling at `j`, inside a clause a reporter reports (see the module's notes)?"""
    if qi <= j or row[qi].kind != "quote" or not is_word(row, j, *_TELLING):
        return False
    if not (is_word(row, j - 1, *lx.BE_FORMS) or is_word(row, j - 2, *lx.BE_FORMS)):
        return False  # "was told", "were later told"; not "had told"
    if not (inside_report(row, j) or reported_clause(row, j)):
        return False
    turn = next((m for m in range(qi - 1, j, -1) if is_word(row, m, *_RESUMING)), -1)
    if turn < 0:
        return False
    between = range(turn + 1, qi)
    if any(is_word(row, m, "that") or _saying(row, m) for m in between):
        return False
    if any(row[m].kind == "quote" for m in between):
        return False
    return any(verb_at(row, m) for m in between) or _clause_words(row[qi].text)


def _saying(row: Sequence[Chunk], m: int) -> bool:
    c = row[m]
    return c.kind == "word" and (c.text in REPORTING or c.text in sp.VERB_FORMS)


def _clause_words(quoted: str) -> bool:
    """Does the quotation hold a finite verb or a negation of its own ("not one block has
    been laid", "hundreds of thousands were walking out …", "chose to prioritise …")?"""
    words = quoted.strip(" \"'“”‘’").casefold().replace(",", " ").split()
    if len(words) < 2:
        return False
    irregular = words[0] in lx.words("chose saw made took gave went knew felt kept")
    return irregular or any(w in _FINITE for w in words)
