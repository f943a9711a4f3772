"""A body a story first calls by a description and names just after ("Ghana's competition
regulator said on Wednesday …. The National Markets Authority (NMA) said"): the
description's quotations and mentions belong to the named body, when exactly one body
named in that paragraph or the next fits the description's head noun (of several, the one
whose name holds the head noun itself). Pure.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.extract.phrases import name_words

Place = tuple[int, int]  # (paragraph, offset)

# What a description's head noun can stand for: the words of a body's name that fit it.
_FITS = {
    "regulator": frozenset(
        {"authority", "commission", "regulator", "office", "board", "directorate"}
    ),
    "watchdog": frozenset(
        {"authority", "commission", "ombudsman", "office", "watchdog", "directorate"}
    ),
    "agency": frozenset({"agency", "authority", "bureau", "office", "service", "administration"}),
    "ministry": frozenset({"ministry"}),
    "department": frozenset({"department"}),
    "bank": frozenset({"bank"}),
    "police": frozenset({"police", "constabulary", "service", "force"}),
    "court": frozenset({"court", "tribunal"}),
    "commission": frozenset({"commission"}),
    "authority": frozenset({"authority"}),
    "group": frozenset({"group", "trust", "alliance", "coalition", "network", "society", "league"}),
}

# Fits that hold only for the body opening the next paragraph.
_OPENING_FITS = {"regulator": frozenset({"council"}), "watchdog": frozenset({"council"})}


def named_later(
    bodies: Mapping[str, tuple[str, Place]], orgs: Mapping[str, tuple[str, Place]]
) -> dict[str, str]:
    """Described body key → the named organisation's key it is (`bodies`: each description
    and where it first stands; `orgs`: each named organisation and where it is first named)."""
    found: dict[str, str] = {}
    for key, (description, (para, offset)) in bodies.items():
        words = description.casefold().replace("’", "'").split()
        fits = _FITS.get(words[-1] if words else "")
        if fits is None or len(words) < 2:
            continue
        near = [
            k
            for k, (name, (p, o)) in orgs.items()
            if (p, o) > (para, offset)
            and p <= para + 1
            and fits & name_words(name)
            and _same_level(description, name)
        ]
        if not near and words[-1] in _OPENING_FITS:  # "Burkina Faso's media regulator …. The
            near = [  # Superior Council of Communication … said": a council that opens the next
                k  # paragraph (not one named anywhere in it)
                for k, (name, (p, o)) in orgs.items()
                if p == para + 1 and o <= 4 and _OPENING_FITS[words[-1]] & name_words(name)
            ]
        if words[-1] == "police":  # "Tyneford police said …. The Police Federation": the
            place = {w.removesuffix("'s") for w in words[:-1] if w != "the"}  # its force only
            near = [k for k in near if place <= name_words(orgs[k][0])]
        if len(near) > 1:  # "Ontario's police oversight agency": the Agency, not the Service
            near = [k for k in near if words[-1] in name_words(orgs[k][0])]
        if len(near) == 1:
            found[key] = near[0]
    return found


def _same_level(description: str, name: str) -> bool:
    """ "The Allahabad high court" is not the Supreme Court named next: a court's lowercase
    words (its level) must all be in the name."""
    words = description.split()
    if words[-1].casefold() != "court":
        return True
    level = {w.casefold() for w in words[:-1] if w.islower() and w != "the"}
    return level <= name_words(name)
