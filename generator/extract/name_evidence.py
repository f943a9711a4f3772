"""What the words around a capitalised run say it names: `evidence(para, run)` → set of tags, and
`kind(evidence, full_evidence)` → "person", "organisation" or None. Tags: "org" (a head like Party,
an organisation noun before it — "steel company Arcelor" —, ", which", ", owned by", a mid-sentence
"The"), "acronym", "shares" ("shares in X"), "person" (a role noun before it, an age, ", who", a
role appositive), "speech" (a reporting verb next to it), "place" (after in/from/near, a first word
like New, a place noun after it), "the"/"prep" (after "the" or a preposition), "modifier" (a
lowercase noun after it, "the Iowa caucus"), "event", "common" (no name), and "name": the run stands
where a person's name stands (two to four words, not after "the", before a noun or in a place
phrase): a person when nothing says otherwise, unless `names` adds "body_words" (`name_kinds`)."""

from __future__ import annotations

import re

from generator.extract import appositive_bodies as ab
from generator.extract import body_forms as bf
from generator.extract import kind_cues as kc
from generator.extract import lexicon as lx
from generator.extract import outlet_listeners as ol
from generator.extract import person_marks as pm
from generator.extract import speech as sp
from generator.extract.body_forms import is_acronym
from generator.extract.document import Para, dateline_agency
from generator.extract.sentences import Token
from generator.extract.types import Kind

__all__ = ["evidence", "is_acronym", "is_role_noun", "is_verbish", "kind"]

# Lowercase words after a name that show it is a subject or a list item, not a modifier.
_AFTER_NAME = lx.words(
    """and or but who whom whose which that has had have is was were are will would could can may
    might must should did does do also then later again still once now never not yet later told
    says said as to in on at for with from by of after before during since until while when where
    if than against about over under into onto via like unlike himself herself itself themselves
    why what how whether both each"""
)
_NOT_BEFORE_NAME = frozenset({"the", "a", "an", "this", "that", "these", "those", "every", "at"})
_CALENDAR = frozenset(lx.MONTH_NAMES) | frozenset(lx.WEEKDAYS)
# Roles held at an organisation, never in a person ("chief executive of", "economist at").
_STAFF_ROLES = lx.words(
    """executive director manager chairman chairwoman chairperson chair economist analyst strategist
    researcher professor lecturer founder owner employee editor correspondent reporter partner
    treasurer ceo cfo"""
)
# Roles only an organisation has (a club's coach, a party's leader, a firm's chairman).
ORG_ROLES = lx.words(
    """manager coach boss captain striker midfielder defender goalkeeper player chairman
    chairwoman president executive ceo founder owner director leader chief treasurer official
    spokesman spokeswoman spokesperson"""
)
_AUX = frozenset({"had", "has"})  # "that Goh had spent": a subject
_HELD = frozenset({"employer", "shares"})  # "economist at X", "shares in X": held by a body
_BODY_ROLES = {("chief", "executive"), ("managing", "director")}
_GENERIC = lx.ORG_HEADS | lx.BODY_NOUNS | lx.GENERIC_ORG_NOUNS
# What a person's possessive name has and a place's or a body's does not.
_PERSONAL = lx.words(
    """office lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson aide aides wife
    husband family son daughter mother father brother sister widow campaign counsel supporters"""
)
ADJECTIVAL = (*lx.ADJECTIVE_SUFFIXES, "an")  # "Republican leader": a party adjective
COMMON_WORDS = lx.ORG_HEADS | lx.ROLE_NOUNS | lx.TITLE_WORDS | lx.PLACE_HEADS | lx.ORG_NOUNS
_NOT_IN_NAME = lx.ORG_HEADS | lx.TITLE_WORDS | _CALENDAR


def is_role_noun(word: str) -> bool:
    """A role noun, singular or plural ("leaders Ieng Sary")."""
    return word in lx.ROLE_NOUNS or (word.endswith("s") and word[:-1] in lx.ROLE_NOUNS)


def _adjacent(text: str, left: Token, right_start: int) -> bool:
    """Only white space between `left` (and its possessive ending) and `right_start`."""
    return not text[left.end + (2 if left.possessive else 0) : right_start].strip()


def is_verbish(word: str) -> bool:
    """A lowercase word that reads as a verb or a function word after a name."""
    verb = word in sp.VERB_FORMS or word in lx.SPEECH_VERBS or word in sp.DOCUMENT_VERBS
    return verb or word in _AFTER_NAME or word.endswith(("ed", "ing"))


def evidence(para: Para, start: int, last: int, tokens: list[Token], titled: bool) -> set[str]:
    """Evidence for the run whose name tokens are `tokens` (paragraph token indexes `start` to
    `last`, a title or honorific before them when `titled`)."""
    toks, text = para.tokens, para.text
    ev: set[str] = set()
    first, final = tokens[0], tokens[-1]
    lowered = [t.lower for t in tokens]
    common = bf.no_one_named(text, toks, start, lowered)  # a portfolio, "the Ohio Republican"
    if all(w in lx.NO_ONE_WORDS for w in lowered) or common or _COUNTY.match(text, first.start):
        return {"common"}  # "the Minister for the Environment, Climate and Communications"
    if len(tokens) == 1 and is_acronym(final.text):  # not "KARACHI:", "NURSES at the …"
        ev.add("common" if bf.common_capitals(text, final) else "acronym")
    elif is_acronym(first.text) and first.lower not in lx.NON_ORG_ACRONYMS:
        ev.add("acronym_led")  # "VOA Khmer"
    if lowered[0] in lx.EVENT_FIRST or (len(lowered) > 1 and lowered[-1] in lx.EVENT_LAST):
        ev.add("event")
    irish = lowered[0] == "an" and len(tokens) >= 3 and not all(t.text.isascii() for t in tokens)
    if irish or (lowered[0] in lx.AGENCY_FIELDS and len(tokens) >= 2):  # "An Garda Síochána";
        ev.add("org")  # "Elections Nova Scotia", "Statistics Norway": an agency by its field
    place_speaks = False
    body_of = len(tokens) > 2 and first.lower in lx.ORG_HEADS and lowered[1] == "of"  # Ministry
    placed = final.lower in lx.PLACE_HEADS and not body_of  # "of Water and Territory": a body
    place_first = len(tokens) > 1 and first.lower in lx.PLACE_FIRST  # "New York", "South Asia"
    place_first = place_first and lowered[1] not in lx.TITLE_WORDS  # not "New Democrat X"
    if placed or place_first:  # a place by its own words, not by "in"/"from" before it
        ev |= {"place", "place_word", *(["place_first"] if place_first else [])}
        follower = toks[last + 1] if last + 1 < len(toks) else None
        place_speaks = (  # "Downing Street said": a place that speaks is its office
            final.lower in lx.PLACE_HEADS
            and len(tokens) >= 2
            and follower is not None
            and _adjacent(text, final, follower.start)
            and sp.VERB_FORMS.get(follower.lower) == "finite"
        )
    in_quote = para.in_quote(first.start)
    prev = toks[start - 1] if start > 0 and _adjacent(text, toks[start - 1], first.start) else None
    prev2 = toks[start - 2] if start > 1 and prev is not None else None
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    end = final.end + (2 if final.possessive else 0)
    after = text[end : end + 160]  # what an appositive needs; never the whole paragraph
    if prev is not None and not titled:
        _before(ev, prev, prev2)
        if "role_before" in ev and len(tokens) >= 2:
            ev.discard("place")  # "journalist Lina Park": a role noun names a person
    if _NAMED_AS.search(text, max(0, first.start - 40), first.start):
        ev |= {"person", "named_as"}  # "a man who gave his name only as Abdelrahman"
    if place_speaks and "role_before" not in ev and not titled:  # not "Secretary Lena Park said"
        ev.add("org")  # not "Chief executive Lena Park told"
    stripped, ev = after.lstrip(), ev | kc.it_said(after, len(tokens) == 1 and not in_quote)
    personal = nxt is not None and nxt.lower in _PERSONAL and not ev & {"the", "the_cap"}
    if final.possessive and len(tokens) >= 2 and personal:
        ev.add("person")  # "Tom Reed's lawyers", "Ann Lee's office": what only a person has
    if final.possessive and len(tokens) == 1 and bf.public_body(toks[last + 1 : last + 3]):
        ev.add("place")  # "Zambia's electoral commission": a country's, not a firm's
    named_role = (  # "its spokeswoman, Ana Cruz, which said": "which" is not hers
        start >= 1
        and text[toks[start - 1].end : first.start].strip() == ","
        and is_role_noun(toks[start - 1].lower)
    )
    firm = start >= 1 and text[toks[start - 1].end : first.start].strip() == ","
    trade = kc.described_body(toks[start - 1], stripped, text)  # "the team, Velocor Atlântico,"
    if firm and trade and not in_quote and not pm.one_of(text, toks[start - 1]):
        ev.add("org")  # "the council's external auditors, Harwood Lyle,": no one person
    which = pm.which_back(stripped, named_role or titled, ev, (toks, start, text))  # "to the
    opening = start >= 1 and toks[start - 1].sentence_start and toks[start - 1].lower == "in"
    if opening and stripped.startswith(","):
        ev.add("place")  # "In Puerto Lara, a fisherman said": where, not who
    elif stripped.startswith(",") and not which:  # minister, X, which": the letter is which
        ev |= ab.after_name(stripped[1:].lstrip(), toks, (start, last), text, titled)
        if named_role and not in_quote and pm.holder(toks, (start, last), text):  # "Its aide, X,"
            ev |= {"role_before", "person"} | ({"holder"} if "person" not in ev else set())
    elif stripped.startswith("(") and bf.own_acronym(tokens, stripped):
        ev.add("org")  # "the West Africa Rights Monitor (WARM)": a name with its initials
    elif stripped.startswith("(") and not final.possessive and len(tokens) >= 2:
        ev.add("paren")  # "Michael Johnson (Australian Liberal Party, Division of Ryan)"
    ev |= set() if in_quote else pm.counsel_rank(after, len(tokens))  # "Richard Osei KC, …"
    past = nxt is not None and 2 <= len(tokens) <= 4 and nxt.lower in sp.IRREGULAR_PAST
    if nxt is not None and _adjacent(text, final, nxt.start) and not past:  # "Grace Moyo took"
        then = toks[last + 2] if last + 2 < len(toks) else None
        then = then if then is not None and _adjacent(text, nxt, then.start) else None
        _next_word(
            ev, (nxt, then), final, len(tokens) == 1 and first.sentence_start, len(tokens) == 1
        )
        if prev is not None and prev.possessive:
            ev.discard("org_role")  # "Amnesty International's Nigeria director": a desk
    adjacent = nxt if nxt is not None and _adjacent(text, final, nxt.start) else None
    if final.possessive and nxt is not None and nxt.capitalised and nxt.lower in lx.STATE_BODIES:
        ev.add("place")  # "Sri Lanka's Parliament", "Kenya's High Court": a country's body
        ev.add("place_word")
    if len(tokens) == 1 and final.lower in lx.LEGISLATURES and not in_quote and "the_cap" not in ev:
        ev -= set() if "place_word" in ev else {"place"}  # "speaking in Parliament": a house
        ev.add("org")  # "Parliament on Tuesday approved", "told Congress"
    ev |= ol.outlet(tokens, prev, prev2) if prev is not None and not in_quote else set()
    if "the_cap" in ev and len(tokens) == 1 and _proper_the(final, adjacent):
        ev.add("org")  # "The Kremlin dismissed …": a proper name with "the" that acts
    if _the_body(ev, tokens, lowered, stripped, adjacent):
        ev.add("org")  # "The Revolutionary Guards, however, dismissed", "the Red Cross said"
    if bf.described_before(text, toks, start):
        ev.add("org")  # "A local observer network, Red Ciudadana de Observación Electoral,"
    if para.number == 1 and (first.start, final.end) == dateline_agency(text):
        return {"org"}  # "ACCRA, March 14 (Reuters) -": the agency that filed the story
    if bf.one_body(tokens) and not in_quote:
        ev.add("org")
    if "acronym_led" in ev and not ev & {"modifier", "before_role", "role_before"} and not titled:
        ev.add("org")  # not "Chief Election Commissioner AKM Nazmul Hasan": a person
    if (
        not in_quote
        and 2 <= len(tokens) <= 4
        and not titled
        and not ev & {"modifier", "before_role", "event", "place", "common"}
        and (
            prev is None
            or (prev.lower not in _NOT_BEFORE_NAME and not prev.capitalised)
            or (prev.possessive and lowered[-1] not in _WORKS)  # "Al Jazeera's Youssef X"
            or (prev.sentence_start and prev.lower in lx.LINKING)  # "But Tania Morrow, head of"
        )
        and _NOT_IN_NAME.isdisjoint(lowered)
        and (not first.sentence_start or _opens_clause(stripped, nxt, len(tokens), final))
        and all(len(t.text) > 1 or t is not final for t in tokens)
    ):
        ev.add("name")
    if titled and len(tokens) >= 2:
        ev -= {"place", "place_word"}  # "Labor MP Sarah Lane", "Foreign Minister Park Ji-hoon"
    return ev


def _before(ev: set[str], prev: Token, prev2: Token | None) -> None:
    low = prev.lower
    if bf.PLACE_BASED.match(prev.text):
        ev.add("org")  # "Shenzhen-based Huaxin Intelligent Computing", "Lusaka-based X"
        return
    if prev.capitalised and prev.text != "NGO":  # "environmental NGO ClearWatt": an org noun
        if low == "the" and not prev.sentence_start:
            ev.add("org")  # "The Pentagon" mid-sentence: part of the name
        elif low == "the":
            ev.add("the_cap")
        return
    if prev.possessive:
        return  # "the party's Sindh provincial chief": what the party has, not its name
    if low in lx.VESSEL_NOUNS:
        ev.add("common")  # "the trawler Kestrel Dawn", "the tanker Sea Falcon": a ship
        return
    if low in {"in", "of"} and prev2 is not None and prev2.lower == "shares":
        ev.add("shares")  # "Shares in Vantel fell": only a company has shares, not a place
    elif low in lx.PLACE_PREPOSITIONS or (
        low == "of" and prev2 is not None and prev2.lower in lx.PLACE_OF_NOUNS
    ):
        ev.add("place")
    elif low == "the":
        ev.add("the")
    elif low in {"at", "of", "for", "by", "with", "to", "into"}:
        ev.add("prep")
        if low in {"at", "of"} and prev2 is not None and prev2.lower in _STAFF_ROLES:
            ev.add("employer")  # "chief executive of Ol Karia", "economist at Halden Capital"
    elif low in lx.ORG_NOUNS:
        ev.add("org")
        ev.add("org_noun")  # "steel company Arcelor"; but "whose party Ann Lee described"
    elif is_role_noun(low) or is_role_noun(low.removeprefix("then-").removeprefix("ex-")):
        shared = low in lx.SHARED_ROLES  # "rival Thornbury Aggregates": a firm's role too
        ev |= {"role_before", "shared_role" if shared else "person"}  # "then-minister X"
    elif low in lx.SPEECH_VERBS:
        ev.add("speech")


_COUNTY = re.compile(r"Co [A-Z]\w+\b(?! [A-Z])|(?:(?:Division|Full|Constitution) )?Bench\b")
# "north Co Dublin": a county, no firm; "A Division Bench", "the Bench": a court's judges
_WORKS = lx.words("law report programme program show podcast")  # "Germany's Basic Law"
_NAMED_AS = re.compile(r"\b(?:(?:his|her) (?:first )?name|identified)(?: only)?(?: as|,) $")


def _next_word(
    ev: set[str],
    words: tuple[Token, Token | None],
    final: Token,
    lone_opener: bool,
    lone_word: bool,
) -> None:
    """`words`: the word after the name and the one after (None past a comma); `lone_opener`:
    one word opening its sentence ("Union leader X"), whose capital says nothing; `lone_word`."""
    nxt, then = words
    low = nxt.lower
    if final.possessive:
        if nxt.capitalised and not nxt.sentence_start:
            ev.add("affiliate")
        elif then is not None and then.lower in lx.SPOKESPEOPLE and not is_role_noun(low):
            ev.add("org_role")  # "Sinn Féin's housing spokeswoman": a party's portfolio
        elif low == "board" or (then is not None and (low, then.lower) in _BODY_ROLES):
            ev.add("org")  # "Ofwat’s chief executive": no person has one
        return
    adjectival = final.lower.endswith(ADJECTIVAL)
    if bf.members(nxt):
        if not lone_opener and not adjectival:
            ev.add("org")  # "Hamas fighters", "Labour MPs": only a body has members
        return
    if low in lx.SPEECH_VERBS or sp.VERB_FORMS.get(low) == "finite":
        ev.add("speech")
        if then is not None and then.lower == "its" and lone_word and low in _SAID:
            ev.add("its")  # "Oxfam said its teams": a person has no "its"
    elif nxt.capitalised:
        return
    elif (low.endswith("ed") or low in sp.IRREGULAR_PAST) and len(low) > 3 or low in _AUX:
        ev.add("acts")  # "Wang rejected the criticism": a subject, maybe a known family name
    elif (
        then is not None
        and then.lower in ORG_ROLES
        and not lone_opener
        and not adjectival
        and (not is_verbish(low) or kc.portfolio(low, then.lower))
        and low not in lx.ROLE_NOUNS
    ):
        ev.add("org_role")  # "Scottish Labour transport spokesperson"
        ev.add("before_role")
    elif low in lx.LOWER_ORG_HEADS:
        ev.add("org_head")
    elif bf.described_body(nxt, then) and not lone_opener and not adjectival:
        ev.add("org")  # "The Silent Voices victims' group", "the Justice Now campaign group"
    elif low in lx.ORG_NOUNS and low not in lx.ROLE_NOUNS and low not in lx.PLACE_HEADS:
        if not lone_word or is_acronym(final.text):
            ev.add("org")  # "the IG Metall union", "the GMB union" (not "the French newspaper")
    elif low in lx.PLACE_NOUNS:
        ev |= {"place", "place_word"}
    elif (
        low in ORG_ROLES
        and not adjectival
        and not lone_opener
        and not (lone_word and final.lower in _GENERIC)  # "a Government official"
    ):
        ev.add("org_role")  # "Porto Azul coach", "Labour leader": people have no coach
        ev.add("before_role")
    elif is_role_noun(low):
        ev.add("before_role")  # "Ieng Sary attorney": says nothing
    elif not is_verbish(low) and low not in lx.PREDICATIVE:
        ev.add("modifier")  # not "found Ann Lee guilty"


def _proper_the(word: Token, nxt: Token | None) -> bool:
    """Is "The <word>" opening a sentence a proper name, acting as its subject? Not when
    the word is a common noun we know ("The Government said")."""
    return (
        nxt is not None
        and not nxt.capitalised
        and is_verbish(nxt.lower)
        and nxt.lower not in _AFTER_NAME - {"said", "says", "told"}
        and word.lower not in COMMON_WORDS
        and not word.lower.endswith(("s", *ADJECTIVAL, "ard", "i"))  # "The Spaniard said"
    )


_SAID = lx.words("said says added announced stated")
_ASIDE = re.compile(r",\s+(?:however|though|meanwhile|too|in turn|for (?:its|their) part),\s+(\w+)")


def _the_body(
    ev: set[str], tokens: list[Token], lowered: list[str], after: str, nxt: Token | None
) -> bool:
    """Is "the" + two to four capitalised words a body acting as a subject: a reporting
    verb right after it ("the Red Cross said"), or, opening the sentence, any past verb,
    also after a short aside ("The Revolutionary Guards, however, dismissed …")? Not a
    country ("The United States said": no speaker), a title or a place."""
    if not ev & {"the", "the_cap"} or not 2 <= len(tokens) <= 4:
        return False
    if ev & {"place", "common", "event", "modifier"} or not lx.COUNTRY_WORDS.isdisjoint(lowered):
        return False
    if not _NOT_IN_NAME.isdisjoint(lowered) or any(t.possessive for t in tokens[:-1]):
        return False
    aside = _ASIDE.match(after)
    verb = aside.group(1).casefold() if aside else (nxt.lower if nxt is not None else "")
    if verb in lx.SPEECH_VERBS or sp.VERB_FORMS.get(verb) == "finite":
        return True
    past = verb in sp.IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 3)
    return "the_cap" in ev and past


def _opens_clause(after: str, nxt: Token | None, words: int, final: Token) -> bool:
    """A sentence-initial run is a name when a verb, a comma or a bracket follows it, or,
    for a run of two or three words, an irregular past ("Maria Costa took office") or, after
    its possessive, what only a person has ("Joan Mercer's office said")."""
    if after.startswith((",", "(")):
        return True
    if nxt is None or nxt.capitalised:
        return False
    if final.possessive:
        return words <= 3 and nxt.lower in _PERSONAL
    return is_verbish(nxt.lower) or (words <= 3 and nxt.lower in sp.IRREGULAR_PAST)


def kind(ev: set[str], full: set[str]) -> Kind | None:
    """The kind the pooled evidence `ev` of an entity's mentions gives; `full` is the part of
    it that mentions of two or more words gave ("Madzore" after "for" says little)."""
    if ev & {"common", "event"} or ev == {"venue"}:
        return None  # also a building only ever named as where ("died at X Hospital")
    if "aged" in ev and not ev & {"org_head", "acronym"}:
        return "person"  # "property developer Darren Frost, 58,": not the developer firm
    if "org" in ev or "org_head" in ev:
        return "organisation"
    if "org_role" in ev and not ev & {"person", "title", "honorific", "place"}:
        return "organisation"
    appos = "role_appos" in full and not ev & {"place_first", "acronym"}  # "X Park, an analyst"
    named = full & {"person", "shared_role"} and "place_word" not in full  # "Minister Park …"
    titled = full & {"title", "honorific"} or appos or named  # not "Cárdenas territory"
    if (
        "place" in ev
        and not titled
        and ("place_word" in ev or not ev & {"person", "title", "honorific"})
    ):
        return None  # "from Omar Haddad, who …", "from Tom Reed's lawyers": a person
    if "acronym" in ev:
        return "organisation"
    if "listener" in ev and not ev & {"person", "title", "honorific", "name"}:
        return "organisation"
    if ev & {"person", "title", "honorific"}:
        return "person"
    if ("its" in ev and not ev & {"name", "paren", "the", "the_cap"}) or ev & _HELD:
        return "organisation"
    placed = ("speech" in ev and not full & {"the", "the_cap", "modifier", "prep"}) or (
        ev & {"name", "paren", "shared_role"} and not full & {"the", "the_cap", "modifier"}
    )
    body = "body_words" in ev or "it_said" in full  # "Northgate Aggregates said it would"
    return ("organisation" if body else "person") if placed else None  # only where it stands,
    # or "rival", says a person, unless its words (`name_kinds`) or an "it" after say a body
