"""Lowercase words and numerals inside a body's name, for `name_runs`: "on" after its head
("the Committee on Finance"), "to <Verb>" after "the" ("the Freedom to Read Coalition"),
"in <Place>" after a purpose ("Co-operation in Europe") and a numeral ordinal after "the"
("the 8th U.S. Circuit Court of Appeals", whose tokens hold "the", "th", "U.S"); "to <Place>"
after a diplomatic body ("the Delegation of the European Union to Togo"); the runs of a list
of portfolios after "of" or "on", joined ("the Ministry of Lands, Public Works, Housing and
Urban Development"); a place's "-based" before a name, not "Broad-based" inside it. Pure.
"""

from __future__ import annotations

import itertools
import re

from generator.extract import body_forms as bf
from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.sentences import Token

_NUMERAL = re.compile(r"\s\d{1,3}$")
ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})  # "1st" is read as "st" after its numeral


def continues_name(text: str, toks: tuple[Token, ...], run: list[int], i: int) -> bool:
    """Does the lowercase token at `i` continue the capitalised `run` before it: "on" after
    an organisation's head, a numeral ordinal after "the", "in <Place>" after a purpose?"""
    if toks[run[-1]].lower == "the":
        return ordinal_in_name(text, toks, i)
    if text[toks[run[-1]].end : toks[i].start].strip() or toks[run[-1]].possessive:
        return False
    if toks[i].lower == "on":
        return on_in_name(toks, run[-1], i)  # "the Committee on Finance and National Planning"
    if toks[i].lower == "to":
        return to_in_name(toks, run, i)  # "the Prairie Freedom to Read Coalition"
    if toks[i].lower != "in":
        return False
    return in_in_name(toks, run, i) or posted_in(toks, run, i) or field_in(toks, run, i)


def field_in(toks: tuple[Token, ...], run: list[int], i: int) -> bool:
    """Does "in <Field> <Head>" at `i` continue one word after "the" ("the Women in Law
    Forum", "the Partners in Health Alliance"): the body's head within three capitalised
    words after it, not the first ("the Greens in Parliament": where they sit)?"""
    after = list(itertools.takewhile(lambda t: t.capitalised, toks[i + 1 : i + 4]))
    the = len(run) == 2 and toks[run[0]].lower == "the"
    alone = the or (len(run) == 1 and run[0] > 0 and toks[run[0] - 1].lower == "the")
    word = toks[run[-1]]
    return (
        alone
        and word.lower not in lx.ORG_HEADS
        and len(after) >= 2
        and after[0].lower not in lx.ORG_HEADS
        and any(t.lower in lx.ORG_HEADS for t in after[1:])
    )


def posted_in(toks: tuple[Token, ...], run: list[int], i: int) -> bool:
    """Does "in <Place>" at `i` name the country a mission is posted to ("the U.N. Assistance
    Mission in Afghanistan"): one name? Not an embassy's city ("the Chinese Embassy in
    Manila", which the text goes on to call "the Chinese Embassy")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    words = [toks[k] for k in run if toks[k].lower != "the"]
    return (
        len(words) >= 2
        and words[-1].capitalised
        and words[-1].lower == "mission"
        and nxt is not None
        and nxt.capitalised
    )


def to_in_name(toks: tuple[Token, ...], run: list[int], i: int) -> bool:
    """Does "to <Verb>" at `i` continue a body's name after "the" (or a possessive): one
    whose head comes before it or within three capitalised words after it ("the Campaign to
    Protect Rural England", "the Freedom to Read Coalition"), or a diplomatic body's "to
    <Place>" ("the Delegation of the European Union to Togo"), not "the Board to Ann Lee"?"""
    after = list(itertools.takewhile(lambda t: t.capitalised, toks[i + 1 : i + 4]))
    first = run[0] + 1 if toks[run[0]].lower == "the" else run[0]
    if not (0 < first < i and bool(after)):
        return False
    owner = toks[first - 1]  # "the council's Fitness to Practise Committee"
    if owner.lower != "the" and not (owner.possessive and not owner.capitalised):
        return False
    words = {toks[k].lower for k in run}  # "the Embassy of Ireland to Chile"; not "the
    posted = bool(words & POSTED) and "of" in words and len(after) < 3  # Embassy to Ann Lee"
    # "the EU Delegation to Montenegro", "the U.S. Mission to NATO": its head, then where
    posted = posted or (toks[run[-1]].lower in POSTED and i - first >= 2 and len(after) < 3)
    headed = toks[first].lower in lx.ORG_HEADS or any(t.lower in lx.ORG_HEADS for t in after)
    return posted or headed  # "the Delegation of the European Union to Togo": where it is


# Bodies named for the country or organisation they are posted to (also `body_kinds`).
POSTED = lx.words("delegation mission embassy consulate representation")


# "BBC Radio 4", "Channel 4"; not "fined Northgate Energy 48 million pounds", "Acme 12 percent"
# (but "… District 212 as": "as" is no plural)
_NUMBER = re.compile(
    r" (\d{1,5})\b(?![.,]?\d)(?! ?(?:million|billion|trillion|thousand|hundred|percent|per|%|"
    r"pounds|dollars|euros|people|years|days|months|times|(?!(?:as|is|has|was)\b)[a-z]+s\b))"
)
# After a numbered head, any word may follow ("the Fraternal Order of Police Lodge 41 lifts")
_NUMBERED_AT = re.compile(
    r" (\d{1,5})\b(?![.,]?\d)(?! ?(?:million|billion|trillion|thousand|hundred|percent|per|%)\b)"
)
# Heads whose number ends a body's name: "Transit Workers Local 2211", "Fraternal Order of
# Police Lodge 14" (a union's unit: a body's name), "Riverbend Community Unit School District
# 212" (a district or division: a body's only after a body's head, not "House District 117").
UNION_UNITS = lx.words("local lodge chapter branch")
NUMBERED = UNION_UNITS | lx.words("district division")
# Lowercase words of other languages that join the words of a body's name ("Union des
# Policiers Haïtiens", "Citoyens pour la Probité", "Maji ni Uhai Coalition"); as capitals they
# open names ("Des Munroe").
NAME_LINKS = frozenset({"des", "pour", "ni", "para"})


def number_end(text: str, name: list[Token], evidence: set[str]) -> int:
    """Where a name whose tokens are `name` ends: after the number that closes a body's name
    ("BBC Radio 4"; of any length after a numbered head, "Local 2211", but no year)."""
    end = name[-1].end
    numbered = len(name) >= 2 and name[-1].capitalised and name[-1].lower in NUMBERED
    number = (_NUMBERED_AT if numbered else _NUMBER).match(text, end)
    if number is None or name[-1].possessive:
        return end
    digits = number.group(1)
    year = len(digits) == 4 and digits[:2] in {"19", "20"}
    org = "org" in evidence or any(t.lower in lx.ORG_HEADS for t in name)
    numbered = numbered and (org or name[-1].lower in UNION_UNITS)
    return number.end() if (numbered and not year) or (org and len(digits) <= 3) else end


def numbered_head(tok: Token) -> bool:
    """May a number close the name that ends with `tok`: a numbered head ("Local 412"), or a
    body's capitalised head ("Municipal Employees Council 7")?"""
    return tok.lower in NUMBERED or (tok.capitalised and tok.lower in lx.ORG_HEADS)


_NUMBERED_GAP = re.compile(r"\. \d{1,4} ")


def numbered(prev: Token, gap: str) -> bool:
    """Is `gap` the number after a capitalised "No." inside a name ("Union No. 1 of …")?"""
    return prev.text == "No" and _NUMBERED_GAP.fullmatch(gap) is not None


def name_start(text: str, first: Token) -> int:
    """Where a name whose first token is `first` starts: before the numeral of "8th"."""
    if first.lower not in ORDINAL_ENDS:
        return first.start
    return len(text[: first.start].rstrip("0123456789"))


def ordinal_first(text: str, toks: tuple[Token, ...], i: int) -> bool:
    """Does a numeral ordinal after "the" open the name at `i` ("the 8th U.S. Circuit Court
    of Appeals": the tokens hold "the", "th", "U.S")?"""
    return i >= 2 and toks[i - 2].lower == "the" and ordinal_in_name(text, toks, i - 1)


def ordinal_in_name(text: str, toks: tuple[Token, ...], i: int) -> bool:
    """Is the token at `i` the end of a numeral ordinal after "the" ("the 1st Circuit": the
    tokens hold "the", "st", "Circuit") before a capitalised word it joins?"""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        toks[i].lower in ORDINAL_ENDS
        and _NUMERAL.search(text[toks[i - 1].end : toks[i].start]) is not None
        and nxt is not None
        and nxt.capitalised
        and not text[toks[i].end : nxt.start].strip()
    )


# Endings of abstract nouns ("Co-operation", "Accountability", "Transparency", "Democracy")
_ABSTRACT = (
    *("tion", "ity", "ment", "ance", "ence", "ncy", "acy"),
    *("dom", "rights", "ship", "justice"),
)


def in_in_name(toks: tuple[Token, ...], run: list[int], i: int) -> bool:
    """Does "in <Place>" at `i` continue a body's name: one that opens with its head and
    names its purpose with "for" or "on", ending in an abstract noun ("the Organization for
    Security and Co-operation in Europe", "the Panel of Experts on Accountability in Sri
    Lanka"), not where it sits ("the Court of Appeals for the Ninth Circuit in Boston")?"""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    last = toks[run[-1]]
    head = run[1] if len(run) > 1 and toks[run[0]].lower == "the" else run[0]  # "The X for"
    return (
        toks[head].lower in lx.ORG_HEADS
        and any(toks[k].lower in {"for", "on"} for k in run)
        and last.capitalised
        and last.lower.endswith(_ABSTRACT)
        and nxt is not None
        and nxt.capitalised
    )


def on_in_name(toks: tuple[Token, ...], head: int, i: int) -> bool:
    """Does "on" at `i` continue an organisation's name after its head ("Committee on
    Finance"), not open a date ("the High Court on Wednesday")?"""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        toks[head].lower in lx.ORG_HEADS | {"inquiry"}  # "Commission of Inquiry on …"
        and nxt is not None
        and nxt.capitalised
        and nxt.lower not in lx.WEEKDAYS
        and nxt.lower not in lx.MONTHS
    )


def described_body(para: Para, run: list[int]) -> bool:
    """ "Transport for the Pennines, the regional body that …": a run with "for" or "of"
    inside that an appositive says is one body's name stays whole."""
    if not run:
        return False
    words = {para.tokens[i].lower for i in run}
    rest = para.text[para.tokens[run[-1]].end :]
    headed = para.tokens[run[-1]].lower in lx.ORG_HEADS  # "Zanele Dube of the Open Ledger
    return (  # Trust, a civil society group": the group is the trust, named whole already
        bool(words & {"for", "of"})
        and not headed
        and not _person_of(para, run)
        and rest.startswith(", ")
        and bf.appositive_body(rest[2:])
    )


_NOT_PLAIN = lx.ORG_HEADS | lx.TITLE_WORDS | lx.ROLE_MODIFIERS | lx.CONNECTORS  # once, not per word


def _person_of(para: Para, run: list[int]) -> bool:
    """ "Kwame Ofori-Bennett of Tenants Together North, a campaign group,": two or three plain
    words (no body's head, title or plural) before "of" name a person of the body."""
    toks = [para.tokens[i] for i in run]
    at = next((k for k, t in enumerate(toks) if t.lower in {"of", "for"}), -1)
    lead = toks[:at]
    plain = all(
        t.capitalised
        and not t.possessive
        and t.lower not in _NOT_PLAIN
        and not t.lower.endswith("s")
        for t in lead
    )
    return 2 <= at <= 3 and plain and toks[at].lower == "of"


# Connectors that never open a name ("the Pentagon"); "La Tribune", "De Klerk" keep theirs.
_LEADING_CONNECTORS = frozenset({"of", "for", "and", "the"})


def trim(toks: tuple[Token, ...], run: list[int]) -> list[int]:
    """A raw run without what opens or closes it but names no one: connectors, a
    place joined to a participle, a weekday, post-nominal letters, a sentence's opener."""
    while run and (
        toks[run[0]].lower in _LEADING_CONNECTORS
        or not (toks[run[0]].capitalised or toks[run[0]].lower in ORDINAL_ENDS)  # "8th"
        or (
            toks[run[0]].lower in lx.CONNECTORS
            and toks[run[0]].sentence_start
            and len(run) < 3
            and not toks[run[-1]].possessive  # "Al Jazeera's Youssef Trabelsi"
        )
        or bf.PLACE_JOINED.match(toks[run[0]].text) is not None
        or (toks[run[0]].text == "NGO" and len(run) > 1)  # "environmental NGO ClearWatt"
    ):
        run = run[1:]  # "Toronto-listed Kafubu Copper Corp", "Dublin-based Lumora Ltd"
    while run and (
        not toks[run[-1]].capitalised
        or toks[run[-1]].text in lx.MEMBER_ACRONYMS
        or (len(run) > 1 and toks[run[-1]].lower in lx.WEEKDAYS)  # "… Council Friday"
    ):
        run = run[:-1]  # "Labour MPs": the party, then its members
    if run and bf.PLACE_JOINED.match(toks[run[-1]].text):
        return []  # "the Phnom Penh-based group": a place, not a name
    while len(run) > 2 and toks[run[-1]].text.isupper() and toks[run[-1]].lower in lx.POST_NOMINALS:
        run = run[:-1]  # "Julian Fairbrother KC", "Tom Reed MP": letters after a name
    if len(run) == 2 and toks[run[-1]].text.isupper() and toks[run[-1]].lower in _SEATS:
        run = run[:-1]  # "one Yednist MP, speaking on condition of anonymity": a party's member
    police = len(run) == 2 and toks[run[0]].lower == "police"  # "Police Scotland said"
    while run and toks[run[0]].sentence_start and bf.sentence_opener(toks, run[0]) and not police:
        run = run[1:]
        while run and toks[run[0]].lower in _LEADING_CONNECTORS:  # "Members of the X Union"
            run = run[1:]
    return run


_SEATS = frozenset({"mp", "mep", "msp", "mla", "td"})  # a seat, after a party's one word


def join_portfolios(text: str, toks: tuple[Token, ...], runs: list[list[int]]) -> list[list[int]]:
    """Join the runs that end a list of portfolios to the office before them: "Ministry of
    Culture" + ", Tourism and Civil Aviation" is one ministry's name, and so is "Ministry of
    Lands" + ", Public Works" + ", Housing and Urban Development" (not "Minister for the
    Environment" + ", Climate and Communications": a title, no body)."""
    joined: list[list[int]] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        before = joined[-1] if joined and joined[-1] and run else []
        office = bool(before) and before[-1] == run[0] - 1 and _office_head(toks, before)
        listed = _listed(text, toks, runs, k) if office else 0
        if listed and bf.portfolio_list(text, toks, run[0]):
            joined[-1] = before + [i for r in runs[k : k + listed] for i in r]
            k += listed
        else:
            joined.append(run)
            k += 1
    return joined


def _office_head(toks: tuple[Token, ...], run: list[int]) -> bool:
    """Does the run open with a body's head before "of", "for" or "on" ("Ministry of",
    "Senate Committee on"), not with a title ("Minister for")?"""
    link = next((p for p, i in enumerate(run) if toks[i].lower in {"of", "for", "on"}), 0)
    head = link > 0 and toks[run[link - 1]].lower in lx.ORG_HEADS
    return toks[run[0]].lower in lx.ORG_HEADS or head


def _listed(text: str, toks: tuple[Token, ...], runs: list[list[int]], k: int) -> int:
    """How many runs from `k` on, each after a comma, close a list of portfolios with the
    one holding "and" ("Public Works" + "Housing and Urban Development"); 0 for none. The
    items before it are short and hold no acronym ("Health, UNICEF and …": bodies)."""
    for n, run in enumerate(runs[k : k + 4], 1):
        if any(toks[i].lower == "and" for i in run):
            return n
        nxt = runs[k + n] if k + n < len(runs) else []
        adjacent = bool(nxt) and nxt[0] == run[-1] + 1
        if not adjacent or text[toks[run[-1]].end : toks[nxt[0]].start] != ", ":
            return 0
        if len(run) > 3 or any(toks[i].text.isupper() for i in run):
            return 0
    return 0


_PLACED = ("-based", "-born", "-backed", "-owned", "-funded", "-listed", "-headquartered")
# First halves of compound adjectives on "-based" that say how, not where: "Independent
# Broad-based Anti-corruption Commission", "Community-based" (words of a name).
_HOW_BASED = lx.words(
    """broad community faith home evidence science research market rights school web cloud
    land sea ground merit needs risk values results"""
)


def placed(word: Token) -> bool:
    """Does `word` say where a body is, before its name ("The New York-based Global Press
    Freedom Committee", "Dublin-born"), not what it is ("Broad-based")?"""
    low = word.lower
    return low.endswith(_PLACED) and low.partition("-")[0] not in _HOW_BASED
