"""Is a subject the text describes but does not name a person ("The municipal chief said",
"The father of three told"), and not a document whose head noun merely looks like an agent
noun ("The letter also described …, a characterization that Mr. X rejected. “…,” he said":
the letter is no one "he" could be)? Pure."""

from __future__ import annotations

from collections.abc import Mapping

from generator.extract import speech as sp
from generator.extract.phrases import Who
from generator.extract.role_phrases import person_noun


def described_person(unnamed: str) -> bool:
    """Does the description `unnamed` ("The letter", "The father of three") name a person?"""
    words = unnamed.split()
    if words[:1] in (["The"], ["the"]):  # "The father of three told": the father
        words = unnamed.split(" of ")[0].split()
    head = (words or [""])[-1].casefold()
    return person_noun(head) and head not in sp.DOCUMENT_NOUNS


def described_last(unnamed: str) -> bool:
    """Is the last word of `unnamed` a person noun that is no document ("the letter")?"""
    head = (unnamed.split() or [""])[-1].casefold()
    return person_noun(head) and head not in sp.DOCUMENT_NOUNS


def person_subject(subject: Who | None, kinds: Mapping[str, str]) -> bool:
    """Is the sentence before's subject a person, named or described? Not a body, nor a
    document read as its author ("The letter [the agency's] also described …, a
    characterization that Mr X rejected. “…,” he said": his)."""
    if subject is None:
        return False
    if subject.key:
        return kinds.get(subject.key) != "organisation"
    return described_last(subject.unnamed)
