"""Two bodies named together, then a description that fits both: "Fenmoor Telecom and rival
Quayside Mobile raised prices. “…,” the company said", "Marrow Systems, along with Dunlin
Software, won the contract. The company said": either may be meant, so "speaker unclear",
not the last named or the subject. The text singles one out only by the description's own
words: "the bank" when only one of the two is a bank. For `body_referents`. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from generator.extract.body_kinds import TRADING, fits_kind
from generator.extract.document import Para
from generator.extract.phrases import Phrase, Who
from generator.extract.referent_views import MentionView
from generator.extract.sole_firms import FirmIndex, sole_firm

# What joins two names as one subject or one object: "and", "or", "as well as", ", along
# with", ", together with", with up to two plain words before the second name ("and rival",
# "and its partner"), never a clause ("and said", "and then").
_JOINED = re.compile(
    r"\s*,?\s*(?:and|or|&|as\s+well\s+as|along\s+with|together\s+with)\s+"
    r"(?:(?:its|their|the|rival|fellow|partner|sister|parent|smaller|larger|local|"
    r"competitor|peer)\s+){0,2}$",
    re.I,
)


class _Bodies(MentionView, Protocol):
    """What `unpaired` reads of `body_referents.BodyReferents`."""

    @property
    def paras(self) -> Sequence[Para]: ...
    @property
    def _firms(self) -> FirmIndex: ...


def unpaired(refs: _Bodies, who: Who | None, phrase: Phrase, para: Para, offset: int) -> Who | None:
    """`who`, unless the last two bodies named before the description (this paragraph and
    the one before) are joined as one subject or object: then "speaker unclear" for a
    confident `who` of the two when the description fits both, and the one firm of the two
    when it is "the company" and only one is a firm."""
    if phrase.modifiers or phrase.preps:  # "the Swedish company", "the smaller firm": its
        return who  # own words may pick one
    pair = _joined(refs, para, offset)
    sure = who is not None and who.confidence == "high"
    if pair is None or (sure and who is not None and who.key not in pair):
        return who
    if phrase.noun in TRADING and (firm := sole_firm(pair, refs._firms.mentions, refs.paras)):
        return Who(firm, "high")  # "Ostrel Energy and the Gas Workers Union": the one firm
    if sure and all(fits_kind(phrase.noun, n) for n in pair.values()):
        return Who(None, "low", phrase.text)  # not "Velmont Bank and Orrin Insurance ….
    return who  # The bank said": the bank


def _joined(refs: _Bodies, para: Para, offset: int) -> dict[str, str] | None:
    """The last two bodies named before `offset` (this paragraph and the one before), key →
    name, when they are joined as one subject or object ("X and rival Y", "X, along with
    Y,")."""
    orgs = [
        m
        for n in (para.number - 1, para.number)
        for m in refs.by_para.get(n, [])
        if (n < para.number or m.start < offset) and refs.kinds.get(m.key) == "organisation"
    ]
    if len(orgs) < 2:
        return None
    first, second = orgs[-2], orgs[-1]
    if first.key == second.key or first.paragraph != second.paragraph:
        return None
    if not _JOINED.fullmatch(refs.paras[first.paragraph - 1].text[first.end : second.start]):
        return None
    return {k: refs.names.get(k, "") for k in (first.key, second.key)}
