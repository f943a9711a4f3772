"""Bodies a document names beside its firms that a plain "the company" never stands for,
for `sole_firms`: a market the shares trade on ("fell 9.8 per cent to ₹112.40 on the BSE",
"the National Stock Exchange"), a unit of another body ("signed by its Head of Legal
Services"), the workplace of an outside professional ("Ms X, an analyst at Y", "Y analyst
X", "Her lawyer, X of Y", "its auditors, Y"), and a body described as a charity, a campaign
or a regulator right before its name ("Consumer charity Fair Power", "The water regulator,
Ofwat,"). The evidence is the document's own words around each mention. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract.document import Para
from generator.extract.names import NameMention

# What stands right before a market the shares trade on: a price or a move, then "on the"
# ("closed 4.2% higher at ₹31.40 on the BSE"), or "listed on"/"traded on".
_VENUE_BEFORE = re.compile(
    r"(?:\d[^.;:!?]{0,40}?\bon|\b(?:listed|traded|trading|trades)\s+on)\s+(?:the\s+)?$", re.I
)
# A unit of another body: "its Head of Legal Services", "their director of public affairs".
_UNIT_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w'’-]+\s+){1,3}of\s+(?:the\s+)?$", re.I)
# Someone who speaks from outside the firms of the story, and where they work: "an analyst
# at Y", "Her lawyer, X of Y", "its auditors, Y". Not "a lawyer for Y": Y is the client.
_OUTSIDERS = (
    r"analysts?|economists?|strategists?|lawyers?|solicitors?|attorneys?|auditors?|barristers?"
)
_OUTSIDER_BEFORE = re.compile(
    rf"\b(?:{_OUTSIDERS})(?:\s+(?:at|with|from)\s+|\s*,\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}"
    r"(?:of|at|from)\s+|\s*,\s+)(?:the\s+)?$"
)
_OUTSIDER_AFTER = re.compile(rf"\s+(?:{_OUTSIDERS})\s+[A-Z]")  # "Gyeongin Securities analyst Lee"
# What no firm is, said right before the name: "Consumer charity Fair Power", "the campaign
# group River Watch", "The water regulator, Ofwat," (after a comma only with one closing the
# name: not "According to the antitrust regulator, Sonmat required").
_NO_FIRM_BEFORE = re.compile(
    r"\b(?:charity|campaign|coalition|alliance|association|regulator|watchdog"
    r"|(?:campaign|pressure|advocacy|lobby|rights|environmental|activist)\s+group)"
    r"(,)?\s+(?:the\s+)?$",
    re.I,
)
# The last word of a market's name: "National Stock Exchange".
_MARKETS = frozenset({"exchange", "exchanges", "bourse"})


def side_body(name: str, paras: Sequence[Para], mentions: Sequence[NameMention]) -> bool:
    """Is the organisation called `name` one "the company" never means: a market the shares
    trade on, or a body whose every mention is a market, a unit of another body or an
    outside professional's workplace, or one described once as no firm right before its
    name?"""
    if not mentions or market(name):
        return market(name)
    found = [(paras[m.paragraph - 1].text, m) for m in mentions]
    if any(_described(text, m) for text, m in found):
        return True
    return all(_aside(text, m) for text, m in found)


def market(name: str) -> bool:
    """Is `name` a market's ("National Stock Exchange")?"""
    words = name.casefold().split()
    return bool(words) and words[-1] in _MARKETS


def _described(text: str, m: NameMention) -> bool:
    found = _NO_FIRM_BEFORE.search(text[max(0, m.start - 40) : m.start])
    return found is not None and (found.group(1) is None or text.startswith(",", m.end))


def _aside(text: str, m: NameMention) -> bool:
    before = text[max(0, m.start - 60) : m.start]
    return bool(
        _VENUE_BEFORE.search(before)
        or _UNIT_BEFORE.search(before)
        or _OUTSIDER_BEFORE.search(before)
        or _OUTSIDER_AFTER.match(text, m.end)
    )
