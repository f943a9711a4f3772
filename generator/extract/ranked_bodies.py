"""An appositive only a body takes, for `body_forms.after_comma`.

"Pacific Terminals, the largest private operator at both ports", "Kras Banka, the country's
fifth-largest lender by assets", "Jyoti Infocomm, the market leader with over 480 million
subscribers", "Hebridean Ferry Services, the state-owned operator", "Mwangaza Cement, the
listed manufacturer": a rank by size ("largest", "second-biggest"), the market's lead, an owner
("state-owned", "publicly owned", "family-run") or a listing ("London-listed", "publicly
traded") before the head of the appositive says a body, though its head ("operator",
"lender", "leader") is a noun a person may also be, so the name is not read as a person's.
Only the words before the head's complement count ("the former Chairman of the state-owned
…", "a reporter at the state-run …": another body's), and not the size of what a person
holds ("the largest shareholder", "the biggest donor"). The head must be one someone
("operator", "airline"; not "the largest penalty it has imposed", "the biggest drop", nor
"the two largest producers"), and a rank among countries is no firm's ("Chile, the world's
second-largest lithium producer", "Africa's biggest economy"). Pure.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx

_RANKED = re.compile(
    r"(?:^|-)(?:largest|biggest)$|-(?:owned|run|listed)$|^(?:listed|market)$", re.IGNORECASE
)
_OWNED = lx.words("publicly privately")  # "publicly owned", "privately held", "publicly traded"
_HELD = lx.words("owned held traded listed")
# Where the appositive's head phrase ends: its complement or a clause after it.
_ENDS = lx.words("of at to for in with who which that by from and or whose as on")
# What a person may be the largest or biggest of ("the largest shareholder"); "leader" is
# a market's only after "market" ("the market leader").
_PERSONS = lx.words(
    "shareholder shareholders stakeholder owner landowner donor donors investor backer "
    "contributor winner winners loser beneficiary"
)


def ranked_body(rest: str) -> bool:
    """Does `rest` (the text after a name's ", ") open an appositive only a body takes?"""
    phrase = rest.replace("’", "'").split(",")[0].split(";")[0]
    words = phrase.split()[:10]
    if len(words) < 2 or words[0].casefold() not in {"the", "a", "an"}:
        return False
    head: list[str] = []
    for word in words[1:]:
        low = word.casefold().strip(".:()\"'")
        if low in _ENDS:
            break
        head.append(low)
    noun = head[-1] if head else ""
    if not _agent(noun) or "world's" in head:
        return False  # "Chile, the world's second-largest lithium producer": a country;
    for k, word in enumerate(head[:-1]):  # "…, the largest penalty it has imposed": no one
        if word == "market" and head[k + 1] != "leader":
            continue
        if _RANKED.search(word) or (word in _OWNED and head[k + 1] in _HELD):
            ranked = not word.endswith(("-owned", "-run")) and word not in _OWNED
            return not (set(head[k + 1 :]) & _PERSONS or (ranked and noun in _COUNTRIES))
    return False


def _agent(noun: str) -> bool:
    """Can `noun` head a description of someone (one of them: "operator", "lender",
    "airline", "leader"), not a thing ("penalty", "drop") nor several ("producers")?"""
    if noun.endswith("s") and not noun.endswith("ss"):
        return False
    return noun.endswith(_AGENTS) or noun in lx.ORG_NOUNS or noun in lx.ROLE_NOUNS


_AGENTS = ("er", "or", "ist", "ian", "ant", "ent")  # as `body_forms.AGENT_SUFFIXES`
# What a country is the largest of ("the largest producer of palm oil", "Africa's biggest
# economy"): a rank among countries, not firms.
_COUNTRIES = lx.words("producer exporter importer consumer emitter economy grower")
