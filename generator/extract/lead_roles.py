""" "A federal judge in Ohio blocked …, calling it “…”" / "Tuvalu's foreign minister warned
that …": a story's opening paragraph often gives a person by office alone and names them
further on ("U.S. District Judge Margaret Ellery-Voss wrote", "Foreign Minister Tavita
Lauina said"). A quotation of the opening paragraph left to such a description is the one
person the story names later with a stated role of that head noun whose words fit the
description's ("foreign minister" / "Foreign Minister"; "central bank governor" / "Bank of
Slovenia Governor"); two such people, a role held before ("a retired judge"), or a role of
other words ("health secretary" / "Transport Secretary") leave it unclear. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.types import Quote, Role

# Words after which a description's own words end ("A federal judge in Washington").
_PREPOSITIONS = lx.words("in on at to from for of with over")
# Words of rank that any holder of the office fits ("a top official", "the main negotiator").
_RANKS = lx.words("top main senior chief lead state own")
# A court's words in a judge's title that "federal" stands for ("U.S. District Judge").
_FEDERAL = lx.words("federal u.s. us district circuit")
# Roles held before or by a kind of person, not an office ("a retired judge", "former").
_PAST = lx.words("former retired ex- onetime")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


def named_in_lead(
    quotes: Sequence[Quote],
    roles: Sequence[Role],
    first: Mapping[str, tuple[int, int]],
    kinds: Mapping[str, str],
    lead: str,
) -> list[Quote]:
    """`quotes`, those of the first paragraph left to a description given the one person it
    fits (`first`: where each entity is first named), when that paragraph names no person
    (one it names may be the one described: "… mayor …, with counsel assisting, X,
    describing")."""
    if any(p == 1 and kinds.get(key) == "person" for key, (p, _) in first.items()):
        return list(quotes)
    offices = _offices(roles)
    found: list[Quote] = []
    for q in quotes:
        if q.speaker_key is None and q.unnamed and q.span.paragraph == 1 and _own(q, lead):
            key = _fitting(q.unnamed, offices, first, q.span.paragraph)
            if key is not None:
                q = replace(q, speaker_key=key, confidence="high", unnamed="", candidates=())
        found.append(q)
    return found


# "what he called “…”": a pronoun's words, whoever the description was.
_PRONOUN_CUE = re.compile(r"\b(?:he|she|they)(?:\s+\w+){1,2}\s*$")
_SPEECH = lx.SPEECH_VERBS
# Words for a person who may be the pronoun's antecedent instead ("a Georgia man").
_PERSON_WORDS = lx.ROLE_NOUNS | sp.PERSON_NOUNS | lx.words("man woman boy girl person")
_LAW_AFTER = re.compile(r"^\W*(?:\w+\W+){0,6}within the meaning of\b")  # the law's words


def _own(q: Quote, lead: str) -> bool:
    """May the quotation be the described person's own words: not a pronoun's ("what he
    called") when another person stands between the description and the pronoun ("a rule
    issued by Missouri's attorney general that … what he called"; but "A federal judge …
    held a county in contempt for failing to fix what she called"), nor a law's ("“…” of the
    party within the meaning of"), nor a term an accusation names ("accusing it of running
    an illegal “…”")?"""
    before = lead[: q.span.start].rstrip(" \"“‘'")
    pronoun = _PRONOUN_CUE.search(before)
    if pronoun is not None and _SPEECH & set(pronoun.group().split()):  # "he had turned"
        described = lead.find(q.unnamed)  # is no cue
        between = lead[described + len(q.unnamed) : pronoun.start()] if described >= 0 else ""
        if described < 0 or _PERSON_WORDS & set(_words(between)):
            return False
    if _LAW_AFTER.match(lead[q.span.end : q.span.end + 80]):
        return False
    last = before.rsplit(None, 1)[-1].casefold() if before.split() else ""
    return q.cue not in {"accusing", "accused"} or last in {"of", "that", "as"}


def _words(text: str) -> list[str]:
    return text.casefold().replace("’", "'").split()


def _offices(roles: Sequence[Role]) -> dict[str, set[tuple[str, frozenset[str]]]]:
    """Head noun → (person key, the role's other words) for each role stated as an office."""
    offices: dict[str, set[tuple[str, frozenset[str]]]] = {}
    for role in roles:
        if role.relation != "role" or role.basis:
            continue
        words = _words(role.text.split(",")[0])
        end = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
        words = words[:end]  # "president of the union", "chief constable of X since 2021"
        if not words or words[0] in {"a", "an"} or _PAST & set(words):
            continue
        head, rest = words[-1], frozenset(w for w in words[:-1] if w != "the")
        offices.setdefault(head, set()).add((role.entity_key, rest))
    return offices


def _fitting(
    description: str,
    offices: Mapping[str, set[tuple[str, frozenset[str]]]],
    first: Mapping[str, tuple[int, int]],
    paragraph: int,
) -> str | None:
    """The one person named in the two paragraphs after the opening one (news names the one
    described there) whose office fits `description`."""
    places = {w.casefold() for w in description.split()[1:] if w[:1].isupper()}
    words = _words(description)
    end = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    words = words[:end]
    owner = max((i for i, w in enumerate(words) if _POSSESSIVE.search(w)), default=-1)
    words = (
        words[owner + 1 :]
        if owner >= 0
        else words[1:]
        if words[:1] in (["a"], ["an"], ["the"])
        else []
    )
    if not words or not all(w.replace(".", "").isalpha() or "-" in w for w in words):
        return None
    head, modifiers = words[-1], set(words[:-1]) - _RANKS
    if head not in lx.ROLE_NOUNS or head in lx.SPOKESPEOPLE:
        return None
    holders = offices.get(head, set())
    holders = holders | offices.get("justice", set()) if head == "judge" else holders
    fits = {  # "A Saskatchewan judge" is "Justice X"; a place's name ("A New South Wales
        key  # coroner") does not restrict the office ("Deputy State Coroner X")
        for key, rest in holders
        if first.get(key, (0, 0))[0] in (paragraph + 1, paragraph + 2)  # named next
        and _compatible(modifiers - (places - rest), rest)
    }
    return fits.pop() if len(fits) == 1 else None


def _compatible(modifiers: set[str], rest: frozenset[str]) -> bool:
    """Do a description's words and a role's fit: either has none, or they share one
    ("federal" standing for a federal court's words)?"""
    if not modifiers or not rest:
        return True
    if "federal" in modifiers and rest & _FEDERAL:
        return True
    return bool(modifiers & rest)
