"""Bodies named by one capitalised word ("the Dáil", "the Guardian", "the Greens", "Labour"),
found by the grammar around them, never by a list of their names.

`lone_bodies(paras, singles, runs)` → the words of the one-word runs left unplaced by
`names` that name a body, with their runs. A word is a body when one of its mentions stands
where only a body stands — the listener of an interview or the holder of a document after
"the" ("told the Nation", "seen by the Guardian", "speaking in the Dáil"), an outlet's
noun after it ("the Nation newspaper"), a member after it ("Greens senator Lachlan Ray"),
or a report's verb after "the" mid-sentence ("the Herald reported", "the Dáil heard"), or
there a clause's own verb ("said the Treasury had expected", "that the Crown had cancelled")
when the word is no kind noun ("the Government had", "the State had") and the text puts
nothing in or across "the <word>" ("across the Plains": a place) — and nothing in the
document says otherwise: the word is never lowercase, never part of a longer name, never a
title, a role or a person's name, not a people's plural ("the Russians said"), not a place
by its own words. Then every unplaced mention of it is that
body ("Labour said", "the Treasury was"). Pure.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract import speech as sp
from generator.extract.document import Para
from generator.extract.name_runs import Run
from generator.extract.sentences import Token

# Verbs before "the X" that make X the listener or the reader of what follows.
_LISTENING = lx.words("told telling tells tell")
_TO_LISTENER = lx.words(
    """speaking spoke talking talked letter message statement comment comments submission
    evidence"""
)  # "speaking to the Nation", "a letter to the Guardian", "evidence to the Senedd"
_SEEN_BY = lx.words("seen obtained reviewed received viewed published leaked")  # "seen by the"
_SPEAKING_IN = lx.words("speaking spoke questions question statement")
# What an outlet's or a house's report says after "the X" ("the Herald reported").
_REPORTING = lx.words(
    """said says reported reports wrote writes revealed reveals heard hears voted votes
    passed approved rejected"""
)
# A clause's own verb after "the X" mid-sentence ("said the Treasury had expected"): a body
# acting. Not at a sentence's start, where "The Tánaiste has said" is an office's holder.
_CLAUSE_AUX = lx.MODALS | lx.words("has had is was")
# What names a body only by its kind ("the Government", "the Council", "the State"): a
# capitalised description, no name of its own.
_KIND_WORDS = lx.BODY_NOUNS | lx.GENERIC_ORG_NOUNS | lx.ORG_HEADS | lx.words("state opposition")
_CHAMBERS = lx.words("house chamber floor")  # "told the House": a chamber named before
_OWNERS = lx.words("for of to by with from at on in about against")
# What an outlet is, after its name ("the Nation newspaper").
_OUTLETS = lx.words("newspaper paper daily weekly tabloid broadsheet website")
# A member of a party or a house, right after its name ("Greens senator", "Labour MSP").
_MEMBER_WORDS = lx.words(
    """mp mps td tds msp msps mla mlas mep meps mlc mlcs mpp mpps senator senators councillor
    councillors lawmaker lawmakers legislator legislators"""
)
_PEOPLE_ENDINGS = ("ans", "ese", "ards", "ish", "is", "ians", "ites", "ch")  # "Israelis", "Dutch"
_BARRED = frozenset(
    {"person", "title", "honorific", "role_before", "named_as", "aged", "place", "common"}
)


def lone_bodies(
    paras: tuple[Para, ...], singles: list[Run], runs: list[Run]
) -> dict[str, list[Run]]:
    """The words of `singles` (one-word runs no name took) that name a body → their runs;
    `runs`: every run of the document, for what its other mentions say."""
    by_word: dict[str, list[Run]] = {}
    for run in singles:
        by_word.setdefault(run.text, []).append(run)
    found: dict[str, list[Run]] = {}
    for word, mentions in by_word.items():
        marks = {_mark(paras[r.para - 1], r) for r in mentions} - {""}
        if "acts" in marks and (not word.isalpha() or _placed(paras, word)):
            marks.discard("acts")  # "across the Baltics had", "the Vesta-2 was"
        marks = {"body" if m == "acts" else m for m in marks}
        if marks and not _other_reading(paras, word, mentions, runs, "listener" in marks):
            found[word] = mentions
    return found


def heard_body(para: Para, run: Run) -> bool:
    """Is the run of two words or more, after "the", the listener of an interview or the
    reader of a document ("told the Evening Standard that", "In a statement to the Kyiv
    Independent,", "a report seen by the Northern Ledger found")? No person takes "the";
    not a title or a role ("told the Prime Minister"), nor what a noun after it makes a
    thing ("told the Orla Byrne show")."""
    if " " not in run.text or run.evidence & (_BARRED | {"event"}) - {"place"}:  # not "M&G"
        return False  # a place's first word says little: "the Northern Ledger", "New York"
    words = [t.lower for t in run.tokens]
    if any(w in lx.TITLE_WORDS or ne.is_role_noun(w) for w in words):
        return False
    if not lx.COUNTRY_WORDS.isdisjoint(words) or words[-1] in lx.PLACE_HEADS:
        return False  # "told the United States", "seen by the Kelby Street residents"
    return _mark(para, run) == "listener"


def titled_parties(paras: tuple[Para, ...], runs: list[Run]) -> list[Run]:
    """ "Labour MSP Euan Grey": the one word before a member's title, as a run of its own."""
    parties: list[Run] = []
    for run in runs:
        if len(run.title) < 2 or run.title[1].lower not in _MEMBER_WORDS:
            continue
        word = run.title[0]
        if not word.capitalised or word.possessive or not word.text[1:].islower():
            continue
        para = paras[run.para - 1]
        index = next(i for i, t in enumerate(para.tokens) if t.start == word.start)
        party = Run(run.para, [word], [], "", index, index, word.text, set(), start=word.start)
        party.sentence, party.lead = run.sentence, para.text[max(0, word.start - 60) : word.start]
        parties.append(party)
    return parties


def _mark(para: Para, run: Run) -> str:
    """Does this mention stand where only a body stands: "listener" (of an interview, of a
    letter, a reader of documents), "body" (an outlet's noun, a member, a report's verb
    after it), else ""?"""
    toks = para.tokens
    i, last = run.index, run.last
    if para.in_quote(toks[i].start):
        return ""
    before = [t.lower for t in toks[max(0, i - 3) : i]]
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    after = para.text[toks[last].end : toks[last].end + 2]
    plain = not toks[last].possessive and (nxt is None or after[:1] == " ")
    the = before[-1:] == ["the"] and i > 0 and not toks[i - 1].capitalised
    if the:
        lead = before[:-1]
        ends = nxt is None or not plain or _ends_phrase(nxt)  # not "told the Athens daily X"
        if ends and lead[-1:] and lead[-1] in _LISTENING:
            return "listener"  # "told the Nation"
        if ends and lead[-2:-1] and lead[-2] in _TO_LISTENER and lead[-1] == "to":
            return "listener"  # "speaking to the Nation", "a letter to the Guardian"
        if ends and lead[-2:-1] and lead[-2] in _SEEN_BY and lead[-1] == "by":
            return "listener"  # "documents seen by the Guardian"
        if ends and lead[-2:-1] and lead[-2] in _SPEAKING_IN and lead[-1] == "in":
            return "body"  # "speaking in the Dáil"
        if nxt is not None and plain and not nxt.capitalised:
            then = toks[last + 2] if last + 2 < len(toks) else None
            if nxt.lower in _OUTLETS and (then is None or not then.capitalised):
                return "body"  # "the Nation newspaper" (not "the Athens daily Nordposten")
            owned = len(lead) > 0 and lead[-1] in _OWNERS  # "a spokesperson for the X said"
            if nxt.lower in _REPORTING and not toks[i - 1].sentence_start and not owned:
                return "body"  # "the Dáil heard", "the Herald reported"
            if _acts(nxt.lower) and not owned and run.text.casefold() not in _KIND_WORDS:
                return "acts"  # "said the Treasury had expected", "the Crown had cancelled"
    return "body" if plain and _before_member(para, run) else ""  # "Greens senator X"


def _acts(low: str) -> bool:
    """Is the lowercase word after "the X" a clause's finite verb ("had", "would",
    "remained", "confirmed"), so that X is its subject?"""
    past = (low.endswith("ed") or low in sp.IRREGULAR_PAST) and len(low) > 3
    return past or low in _CLAUSE_AUX or low in _REPORTING or sp.VERB_FORMS.get(low) == "finite"


def _placed(paras: tuple[Para, ...], word: str) -> bool:
    """Does the text put something in, from or across "the <word>" ("in the Netherlands",
    "across the Plains"): a place, not a body?"""
    preps = "|".join(sorted(lx.PLACE_PREPOSITIONS))
    where = re.compile(rf"\b(?:{preps}) the {re.escape(word)}\b", re.I)
    return any(where.search(p.narrative) is not None for p in paras)


def _ends_phrase(nxt: Token) -> bool:
    """Does the word after "the X" end its noun phrase: a verb or a function word, a
    pronoun or an article opening a clause, a day ("told the Nation she had", "… on Monday")?"""
    low = nxt.lower
    return (
        not nxt.capitalised
        and low not in {"and", "or", "&"}
        and (ne.is_verbish(low) or low in lx.NOMINATIVE or low in lx.DETERMINERS or low in _WHEN)
    )


_WHEN = lx.DAY_WORDS | lx.words("last this earlier outside after before")


def _before_member(para: Para, run: Run) -> bool:
    """Does a member's word follow the run ("Greens senator", "Labour MSP")?"""
    nxt = para.tokens[run.last + 1] if run.last + 1 < len(para.tokens) else None
    if nxt is None or nxt.start - run.tokens[-1].end != 1:
        return False
    return nxt.lower in _MEMBER_WORDS and (
        not nxt.capitalised or nxt.text.isupper() or nxt.text in lx.MEMBER_ACRONYMS
    )


def _other_reading(
    paras: tuple[Para, ...], word: str, mentions: list[Run], runs: list[Run], listener: bool
) -> bool:
    """Does anything in the document read the word otherwise: lowercase somewhere, part of
    a longer name, a person's, a title, a role, a people's plural, a place by its words?
    `listener`: a mention is an interview's listener, which no adjective is ("told the
    Guardian"; but "the Australian said", "Liberal MP")."""
    low = word.casefold()
    if ne.is_role_noun(low) or low in lx.NO_ONE_WORDS or len(low) < 4 or word.isupper():
        return True  # "the Senators", "Nov", "MCAs"
    if low in _CHAMBERS:
        return True  # "told the House": a chamber named before, or its building
    if "-" in word and word.rsplit("-", 1)[1].islower():
        return True  # "the Urdu-language newspaper"
    if all(_before_member(paras[r.para - 1], r) for r in mentions):
        return True  # "Green TD X", "Former MP X": an adjective; but "Labour MP X … Labour said"
    if low.endswith(_PEOPLE_ENDINGS) or word[-2:-1].isupper():
        return True  # "the Russians said", "told the Israelis": a people
    if not listener and low.endswith((*lx.ADJECTIVE_SUFFIXES, "an")):
        return True
    if low in lx.COUNTRY_WORDS or low in lx.PLACE_HEADS or low in lx.PLACE_FIRST:
        return True
    if low in lx.LAW_NAMES or low in lx.LAWS:
        return True  # "the Constitution", "the Bill"
    if any(r.evidence & _BARRED for r in mentions):
        return True
    for run in runs:
        if len(run.tokens) > 1 and any(t.lower == low for t in run.tokens):
            return True  # "the Commission" after "the European Commission"
        if run.title and any(t.lower == low and t is not run.title[0] for t in run.title):
            return True  # "Prime Minister X": a title word
    lower = re.compile(rf"(?<![\w’'-]){re.escape(low)}(?![\w-])")
    return any(lower.search(p.text) is not None for p in paras)  # "the president": a noun
