"""One word that names a firm or another body by what only a body does or has (issue 12,
twenty-sixth round): "Farmalusa said in a statement on Wednesday evening that it …", "GoKaki
said in a statement to CNA that it …" (`name_evidence` tags "said_it"), "Shares in Vantel fell"
("shares"). A person "said it would …" too, when "it" is a thing ("Jones said it had been a hard
year": `kind_cues` leaves that out), so the word must stand alone as the subject (nothing owns
it, no preposition or capitalised word before it: not "the prefecture of Oise said it", not "the
Secretary of State's Office said it"), be no head word, no part of a longer name the document
gives ("Dravian said it" beside "Dravian Motor Co" and "Dravian Motor Workers' Union": which?),
and no country whose people the text names ("Croatia said it would" beside "the Croatian
demand"). Pure.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.extract import lexicon as lx
from generator.extract.name_runs import Run

_BARRED = frozenset(
    {"person", "title", "honorific", "role_before", "named_as", "aged", "place", "common", "prep"}
)
_BEFORE = lx.words("the a an of for by to at with from in on into about against")
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i")
_NO_FIRM = lx.ORG_HEADS | lx.TITLE_WORDS | lx.NO_ONE_WORDS | lx.ROLE_NOUNS  # once, not per call


def lone_firm(run: Run, named_longer: bool, capitals: Callable[[], frozenset[str]]) -> bool:
    """Does the one-word `run` name a body on its own? `named_longer`: the word is part of a
    longer name in the document; `capitals`: the capitalised words of the document, lowercased
    (computed once, when first asked)."""
    ev = run.evidence
    shares = "shares" in ev and not ev & {"modifier", "before_role"}
    sign = "firm_sign" in ev  # "Nordavia shares fell", "chief executive of Nordavia," (firm_signs)
    shares = shares or sign
    barred = _BARRED - {"prep"} if sign else _BARRED  # "of Nordavia": "of" is the officer's
    if not (shares or "said_it" in ev) or ev & barred or run.honorific or named_longer:
        return False
    low = run.text.casefold()
    if len(low) < 3 or low in _NO_FIRM:
        return False  # "the Secretary of State's Office said it"
    if not shares and not _stands_alone(run.lead):
        return False
    seen = capitals()
    people = {f"{stem}{e}" for e in _DEMONYM_ENDINGS for stem in (low, low[:-1])} - {low}
    return seen.isdisjoint(people)  # not "GoKaki" itself, as "GoKak" + "i"


def _stands_alone(lead: str) -> bool:
    """Does the run open its noun phrase: after the start of a sentence, a comma, a quotation
    mark, or a lowercase word that is no article, preposition or possessive?"""
    if not lead.strip() or lead[-1:] != " ":
        return not lead.strip()
    before = lead.rstrip()
    if before[-1:] in {".", ",", ";", ":", "”", '"', "’", "—", "–", "(", ")"}:
        return not before.endswith(("’s", "'s"))
    word = before.rsplit(None, 1)[-1]
    return word.islower() and word not in _BEFORE
