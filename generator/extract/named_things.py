"""Capitalised runs that name a thing, not a body, by the grammar around them, for
`name_runs` (which marks them "common", so no entity is made of them; the last two forms
"venue", so that a body's mention elsewhere still makes one):

- an acronym right after a clock time is its time zone ("by 1030 GMT", "(2201 GMT on
  Sunday)", "at 10:30 GMT"), not after a year ("the 2024 FOCAC summit");
- an acronym after "a"/"an" and before a preposition, a verb or a stop is a common noun
  ("registered an FIR against him", "used as an ATM.", "an ATM for contractors"); not before
  a noun ("an EU official": the body's);
- a building named for the body that sits in it: "Government House", "Parliament House",
  "Parliament Buildings", "City Hall" (two words, a body's word and a building's), unless a
  reporting verb makes it speak ("City Hall said");
- a ship named with its prefix ("MV Isle of Arran", "HMS Dauntless");
- a currency's code before its amount ("NZ$48 million", "GH¢2", "HK$320,000", "DKK 4.2
  million", "50 million CFA francs"): the capitals are a country's money, not a body;
- a prison, by its prefix ("HMP Ravensmoor") or its last words ("Coorabin Correctional
  Centre", "Marlow County Detention Center", "Rangiriri Prison"): a building, as the guide
  has it, whatever said or acted there (the labels name the prison service, never the jail);
- a law by its last word, with no "of"/"for" inside ("the Penal Code", "the Constitution",
  "the Customs Union Protocol", "the Banking Companies Ordinance", "the city's Basic Law"): a
  text, not a body. "Law" and "Bill" (a firm's last word, a given name) and a lone word only
  after "the" or a possessive ("Crown Law, which argued", "Bill said"); no acronym ("ACT");
- a month's short form before a day's number ("delivered to the minister Oct. 9"): a date;
- a hospital named where something happened to a patient ("died at Canberra Hospital",
  "was taken to Severn Valley Hospital", "was admitted to Vila Central Hospital"): the
  building, as the guide has it (not "nurses at X Hospital" or "X Hospital said", where the
  labels name the hospital that employs or speaks);
- a venue named by what it is used for ("the Geelong Arts Centre", "Riverside Community
  Hall", "Millfield Leisure Centre", "Rio Seco Processing Center"), unless a reporting verb
  makes it speak: a building, not the "Legal Aid Centre" or "Policy Centre" that is a body.
Pure.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.sentences import Token

_CLOCK = re.compile(
    r"(?:(?:\b(?:at|by|until|till|from|before|after|around|about|to|and)\s+|\(\s*)"
    r"(?:[01]\d|2[0-3])[0-5]\d|\b\d{1,2}[:.][0-5]\d(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\.?)"
    r"\s+$",
    re.IGNORECASE,
)
_ARTICLES = frozenset({"a", "an"})
# What may follow a common noun's acronym ("an FIR against", "an ATM for", "an ATM on wheels").
_AFTER_NOUN = lx.words(
    """against for on in at by with from to of into over under that which who was is were are
    had has would will could can and or but"""
)
_STOP = re.compile(r"\s*(?:$|[.,;:!?)”\"’'])")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# A body's word, and the building it sits in ("Government House", "City Hall").
_SEATS = lx.words("government parliament city town county")
_BUILDINGS = lx.words("house hall buildings hill")
# What follows a currency's code: a sign glued to the amount ("NZ$48", "GH¢2"), an amount
# in millions after a space ("DKK 4.2 million"), or the currency's own noun ("CFA francs").
_AMOUNT = re.compile(
    r"(?:[$¢€£₹₵]\s?\d|\s+\d[\d,.]*\s*(?:million|billion|trillion|bn)\b"
    r"|\s+(?:francs?|dollars?|pounds?|rupees?|shillings?)\b)"
)
# A prison's prefix and its last words (a jail is a building, not a body).
_PRISON_PREFIXES = lx.words("hmp hmyoi")
_PRISON_LAST = lx.words("prison jail gaol penitentiary")
_PRISON_HEADS = lx.words("correctional detention remand")
_PRISON_PLACES = lx.words("center centre facility complex institution")
# The last words of a law's name; "law" and "bill" only after "the" or a possessive.
_LAW_LAST = lx.words(
    "code constitution ordinance regulations protocol amendment act decree statute"
)
_LAW_AFTER_THE = lx.words("law bill rules")
LAW_WORDS = _LAW_LAST | _LAW_AFTER_THE
_THE_BEFORE = re.compile(r"(?:\bthe|['’]s?)\s+$", re.IGNORECASE)
# A ship's prefix ("MV", "HMS"): what follows names the vessel.
_SHIP_PREFIXES = lx.words("mv ms mt ss hms uss rms hmas hmnzs hmcs fv rv")
# A month's short form and a day's number after it ("Oct. 9", "Sept 14").
_SHORT_MONTHS = frozenset(m for m in lx.MONTHS if len(m) <= 4 and m != "may")
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}\b")
# What happens to a patient at or on the way to a hospital: the hospital is where.
_HOSPITALS = lx.words("hospital")
_PATIENT_SLOT = re.compile(
    r"\b(?:died|dead|born|treated|treatment|birth|(?:taken|admitted|rushed|airlifted|flown|"
    r"brought|transferred|discharged)(?:\s+by\s+\w+)?)\s+(?:at|to|from|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A venue's last word, and the use it is named for ("Arts Centre", "Community Hall").
_VENUE_LAST = lx.words("centre center hall complex")
_VENUE_USES = lx.words(
    """leisure community arts food hawker convention entertainment recreation civic
    processing removal corrections sports exhibition conference shopping visitor aquatic"""
)


def thing_marks(para: Para, tokens: list[Token], evidence: set[str]) -> set[str] | None:
    """The evidence that replaces a run's own when it names a thing ("common", "thing") or a
    venue ("venue"), else None."""
    if names_a_thing(para, tokens, evidence):
        return {"common", "thing"}  # "by 1030 GMT", "at Government House"
    return {"venue"} if names_a_venue(para, tokens, evidence) else None


def names_a_thing(para: Para, tokens: list[Token], evidence: set[str]) -> bool:
    """Does the run of `tokens` (with its `evidence`) name a time zone, a common noun's
    acronym, a body's building or a ship, and no body?"""
    text, first = para.text, tokens[0]
    if _law(text, tokens):
        return True  # "under the Penal Code", "Article 47 of the Constitution"
    if len(tokens) == 1 and first.lower in _SHORT_MONTHS and _DAY_AFTER.match(text, first.end):
        return True  # "delivered to the minister Oct. 9": a date
    if len(tokens) == 1 and first.text.isupper() and first.text.isalpha() and len(first.text) > 1:
        before = text[max(0, first.start - 24) : first.start]
        if _CLOCK.search(before):
            return True  # "by 1030 GMT"
        if _AMOUNT.match(text, first.end):
            return True  # "NZ$48 million", "DKK 4.2 million", "CFA francs": money
        words = before.split()
        after = text[first.end :]
        if words and words[-1] in _ARTICLES and before.endswith(" "):  # not "An APS for the"
            nxt = _NEXT_WORD.match(after)
            return bool(_STOP.match(after) or (nxt and nxt.group(1) in _AFTER_NOUN))
        return False
    if len(tokens) == 2 and first.lower in _SEATS and tokens[1].lower in _BUILDINGS:
        return "speech" not in evidence and not first.possessive  # "Government House"
    if len(tokens) >= 2 and first.text.isupper() and first.lower in _SHIP_PREFIXES:
        return True  # "MV Isle of Arran"
    return len(tokens) >= 2 and _prison(tokens)


def names_a_venue(para: Para, tokens: list[Token], evidence: set[str]) -> bool:
    """Does the run name a building where something happens ("died at Canberra Hospital",
    "the Geelong Arts Centre")? `name_runs` marks it "venue" alone: no entity, unless another
    mention of the same name reads as a body's ("Canberra Hospital said")."""
    if len(tokens) < 2:
        return False
    text, last, first = para.text, tokens[-1], tokens[0]
    if last.possessive or "speech" in evidence:
        return False  # "Canberra Hospital's board", "the Arts Centre said"
    if last.lower in _HOSPITALS:
        return bool(_PATIENT_SLOT.search(text, max(0, first.start - 40), first.start))
    return last.lower in _VENUE_LAST and tokens[-2].lower in _VENUE_USES


def _prison(tokens: list[Token]) -> bool:
    """ "HMP Ravensmoor", "Coorabin Correctional Centre", "Rangiriri Prison": a jail."""
    last = tokens[-1]
    if tokens[0].text.isupper() and tokens[0].lower in _PRISON_PREFIXES:
        return True
    if last.lower in _PRISON_LAST:
        return True
    return last.lower in _PRISON_PLACES and tokens[-2].lower in _PRISON_HEADS


def _law(text: str, tokens: list[Token]) -> bool:
    """ "the Penal Code", "the Customs Union Protocol", "the Act", "the city's Basic Law"."""
    last = tokens[-1]
    if last.text.isupper() or not last.capitalised:
        return False  # "the ACT": a territory's or a party's initials
    if any(t.lower in lx.CONNECTORS for t in tokens[:-1]):
        return False  # "the Federal Office for the Protection of the Constitution"
    after_the = bool(_THE_BEFORE.search(text, max(0, tokens[0].start - 8), tokens[0].start))
    if last.lower in _LAW_AFTER_THE or len(tokens) == 1:
        return after_the and last.lower in _LAW_LAST | _LAW_AFTER_THE
    return last.lower in _LAW_LAST


def law_initials(law: list[Token], run: list[Token], gap: str, after: str) -> bool:
    """Is `run` a law's initials in brackets right after the law `law` ("the Protection from
    Online Falsehoods and Manipulation Act (POFMA)")? Then it names the text too."""
    return (
        len(run) == 1
        and law[-1].lower in LAW_WORDS
        and gap == " ("
        and after.startswith(")")
        and run[0].text.isupper()
    )
