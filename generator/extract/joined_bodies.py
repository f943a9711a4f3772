"""One body's name that holds "and" or a comma, for `name_runs` and `run_splits`: a list of
fields before the body's head ("the Kenya Medical Practitioners, Pharmacists and Dentists
Union", "Land, Infrastructure, Transport and Tourism Ministry"), one field joined to the
fields of its head ("the Community and Public Sector Union", "the Securities and Exchange
Board of India"), a field the text also writes in lower case after "and" ("Crown-Indigenous
Relations and Northern Affairs Canada", "the Local Government and Housing Committee" in a text
that speaks of "housing"), and a title's two words after a capitalised "The" inside a sentence
("told The Globe and Mail"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.sentences import Token

# A list of capitalised fields, commas and one "and", up to a body's head:
# "Oil, Gas and Natural Resources Committee", "Medical Practitioners, Pharmacists and Dentists
# Union", "Science, ICT, Broadcasting and Communications Committee"
_LISTED_BODY = re.compile(
    r"(?:[A-Z][\w'-]*,?\s+){0,4}and\s+(?:[A-Z][\w'-]*\s+){0,3}(?:Committee|Commission|Ministry|"
    r"Department|Authority|Council|Board|Agency|Tribunal|Institute|Office|Union|Court|"
    r"Association|Federation|Division|Bureau|Directorate|Registry)\b"
)


# The last partner of a firm named by its partners: "Kato, Ouma & Co Advocates"
_PARTNERS = re.compile(r"[A-Z][\w'-]*\s(?:&|and)\sCo\b")


def listed_body(text: str, start: int) -> bool:
    """Does a list of fields up to a body's head, or the last partner of a firm, start at
    `start`, after a comma?"""
    return _LISTED_BODY.match(text, start) is not None or _PARTNERS.match(text, start) is not None


# What follows "Co." inside a firm's name ("Tumwine & Co. Advocates", "X Co., Ltd.")
_FIRM_ENDS = lx.words("advocates ltd limited llp inc solicitors attorneys")


def firm_after_co(text: str, prev: Token, tok: Token) -> bool:
    """Does `tok` continue a firm's name after "Co." (or "Co.,")?"""
    gap = text[prev.end : tok.start]
    return prev.text == "Co" and gap in {". ", "., "} and tok.lower.rstrip(".") in _FIRM_ENDS


# A company's legal form in brackets before its ending: "Kwenda Lithium (Pvt) Ltd", "Erongo
# Pelagic Fishing (Pty) Ltd", "Manyame Lithium (Private) Limited"
_BRACKETED_FORMS = lx.words("pvt pty private proprietary")
_BRACKETED_ENDS = lx.words("ltd limited")


def legal_form_bracket(text: str, prev: Token, tok: Token) -> bool:
    """Is `tok` (or `prev`) the bracketed legal form inside a firm's name, which runs on to
    "Ltd"/"Limited" after the bracket ("… Lithium (Pvt) Ltd")?"""
    gap = text[prev.end : tok.start]
    if gap == " (" and tok.lower in _BRACKETED_FORMS:
        after = text[tok.end : tok.end + 10].lstrip(".")
        return (
            after.startswith(") ")
            and after[2:].split(" ")[0].rstrip(".,;:").lower() in _BRACKETED_ENDS
        )
    return (
        gap in {") ", ".) "}
        and prev.lower in _BRACKETED_FORMS
        and tok.lower.rstrip(".") in _BRACKETED_ENDS
    )


# Heads of a public body or a members' body; not a firm's ending ("Apex and Gristmill Inc")
# nor a sector ("Oil and Gas"), not a place of its own ("the Senate and House Committee")
_BODY_HEADS = lx.words(
    """union board division department registry federation association council committee
    commission authority ministry agency bureau directorate tribunal institute service"""
)


# One word that names a body on its own before "and" ("the Cabinet and Finance Ministry")
_SOLE_BODIES = lx.LEGISLATURES | lx.words("cabinet government treasury police army navy presidency")


def one_field_joined(toks: tuple[Token, ...], run: list[int], cut: int) -> bool:
    """Is the one capitalised word before "and" (at `cut`) a field of the body named after it
    ("the Community and Public Sector Union", "Securities and Exchange Board of India",
    "University and College Union"): the right side two or more capitalised words, the
    last a public body's head; the left word no body alone ("Parliament", "Cabinet") and no
    acronym ("NATO and European Council" are two)?"""
    if cut != 1 or len(run) < 4:
        return False
    left, right = toks[run[0]], [toks[i] for i in run[2:]]
    if left.lower in _SOLE_BODIES or left.text.isupper() or not left.capitalised:
        return False
    if not all(t.capitalised or t.lower in {"of", "for"} for t in right):
        return False
    head = next((k for k, t in enumerate(right) if t.lower in {"of", "for"}), len(right))
    return head >= 2 and right[head - 1].lower in _BODY_HEADS


def field_joined(
    toks: tuple[Token, ...], run: list[int], cut: int, common: frozenset[str], alone: frozenset[str]
) -> bool:
    """Does "and" (at `cut`) join a field to one body's name ("Crown-Indigenous Relations and
    Northern Affairs Canada", "Customs and Border Protection", "Law and Justice"): the word
    after it a common noun of the text (`common`: the words it also writes in lower case,
    "housing", "border"), no title, role, acronym or law around it, and no word on either side
    that the text uses as a name alone (`alone`: "Will" in "Sam Lee and Will Hart … Hart
    said"); not "Deutsche Bank and Goldman Sachs", "the CDU and Left", "X and the Y"?"""
    left, right = [toks[i] for i in run[:cut]], [toks[i] for i in run[cut + 1 :]]
    if not left or not right or not all(t.capitalised for t in (*left, *right)):
        return False
    first, last = right[0], left[-1]
    if first.lower not in common or first.text == "The" or first.text.isupper():
        return False
    words = [t.lower.rstrip(".") for t in (*left, *right)]
    if any(w in lx.ROLE_NOUNS or w in lx.HONORIFICS for w in words):
        return False
    if last.text.isupper() or last.lower.rstrip(".") in lx.COMPANY_ENDINGS:
        return False
    if right[-1].lower in lx.LAWS or right[-1].lower in lx.LAW_NAMES:
        return False  # "the Code of Conduct Bureau and Tribunal Act"
    named = (t for t in (left[0], last, first, right[-1]) if t.lower not in lx.ORG_HEADS)
    return not any(t.text in alone for t in named)


def titled_pair(toks: tuple[Token, ...], run: list[int]) -> bool:
    """ "told The Globe and Mail": two capitalised words joined by "and" after a capitalised
    "The" inside a sentence are one title's (a newspaper's), not two names."""
    if len(run) != 3 or run[0] == 0 or toks[run[1]].lower != "and":
        return False
    the = toks[run[0] - 1]
    if the.text != "The" or the.sentence_start or toks[run[0]].start != the.end + 1:
        return False
    return toks[run[0]].capitalised and toks[run[2]].capitalised


_NAMED_PRESIDENCY = re.compile(r"\b[Tt]he ([A-Z][a-z]+) presidency\b")


def named_presidency(noun: str, paras: Sequence[Para]) -> str | None:
    """ "The Cypriot presidency of the EU Council has circulated …. The presidency said": the
    one "<Adjective> presidency" the text wrote before, by that name (None for none or two)."""
    if noun != "presidency":
        return None
    found = {m.group(1) for para in paras for m in _NAMED_PRESIDENCY.finditer(para.text)}
    return f"{found.pop()} presidency" if len(found) == 1 else None
