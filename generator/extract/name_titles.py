"""Where the title ends in a capitalised run of words, for `name_runs`: "British Prime
Minister" before "Keir Starmer", "Director of Operations" before "Sofia Patel", "Minister of
State for Transport" before "Lydia Koh", "Minister for Energy and Mining" before "Helen
Tarrant"; never a title word after "of", "for" or "and" ("Lawyers for Justice"). Pure.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.sentences import Token

_ROLE_WORDS = lx.ROLE_NOUNS | lx.ROLE_MODIFIERS | lx.ORG_NOUNS
# "Teammate Lucie Brabcová wrote", "Petitioner Fatmata Bangura, the UDM candidate, told"
# (not a field's adjective alone: "Medical Relief Partnership said")
_FIELD_WORDS = lx.words(
    """medical national federal regional local political legal financial state city town
    county district health education justice transport trade business finance defence
    defense interior home foreign"""
)
OPENING_ROLES = (_ROLE_WORDS - _FIELD_WORDS) | sp.PERSON_NOUNS
# the parties and witnesses of a hearing ("Claimant Hōhepa Marino", "Objector Gloria Tennant")
OPENING_ROLES = OPENING_ROLES | lx.words(
    "petitioner plaintiff complainant claimant objector appellant applicant submitter intervener"
)


def after_link(words: list[str] | list[Token], j: int) -> bool:
    """Is the word at `j` after "of", "for" or "and" ("Lawyers for Justice": no title), or
    after "of the" ("Department of the Auditor General": the office, in the body's name)?"""
    low = [w if isinstance(w, str) else w.lower for w in words[max(0, j - 3) : j]]
    links = (["of"], ["for"], ["and"], ["on"], ["into"])  # "Committee on Justice and …",
    high = low == ["of", "the", "high"]  # "the Office of the High Commissioner for …"
    return low[-1:] in links or low[-2:] == ["of", "the"] or high  # "Royal Commission into"


_GROUP_NOUNS = lx.ROLE_NOUNS | lx.ORG_NOUNS  # a plural of one after a title word: a group


def title_end(words: list[Token], after_role: bool = False) -> int:
    """Index of the last title word of a run, -1 for none. A title abbreviation ("Sen")
    closing the run is a name ("Hun Sen"); a sentence-initial role noun is a title
    ("Blogger Idiot/Savant")."""
    end = -1
    for j, tok in enumerate(words):
        low = tok.lower
        group = j + 1 < len(words) and words[j + 1].lower[:-1] in _GROUP_NOUNS
        if group and words[j + 1].lower.endswith("s"):
            continue  # "Coach Operators Europe": a kind of group, not the title "Coach"
        if low == "besar" and end == j - 1 >= 0 and words[j - 1].lower in {"menteri", "mentri"}:
            end = j  # "Menteri Besar" (a Malaysian state's chief minister)
            continue
        if low == "garda" and _garda_rank(words, j):
            end = j  # "Garda Niall Hennessy", "Det Garda Niamh Costigan": Irish police rank
            continue
        if tok.text == "MS" and 0 < j < len(words) - 1 and words[-1].lower not in lx.ORG_HEADS:
            end = j  # "Conservative MS Gethin Lloyd-Bevan": a Member of the Senedd, no "Ms"
            continue
        if low in lx.TITLE_WORDS and low not in lx.HONORIFICS and not after_link(words, j):
            if low in lx.TITLE_ABBREVIATIONS and j == len(words) - 1:
                continue
            if low == "eng" and (j > 0 or len(words) != 3):
                continue  # "Eng Beatrice Mollel" (engineer), never "Ng Eng Hen"
            if low == "executive" and j == 0 and len(words) == 2:
                continue  # "the Executive Yuan": a body, no one's title
            last = words[-1].lower
            gerund = last.endswith("ing") and len(last) > 8  # not "General Browning"
            if j == len(words) - 2 and (last in lx.ORG_HEADS or gerund):
                continue  # "the Midwest Justice Clinic", "Al-Mansour General Contracting": a body
            if (
                low in lx.GIVEN_NAMES_TOO
                and (end == j - 1 >= 0 or after_role)
                and j == len(words) - 2
            ):
                continue  # "Alliance secretary Dean Kowalczyk": a title, then a given name
            end = j
    first = words[0].lower
    if end < 0 and len(words) >= 4 and first == "new" and words[1].lower == "democrat":
        end = 1  # "New Democrat Heather Boudreau-Lind" (Canada's NDP)
    trade = first.endswith("ist") and len(first) > 5  # "Pastoralist Doug Fairweather said"
    described = described_compound(words[0].text)  # "Mother-of-three Shanice Okafor said"
    opening = len(words) >= 3 and (first in OPENING_ROLES or trade or described)
    if end < 0 and opening and words[0].sentence_start and words[1].lower not in lx.PLACE_FIRST:
        end = 0  # not "Health New Zealand said": a body named for a place
    if end < 0 and len(words) >= 3 and first in lx.MEMBERS:
        end = 0  # "to Democrat Heather Lind": a party label, never "the Republican party"
    while end >= 0 and end + 1 < len(words) and words[end + 1].lower in {"of", "for", "and", "on"}:
        # "Director of Operations Sofia Patel"; "President of the United States" names nobody;
        # "Minister of State for Transport Lydia Koh", "Minister for Energy and Mining X"
        if words[end + 1].lower == "and" and words[end].lower in lx.TITLE_WORDS:
            break
        j = end + 2
        while j < len(words) and words[j].lower == "the":
            j += 1
        if len(words) - (j + 1) < 2:
            return len(words) - 1
        later = [p for p in range(j + 1, len(words) - 2) if _portfolio(words[p].lower)]
        end = later[-1] if later else j  # "Minister for National Development Desmond Koh",
        # "Minister for Māori Crown Relations Aroha Pennington"
        while end + 3 < len(words) and words[end + 1].lower in _SEAT_ENDS:
            end += 1  # "TD for Limerick County Niall Brosnahan": the seat's last word
    initials = next((k for k in range(end + 2, len(words) - 1) if _initials(words, k)), -1)
    return initials - 1 if end >= 0 and initials > 0 else end  # "Minister for Personnel and
    # Administrative Reforms K.N. Sudarshan": initials open a name, never end a portfolio


# A compound whose parts after the first are lowercase and hold a linking word or end on a role
# noun: a description before a name ("Mother-of-three", "Mum-of-two", "Attorney-at-law",
# "Pro-vice-chancellor"), never a name's part ("Soo-jin", "Maes-y-Wennol", "Osei-Bonsu").
_COMPOUND = re.compile(r"[A-Z][a-z]+((?:-[a-z]+)+)")
_LINKS = lx.words("of in at to for the year")


def described_compound(word: str) -> bool:
    """Is `word` a capitalised description compound ("Mother-of-three")?"""
    found = _COMPOUND.fullmatch(word)
    if found is None:
        return False
    parts = found.group(1).split("-")[1:]
    return bool(_LINKS.intersection(parts[:-1])) or parts[-1] in lx.ROLE_NOUNS


# Words that end the name of a seat or a place ("Limerick County", "Bristol West").
_SEAT_ENDS = lx.words(
    """county city borough central rural north south east west north-east north-west
    south-east south-west"""
)


def _initials(words: list[Token], k: int) -> bool:
    """Are the words from `k` two or more initials ("K.N." or "K. N.") before a surname?"""
    text = words[k].text
    dotted = len(text) >= 3 and all(c == "." if p % 2 else c.isupper() for p, c in enumerate(text))
    spaced = len(text) == 1 and text.isupper() and words[k + 1].text.isupper()
    return dotted or (spaced and len(words[k + 1].text) == 1)


def _garda_rank(words: list[Token], j: int) -> bool:
    """Is "Garda" at `j` a rank before a person's name ("Garda Hennessy", "Garda Niall
    Hennessy")? Never in the force's name ("An Garda Síochána") or a body's ("Garda
    Representative Association", "Garda National Economic Crime Bureau")."""
    rest = [t.lower for t in words[j + 1 :]]
    if not 1 <= len(rest) <= 2 or (j > 0 and words[j - 1].lower == "an"):
        return False
    bodies = lx.ORG_HEADS | lx.ORG_NOUNS | lx.TITLE_WORDS | _GARDA_BODIES
    return not any(w.rstrip("'s’") in bodies or w.endswith("s'") for w in rest)


# Words after "Garda" that name the force or a part of it, not a person.
_GARDA_BODIES = lx.words("síochána siochana station stations headquarters inspectorate vetting")


def _portfolio(word: str) -> bool:
    """Can `word` end a portfolio ("Development", "Affairs", "Education")?"""
    return word in lx.ORG_HEADS or word.endswith(_FIELD_ENDINGS) or word in _POPULATIONS


# Groups of people a portfolio may be for ("Minister of State for Older People", "for Women").
_POPULATIONS = lx.NAME_GROUPS | lx.words("children youth families veterans seniors pensioners")


_FIELD_ENDINGS = (
    *("ment", "tion", "ity", "ance", "ence", "ure", "ics", "affairs", "ism", "ing", "rights"),
    *("ments", "tions", "ships"),  # "Crown Relations"
)


def plural_group(word: Token) -> bool:
    """Does `word` name a group of people ("Leaders", "Workers")? No name of a person ends
    so: "Secretary of the Coalition of Osun Student Leaders" is a title and a body."""
    return word.lower.endswith("s") and word.lower[:-1] in lx.ROLE_NOUNS


def plural_title(words: list[Token], after: str) -> bool:
    """Is the first word a title in the plural ("Commissioners", "Senators") before a name of
    plain capitalised words (no body's head, no "of"), and another name after "and" or a
    comma (`after`: the text after the run)?"""
    first = words[0].lower
    rest = {w.lower for w in words[1:]}
    plural = first.endswith("s") and first[:-1] in lx.TITLE_WORDS and words[0].capitalised
    more = _ANOTHER.match(after) is not None  # not the book "Queens Also Move"
    return plural and more and not rest & _NOT_NAMES


_NOT_NAMES = lx.ORG_HEADS | lx.CONNECTORS | lx.TITLE_WORDS  # once, not per call
_ANOTHER = re.compile(r"(?: and|,) [A-Z]")


def tan_sri(words: list[Token], rest: list[int]) -> bool:
    """ "Tan Sri Rosli Hamzah": a Malay honour of two words before a name of two or more."""
    return len(rest) > 3 and words[rest[0]].lower == "tan" and words[rest[1]].lower == "sri"


_GIVEN_TOO = lx.words("alhaji alhaja hajia")  # "Alhaji Bangura": also a given name


def honorific_first(words: list[Token], rest: list[int]) -> bool:
    """Is the first word of `rest` an honorific to leave out of the name ("Mr", "Dr")?
    "Alhaji" only before two names or more ("Alhaji Issah Mahama-Dawuda", not "Alhaji
    Bangura", where it is the given name)."""
    word = words[rest[0]].lower.rstrip(".")
    return word in lx.HONORIFICS and (word not in _GIVEN_TOO or len(rest) > 2)
