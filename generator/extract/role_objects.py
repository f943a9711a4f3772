"""The name after "<role> of", for `name_runs`: "director of National Intelligence John
Negroponte" ends with the person who holds the role; "Lisa Okafor, director of Transit Riders
United, said" and "who was chief executive of Island Vessels Scotland" name the body the role
belongs to, since the role's holder is named before it. Pure.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract import name_joins as nj
from generator.extract.document import Para
from generator.extract.sentences import Token


def role_object(para: Para, run: list[int]) -> list[int]:
    """ "director of National Intelligence John Negroponte", "Prime minister of Finland Matti
    Vanhanen": after "<role> of", a run of three or more words ends with the person's name;
    the words before it belong to the role. Returns the name's tokens, or [] for no such."""
    toks = para.tokens
    if len(run) < 3 or run[0] < 2 or any(toks[i].lower in lx.CONNECTORS for i in run):
        return []
    of, role = toks[run[0] - 1], toks[run[0] - 2]
    if of.lower != "of" or not ne.is_role_noun(role.lower) or role.capitalised:
        return []
    if any(toks[i].lower in lx.ORG_HEADS | nj.UNION_UNITS for i in run[-2:]):
        return []  # "director of Human Rights Watch", "president of X Workers Local 418"
    if _held(para.text, toks, run[0] - 2):
        return []  # "X, director of Transit Riders United,", "who was pastor of Y Z W"
    return run[-2:]


# Words before a role that say whose it is: its subject ("who was chief executive of …").
_COPULAS = lx.words("is was were are be been being as became becomes remains remained")


def _held(text: str, toks: tuple[Token, ...], role: int) -> bool:
    """Is the role at `role` (with up to three words before it: "the", "general", "managing",
    "Asia") apposed to a name before a comma ("Lisa Okafor, director of …"), or said of a
    subject by a copula or "as" ("who was chief executive of …")?"""
    for k in range(role, max(-1, role - 4), -1):
        if k < role and (toks[k].lower in _COPULAS):
            return True
        if k > 0 and "," in text[toks[k - 1].end : toks[k].start]:
            return toks[k - 1].capitalised and not toks[k - 1].sentence_start
        if k < role and toks[k].lower in lx.CONNECTORS - {"the"}:
            return False
    return False
