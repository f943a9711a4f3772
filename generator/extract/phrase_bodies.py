"""Which organisation a noun phrase's own words name, for `referents`: a name among its
modifiers ("a Harbor Energy statement", `named_org`), a named body before its description
("the Justice Now campaign group", `described_org`), the place after "of" ("the government
of Burkina Faso", `of_place`), the body a panel or monitors come from (`body_of`) and a
place's government or police named by the place's name ("the NSW government", "Wessex
police", "Belgian police", `seat_body`), the head of state's office ("the presidential
office said", `head_office`) and a body described in a proxy's modifiers (`modifier_body`).
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.phrases import SEAT_BODIES, Phrase, Who, name_words


class _Document(Protocol):
    paras: tuple[Para, ...]


def seat_body(phrase: Phrase, para: Para | None = None, doc: _Document | None = None) -> bool:
    """Is the phrase a place's government, police or prefecture named by a name before the
    noun ("the NSW government said", "Wessex police said", "the Nord prefecture said"), or a
    prefecture by one after "of": the place's body, never the place (nor "the police")? A
    capitalised word that names no one ("Wessex police said", "Belgian police said", "what
    the Karachi police called") is a place or a nation's when the document
    capitalises it inside a sentence somewhere ("of Wessex police"), so not "Riot police",
    "Local police" that open a sentence and are lowercase words anywhere else."""
    if phrase.noun == "prefecture" and (phrase.head is None or phrase.head.capital):
        return False  # "Kochi Prefecture delayed …": a Japanese prefecture, a place
    if _seat(phrase.noun, phrase.modifiers):
        return True
    mods = phrase.modifiers
    if para is None or phrase.noun not in SEAT_BODIES or phrase.possessor is not None:
        return False
    if not mods and phrase.det == "the" and phrase.noun == "prefecture":
        return of_place(phrase) is not None  # "the prefecture of Oise said": the state's there
    if not mods or any(m.kind != "word" or not m.capital for m in mods):
        return False
    return _proper(para.text[mods[0].start : mods[0].end], doc.paras if doc else (para,))


def head_office(phrase: Phrase) -> bool:
    """ "The presidential office said", "the presidential palace said": the head of state's
    office, one per country, a body when it speaks (not "an official in the presidential
    office", whose head is the official, nor "the presidential office's secretariat")."""
    mods = phrase.modifiers
    return (
        phrase.det == "the"
        and phrase.noun in {"office", "palace"}
        and phrase.possessor is None
        and len(mods) == 1
        and mods[0].kind == "word"
        and mods[0].text == "presidential"
    )


def _proper(word: str, paras: Sequence[Para]) -> bool:
    """Is `word` capitalised inside a sentence (after a word or a comma) somewhere in
    `paras`, and never written in lowercase there?"""
    if not word[:1].isupper() or any(
        re.search(rf"\b{re.escape(word.lower())}\b", p.text) for p in paras
    ):
        return False
    inside = re.compile(rf"(?<=[\w,;] ){re.escape(word)}\b")
    return any(inside.search(p.text) for p in paras)


def _seat(noun: str, modifiers: list[Chunk]) -> bool:
    return noun in SEAT_BODIES and any(m.kind == "name" for m in modifiers)


def described_org(phrase: Phrase) -> Who | None:
    """ "the Justice Now campaign group", "The Silent Voices victims' group": the
    organisation named before the description of what it is."""
    owner = phrase.possessor
    if owner is None:
        return named_org(phrase)
    if owner.kind != "word" or owner.capital or phrase.possessor_phrase is None:
        return None  # not "Reed's group", "the union's group"
    return named_org(phrase.possessor_phrase)


def named_org(phrase: Phrase) -> Who | None:
    """The organisation a name among the modifiers names: "a Harbor Energy statement"."""
    for m in reversed(phrase.modifiers):
        if m.kind == "name" and m.mention is not None and m.mention.kind == "organisation":
            return Who(m.mention.key, "high")
    return None


def of_place(phrase: Phrase) -> Chunk | None:
    """ "the government of Burkina Faso": the name after "of" that says whose body it is."""
    if phrase.modifiers or not phrase.preps or phrase.preps[0][0] != "of":
        return None
    place = phrase.preps[0][1]
    head = place.head
    if head is None or place.det or place.possessor is not None:
        return None
    if head.kind == "word":  # a place the name finder left alone: "of Sierra Leone"
        words = [*place.modifiers, head]
        return head if all(w.kind == "word" and w.capital for w in words) else None
    if head.kind != "name":
        return None
    return head if head.mention is None or head.mention.kind != "organisation" else None


def body_of(phrase: Phrase) -> Who | None:
    """ "A three-judge panel of the U.S. Court of Appeals", "Election monitors from the
    OSCE": the organisation, when the phrase's first preposition names it."""
    first = phrase.preps[0][0] if phrase.preps else ""
    if phrase.noun not in lx.BODY_PARTS or first not in {"of", "from"}:
        return None
    head = phrase.preps[0][1].head
    mention = head.mention if head is not None and head.kind == "name" else None
    if mention is None or mention.kind != "organisation" or head is None or head.possessive:
        return None
    return Who(mention.key, "high")


def portfolio_holder(phrase: Phrase) -> str | None:
    """ "Labour spokesman for transport Jone Naisoro": the person named after a proxy's
    portfolio (a lowercase word after "for" before the name) holds the role and speaks; not
    "a spokesman for Jone Naisoro", who speaks for him."""
    for prep, p in phrase.preps:
        person = p.head is not None and p.head.kind == "name" and p.head.mention is not None
        lower = bool(p.modifiers) and p.modifiers[0].kind == "word" and not p.modifiers[0].capital
        titled = any(m.kind == "word" and m.text.casefold() in lx.ROLE_NOUNS for m in p.modifiers)
        mention = p.head.mention if p.head is not None else None
        titled = titled or (mention is not None and mention.title is not None)  # "for federal
        # Energy Minister X": the minister's spokesperson
        if prep in {"for", "on"} and person and lower and not p.det and p.head and p.head.mention:
            if titled:  # "a spokeswoman for transport secretary X": X's spokeswoman
                return None
            return p.head.mention.key if p.head.mention.kind == "person" else None
    return None


def modifier_body(phrase: Phrase) -> Phrase | None:
    """ "A Scottish government spokesperson": "the Scottish government", a body named by a
    description in the proxy's modifiers (a capitalised word, then a body noun); "A Victoria
    police spokesperson": a place's police after the place's name."""
    mods = phrase.modifiers
    if len(mods) < 2 or mods[-1].kind != "word" or mods[-1].capital:
        return None
    seat = _seat(mods[-1].text, mods)
    if not (mods[-1].text in lx.BODY_NOUNS or seat) or not all(m.capital for m in mods[:-1]):
        return None
    text = " ".join(m.text if not m.capital else m.text.title() for m in mods)
    return Phrase(mods[0].start, mods[-1].end, "the", head=mods[-1], modifiers=mods[:-1], text=text)


def own_words(phrase: Phrase, name: str) -> bool:
    """Is every modifier of the description a word of the body's own name ("the water
    company" for "Pennine Water", "the energy firm" for "Halvard Energy"), so that it
    describes that body as a plain "the company" would (not "the rival company")?"""
    words = name_words(name)
    mods = phrase.modifiers
    return (
        not phrase.preps
        and bool(mods)
        and all(m.kind == "word" and not m.capital and m.text.casefold() in words for m in mods)
    )
