"""A quoted noun phrase the writer's own modifiers stand before names a thing: "had been
running an informal “warming room” in its basement", "would station hundreds of unarmed
“fare ambassadors” at its busiest stations", "had outpaced the state's annual “cost growth
benchmark”", "using a flawed “income matching” method", "said the long-stalled “platform
fairness act” should be passed", "passing to the state-owned “operator of last resort”".
The determiner and the modifiers outside the quotation marks are the writer's; the quoted
words are the thing's name (a term, a programme, a law), no one's speech, whatever verb of
saying governs the clause. `premodified_term(row, qi)` → True for that form:

- before the quotation, one or two modifiers, each a number, a hyphened compound
  ("12-bed", "long-stalled", "state-owned"), an adjective by its ending ("annual",
  "cantonal", "informal", "valuable", "flawed" and "unarmed" only right after a
  determiner or "of": not "the government remained"), or "new"; before them a determiner, a
  possessor, a number or a preposition opens the noun phrase;
- the quotation is a bare noun phrase of one to six words: no article, pronoun,
  auxiliary, adverb or verb of saying first, none of them inside but "of", "and", "for",
  "in", "on", "at", "to", "the", "a", "an", "with", "last"; its first word, when more follow,
  no verb by its ending ("-s", "-ed": not "the proposal “ignores the reality”"); its last
  word a noun, not an adjective or a participle ("the original proposal “overdue”");
- no naming verb in the four chunks before ("called the original proposal “daylight
  robbery …”": the caller's words).

Near misses left to the other cues: an evaluative word ("a “high” risk", "a “credible
alternative”"), a whole noun phrase ("were “a gift”"), a quotation after a noun that is the
phrase's head ("said the company “respects the decision”"). Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.kind_modifiers import NAMING_VERBS
from generator.extract.phrases import PREPOSITIONS

_OPENERS = lx.DETERMINERS | lx.words(
    """this these those any some no every each one two three four five six seven eight nine
    ten hundreds dozens thousands several many"""
)
# Adjective endings a pre-noun modifier shows ("annual", "valuable", "flawed"); "-ed" only
# after a determiner or "of" (a verb's past otherwise: "the government remained “…”").
_MODIFIER_ENDINGS = ("al", "ous", "ful", "less", "ic", "able", "ible", "ed")
_FUNCTION = (
    _OPENERS
    | PREPOSITIONS
    | lx.BE_FORMS
    | lx.MODALS
    | lx.words(
        """not never to and or but nor that which who whom whose what when where while if
        than as so then still even also only just again now very too more most less least
        much all both it they he she we i you them him us me itself has have had do does did
        there here up down off out back away within instead well until despite far long
        cannot can't won't don't doesn't didn't isn't wasn't aren't weren't"""
    )
)
_INSIDE = lx.words("of and for in on at to the a an with last")  # "operator of last resort"
# The last word of an evaluative phrase, not a noun ("“overdue”", "“imperfect but fair”").
_NOT_NOUN_ENDINGS = ("ous", "ful", "less", "ic", "able", "ible", "ed", "ly", "ive", "ent", "ant")
_NOT_NOUNS = lx.words("overdue fair unfair")


def premodified_term(row: Sequence[Chunk], qi: int) -> bool:
    """Is the quotation at `qi` a bare noun phrase after the writer's determiner and
    modifiers ("an informal “warming room”")?"""
    if not _bare_noun_phrase(row[qi].text):
        return False
    k, mods = qi - 1, 0
    while k >= 0 and mods < 2 and _modifier(row, k):
        k, mods = k - 1, mods + 1
    if mods == 0 or k < 0:
        return False
    if any(is_word(row, m, *NAMING_VERBS) for m in range(max(0, qi - 4), qi)):
        return False  # "called the original proposal “…”": the caller's words
    c = row[k]
    opener = c.kind in ("word", "pron") and (c.text in _OPENERS or c.text in PREPOSITIONS)
    return c.possessive or opener or c.kind == "num"


def _modifier(row: Sequence[Chunk], k: int) -> bool:
    c = row[k]
    if c.kind == "num":
        return True  # "a 12-bed “…”", "hundreds of …"
    if c.kind != "word" or c.capital or c.possessive:
        return False
    w = c.text
    if w in _FUNCTION or w in sp.VERB_FORMS:
        return False
    if w.endswith("ed") and "-" not in w:
        return is_word(row, k - 1, *lx.DETERMINERS, "of")  # "a flawed", "of unarmed"
    return "-" in w or w.endswith(_MODIFIER_ENDINGS) or w == "new"


def _bare_noun_phrase(text: str) -> bool:
    words = [w.strip(".,;:!?\"“”‘’'()").casefold() for w in text.split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= 6 or words[0] in _FUNCTION or words[0].endswith("ly"):
        return False
    if any(w in _FUNCTION and w not in _INSIDE for w in words[1:]):
        return False
    if any(w in sp.VERB_FORMS for w in words):
        return False
    first, last = words[0], words[-1]
    if len(words) >= 2 and first.endswith(("s", "ed")) and not first.endswith("ss"):
        return False  # "the proposal “ignores the reality …”": a verb
    return not (last.endswith(_NOT_NOUN_ENDINGS) or last in _NOT_NOUNS)
