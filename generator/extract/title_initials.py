"""Titles written as their initials: "Chief Election Commissioner AKM Nazmul Hasan … the CEC
said", "Inspector General of Police Musa Kiprono … the IGP said".

An acronym that no body's name in the document spells out, but that is the initials of a
title the document writes right before a person's name, is that title, not an organisation
(`title_acronyms`, used by `names`); "the CEC" then names the one person holding the title
(`spells`, used by `referents.descriptor`), or no one when two hold it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.extract import lexicon as lx
from generator.extract.name_runs import Run

# Titles written short whose letters are not the title's initials: "the CS" is the Cabinet
# Secretary, "the CP" the Commissioner of Police.
_SPELLED = {"cs": "cabinet secretary", "cp": "commissioner police", "igp": "inspector-general"}
# Words a title's initials skip: "Inspector General of Police" is the IGP.
_SKIPPED = frozenset({"of", "for", "the", "and", "&"})
_WORD = re.compile(r"[A-Za-z]+")
# Person marks of a run whose title words stand before it.
_PERSON = frozenset({"title", "role_before", "honorific", "person"})


def initials(words: Iterable[str]) -> str:
    """ "iec" for "independent election commission"; "igp" for "inspector-general of police"."""
    letters = []
    for word in words:
        for part in _WORD.findall(word):
            if part.casefold() not in _SKIPPED:
                letters.append(part[0].casefold())
    return "".join(letters)


def spells(short: str, role: str) -> bool:
    """Does `short` ("cec", "cs") name the title `role` ("chief election commissioner")?"""
    if set(_SPELLED.get(short, "-").split()) <= set(role.split()):
        return True
    words = role.split()
    return len(short) >= 2 and len(words) >= 2 and initials(words) == short


def _titles(run: Run) -> list[list[str]]:
    """The words before a person's name that may be a title: the run's own title tokens;
    else, of the words of its lead after a comma or a stop, the capitalised ones right
    before the name ("Chief Election Commissioner") and all of them when they are few
    ("Chief election commissioner" opening a sentence)."""
    if run.title:
        return [[t.text for t in run.title]]
    words = re.split(r"[,.;:!?()\"“”‘’]", run.lead)[-1].split()
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in _SKIPPED):
        k -= 1
    out = [words[k:]] if words[k:] else []
    return out + [words] if 1 < len(words) <= 5 and words != words[k:] else out


def title_acronyms(runs: list[Run]) -> set[str]:
    """The acronyms (casefolded) that are the initials of a title written right before a
    person's name in the document: two to six words ending in a title word or its "of"
    phrase ("Chief Election Commissioner", "Director of Public Prosecutions"), the first
    capitalised, and the shorter titles ending them ("Election Commissioner")."""
    found: set[str] = set()
    for run in runs:
        if not run.evidence & _PERSON or len(run.tokens) < 2:
            continue
        for words in _titles(run):
            for k in range(2, len(words) + 1):  # "Regional Commissioner" of "Geita Regional
                title = words[-k:]  # Commissioner"; "Cabinet Secretary" of "Education …"
                if title[0].casefold() in _SKIPPED or not title[0][:1].isupper():
                    continue  # "of Police" begins no title; "former election commissioner"
                at = [m for m, w in enumerate(title) if w.casefold() in lx.TITLE_WORDS]
                rest = [w.casefold() for w in title[at[-1] + 1 :]] if at else ["-"]
                if not rest or rest[0] == "of":  # not "Committee chairperson Cde"
                    found.add(initials(title))
    return found
