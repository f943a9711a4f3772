"""What the words around a name say of its kind, beyond the name's own words: a body
described just before it and closed by a comma ("Serrano's team, Velocor Atlântico, said",
"the regulator, Te Puna Wai, says"), or a body in brackets right after a person's name (a
party or an employer: "Cllr Bríd O'Dea (Fianna Fáil) said"). For `name_evidence` and
`names`. Pure.
"""

from __future__ import annotations

import re

from generator.extract import body_forms as bf
from generator.extract import lexicon as lx
from generator.extract.sentences import Token


def described_body(word: Token, after: str, text: str) -> bool:
    """Is the name after "<noun>, " that body: a firm's trade ("the council's external
    auditors, Harwood Lyle,"), a body noun before "which" ("the developer, Larchfield
    Living, which had"), or a noun only a body's description has, with the name closed by a
    comma ("construction firm, Bâtiments Rouvière, could": not "…told the group, Ana Cruz
    said"; not the body of a role before it, "a spokesman for the rebel group, Kuku Idris
    Tutu,": his; nor a name with a role after it)? `after`: the text after the name,
    stripped on the left; `text`: the paragraph's."""
    noun = word.lower
    if noun in bf.FIRM_TRADES:
        return True
    if noun not in lx.ORG_NOUNS or not after.startswith(","):
        return False
    clause = _CLAUSE_END.split(text[: word.start])[-1].casefold().replace("’", "'").split()
    owned = any(w.removesuffix("'s") in lx.ROLE_NOUNS for w in clause)  # "the head of the group"
    role = any(w in lx.ROLE_NOUNS for w in _HEAD_END.split(after[1:].casefold(), 1)[0].split())
    # "the Althing's website, Hjalti Gunnarsson, managing director of …": his role follows
    closed = bf.body_head(noun) and noun not in lx.ROLE_NOUNS and not owned and not role
    return closed or after[1:].lstrip().startswith("which")


def it_said(after: str, lone: bool = False) -> set[str]:
    """ "Pukewhero Aggregates said it would appeal", "Kafue Basin Copper said in a statement
    that it "deeply regrets"", "Farmalusa said in a statement on Wednesday evening that it":
    a name whose own "said" goes on with "it" or "its" is a body's; not "it is", "it was",
    "it would be": what the speaker calls something. `after`: the text right after the name;
    `lone`: the name is one word outside a quotation ("said_it": `lone_firms` decides)."""
    said = _IT_SAID.match(after)
    if said is None:
        return set()
    lone = lone and _BEEN.match(after, said.end()) is None  # "Jones said it had been a hard
    return {"it_said", "said_it"} if lone else {"it_said"}  # year": what a person calls it


def portfolio(word: str, role: str) -> bool:
    """Is `word` (on "-ing") a spokesperson's portfolio, so that the name before it is a
    party's ("Sinn Féin housing spokeswoman Aoife Lenihan"), not a state of the role
    ("acting", "outgoing")?"""
    return word.endswith("ing") and role in lx.SPOKESPEOPLE and word not in _STATES


def bracketed_affiliation(gap: str, after: str, text: str) -> bool:
    """Is a run `text`, with `gap` before it and `after` after it, the whole of a bracket
    right after the name before it ("O'Dea (Fianna Fáil)")? One word there is more often a
    rank or initials ("(SAN)", "(AP)"), which `names` reads otherwise. A seat is no body: one
    numbered ("Tunde Adeyemo (Ado II)"), with a slash ("(Ise/Orun)"), a compass word or a
    constituency's initials last ("(Kano South)", "(Tampines GRC)"), or a seat after its
    party's initials ("(PH-Batu Lanchang)")."""
    words = text.split()
    return gap == " (" and after.startswith(")") and len(words) >= 2 and not seat(text)


def seat(text: str) -> bool:
    """Does a bracket's run read as a seat: numbered ("Ado II"), with a slash ("Ise/Orun"), a
    compass word or a constituency's initials last ("Kano South", "Tampines GRC"), or after its
    party's initials ("PH-Batu Lanchang")?"""
    words = text.split()
    last = words[-1] if words else ""
    if "/" in text or any(_NUMBERED.fullmatch(w) for w in words) or _PARTY_SEAT.match(text):
        return True
    return last.casefold() in lx.PLACE_FIRST or (last.isupper() and len(last) > 1)


_CLAUSE_END = re.compile(r"[.,;:()—–\"“”]")
_NUMBERED = re.compile(r"[IVX]+|\w*\d\w*")
_HEAD_END = re.compile(r" of | at | for |[,;.()]")  # where a phrase's head ends
_PARTY_SEAT = re.compile(r"[A-Z]{2,}-[A-Z]")
_IT_SAID = re.compile(
    r" (?:said|says|added|stated)(?: in a statement)?(?: (?:late |early )?on \w+day"
    r"(?: morning| afternoon| evening| night)?| to [A-Z][\w.-]*| earlier| last \w+)?,?"
    r"(?: that)? its? (?!is |was |'s |would be |will be )"
)
_BEEN = re.compile(r"(?:\w+ )?be(?:en)? ")
_STATES = lx.words("acting outgoing incoming founding standing presiding serving")
