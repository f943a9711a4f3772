"""Which body a description of its kind stands for when the body last in view is of
another kind: "fined … by the Central Bank of Ireland for what the regulator called",
"He said the union had warned" after "president of the Brotherhood of Rail Operating
Crews": the one organisation named so far whose name fits the kind, when it is named in
this paragraph (before the description) or the one before, for `body_referents`. "Speaker
unclear" when two of the kind were named.
Pure.
"""

from __future__ import annotations

from typing import Protocol

from generator.extract.body_kinds import ANY_BODY, TRADING, fits_kind
from generator.extract.document import Para
from generator.extract.phrases import Phrase, Who
from generator.extract.referent_views import MentionView


class _Bodies(MentionView, Protocol):
    """What `kind_in_view` reads of `body_referents.BodyReferents`."""

    def _introduced(self, para: Para, offset: int, noun: str) -> bool: ...
    def _described(self, para: Para, offset: int, noun: str, name: str) -> bool: ...
    def _orgs_before(self, here: tuple[int, int] | None) -> list[str]: ...


def kind_in_view(
    refs: _Bodies, phrase: Phrase, para: Para, offset: int, named: set[str]
) -> Who | None:
    """ "The regulator said" when the body last in view is no regulator: the one body of
    that kind named close by; for "the company", the one firm named close by."""
    if phrase.modifiers or phrase.preps:  # "the union's charge", "the hospital group"
        return None
    if phrase.noun in TRADING:
        return Who(next(iter(named)), "high") if len(named) == 1 else None  # "fined Vantora,
    if phrase.noun in ANY_BODY or refs._introduced(para, offset, phrase.noun):  # …. The
        return None  # company said"; "the group" may be any body, "a union" brought in
    close = {
        m.key
        for n in (para.number - 1, para.number)
        for m in refs.by_para.get(n, [])
        if (n < para.number or m.start < offset) and refs.kinds.get(m.key) == "organisation"
    }
    named_so_far = refs._orgs_before((para.number, offset))
    fitting = {k for k in named_so_far if fits_kind(phrase.noun, refs.names.get(k, ""))}
    if len(fitting) != 1 or not fitting <= close:  # another of the kind named before, or
        return None  # the one named far back: "the union" may be either, or one unnamed
    key = next(iter(fitting))
    if refs._described(para, offset, phrase.noun, refs.names.get(key, "")):
        return None  # "Police union chief X … the union said": another union's
    return Who(key, "high")
