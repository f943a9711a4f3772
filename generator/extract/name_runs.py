"""Capitalised runs of words that may name a person or an organisation, for `names`.

`find_runs(paras)` → `Run`s: capitalised runs (joined by "of", "and", "the" … inside names of
bodies and titles, initials "George W. Bush", a slash "Idiot/Savant", a party's possessive
"Cambodian People's Party", "on" in "Committee on Finance"), split into a title ("British
Prime Minister"), an honorific and the name, with the evidence (`name_evidence`) of its words.
Pure, never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.extract import body_forms as bf
from generator.extract import joined_bodies as jb
from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract import name_joins as nj
from generator.extract import name_titles as nt
from generator.extract import named_apart as na
from generator.extract import spelled_offices as so
from generator.extract import untitled_bodies as ub
from generator.extract import word_fronted as wf
from generator.extract.document import Para
from generator.extract.name_titles import after_link, honorific_first, tan_sri, title_end
from generator.extract.named_things import thing_marks
from generator.extract.quotemarks import nobodys_name
from generator.extract.role_objects import role_object
from generator.extract.sentences import Token
from generator.extract.title_fronts import body_before_title, portfolio_after_title
from generator.extract.title_holders import alone_names, title_holder
from generator.extract.title_links import apposed as name_apposed
from generator.extract.title_links import person_after, title_link

_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])")
_ORG_TYPES = lx.ORG_NOUNS - lx.ORG_HEADS  # "Carmaker Nordvik Motors", not "Movement for …"


@dataclass
class Run:
    para: int
    tokens: list[Token]
    title: list[Token]
    honorific: str
    index: int  # index of the first name token in the paragraph's tokens
    last: int  # index of the last name token
    text: str  # the name as written ("George W. Bush")
    evidence: set[str] = field(default_factory=set)
    after: str = ""  # the text right after the name, for "(TVNZ)", " for NSW"
    of_next: bool = False  # " of " follows the name ("Arndt Ellinghorst of Credit Suisse")
    gap: str = ""  # the text between the previous run and this one
    sentence: int = 0  # how many sentence ends come before it in its paragraph
    lead: str = ""  # up to 60 characters of text before the name
    start: int = 0  # where the name starts in the paragraph ("8th U.S. …": at the numeral)

    def bracketed_after(self, other: Run) -> bool:
        """This run is an abbreviation in brackets right after `other`, or the name `other`
        is "known as" ("the National Penitentiary Service, known by its Spanish initials as
        SENAPE")."""
        if other.para != self.para:
            return False
        if self.gap == " (" and self.after.startswith(")"):
            return True
        if self.lead.endswith(", or ") and self.after[:1] in {",", ")"} and self.text.isupper():
            return self.tokens[0].start - other.tokens[-1].end == 5  # "…States, or ECOWAS,"
        known = KNOWN_AS.search(self.lead)
        if known is None:
            return False
        comma = self.tokens[0].start - len(self.lead) + known.start()  # where ", known" is
        return 0 <= comma - other.tokens[-1].end <= 1


KNOWN_AS = re.compile(r",\s(?:also )?known (?:[\w’' ]{0,40} )?(?:as|initials|acronym) (?:the )?$")
# What a title's possessive heads in a body's name ("the Prosecutor General's Office", "Bolton
# Coroner's Court", "the Sheriff's Department", "the Auditor General's Department").
_TITLED_SEATS = frozenset({"Office", "Chambers", "Court", "Department"})
_DOTTED = lx.HONORIFICS | lx.RANK_ABBREVIATIONS | lx.TITLE_ABBREVIATIONS | {"ma"}  # "Gov.", "Ma."


def _joined(text: str, prev: Token, tok: Token, alone: bool = False) -> bool:
    """Do `prev` and `tok` belong to one capitalised run? `alone`: `prev` opens the run."""
    if prev.possessive:  # "Cambodian People's Party", "the People's Unity Alliance"
        bare = text[prev.end : tok.start].strip() in {"'", "’"}  # "Tenants'", not "Ruiz's"
        plural = bare and prev.capitalised and prev.text.endswith("s")  # not "Economics'"
        plural = plural and prev.lower not in lx.ORG_HEADS and not prev.lower.endswith("ics")
        group = (prev.capitalised and prev.lower in lx.NAME_POSSESSORS and alone) or (
            plural and not alone and tok.capitalised  # "Irish Tenants' Voice"
        )
        if prev.lower in lx.NAME_GROUPS or group:  # "Citizens' Election Watch"
            return tok.capitalised  # not "the United Nations' World Food Programme"
        if prev.lower in {"king", "queen", "majesty"} and prev.capitalised:
            return tok.capitalised  # "the Court of King's Bench", "His Majesty's Inspectorate"
        if prev.capitalised and prev.lower in lx.TITLE_WORDS and tok.text in _TITLED_SEATS:
            return True  # "the Ombudsman's Office", "Lilongwe Magistrate's Court"
        plural = prev.text.endswith("s") and prev.lower not in lx.NAME_POSSESSORS
        if plural and tok.capitalised and tok.lower in lx.ORG_HEADS:
            return True  # "the IBC Athletes' Committee", "the Dock Workers' Union"
        return prev.lower in lx.NAME_POSSESSORS and tok.capitalised and tok.lower in lx.ORG_HEADS
    gap = text[prev.end : tok.start]
    if not gap.strip():
        return True
    if gap == ", " and not prev.possessive and jb.listed_body(text, tok.start):
        return True  # "parliament's Oil, Gas and Natural Resources Committee": one name
    if gap in {"/", " & "} or (gap == "&" and prev.text.isupper() and tok.text.isupper()):
        return True  # "Idiot/Savant", "Magnitogorsk Iron & Steel Works", "P&I" (not "B&Bs")
    if nj.numbered(prev, gap):
        return True  # "Union No. 1 of Quebrada Honda Workers": the number inside a name
    if jb.firm_after_co(text, prev, tok) or jb.legal_form_bracket(text, prev, tok):
        return True  # "Tumwine & Co. Advocates", "Mekong Energy Co., Ltd."
    if gap.rstrip() != ".":
        return False
    ended = tok.sentence_start and prev.lower in lx.SHORT_TITLES  # "Judge Tomas Barr. Lawyers"
    dotted = prev.lower in _DOTTED and not ended  # "Mr.", "Col."
    return _INITIALS.match(prev.text) is not None or dotted  # "W."


def _nickname(text: str, toks: tuple[Token, ...], i: int) -> bool:
    """Is token `i` one capitalised word in quotation marks between two capitalised words?"""
    if not 0 < i < len(toks) - 1 or not (toks[i - 1].capitalised and toks[i].capitalised):
        return False
    opened = text[toks[i - 1].end : toks[i].start] in {" “", ' "', " ‘", " '"}
    closed = text[toks[i].end : toks[i + 1].start] in {"” ", '" ', "’ ", "' "}
    return opened and closed and toks[i + 1].capitalised


def _for_a(toks: tuple[Token, ...], current: list[int], i: int) -> bool:
    """ "a" after "for" inside a name, before a capitalised word ("Campaign for a Fair Vote")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        toks[i].lower == "a" and toks[current[-1]].lower == "for" and bool(nxt and nxt.capitalised)
    )


def _raw_runs(para: Para) -> list[list[int]]:
    toks, text = para.tokens, para.text
    runs: list[list[int]] = []
    current: list[int] = []
    for i, tok in enumerate(toks):
        if not current and not tok.capitalised:  # most words: no run is open, none opens
            continue
        alone = len(current) == 1 or (  # "Banda of the Citizens' Democratic Party"
            len(current) > 1 and toks[current[-2]].lower in lx.CONNECTORS
        )
        if current and _nickname(text, toks, i):
            continue  # "Teodoro “Teddy” Salcedo": a nickname is no part of the name
        nick = bool(current) and current[-1] == i - 2 and _nickname(text, toks, i - 1)
        joined = bool(current) and (nick or _joined(text, toks[current[-1]], tok, alone))
        if not joined and current and toks[i - 1].possessive and i == current[-1] + 1:
            whole = len(current) > 1 and toks[i - 1].lower in lx.ORG_HEADS  # "United Nations'"
            joined = len(current) <= 3 and not whole and bf.group_possessive(toks, i - 1)
            saint = len(current) == 2 and toks[current[0]].lower in {"st", "saint", "ste"}
            joined = joined or (saint and tok.capitalised)  # "St Fintan's University Hospital"
            # "Voters' Rights Watch", "Screen Producers' Guild of New Zealand"
        if tok.capitalised and not (tok.sentence_start and current == []):
            if current and not joined:
                runs.append(current)
                current = []
            current += [i - 1, i] if not current and nj.ordinal_first(text, toks, i) else [i]
        elif tok.capitalised:  # sentence start: a run begins here
            if current:
                runs.append(current)
            current = [i]
        elif (
            joined
            and (
                tok.lower in lx.CONNECTORS or tok.text in nj.NAME_LINKS or _for_a(toks, current, i)
            )
            and not toks[current[-1]].possessive
        ):
            if tok.lower == "the" and toks[current[-1]].lower not in lx.CONNECTORS:
                runs.append(current)  # "told VOA the Supreme Court had": two names
                current = []
                continue
            current.append(i)
        elif current and tok.lower == "and" and bf.possessives_joined(toks, current[-1], i):
            current.append(i)  # "the Farmers' and Fishers' Party"
        elif current and nj.continues_name(text, toks, current, i):
            current.append(i)  # "Committee on Finance", "1st Circuit", "Co-operation in Europe"
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return nj.join_portfolios(text, toks, [nj.trim(toks, r) for r in runs if r])


_NONE: frozenset[tuple[str, ...]] = frozenset()
_PLACED_HEADS = lx.ORG_HEADS | lx.PLACE_HEADS | lx.words("state province county region area")


def _make_run(
    para: Para, run: list[int], described: bool = False, bodies: frozenset[tuple[str, ...]] = _NONE
) -> Run | None:
    """`described`: an appositive says the run is one body's name (`nj.described_body`);
    `bodies`: the words of the runs the document's grammar shows to be bodies' names."""
    toks = para.tokens
    words = [toks[i] for i in run]
    if not words:  # "AL o tE": a split left nothing
        return None
    if described:
        return _new_run(para, words, [], "", run[0], run[-1], {"org"})
    trade = words[0].lower.endswith(lx.TRADES) and words[0].lower not in lx.TITLE_WORDS
    after = para.text[words[-1].end : words[-1].end + 6]  # "Commissioners Ray Hollins and …"
    shared = len(words) >= 3 and nt.plural_title(words, after)
    if len(words) >= 3 and ((words[0].sentence_start and trade) or shared):
        words, run = words[1:], run[1:]  # "Airframer Halvorsen Aero says": a trade, not a name
        # (not "Lawmaker X Y", a title); a role two people share, a person's but no title
    based = [k for k, w in enumerate(words[:-1]) if nj.placed(w)]
    if based:  # "The New York-based Global Press Freedom Committee": where it is, not its name
        words, run = words[based[-1] + 1 :], run[based[-1] + 1 :]
    chambers = len(words) >= 2 and words[-2].possessive and words[-1].text == "Chambers"  # "the
    cause = bf.advocacy([w.lower for w in words])  # "Zimbabwe Lawyers for Justice"
    heads = [w for w in words if w.lower in lx.ORG_HEADS or chambers or cause]  # Attorney General's
    office_of = len(words) > 2 and words[0].lower in lx.ORG_HEADS and words[1].lower == "of"
    titled = any(  # "Department of Justice", "Office of Inspector General": no title after "of"
        w.lower in lx.TITLE_WORDS
        and not after_link(words, j)  # also "Department of the Auditor General"
        and not (j > 1 and words[j - 1].lower in lx.TITLE_WORDS and after_link(words, j - 1))
        and (not office_of or person_after(words, j))  # but "Court of King's Bench Justice X Y"
        and not (w.possessive and j + 1 < len(words) and words[j + 1].lower in lx.ORG_HEADS)
        for j, w in enumerate(words)  # "Prosecutor's Office of X": the body's name
    )
    district = len(words) >= 2 and words[-1].lower == "district" and words[-2].lower in lx.ORG_HEADS
    placed = (  # "Harlan Ridge School District", "Ministry of Water and Territory": a body
        words[-1].lower in lx.PLACE_HEADS and not district and not office_of
    )
    at = 2 if len(words) > 3 and words[0].lower in lx.ROLE_MODIFIERS else 1  # "(Deputy) Minister
    portfolio = titled and len(words) > 2 and words[at].lower in {"for", "of"}  # for Media": a
    group = nt.plural_group(words[-1])  # no one's name: the title's body
    if (
        heads
        and len(words) >= 2
        and not placed
        and (not titled or words[-1] in heads or group)
        and (group or not (portfolio and words[at - 1].lower in lx.TITLE_WORDS))  # a title
    ):  # "Attorney General's Chambers"
        if len(words) >= 3 and words[0].sentence_start and words[0].lower in _ORG_TYPES:
            words, run = words[1:], run[1:]  # "Carmaker Nordvik Motors"
        link = next((j for j in range(1, len(words) - 2) if title_link(words, j)), -1)
        k = link + 1 + (words[link + 1].lower == "the")  # "Publicity Secretary of the Peoples
        k = 0 if link < 0 or office_of else k  # Democratic Party": the party, not its officer
        return _new_run(para, words[k:], [], "", run[k], run[-1], {"org"})
    before = toks[run[0] - 1] if run[0] > 0 else None
    end = title_end(words, before is not None and ne.is_role_noun(before.lower))
    known = tuple(w.text for w in words) in bodies  # named so elsewhere in the document
    if end == 0 and (known or ub.names_body(para, run[0], words)):  # "Coach Operators Europe,"
        return _new_run(para, words, [], "", run[0], run[-1], {"org"})
    lead = next((k for k, w in enumerate(words) if w.lower not in lx.ROLE_MODIFIERS), 0)
    if 0 < lead < len(words) - 2 and end < lead and words[lead].lower.rstrip(".") in lx.HONORIFICS:
        end = lead  # "Associate Professor Jane Lim": a title, not an honorific
    title = words[: end + 1]
    rest = list(range(end + 1, len(words)))
    honorific = ""
    inner = [p for p, j in enumerate(rest[1:-2], 1) if words[j].lower.rstrip(".") in lx.HONORIFICS]
    rest = rest[inner[0] :] if title and inner else rest  # "Medical Officer Western Dr X Y"
    while rest and (honorific_first(words, rest) or tan_sri(words, rest)):
        honorific = honorific or words[rest[0]].lower.rstrip(".")  # also "Datuk Seri X"
        rest = rest[1 + tan_sri(words, rest) :]
    if not rest:  # "Intelligence Committee Chairman": the organisation the title belongs to
        first_title = next((j for j, w in enumerate(words) if w.lower in lx.TITLE_WORDS), 0)
        whole = words[-1].lower == "executive" or any(w.lower == "of" for w in words[1:-1])
        executive = first_title == len(words) - 1 >= 1 and whole  # "the Health Service
        org = words[: first_title + executive]  # Executive", "Office of Consumer Advocate"
        org = org if executive else body_before_title(org, words[first_title])
        if len(org) >= 2 and (executive or any(w.lower in lx.ORG_HEADS for w in org)):
            return _new_run(para, org, [], "", run[0], run[len(org) - 1], {"org"})
        spelled = so.spelled(para, words)  # "the Auditor-General of South Africa (AGSA)"
        return _new_run(para, words, [], "", run[0], run[-1], {"org"}) if spelled else None
    link = max((j for j, w in enumerate(title) if w.lower in {"for", "of"}), default=-1)
    apposed = link >= 0 and name_apposed(para, run[-1])  # "Counsel for X Y Z, Sarah Whiteley,"
    body = bf.titled_body(words, rest) if title else -1  # "General Directorate of Prisons"
    if body >= 0 and not apposed:
        return _new_run(para, words[body:], [], "", run[body], run[-1], {"org"})
    if link >= 0 and (words[-1].lower in lx.ORG_HEADS or apposed):  # "Counsel
        # for Cork County Council", "Counsel for Coastal Guardians Aotearoa, Sarah Whiteley,":
        return _new_run(para, words[link + 1 :], [], "", run[link + 1], run[-1], {"org"})  # it
    name = [words[j] for j in rest]
    if title and any(w.lower == "of" for w in name) and name[-1].lower in _PLACED_HEADS:
        return None  # "Chairman of X Local Government Area of Kano State": a place, no one
    evidence = ({"title"} if title else set()) | ({"honorific"} if honorific else set())
    evidence |= {"person"} if shared else set()
    return _new_run(para, name, title, honorific, run[rest[0]], run[rest[-1]], evidence)


def _new_run(
    para: Para,
    name: list[Token],
    title: list[Token],
    honorific: str,
    index: int,
    last: int,
    evidence: set[str],
) -> Run:
    end = nj.number_end(para.text, name, evidence)  # "BBC Radio 4", "… Local 2211"
    if end > name[-1].end and name[-1].lower in nj.UNION_UNITS:
        evidence = evidence | {"org"}  # "Transport Workers Local 412": a union's, no one's
    start = nj.name_start(para.text, name[0])  # "8th U.S. Circuit": at the numeral
    run = Run(para.number, name, title, honorific, index, last, para.text[start:end], evidence)
    run.start, run.after = start, para.text[name[-1].end : name[-1].end + 8]
    run.of_next = para.text.startswith(" of ", end) and last + 2 < len(para.tokens)
    run.sentence = len(_SENTENCE_END.findall(para.text, 0, name[0].start))
    if index > 0:
        before = para.tokens[index - 1]
        run.gap = para.text[before.end : (title[0] if title else name[0]).start]
    run.lead = para.text[max(0, name[0].start - 60) : name[0].start]
    return run


def _coordinated(para: Para, parts: list[Run]) -> None:
    """ "Deutsche Bank and Goldman Sachs": one organisation among names joined in a run makes
    the others organisations (unless something says person); not "X of (the) Y"."""
    before = [[t.lower for t in para.tokens[max(0, p.index - 2) : p.index]] for p in parts]
    if any(b[-1:] == ["of"] or b == ["of", "the"] for b in before[1:]):
        return  # "Hanne Lindqvist of Methane Watch Europe", "X of the Rights Center"
    if len(parts) > 1 and any("org" in p.evidence for p in parts):
        for run in parts:
            if not run.evidence & {"person", "title", "honorific", "place"}:
                run.evidence.add("org")


def _title_organisation(para: Para, run: Run) -> Run | None:
    """ "European Commission President Ursula von der Leyen": the organisation in a title."""
    words = run.title  # not "King" in "Court of King's Bench Justice X": after "of"
    first = next(
        (j for j, w in enumerate(words) if w.lower in lx.TITLE_WORDS and not after_link(words, j)),
        len(words),
    )
    while first > 0 and words[first - 1].lower in {"vice", "deputy", "acting", "executive"}:
        first -= 1  # "European Commission Vice President X": "Vice" is the title's
    org = words[:first]
    if len(org) < 2 or not any(w.lower in lx.ORG_HEADS for w in org):
        return None
    org = body_before_title(org, words[first] if first < len(words) else None)
    if not org:  # "Czech Industry Minister X", "Local Government Minister X": a portfolio
        return None
    index = next(i for i, t in enumerate(para.tokens) if t.start == org[0].start)
    return _new_run(para, org, [], "", index, index + len(org) - 1, {"org"})


_KIND_HEADS = frozenset({"party", "movement"})
_PERSONAL = frozenset({"person", "name", "title", "honorific"})


def _extend_org_head(para: Para, run: Run) -> None:
    """ "the Khmer Rouge tribunal": the lowercase head is part of the organisation's name;
    "the Civic Renewal party" names the party "Civic Renewal" (the kind is no part of it)."""
    if "org_head" not in run.evidence or "org" in run.evidence:
        return
    head = para.tokens[run.last + 1]
    run.tokens = [*run.tokens, head]
    run.last += 1
    if head.lower not in _KIND_HEADS:  # the mention holds the kind, the name does not
        run.text = para.text[run.tokens[0].start : head.end]


def find_runs(paras: tuple[Para, ...]) -> list[Run]:
    """Every capitalised run of every paragraph that may name someone, with its evidence."""
    runs: list[Run] = []
    raws = [[r for r in _raw_runs(para) if r] for para in paras]  # not those trimmed to nothing
    alone, written = alone_names(paras, raws), na.whole_names(paras, raws)  # "Lodhi said"
    bodies = ub.body_names(paras, raws)  # "Patient Voice Westmark, which …"
    common = frozenset(t.lower for p in paras for t in p.tokens if not t.capitalised)
    for para, para_raws in zip(paras, raws, strict=True):
        wholes: list[tuple[list[int], list[int]]] = []
        for raw in para_raws:
            front, held = title_holder(para, raw, alone)  # "… in the Senate Kamran Lodhi"
            wholes += [(front, []), (held, held)] if held else [(raw, role_object(para, raw))]
        for raw, named in wholes:
            parts: list[Run] = []
            whole = named or raw
            body = nj.described_body(para, whole)  # "Transport for the Pennines, the body"
            body = body or wf.word_fronted(para.tokens, whole, alone)  # "Doctors for a …"
            for part in [whole] if body else na.cut(para.tokens, whole, written, common, alone):
                run = _make_run(para, part, body, bodies)
                if run is not None and not nobodys_name(
                    para.text, para.quotes, run.tokens[0].start, run.tokens[-1].end
                ):
                    titled = bool(run.title or run.honorific)
                    run.evidence |= ne.evidence(para, run.index, run.last, run.tokens, titled)
                    if run.evidence == {"common"} and run.text.casefold() in lx.MEMBERS:
                        continue  # "The Republican added": a member described, no party's name
                    marks = None if titled else thing_marks(para, run.tokens, run.evidence)
                    run.evidence = marks or run.evidence  # "by 1030 GMT", "died at X Hospital"
                    if not run.evidence & _PERSONAL and portfolio_after_title(
                        para.tokens, run.tokens, run.index
                    ):
                        continue  # "the Minister of Local Government": no body's name
                    if named:
                        run.evidence.add("person")
                    _extend_org_head(para, run)
                    parts.append(run)
                    org = _title_organisation(para, run)
                    if org is not None:
                        runs.append(org)
            _coordinated(para, parts)
            runs += parts
    return runs
