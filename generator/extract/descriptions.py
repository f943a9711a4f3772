"""What an unnamed subject's description stands for, for the document verbs of `cues`
("the report found"): one person ("an inspector who …", "X's predecessor"), a body ("the
planning board"), or one office-holder ("the Controller of Budget"). Pure."""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract.role_phrases import person_noun


def someone(description: str) -> bool:
    """Does an unnamed description name one person ("an inspector who …", "X's predecessor"),
    not a thing ("a review of the tally sheets", whose words are its author's)?"""
    words = description.casefold().replace("’", "'").split()
    owned = next((k for k, w in enumerate(words[:4]) if w.endswith("'s")), -1)
    if 0 <= owned < len(words) - 1 and person_noun(words[owned + 1]):
        return True  # "Kovač's predecessor found “…”": that one person, unnamed
    if len(words) < 2 or words[0] not in {"a", "an", "one"}:
        return False
    named = all(w[:1].isupper() for w in description.split()[1:-1])  # "a Fulton County
    return any(person_noun(w) for w in words[1:3]) or (named and person_noun(words[-1]))  # judge"


def body_noun(unnamed: str) -> bool:
    """Is an unnamed subject a body described, not named ("the planning board")?"""
    words = unnamed.casefold().split()
    return bool(words) and words[0] == "the" and words[-1] in lx.GENERIC_ORG_NOUNS


def the_officer(description: str) -> bool:
    """Is an unnamed description one office-holder ("the Controller of Budget had, in a
    report …,"), whose finding is theirs, not the outer speaker's?"""
    words = description.casefold().split()
    return len(words) >= 2 and words[0] == "the" and words[1].strip(",") in lx.ROLE_NOUNS
