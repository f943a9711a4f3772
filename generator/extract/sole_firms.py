"""Which firm a plain "the company" stands for when none is named close by: the one
trading body the document has named so far, leaving out the outlets it reports to (an
organisation named only as an interview's listener, "told CBC News", or as the dateline's
agency, "(Reuters)"), for `body_referents`. "Speaker unclear" when two firms could be meant,
or when an unnamed one was brought in ("a leasing company recalled them"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from generator.extract import lexicon as lx
from generator.extract.document import Para, dateline_agency
from generator.extract.names import NameMention
from generator.extract.side_firms import side_body

# What stands before an outlet's name: the listener of an interview or a statement, the
# reader of a document ("told CBC News", "in a statement to the ABC", "obtained by VOA").
_LISTENER_BEFORE = re.compile(
    r"(?:\btold|\b(?:speaking|talking|spoke|talked|statement|statements|letter|interview"
    r"|interviews|comments?|remarks)\s+(?:to|with)|\b(?:seen|obtained|reviewed|viewed)\s+by)"
    r"\s+(?:the\s+)?$",
    re.I,
)
# A word between "a" and its noun: no determiner, which would open a clause ("a step the
# company has described as").
_MODIFIER = r"(?!(?:the|this|that|these|those|its|his|her|their|our|which|who)\b)[\w'’-]+"
# What follows an outlet's name: its own report ("CBC News reported").
_REPORTS_AFTER = re.compile(r"^\s+(?:has\s+|had\s+)?(?:reported|reports|first\s+reported)\b")


def reporting_only(paras: Sequence[Para], mentions: Sequence[NameMention]) -> bool:
    """Is every mention of an organisation one of an outlet: an interview's listener, a
    document's reader, a report's author, or the dateline's agency?"""
    return bool(mentions) and all(reporting(paras[m.paragraph - 1], m) for m in mentions)


def reporting(para: Para, m: NameMention) -> bool:
    """Is this mention one of an outlet (a listener, a reader, a report's author, the
    dateline's agency)?"""
    if para.number == 1 and dateline_agency(para.text) == (m.start, m.end):
        return True
    before = para.text[max(0, m.start - 40) : m.start]
    return bool(_LISTENER_BEFORE.search(before) or _REPORTS_AFTER.match(para.text, m.end))


def _own(paras: Sequence[Para], mentions: Sequence[NameMention]) -> list[NameMention]:
    """The mentions that are not an outlet's (all of them when every one is)."""
    own = [m for m in mentions if not reporting(paras[m.paragraph - 1], m)]
    return own or list(mentions)


class FirmIndex:
    """What `sole_firm` reads of a document, found once per document: each entity's name
    mentions, and, per noun, where an unnamed "a/an/another … <noun>" is brought in ("a
    leasing company", "another firm"), after which "the <noun>" may be that one."""

    def __init__(self, paras: Sequence[Para], by_para: Mapping[int, Sequence[NameMention]]):
        self.paras = paras
        self.mentions: dict[str, list[NameMention]] = {}
        for found in by_para.values():
            for m in found:
                self.mentions.setdefault(m.key, []).append(m)
        self._unnamed: dict[str, list[tuple[int, int]]] = {}

    def unnamed(self, noun: str) -> list[tuple[int, int]]:
        """(paragraph, offset) of each unnamed "a … <noun>" in the document."""
        if noun not in self._unnamed:
            pattern = re.compile(  # not "in a case the company has called": a clause's
                rf"\b(?:a|an|another|one)\s+(?:{_MODIFIER}\s+){{0,2}}{re.escape(noun)}\b"
                rf"(?!\s+(?:{'|'.join(sorted(lx.SPOKESPEOPLE))})\b)",  # subject after the noun it
                re.I,  # hangs on; not "A company spokeswoman said": the noun only describes
            )  # the spokeswoman and brings in no other company
            self._unnamed[noun] = [
                (p.number, m.start()) for p in self.paras for m in pattern.finditer(p.narrative)
            ]
        return self._unnamed[noun]


def sole_firm(
    candidates: Mapping[str, str],
    mentions: Mapping[str, Sequence[NameMention]],
    paras: Sequence[Para],
) -> str | None:
    """The one candidate firm (key → name: named before, of the kind) that is not an
    outlet, if only one is, leaving out bodies no firm is ("Wapiti Creek First Nation",
    "Hill Country Chamber"); none when a name may join two ("Brightwave Mobile and
    Castlegate Telecom")."""
    firms = [
        k
        for k, name in candidates.items()
        if not reporting_only(paras, mentions.get(k, ()))
        and not _NOT_FIRMS & set(words := name.casefold().replace("’", "'").split())
        and words[0].rstrip(".") not in _NOT_FIRM_PREFIXES
        and not any(_described_not_firm(paras[m.paragraph - 1], m) for m in mentions.get(k, ()))
        and not side_body(name, paras, _own(paras, mentions.get(k, ())))  # "on the BSE", "an
    ]  # analyst at Y"; also "(Bloomberg) -- …" and then only "Bloomberg Intelligence analyst X"
    shorts = {k for k in firms for j in firms if _shortens(candidates[k], candidates[j])}
    firms = [k for k in firms if k not in shorts]  # "Kestrel" beside "Kestrel Labs Inc."
    if len(firms) != 1 or " and " in candidates[firms[0]]:  # "&" makes one firm's name
        return None  # ("Snake River Power & Light"), "and" may join two
    return firms[0]


def _described_not_firm(para: Para, m: NameMention) -> bool:
    """Is the body described right after its name as a kind no firm is ("Ofwat, the
    industry regulator,", "X, a charity,")?"""
    found = _KIND_AFTER.match(para.text, m.end)
    return found is not None and found.group(1).casefold() in _DESCRIBED_NOT_FIRMS


def _shortens(short: str, name: str) -> bool:
    """Is `short` the first words of the longer `name`, the same firm named short
    ("Kestrel" of "Kestrel Labs Inc.", "Golden Harbour" of "Golden Harbour Holdings")?"""
    return name.casefold().startswith(short.casefold() + " ")


# What heads a body that no firm is: "the company" never stands for it.
_NOT_FIRMS = lx.words(
    """alliance chamber nation nations coalition movement guild league front society
    foundation collective campaign forum congress assembly council committee club federation
    association union party trust charity institute university college school hospital
    church mission workers"""
)
# A description apposed to a name ("Ofwat, the industry regulator,"): its last word is the
# kind of body named.
_KIND_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\s*[,.;)]")
_DESCRIBED_NOT_FIRMS = (
    _NOT_FIRMS
    | lx.BODY_NOUNS
    | lx.words("bureau tribunal ombudsman inspectorate police court board")
)
# What opens the name of a ship or a prison, no firm: "MV Vuniwai", "HMP Ravensmoor".
_NOT_FIRM_PREFIXES = lx.words("mv fv hms rms hmp hmyoi")
