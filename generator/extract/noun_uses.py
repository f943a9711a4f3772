"""Whether a reporting verb's form is used as a noun in a sentence's row of chunks
("the demands were", "his remarks", "to meet the union's demands"), for finding cues. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import SUBORDINATORS
from generator.extract.rows import verb_at

_EARLIER = lx.words("past recent earlier previous latest repeated public private further")
_NOUN_DETERMINERS = lx.words(
    """the a an his her its their these those this that each every any some many several few
    both other such no"""
)
_CALL_KINDS = lx.words("earnings conference phone video press news")
_BEFORE_NOUN = lx.words("in on at of for from with by into across among between within without")
_NEVER_NOUNS = lx.words("says tells adds argues insists warns explains admits contends believes")
_OWNERS = lx.DETERMINERS - {"a", "an"}  # "the", "his", "her", … "your"
_PROMISING = frozenset({"promising", "vowing", "pledging", "threatening"})


def noun_use(row: Sequence[Chunk], j: int) -> bool:
    """ "the demands were", "his remarks": a reporting verb's form used as a noun."""
    prev = row[j - 1] if j > 0 else None
    if prev is None:
        return False
    said = row[j].text == "said" and prev.text not in _NOUN_DETERMINERS and not prev.possessive
    if row[j].text.endswith("ed") or said:
        return False  # "a memo that called it", "who voted in favour said": a past tense
    if row[j].text.endswith("ing") and prev.text == "her" and j >= 2 and verb_at(row, j - 2):
        return False  # "had phoned her asking for": "her" is the verb's object
    some = prev.text in lx.QUANTIFIERS and j >= 2 and row[j - 2].text in {",", "with"}
    if row[j].text.endswith("ing") and some:
        return False  # "supporters gathered, some chanting “…”", "with one describing"
    nxt = row[j + 1] if j + 1 < len(row) else None
    plural = row[j].text.endswith("s") and nxt is not None and nxt.kind == "word"
    plural = plural and row[j].text not in _NEVER_NOUNS  # "a decision the union says should"
    named = prev.kind == "name" or prev.text == ")"  # "the Federation (FNTP) says will"
    if plural and nxt is not None and nxt.text in _AUXILIARIES and not named:
        return True  # "member states must", "the claims were": no verb takes a modal (but
        # "which Norvale Corp. says will supply": the name's verb)
    if plural and nxt is not None and nxt.text in _PERFECT and not named and _gapless(row, j):
        return True  # "warned that inquiry reports had been left “…”": a noun and its verb
    relative = nxt is not None and nxt.text == "," and is_word(row, j + 2, "which")
    if row[j].text.endswith("s") and relative and not named and _gapless(row, j):
        return True  # "conceded that network charges, which make up …, remained “…”"
    past = nxt is not None and (nxt.text in sp.IRREGULAR_PAST or nxt.text.endswith("ed"))
    if plural and past and verb_at(row, j + 1) and not named:
        return True  # "the new rules struck “a balance”": a noun, then its own verb
    if plural and nxt is not None and nxt.text in {"over", "between", "among"}:
        return True  # "found that disputes over land made up": no object, a noun
    if plural and named and nxt is not None and nxt.text in {"and", "or"} and j + 2 < len(row):
        return row[j + 2].kind == "word" and row[j + 2].text in _AUXILIARIES  # "breaching
        # World Trade Organization rules and would": a noun, then the clause's next verb
    if row[j].text in _PROMISING and nxt is not None and nxt.text == "to":
        return False  # "took office in March 2024 promising to “clean up” …": a verb
    if row[j].text.endswith("ing") and prev.text == "by" and prev.kind == "word":
        return False  # "opened the hearing by reminding both sides that": a gerund, a verb
    if (prev.kind == "word" and prev.text in _BEFORE_NOUN) or prev.kind == "num":
        return True  # "in states", "of claims", "in a 2015 ruling": a noun
    if row[j].text in {"call", "calls"} and prev.text in _CALL_KINDS:
        return True  # "told investors on an earnings call that"
    past = prev.kind == "word" and (prev.text.endswith("ed") or prev.text in sp.IRREGULAR_PAST)
    if plural and past and nxt is not None and nxt.text in {"of", "about", "as", "from", "by"}:
        return True  # "dismissed claims of increased travel as": the past verb's object
    opener = plural and nxt is not None and prev.text in SUBORDINATORS and not nxt.capital
    if opener and nxt is not None and nxt.text not in _NOUN_DETERMINERS:
        return True  # "while claims staff were set targets": no subject before it, a noun
    if row[j].text.endswith("s") and _in_prepositional_phrase(row, j):
        return True  # "had fallen short of public sector rules on “…”": a noun
    if row[j].text.endswith("s") and _object_of_verb(row, j):
        return True  # "had not filed suspicious transaction reports “in a timely manner”"
    before = row[j - 2] if j >= 2 else None
    if row[j].text.endswith("s") and _infinitive(prev, before):
        return True  # "to remove posts it considers": the object of an infinitive
    modifier = prev.kind == "word" and not prev.capital and prev.text not in sp.VERB_FORMS
    compound = j >= 3 and before is not None and _infinitive(before, row[j - 3]) and modifier
    if row[j].text.endswith("s") and compound and prev.text not in _NOUN_DETERMINERS:
        return True  # "to make fatigue rules “…”": a noun after a noun, the infinitive's object
    if row[j].text.endswith("s") and _adjective(prev):
        return True  # "must now bring criminal charges, “…”": an adjective before a noun
    owned = before is not None and before.text in _OWNERS and prev.text.endswith("ing")
    if row[j].text.endswith("s") and owned:
        return True  # "said in her opening remarks that": a noun after "her opening"
    if plural and nxt is not None and nxt.text.endswith("ing") and nxt.text not in sp.VERB_FORMS:
        return True  # "draft rules requiring carriers to …": a noun and its participle
    after_preposition = before is not None and before.kind == "word" and before.text in _BEFORE_NOUN
    adjective = prev.kind == "word" and not prev.capital and prev.text not in sp.VERB_FORMS
    article = before is not None and before.kind == "word" and before.text in {"a", "an"}
    described = prev.text.endswith(("ed", *lx.ADJECTIVE_SUFFIXES)) and not row[j].text.endswith(
        "ing"
    )
    if (after_preposition or (article and described)) and adjective:
        return True  # "in general terms of service", "a prolonged dispute would": a noun
    if before is not None and before.possessive and prev.text in _EARLIER:
        return True  # "Oduya's past comments had caused": a noun after its possessor
    base = sp.VERB_FORMS.get(row[j].text) == "base" and row[j].text not in sp.DOCUMENT_NOUNS
    if article and prev.kind == "name" and base:
        return True  # "blocked a Labor Department rule": a noun after "a" and a name
    return prev.possessive or (prev.kind == "word" and prev.text in _NOUN_DETERMINERS)


def _object_of_verb(row: Sequence[Chunk], j: int) -> bool:
    """Do one to three lowercase words before `j` follow a past-tense verb, so that `j`
    heads that verb's object ("filed suspicious transaction reports")?"""
    k = j - 1
    while k >= 0 and j - k <= 3 and row[k].kind == "word" and not row[k].capital:
        w = row[k].text
        if k < j - 1 and (w.endswith("ed") or w in sp.IRREGULAR_PAST) and verb_at(row, k):
            return True
        if w in _BEFORE_NOUN or w in _NOUN_DETERMINERS or sp.VERB_FORMS.get(w):
            return False
        k -= 1
    return False


def _in_prepositional_phrase(row: Sequence[Chunk], j: int) -> bool:
    """Do two to four lowercase words that are no verbs follow a preposition before `j`, so
    that `j` heads its noun phrase ("of public sector rules", "under state rules", "of
    contractors' own progress reports")?"""
    for k in range(j - 1, max(-1, j - 5), -1):
        c = row[k]
        if c.kind != "word" or c.capital or verb_at(row, k) or c.text in _STOPS:
            return False  # not "the resolution adopted by the council says"
        if c.text in _PHRASE_PREPOSITIONS:
            return k < j - 1
    return False


_PHRASE_PREPOSITIONS = lx.words("of in under with by for from against about")
_STOPS = lx.DETERMINERS | lx.words("which who whom that whose")


def _adjective(prev: Chunk) -> bool:
    """A lowercase word with an adjective's ending ("criminal", "fresh"? no: "-al", "-ic",
    "-ive" …), which no verb stands after."""
    w = prev.text
    return (
        prev.kind == "word"
        and not prev.capital
        and len(w) > 4
        and w.endswith(lx.ADJECTIVE_SUFFIXES)
        and w not in sp.VERB_FORMS
    )


def _infinitive(prev: Chunk, before: Chunk | None) -> bool:
    """Is `prev` a verb's base form after "to" or a modal ("to remove", "must delete")?"""
    if before is None or before.kind != "word" or before.text not in _TO_OR_MODAL:
        return False
    return prev.kind == "word" and not prev.capital and prev.text not in sp.VERB_FORMS


_TO_OR_MODAL = lx.MODALS | {"to"}
_AUXILIARIES = lx.words("must will would should can could may might shall were are have")
_PERFECT = lx.words("had has")


def _gapless(row: Sequence[Chunk], j: int) -> bool:
    """Does the noun phrase ending at the plural `j` open a clause (after "that", a verb, a
    comma), rather than follow a noun as a relative clause whose object is missing ("the
    figures the ministry reports had risen": the ministry's verb)?"""
    k = j - 1
    while k >= 0 and row[k].kind == "word" and not row[k].capital and not verb_at(row, k):
        if row[k].text in _NOUN_DETERMINERS or row[k].text in _CLAUSE_OPENERS:
            break
        k -= 1
    if k >= 0 and row[k].kind == "word" and row[k].text in _NOUN_DETERMINERS:
        k -= 1
    if k < 0 or row[k].kind == "punct" or is_word(row, k, *_CLAUSE_OPENERS):
        return True
    return row[k].kind == "word" and verb_at(row, k)


_CLAUSE_OPENERS = lx.words("that and but while as because since although though when if")
