"""Roles and affiliations the text gives a person, each with its span.

`find_roles(paras, names)` → tuple of `Role`, for person mentions only (role phrases are
read by `generator.extract.role_phrases`):
- a title in the name's run, with its modifiers: "British Prime Minister Keir Starmer";
- a role phrase right before the name: "Indian steel magnate Laxminivas Mittal", "Prime
  minister of Finland Matti Vanhanen"; a lowercase one the name splits is joined with what
  follows the name: "reporter Patience Rusere of VOA's Studio 7" → "reporter of VOA's
  Studio 7" (a capitalised title keeps apart: "Detective Inspector Sam Reid of the Met",
  but a seat's does not: "Judge Ana Lee of the High Court"; see `role_tails`);
- an appositive after the name, an age skipped: "Bun Eath, a 27-year-old farmer,", "Bill
  Ralston, head of news and current affairs for TVNZ,"; "Oliver Grant as interim chief";
- an appositive before it: "the prime minister’s new chief of staff, Morgan McSweeney";
  a longer one from its own determiner or possessor (`fronted_roles`): "The Executive
  Director of the Centre for Electoral Integrity, X,", "Pennine Water’s chief executive, X,";
- a predicate: "Hayden was head of the NSA", "he served as intelligence chief at Osan Air
  Base", "Goss resigned as director of the agency", "his position as a school governor"
  (a pronoun's person must be the only one in view; then "low");
- an affiliation: "Al Jazeera’s Jonah Hull", "Sam Reid of the Metropolitan Police",
  "Michael Johnson (Australian Liberal Party, …)".
A phrase counts only with a role noun (`lexicon.ROLE_NOUNS`) at its head. Never raises.
"""

from __future__ import annotations

import re

from generator.extract import fronted_roles as fr
from generator.extract import lexicon as lx
from generator.extract import role_phrases as rp
from generator.extract import role_tails as rt
from generator.extract import speech as sp
from generator.extract.document import Para
from generator.extract.names import NameMention, NameResult
from generator.extract.role_tails import index as _index
from generator.extract.sentences import Token
from generator.extract.types import Confidence, Role, Span

_OBJECT_PREPOSITIONS = lx.words("of for to at with by from")

# Words after a person that state a role: "Hayden was head of …", "Goss resigned as …".
_PREDICATES = tuple(
    tuple(w.split())
    for w in (
        "was", "is", "became", "becomes", "remains", "remained", "served as", "serves as",
        "resigned as", "worked as", "works as", "position as", "job as", "role as", "post as",
        "was named", "was appointed", "was elected",
        "took over as", "takes over as", "stepped down as", "steps down as", "retired as",
        "was sworn in as", "was hired as",
    )
)  # fmt: skip


_PREDICATE_STARTS = frozenset(words[0] for words in _PREDICATES)


def _role(m: NameMention, para: Para, span: tuple[int, int], conf: Confidence = "high") -> Role:
    start, end = span
    words = para.text[start:end].split()
    if len(words) > 1 and words[-1].rstrip(".").casefold() in lx.RANK_ABBREVIATIONS:
        end = start + len(para.text[start:end].rsplit(" ", 1)[0])  # "Junta spokesman Col."
        # a rank's abbreviation closing a role before a name is the name's title
    last = para.text[start:end].rsplit(" ", 1)[-1].casefold()
    if para.text[end : end + 1] == "." and last in _DOTTED:
        end += 1  # "Gov. Laura Castellanos": the role is "Gov.", not "Gov"
    pronoun = _ITS.match(para.text, start, end)
    if pronoun is not None:  # "Its chief executive, Mark Whitcombe": "its" names no one
        start = pronoun.end()
    basis = "" if conf == "high" else "a pronoun refers to this person"
    return Role(m.key, para.text[start:end], Span(para.number, start, end), conf, basis=basis)


# An organisation's pronoun before a role: on a who's-who page "Its chief executive" would
# point at nothing, so the role is "chief executive" (the sentence shows whose).
_DOTTED = lx.HONORIFICS | lx.RANK_ABBREVIATIONS | lx.TITLE_ABBREVIATIONS  # "Gov.", "Col."
_CLOSING_MARKS = ('"', "”", "’", "'")
_ITS = re.compile(r"(?:its|their)\s+(?=\w)", re.IGNORECASE)


def _before(para: Para, m: NameMention) -> list[Role]:
    return _academic(para, m) + _title_before(para, m)


# Honorifics the labels keep as roles: "Prof Miriam Alder" is labelled "Prof" 70 of 95 times
# ("Dr" 27 of 262, "Datuk" 28 of 88: those stay out).
_ACADEMIC = lx.words("prof professor")


def _academic(para: Para, m: NameMention) -> list[Role]:
    """ "Prof Miriam Alder", "Professor Karel Doubrava": the honorific before the name."""
    if m.title is not None or m.full_start >= m.start:
        return []
    toks = para.tokens
    i = _index(para, m.full_start)
    if i >= len(toks) or toks[i].lower not in _ACADEMIC or not toks[i].capitalised:
        return []
    end = toks[i].end + (para.text[toks[i].end : toks[i].end + 1] == ".")
    return [
        Role(m.key, para.text[toks[i].start : end], Span(para.number, toks[i].start, end), "high")
    ]


def _title_before(para: Para, m: NameMention) -> list[Role]:
    toks = para.tokens
    i0 = _index(para, m.full_start)
    if m.title is not None:
        title_end = _index(para, m.title[1]) if m.title[1] < len(para.text) else len(toks)
        span = rp.left(para, title_end, det=False)
        start = min(span[0], m.title[0]) if span else m.title[0]
        t0 = _index(para, m.title[0])
        before = toks[t0 - 1] if t0 > 0 and start < m.title[0] else None
        if (
            before is not None
            and not before.capitalised
            and before.lower in lx.ROLE_NOUNS
            and before.lower not in rp.STATUS  # "incumbent President X": one role
        ):
            own = _role(m, para, (start, before.end))  # "Police spokesperson Captain Lerato
            return [own, _role(m, para, m.title)]  # Dube": two roles, the job and the rank
        seat = rt.seat_tail(para, m)
        if seat is not None:  # "Judge Ana Lee of the High Court" → "Judge of the High Court"
            text = f"{para.text[start : m.title[1]]} {para.text[seat[0] : seat[1]]}"
            return [Role(m.key, text, Span(para.number, start, seat[1]), "high")]
        return [_role(m, para, (start, m.title[1]))]
    if i0 == 0 or para.text[toks[i0 - 1].end : m.full_start].strip():
        return []  # "his wife, Ieng Thirith": an appositive, not a role before the name
    span = rp.left(para, i0, det=False)
    if span is None:
        return []
    j = _index(para, span[0])
    if j > 0 and toks[j - 1].lower in _PERSONAL and rp.joined(para, toks[j - 1], toks[j]):
        span = (toks[j - 1].start, span[1])  # "her son Kemar Lawrence": "her son"
    head = toks[i0 - 1]
    joined = rt.split_tail(para, _index(para, m.end))
    if joined is not None and (not head.capitalised or head.sentence_start):
        text = f"{para.text[span[0] : span[1]]} {para.text[joined[0] : joined[1]]}"
        return [Role(m.key, text, Span(para.number, span[0], joined[1]), "high")]
    return [_role(m, para, span)]


_PERSONAL = lx.words("his her my our")  # a person's possessive, kept with the role
_CLAUSE_PARTICIPLES = lx.words("speaking responding commenting writing talking addressing")


def _after(para: Para, m: NameMention, names: NameResult) -> list[Role]:
    post = None if m.possessive else rt.POST_NOMINAL.match(para.text, m.end)
    if post is None:
        return _appositive_after(para, m, names, m.end + (2 if m.possessive else 0))
    start, end = post.span(1)  # "Nicholas Brereton, SC, counsel assisting …": both roles
    own = Role(m.key, post.group(1), Span(para.number, start, end), "high")
    return [own, *_appositive_after(para, m, names, end)]


def _appositive_after(para: Para, m: NameMention, names: NameResult, pos: int) -> list[Role]:
    toks = para.tokens
    text = para.text
    rest = text[pos:]
    i = _index(para, pos)
    if rest.startswith(" as ") and i < len(toks) and toks[i].lower == "as":
        span = rp.right(para, i + 1)  # "appointed Oliver Grant as interim chief executive"
        return [_role(m, para, span)] if span else []
    if not rest.startswith(", "):
        return []
    after = rest[2:]
    if after[:1].isdigit():  # "David Okafor, 52, a teacher"
        comma = after.find(", ")
        if comma < 0 or not after[:comma].isdigit():
            return []
        i = _index(para, pos + 2 + comma + 2)
    if i >= len(toks) or toks[i].lower in {"who", "which", "and", "but", "said", "says"}:
        return []
    if toks[i].lower in _CLAUSE_PARTICIPLES:
        return []  # "Matthias Kolb, speaking through a spokeswoman,": no role
    span = rp.right(para, i, _next_name(para, names, i), titles=True)
    if span is None or _names_next(para, span[1]):
        return []  # "According to Reed, Lee's chief of staff, Dan Ortiz,": Ortiz's role
    closing = text[span[1] : span[1] + 2]
    if closing[:1] not in {",", ".", ";", ")", ":", ""} and closing[:1] != " ":
        return []
    k = _index(para, span[1])
    if k < len(toks) and sp.VERB_FORMS.get(toks[k].lower) == "finite" and closing[:1] == " ":
        return []  # "Ann Lee, the judge said, was …": a cue, not an appositive
    return [_role(m, para, span)]


def _names_next(para: Para, end: int) -> bool:
    """Is the text after `end` ", " and a capitalised name (whose appositive this is)?"""
    rest = para.text[end : end + 4]
    return rest.startswith((", ", " ")) and rest.lstrip(", ")[:1].isupper()


_ACTING = lx.words("appearing acting speaking")  # "Appearing for the petitioner, X"
_OPENING_LINKS = frozenset({"but", "and", "meanwhile", "however", "yet", "separately"})


def _appositive_before(para: Para, m: NameMention, persons: list[NameMention]) -> list[Role]:
    start = m.title[0] if m.title is not None else m.full_start
    own = rp.left(para, _index(para, start), det=False)
    if (
        own is not None
        and not para.text[own[1] : start].strip()
        and para.text[: own[0]].endswith(", ")
    ):
        start = own[0]  # "His business partner, haulage contractor Kevin Marsh": both roles
    before = para.text[:start]
    if not before.endswith(", ") or before[:-2].endswith(_CLOSING_MARKS):
        return []  # not `“… the Garda Commissioner”, Mr Ó Ruairc said`: quoted words
    i = _index(para, start)
    span = rp.left(para, i, det=True)
    if span is None:
        return []
    j = _index(para, span[0])
    prep = para.tokens[j - 1] if j >= 2 else None  # "counsel to the governor, X": the whole
    to = prep is not None and (prep.lower in {"to", "for"} or rp.assisting(para.tokens, j - 1))
    if _acting_for(para, j):
        return []  # "Appearing for the petitioner, Advocate X": X acts for the petitioner
    if prep is not None and to and rp.is_role(para.tokens[j - 2].lower):
        # a role held "to" or "for" someone: "a spokesman for the minister, X" is the spokesman;
        # never "the governor" alone ("wrote to the governor, X": his)
        outer = rp.left(para, j - 1, det=True)
        held = outer is not None and rp.joined(para, para.tokens[j - 2], prep)
        if (
            held
            and outer is not None
            and not (prep.lower == "for" and _named_before(para, outer[0], persons))
        ):
            span, j = (outer[0], span[1]), _index(para, outer[0])
    first = para.tokens[j]
    boundary = (
        j == 0
        or first.sentence_start
        or first.lower in lx.DETERMINERS
        or first.possessive
        or para.text[para.tokens[j - 1].end : first.start].strip() != ""
        or para.tokens[j - 1].lower in {"including", "by", "and", "with", "of", "whose"}
        or (para.tokens[j - 1].sentence_start and para.tokens[j - 1].lower in _OPENING_LINKS)
        or sp.VERB_FORMS.get(para.tokens[j - 1].lower) == "finite"  # "said spokesman for …, X"
    )
    inside = [p for p in persons if span[0] <= p.start < span[1] and not _object_name(para, p)]
    if not boundary or inside:
        return []  # "Secretary of State Condoleezza Rice, Defense Secretary Donald Rumsfeld"
    return [_role(m, para, (span[0], len(before) - 2))]


def _fronted(para: Para, m: NameMention, persons: list[NameMention]) -> list[Role]:
    """ "The Executive Director of the Centre for Electoral Integrity, Kofi …,"."""
    start = m.title[0] if m.title is not None else m.full_start
    inside = [p.start for p in persons if p is not m and not _object_name(para, p)]
    span = fr.fronted(para, _index(para, start), inside)
    return [_role(m, para, span)] if span and not _acting_for(para, _index(para, span[0])) else []


def _named_before(para: Para, start: int, persons: list[NameMention]) -> bool:
    """Is the phrase at `start` itself an appositive of a person named just before ("Dana
    Rios, a spokeswoman for the Assembly speaker, Carl Brenneman": Brenneman is the speaker)?"""
    return para.text[:start].endswith(", ") and any(p.end == start - 2 for p in persons)


def _acting_for(para: Para, j: int) -> bool:
    """Does "appearing/acting for" stand before token `j` (the one acted for follows)?"""
    toks = para.tokens
    return j >= 2 and toks[j - 1].lower == "for" and toks[j - 2].lower in _ACTING


def _affiliations(para: Para, m: NameMention, names: NameResult) -> list[Role]:
    roles: list[Role] = []
    before = para.text[: m.full_start].rstrip()
    for other in names.mentions:
        if other.paragraph != para.number or other.kind != "organisation":
            continue
        if other.possessive and before.endswith(("’s", "'s")) and other.end == len(before) - 2:
            roles.append(_affiliation(m, para, other))
        gap = para.text[m.end : other.start]
        if other.start > m.end and gap.removeprefix(",") in _AFFILIATION_GAPS:
            roles.append(_affiliation(m, para, other))
    return roles


_AFFILIATION_GAPS = frozenset({" of the ", " of ", " at the ", " at ", " ("})


def _affiliation(m: NameMention, para: Para, org: NameMention) -> Role:
    span = Span(para.number, org.start, org.end)
    return Role(m.key, para.text[org.start : org.end], span, "high", "affiliation")


def _predicates(para: Para, names: NameResult, persons: list[NameMention]) -> list[Role]:
    """ "Hayden was head of the NSA", "he became the deputy for …", "his position as …"."""
    toks = para.tokens
    roles: list[Role] = []
    for i, tok in enumerate(toks):
        if tok.lower not in _PREDICATE_STARTS:
            continue
        for words in _PREDICATES:
            if tok.lower != words[0] or any(
                i + n >= len(toks) or toks[i + n].lower != w for n, w in enumerate(words[1:], 1)
            ):
                continue
            who = _predicate_subject(para, i, persons)
            if who is None:
                continue
            m, confidence = who
            k = i + len(words)
            stop = _next_name(para, names, k)
            span = rp.right(para, k, stop)
            if span is not None:
                roles.append(_role(m, para, span, confidence))
    return roles


def _next_name(para: Para, names: NameResult, k: int) -> int | None:
    """Index of the first token of the next person named from token `k` (a role stops
    there: "the deputy for the director of National Intelligence John Negroponte")."""
    if k >= len(para.tokens):
        return None
    start = para.tokens[k].start
    later = [
        m.full_start
        for m in names.mentions
        if m.paragraph == para.number
        and m.start > start
        and m.kind == "person"
        and not _object_name(para, m)
    ]
    return _index(para, min(later)) if later else None


def _object_name(para: Para, m: NameMention) -> bool:
    """Is `m` possessive or the object of a preposition ("lawyer for Ieng Thirith")?"""
    i = _index(para, m.full_start)
    return m.possessive or (i > 0 and para.tokens[i - 1].lower in _OBJECT_PREPOSITIONS)


def _predicate_subject(
    para: Para, i: int, persons: list[NameMention]
) -> tuple[NameMention, Confidence] | None:
    toks = para.tokens
    if i == 0:
        return None
    prev = toks[i - 1]
    sent = para.sentence_of(toks[i].start)
    if prev.lower in {"he", "she", "his", "her"}:
        here = [m for m in persons if sent[0] <= m.start < toks[i].start and not m.possessive]
        keys = {m.key for m in here}
        if not here:
            earlier = [p for p in para.sentences if p[1] <= sent[0]]
            window = earlier[-1] if earlier else None
            here = [m for m in persons if window and window[0] <= m.start < window[1]]
            keys = {m.key for m in here}
        if len(keys) == 1:
            return here[-1], "low"
        return None
    for m in persons:
        if m.end == prev.end and not m.possessive:
            return m, "high"
    if prev.lower == "who":  # "Peter Mbugua, who served as …", "X, a surgeon who served as"
        return _before_who(para, prev, sent, persons)
    return None


def _before_who(
    para: Para, who: Token, sent: tuple[int, int], persons: list[NameMention]
) -> tuple[NameMention, Confidence] | None:
    """The person named before ", who" or ", <an appositive> who" in the sentence."""
    earlier = [p for p in persons if sent[0] <= p.start and p.end <= who.start]
    if not earlier or earlier[-1].possessive:
        return None
    named = earlier[-1]
    gap = para.text[named.end : who.start]
    aside = gap[2:]
    plain = not any(w.casefold() in sp.VERB_FORMS for w in aside.split())
    if gap.startswith(", ") and "," not in aside and len(aside) <= 60 and plain:
        return named, "high"
    return None


def find_roles(paras: tuple[Para, ...], names: NameResult) -> tuple[Role, ...]:
    roles: list[Role] = []
    seen: set[tuple[str, str, str]] = set()
    by_para: dict[int, list[NameMention]] = {}
    for m in names.mentions:
        if m.kind == "person" and 1 <= m.paragraph <= len(paras):
            by_para.setdefault(m.paragraph, []).append(m)
    for number, persons in sorted(by_para.items()):
        para = paras[number - 1]
        found: list[Role] = []
        for m in persons:
            found += _before(para, m) + _after(para, m, names)
            found += _appositive_before(para, m, persons) or _fronted(para, m, persons)
            found += _affiliations(para, m, names)
        found += _predicates(para, names, persons)
        for role in found:
            key = (role.entity_key, role.text.casefold(), role.relation)
            if key not in seen:
                seen.add(key)
                roles.append(role)
    return tuple(roles)
