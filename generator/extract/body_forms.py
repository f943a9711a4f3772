"""Organisations named without a head word (Party, Union, Commission), by the forms of news
copy around them: an acronym with its place or "<People> for <Cause>", a body before its
members ("Hamas fighters"), a name after "<Place>-based" or "a …
network," or before ", a company registered …", "on" inside a name; names built on plural
possessives ("the Farmers' and Fishers' Party"), a name before a group's description or
with "and" after "group"; and an appositive that makes a name a person's ("a 27-year-old
farmer", ", whose father") or an opener that names nothing ("However", "Auditors"). Pure.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract import ranked_bodies as rb
from generator.extract import speech as sp
from generator.extract.sentences import Token


def is_acronym(word: str) -> bool:
    """ "TVNZ", "ZANU-PF"."""
    if not (2 <= len(word) <= 8 and word.isupper()):
        return False
    return word.isalpha() or all(p.isalpha() for p in word.split("-"))


def common_capitals(text: str, tok: Token) -> bool:
    """Capitals naming no body: "CEO", "KARACHI:", "NURSES at …", "X, SAN,", "the CP said"."""
    role = len(tok.lower) > 4 and (tok.lower in lx.ROLE_NOUNS or tok.lower[:-1] in lx.ROLE_NOUNS)
    opening = tok.sentence_start and (text.startswith(":", tok.end) or role)
    prev = (text[: tok.start].split() or [""])[-1]  # "Fasanya," before "SAN"; "the" before "CP"
    letters = tok.lower in lx.POST_NOMINALS and prev[-1:] == "," and prev[-2:-1].isalpha()
    rank = tok.lower in lx.TITLE_ABBREVIATIONS and prev == "the"  # "the CP said": a role
    return tok.lower in lx.NON_ORG_ACRONYMS or opening or letters or rank


def one_body(tokens: list[Token]) -> bool:
    """Is a run joined by "of" or "for" one organisation's name: an acronym with its place
    ("ACLU of Tennessee"), or an advocacy group "<People> for <Cause>" ("Parents for Local
    Control", "Citizens for Clean Water"; not "Lawyers for Tom Reed": a role)?"""
    if len(tokens) < 3 or tokens[1].lower not in {"of", "for"} or len(tokens) > 5:
        return False
    first, rest = tokens[0], tokens[2:]
    if not all(t.capitalised for t in rest) or first.possessive:
        return False
    if tokens[1].lower == "of":
        return is_acronym(first.text) and first.lower not in lx.NON_ORG_ACRONYMS
    plural = first.lower.endswith("s") and len(first.lower) > 4
    return plural and first.lower not in _ACT_FOR and first.lower not in lx.TITLE_WORDS


# People who act for someone: "Lawyers for Tom Reed" are his lawyers, not a group's name.
_ACT_FOR = lx.words(
    """lawyers attorneys solicitors barristers counsel spokesmen spokeswomen spokespeople
    spokespersons aides representatives agents advisers advisors prosecutors officials
    campaigners supporters sources negotiators envoys mediators delegates"""
)


def members(word: Token) -> bool:
    """Is `word`, right after a name, the plural of what only a body has: its members?"""
    return word.text in lx.MEMBER_ACRONYMS or (word.lower in _MEMBERS and not word.capitalised)


# The members of a body, after its name ("Hamas fighters", "Fidesz lawmakers").
_MEMBERS = lx.words(
    """fighters militants lawmakers legislators members delegates councillors councilors
    activists militiamen deputies"""
)

# A place joined to a participle or an adjective before a name, never part of it
# ("Toronto-listed Kafubu Copper Corp", "Dublin-born Ann Lee")…
PLACE_JOINED = re.compile(r"^[A-Z][\w.]*-(?:[a-z]+ed|based|born|run|made|wide|bound)$")
# … and those of them that only a body is ("Shenzhen-based Huaxin", "Lusaka-based X").
PLACE_BASED = re.compile(r"^[A-Z][\w.]*-(?:based|listed|registered|headquartered)$")
_CAUSES = frozenset({"for", "without", "against"})
_A = frozenset({"a", "an"})


def advocacy(words: list[str]) -> bool:
    """Do the lowercased `words` name a group of people by its cause ("Zimbabwe Lawyers for
    Justice", "Doctors Without Borders"; not "Lawyers for Tom Reed", who act for him)?"""
    return any(
        w in _CAUSES
        and k > 0
        and (words[k - 1] in _PEOPLE or words[k - 1][:-1] in lx.ROLE_NOUNS)
        and (k > 1 or words[k - 1] not in _ACT_FOR)
        for k, w in enumerate(words)
    )


_PEOPLE = lx.NAME_GROUPS | lx.NAME_POSSESSORS


def described_before(text: str, toks: tuple[Token, ...], start: int) -> bool:
    """Is the run an appositive naming "a/an … <organisation noun>," right before it?"""
    if start < 2 or text[toks[start - 1].end : toks[start].start].strip() != ",":
        return False
    noun = toks[start - 1]
    if noun.lower not in lx.ORG_NOUNS or noun.capitalised or noun.lower.endswith(("er", "or")):
        return False  # not "a property developer, Marco Castellano,": a person's trade
    det = next((k for k in range(start - 2, max(-1, start - 6), -1) if toks[k].lower in _A), -1)
    return det >= 0 and toks[det + 1].lower not in lx.ROLE_NOUNS  # not "A spokesperson for
    # the agency, Peter Kamau,"


# Trades whose plural, apposed to one name, makes it a firm ("its auditors, Harwood Lyle,").
FIRM_TRADES = lx.words("auditors accountants consultants lawyers solicitors advisers advisors")


def titled_body(words: list[Token], rest: list[int]) -> int:
    """Is what follows a title word no person's name but a body's ("General Directorate of
    Prisons", "Justice Without Walls": a body's head or a function word opens it)? The index
    where the body's name starts (past a country's possessive, "Tunisia's"), else -1."""
    if not rest or not (words[rest[0]].lower in lx.ORG_HEADS or words[rest[0]].lower in _OPENERS):
        return -1
    return 1 if words[0].possessive and len(words) > 2 else 0


_OPENERS = lx.words("without against beyond across")  # not "Minister for Manpower X"


_STATES = lx.words("republic kingdom emirates states territory territories")


def own_acronym(tokens: list[Token], after: str) -> bool:
    """Does the bracket after a name of three words or more hold its initials ("West Africa
    Rights Monitor (WARM)")? Only a body is written so."""
    inside = after[1:].split(")", 1)[0]
    lowered = {t.lower for t in tokens}
    if tokens[-1].lower in lx.PLACE_HEADS or lowered & (lx.COUNTRY_WORDS | _STATES):
        return False  # "Australian Capital Territory (ACT)", "Democratic Republic of Congo (DRC)"
    initials = "".join(t.text[0] for t in tokens if t.lower not in lx.CONNECTORS).upper()
    return len(initials) >= 3 and inside == initials


def appositive_body(rest: str) -> bool:
    """Does an appositive say what kind of body the name is ("a company registered …", "an
    advocacy group") — not a person's trade ("a property developer")?"""
    raw = rest.casefold().split()[:6]
    words = [w.strip(",.;") for w in raw]
    if words[:3] == ["one", "of", "the"]:  # "ShopNova, one of the largest platforms in"
        singular = [w[:-3] + "y" if w.endswith("ies") else w[:-1] for w in words[3:6]]
        return any(w in lx.ORG_NOUNS for w in singular)  # "companies", "platforms"
    if not words or words[0] not in {"a", "an", "the"}:  # "the campaign group that …"
        return False
    for k in range(1, min(len(words), 5)):  # "a regional housing advocacy group"
        w = words[k]
        if body_head(w):
            nxt = words[k + 1] if k + 1 < len(words) and not raw[k].endswith(",") else ""
            if nxt in lx.ORG_NOUNS or nxt in _GROUPS:
                continue  # "the campaign group that organised": the head is the next noun
            # the head of the phrase: "a company registered in", "an advocacy group, said",
            # not "a tenants' union organiser"
            return not nxt or nxt.endswith(("ed", "ing")) or nxt in _AFTER_HEAD  # "the
            # company building its light rail network"
        if not _modifier(w):
            return False  # "a decision the party called": the phrase is not a body's
    return False


def body_head(word: str) -> bool:
    """Does `word` head a body's description ("group", "firm", "regulator"), never a
    person's trade ("developer", "operator")?"""
    return (word in lx.ORG_NOUNS or word in _GROUPS) and (
        not word.endswith(("er", "or")) or word in _FIRMS
    )


_FIRMS = lx.words("regulator insurer lender broadcaster employer manufacturer carrier")
# not "a canoe hire operator"
_AFTER_HEAD = lx.words("in of for that which whose with based owned run led registered formed")
# "X, a subsidiary of", "X, the region's largest employer,"
_GROUPS = lx.words("campaign initiative collective subsidiary affiliate employer")
_NOT_MODIFIERS = lx.DETERMINERS | lx.words("who whose that which and or but than as to of for by")


def _modifier(word: str) -> bool:
    """Can `word` stand before the head of "a <…> group": an adjective ("regional"), a
    hyphenated modifier ("church-backed", "Doha-based") or a noun used as one ("advocacy",
    "monitoring") — not a function word or a bare past verb ("a decision the party called")?"""
    if word.endswith((*lx.ADJECTIVE_SUFFIXES, "an")) or "-" in word:
        return True
    bare = word.removesuffix("'s").removesuffix("’s").rstrip("'’")  # "a residents' group",
    # "the region's largest employer"
    return bare.isalpha() and word not in _NOT_MODIFIERS and not word.endswith("ed")


def possessives_joined(toks: tuple[Token, ...], prev: int, i: int) -> bool:
    """Is `toks[i]` the "and" between two plural possessives of one name ("the Farmers' and
    Fishers' Party", "the Parents' and Teachers' Association")?"""
    if toks[i].lower != "and" or i + 2 >= len(toks):
        return False
    first, second, after = toks[prev], toks[i + 1], toks[i + 2]
    return (
        _plural_possessive(first)
        and _plural_possessive(second)
        and after.capitalised
        and not after.possessive
    )


def _plural_possessive(tok: Token) -> bool:  # "Farmers'", "Fishermen's"
    return tok.capitalised and tok.possessive and (tok.text.endswith("s") or _men(tok))


def _men(tok: Token) -> bool:  # a plural in "-men" takes "'s" ("Fishermen's", "Cattlemen's")
    return len(tok.text) > 5 and tok.text.endswith("men")


def group_possessive(toks: tuple[Token, ...], p: int) -> bool:
    """Does the plural possessive at `p` open a name that ends in an organisation's head
    ("Voters' Rights Watch", "Growers' Union"; not "Jones' campaign")?"""
    if not _plural_possessive(toks[p]) or toks[p].text.isupper():
        return False
    if toks[p].lower.endswith(("as", "is", "us", "os")):
        return False  # "Honduras' National Electoral Council": a place's, no plural noun
    if p + 1 < len(toks) and toks[p + 1].start - toks[p].end > 2 + _men(toks[p]):
        return False  # "Mauritius's Electoral Supervisory Commission": 's, a place's, not plural
    m = p + 1
    while m < len(toks) and m - p <= 4 and toks[m].capitalised and not toks[m].possessive:
        head = toks[m].lower in lx.ORG_HEADS or toks[m].lower in lx.ORG_NOUNS  # "Network"
        if head and (m + 1 >= len(toks) or not toks[m + 1].capitalised):
            return True
        m += 1
    return False


# Bodies a lowercase description after a name can end in ("victims' group", "campaign group").
_DESCRIBED_BODIES = lx.words("group groups charity network coalition alliance movement union")


def described_body(nxt: Token, then: Token | None) -> bool:
    """Do the two words after a name describe a body ("The Silent Voices victims' group", "the
    Justice Now campaign group"): a lowercase word, then a group noun?"""
    if then is None or nxt.capitalised or then.capitalised or then.lower not in _DESCRIBED_BODIES:
        return False
    return nxt.possessive or nxt.lower in _BODY_KINDS


# Lowercase words before a group noun that say what the body does.
_BODY_KINDS = lx.words(
    """campaign campaigning pressure advocacy lobby protest rights residents' victims'
    residents victims families pro-democracy anti-corruption environmental opposition trade"""
)


def sentence_opener(toks: tuple[Token, ...], i: int) -> bool:
    """A capitalised sentence opener that names nothing: "The", "However", "Originally"."""
    low = toks[i].lower
    if low in sp.OPENING_PARTICIPLES and i + 1 < len(toks) and toks[i + 1].start - toks[i].end == 2:
        return True  # "Reacting, the agency …": a participle and its comma (not "Benning,")
    if low == "an" and _irish_name(toks, i + 1):
        return False  # "An Garda Síochána said", "An Bord Pleanála refused"
    if low in lx.SENTENCE_STARTERS:
        return not group_possessive(toks, i)  # not "Voters' Rights Watch": a plural possessive
    named = i + 1 < len(toks) and toks[i + 1].capitalised and toks[i].end + 1 == toks[i + 1].start
    bare = i + 1 < len(toks) and toks[i + 1].lower not in _LINKS
    if low[-1:] == "s" and low[:-1] in lx.ROLE_NOUNS and bare and not toks[i].possessive:
        return not named  # "Auditors said": people of a role (not "Parents for Local Control")
    named = named and not low.endswith((*_ADVERB_ENDINGS, "ibly", "fully", "ily"))  # "Kimberly D."
    return len(low) >= 7 and low.endswith("ly") and not named  # not "Originally Lee said"


_LINKS = lx.CONNECTORS | {"for", "in"}  # once, not per call
_ADVERB_ENDINGS = ("ally", "ately", "ently", "antly", "edly", "ously", "ingly", "ively", "ably")


def _irish_name(toks: tuple[Token, ...], k: int) -> bool:
    """Do two capitalised words, one with an accented letter, follow (an Irish body's name
    after its article "An": "Garda Síochána", "Bord Pleanála")?"""
    words = toks[k : k + 2]
    return (
        len(words) == 2
        and all(w.capitalised for w in words)
        and any(not w.text.isascii() for w in words)
    )


# Nouns after which a capitalised run is one group's name, "and" included ("the consumer
# group Patients and Parents First"; not "his party, Chea Poch and Cheam Channy").
GROUP_NOUNS = lx.words("group charity coalition network organisation organization association")


AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")


def role_appositive(rest: str) -> bool:
    """Does `rest` (the text after ", ") open a role appositive: "a 27-year-old farmer",
    "leader of the opposition", "Intelligence Committee Chairman", "the council's engineer"?"""
    phrase = rest.replace("’", "'").split(",")[0]
    words = phrase.split()[:10]
    if not words:
        return False
    lowered = [w.casefold().strip(".;:()'s").removesuffix("'s") for w in words]
    first = lowered[0]
    if first in {"who", "which", "whose", "that", "and", "but"}:
        return False
    head_index = next((k for k, w in enumerate(lowered) if w in {"of", "for", "at"}), len(words))
    head = lowered[:head_index]
    has_role = any(w in lx.ROLE_NOUNS for w in head) or any(
        w.endswith(AGENT_SUFFIXES) and len(w) > 5 and not w[0].isupper() for w in head[1:]
    )
    if all(w[:1].isupper() for w in words[: len(head)]) and head and head[-1] in lx.TITLE_WORDS:
        return True  # "Peter Hoekstra, Intelligence Committee Chairman,"
    role_at = next((k for k, w in enumerate(head) if w in lx.ROLE_NOUNS), len(head))
    if role_at + 1 < len(head) and words[role_at + 1][:1].isupper():
        return False  # "with Wikinews, economist John Smith": the role of the next name
    modifier = first in lx.ROLE_MODIFIERS and not first.endswith("ing")  # not ", ruling that"
    lead = first in lx.DETERMINERS or first in lx.ROLE_NOUNS or modifier
    return has_role and (lead or "'s" in words[0])  # "regional vice president of …"


def portfolio_list(text: str, toks: tuple[Token, ...], start: int) -> bool:
    """Does the run at `start` continue, after a comma, the list of portfolios of a title or
    a department ("The Minister for the Environment, Climate and Communications", "the
    Department of Agriculture, Food and the Marine"): words of the office, no name? (The
    caller asks it only of a run holding "and": "Minister for Housing, Declan Furlong,".)"""
    if start < 2 or "," not in text[toks[start - 1].end : toks[start].start]:
        return False
    k = start - 1
    while k > 0 and start - k <= 6 and (toks[k].capitalised or toks[k].lower == "the"):
        k -= 1
    if toks[k].lower not in {"for", "of", "on"} or k == 0:
        return False  # also "the Committee on Lands, Environment and Natural Resources"
    office = toks[k - 1]
    titled = office.lower in lx.TITLE_WORDS and toks[k].lower != "on"
    return office.capitalised and (titled or office.lower in lx.ORG_HEADS)


_AGE = re.compile(r"\d{1,3}(?:,|\)| and\b)")


def public_body(after: tuple[Token, ...]) -> bool:
    """Is one of the lowercase words after a possessive a public body ("Zambia's electoral
    commission")?"""
    return any(t.lower in lx.BODY_NOUNS and not t.capitalised for t in after)


def after_comma(rest: str) -> set[str]:
    """The name evidence an appositive after a name's comma gives."""
    if _AGE.match(rest):
        return {"person", "aged"}  # "Darren Frost, 58, from Garstang": only a person has an age
    if rest.startswith(("who ", "speaking ")) or rest[:1].isdigit():
        return {"person"}  # also "Han, speaking to reporters, urged": a person
    if rest.startswith("whose ") and rest[6:].partition(" ")[0].strip(",") in sp.KIN_NOUNS:
        return {"person"}  # "heard from Kerry-Anne Polglase, whose father, …": only a person
    if rest.startswith(("which ", "owned by", "based in", "headquartered")):
        return {"org"}
    if appositive_body(rest) or rb.ranked_body(rest):
        return {"org"}  # "Hartfield Advisory, a company …", "X, the largest private operator"
    if role_appositive(rest):
        return {"person", "role_appos"}  # "Jae-won Park, an analyst at …": no park
    return set()


def no_one_named(text: str, toks: tuple[Token, ...], start: int, lowered: list[str]) -> bool:
    """Does the capitalised run at token `start` name no one: a list of portfolios ("the
    Minister for the Environment, Climate and Communications") or a party's member described
    ("what the Montana Republican calls", "The Republican added")?"""
    if "and" in lowered and portfolio_list(text, toks, start):
        return True
    member = len(lowered) in (1, 2) and lowered[-1] in lx.MEMBERS  # (a place, then) the member
    return member and start > 0 and toks[start - 1].lower == "the"


_NOT_FIELDS = lx.words("same relevant new former old other whole said previous")


def field_word(word: str) -> bool:
    """Can `word` name a ministry's field ("agriculture", "local government")?"""
    return not (word in _NOT_FIELDS or word in lx.DETERMINERS or word.endswith(("ing", "ed")))
