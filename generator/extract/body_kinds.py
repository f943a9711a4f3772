"""Whether a description can stand for an organisation's name ("the company" for Kennet
Vale Water, never for the European Commission; "the regulator" for the Financial Conduct
Authority; "the lender" for Hallberg Bank), for `body_referents` and `referents`. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from generator.extract import lexicon as lx
from generator.extract.name_joins import POSTED
from generator.extract.phrases import Phrase, name_words
from generator.extract.side_firms import market

if TYPE_CHECKING:
    from generator.extract.names import NameMention

# Generic words for any organisation, and what the name of one that a specific word ("the
# force", "the watchdog") stands for holds.
ANY_BODY = lx.words(
    "company firm group business organisation organization body carmaker agency authority operator"
)
_AIRLINE = lx.words("airlines airways air")  # an airline's name, "the carrier"
KIND_WORDS = {
    "force": lx.words("constabulary police force"),
    "watchdog": lx.words(
        "commission authority office ombudsman agency regulator watchdog directorate"
    ),
    "regulator": lx.words("commission authority office agency regulator directorate"),
    "bloc": lx.words("union community alliance organisation organization association states"),
    "junta": lx.words("council committee junta military"),
    "union": lx.words(  # "Pilots' Association", "Workers' Alliance", "Transit Workers
        "association federation confederation guild alliance union workers workers' brotherhood"
    ),  # Union Local 412", "Brotherhood of Rail Operating Crews"
    "airline": _AIRLINE,
    "carrier": _AIRLINE,  # "Gulf Horizon Airways … the carrier said"
    # "Golden State Power & Light … the utility said": a name's words that say its trade
    "utility": lx.words("power electric electricity energy hydro water gas light utilities"),
    "lender": lx.words("bank bancorp banking savings credit finance"),
    "club": lx.words("club fc united city athletic rovers wanderers sporting"),
    "insurer": lx.words("insurance assurance insurers"),
    "broadcaster": lx.words("broadcasting broadcaster television tv radio media"),
    "drugmaker": lx.words("pharma pharmaceutical pharmaceuticals therapeutics biotech"),
    "miner": lx.words("mining minerals mines resources gold metals"),
    # The kind word of a name in its own language ("An Coimisiún Pleanála", "Banco de la
    # Republica", "Parti Harapan Sejahtera"), beside the English one.
    "commission": lx.words("commission coimisiún comisión comissão commissione kommission"),
    "bank": lx.words("bank banco banque banca"),
    "party": lx.words("party parti partido partito partei"),
}


def fits_kind(noun: str, name: str) -> bool:
    """Can "the <noun>" stand for the organisation called `name`? Not "the company" for
    the European Commission."""
    words = name_words(name)
    if noun in TRADING:  # nor for the market its shares trade on ("Dornbay Stock Exchange")
        return not words & _PUBLIC and not market(name)
    if noun in ANY_BODY:
        return True
    if noun in SERVICES and (words & _PUBLIC or _tail(name) in _OTHER_KINDS):
        return False  # "the utility" is never the Energy Regulatory Commission, nor the
        # Valley Water Users Group; "the carrier" never the Air Transport Association
    if noun in _OVERSEERS and "bank" in words and words & _CENTRAL:
        return True  # "the regulator" for the Central Bank of Ireland, the Reserve Bank
    return noun in name_heads(name) or bool(KIND_WORDS.get(noun, frozenset()) & words)


# What a body is as a whole, never a part of another body ("the GMB union", "the ERA group",
# "the Union for Reform party"; not "the EU commission", "the U.N. agency", "the Senate
# committee": a body of the named one).
_WHOLE_KINDS = lx.words(
    "party union group coalition alliance movement bloc campaign firm company carmaker charity"
    " association federation network"
)


def whole_named(phrase: Phrase, text: str) -> str | None:
    """The organisation a name right before a noun of what a body is as a whole stands for
    ("the GMB union", "The ERA group", "the X (XA) group"; not "The FTSE 250 group", nor "X,
    a civil society group"), for when no body named before holds both the name and the
    noun."""
    head = phrase.head
    mention = head.mention if head is not None else None
    if head is None or mention is None or mention.kind != "organisation":
        return None
    noun = phrase.text.split()[-1]  # "The European Renewal Alliance (ERA) group": its initials
    if noun not in _WHOLE_KINDS:
        return None
    right = re.search(
        rf"{re.escape(text[head.start : head.end])}{_INITIALS}\s+{noun}$", phrase.text
    )
    return mention.key if right is not None else None


_INITIALS = r"(?:\s*\([A-Z][\w.&/-]*\))?"


_OVERSEERS = lx.words("regulator watchdog")
_CENTRAL = lx.words("central reserve")


def _tail(name: str) -> str:
    """The last word of a body's name before a legal ending ("Lakeshore Gas Distribution
    Inc.": "distribution")."""
    words = name.casefold().split()
    while len(words) > 1 and words[-1].rstrip(".") in _LEGAL_SUFFIXES:
        words = words[:-1]
    return words[-1] if words else ""


def name_heads(name: str) -> set[str]:
    """The words of a body's name that can head it: its first and last, and the word before
    "of"/"for"/"on" ("commission" in "Election Commission of Pakistan"); not a word inside
    that names its field ("railroad" in "Federal Railroad Administration")."""
    words = name.casefold().replace("’", "'").split()
    while len(words) > 1 and words[-1].rstrip(".") in _LEGAL_SUFFIXES:
        words = words[:-1]  # "Ardmore Mercantile Bank Plc": a bank
    links = [i for i, w in enumerate(words) if i and w in {"of", "for", "on"}]
    posted = [i for i, w in enumerate(words) if i and w in {"in", "to"}]
    links += [i for i in posted if words[i - 1] in POSTED]  # "Embassy in Manila"
    inner = {words[links[0] - 1]} if links else set()  # not "university" in "Academic Senate
    # of the University of Tavira": a part of it
    if words[:2] == ["office", "of"]:  # "the commissioner" is the person, not the Office of the
        inner -= lx.ROLE_NOUNS  # Privacy Commissioner
    headed = len(words) > 1 and words[-1] in lx.ORG_HEADS and words[1] not in {"of", "for"}
    leads = words[0] in _HEADS_FIRST and not headed  # not "the fire", nor "the charity" for
    first = words[:1] if len(words) == 1 or leads else []  # the Charity Commission
    return {*first, *words[-1:], *inner}  # for "Fire Service"


def named_as(phrase: Phrase, name: str) -> bool:
    """Does a description name the body literally: its noun one of the name's heads, and each
    word before it one of the name's ("the authority", "the port authority" for "Beirut Port
    Authority"; not "the new authority", nor "the port authority" for the "Port Workers'
    Union")."""
    words = name_words(name)
    if phrase.noun not in name_heads(name):
        return False
    return all(m.text.casefold() in words for m in phrase.modifiers)


_LEGAL_SUFFIXES = lx.COMPANY_ENDINGS | lx.words("pty bhd")  # "… Sdn Bhd", "… Pty Ltd"


_HEADS_FIRST = lx.ORG_HEADS | lx.ORG_NOUNS | lx.BODY_NOUNS | lx.GENERIC_ORG_NOUNS
# Trades told by a name's words that news calls a body by, beside `GENERIC_ORG_NOUNS`.
SERVICES = lx.words("utility carrier")
# Words for a trading body, which no public body ("the Commission", "the union") is.
TRADING = lx.words("company firm business carmaker operator")
_OTHER_KINDS = lx.GENERIC_ORG_NOUNS - TRADING  # a name headed "… Users Group", "… Council"
_PUBLIC = lx.BODY_NOUNS | lx.words(
    "union party association federation trust charity institute university police court board"
    " bureau tribunal panel ombudsman inspectorate force constabulary prison"
)

# Kinds of body a place's name may stand before ("the Leicester university", "the Lagos firm").
_PLACE_KINDS = lx.words("university college hospital club company firm")
_ASIDE = re.compile(r",\s+(?:which|who|whose)\b")


def place_kind(
    text: str, names: dict[str, str], before: Callable[[], list[str]], own: NameMention | None
) -> list[str] | None:
    """ "The Leicester university, which …" (`text`, up to its relative aside) after
    Charnwood University and the Leicester Mercury: the bodies named `before()` whose names
    the kind noun can head, never the one the place's word names (`own`, the Mercury) unless
    that one is of the kind ("the Charnwood university": itself alone). None when the words
    are no "the" and a place's word before a kind noun (`before` is then never called)."""
    words = _ASIDE.split(text)[0].split()
    if len(words) < 3 or words[0].casefold() != "the" or words[-1] not in _PLACE_KINDS:
        return None
    if own is not None and words[-1] in name_heads(names.get(own.key, "")):
        return [own.key]
    other = own.key if own is not None else None
    return [k for k in before() if words[-1] in name_heads(names[k]) and k != other]
