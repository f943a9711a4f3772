""" "A Holyrood committee has accused Scotland's exams body of a “…”": a story's opening
paragraph often gives a body by a description with "a"/"an" and names it further on ("MSPs
on the Education and Skills Committee said"). A quotation of the opening paragraph left to
such a description (its head noun in lower case: "A Seoul court", "A hospital trust", "A
school district in eastern Washington") is the one organisation the story names after it
whose name has that noun as a head and each lower-case word of the description ("appeals"
in "A federal appeals court", past a few words of any body: "federal", "regional"), when
no body the opening paragraph named before the description fits it. Of two such bodies, the
one named in the next two paragraphs when the other is named further on ("A Seoul court" is
the Seoul Central District Court named next, not the Seoul High Court an appeal goes to).
Not when the words between the description and the quotation give another speaker (a
person, "he", "a coroner has found", "after a watchdog found"), nor for a role held before
("a former Bureau of Customs examiner"). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from generator.extract import lexicon as lx
from generator.extract.body_kinds import name_heads
from generator.extract.phrases import name_words
from generator.extract.speech import PAST_HOLDERS
from generator.extract.types import Quote

Place = tuple[int, int]  # (paragraph, offset)

# The kind nouns a description of a body ends in (not "group", "company", "body", which a
# story uses for bodies of any name).
_KINDS = lx.words(
    """court tribunal committee commission board trust council panel mission district
    authority agency hospital inspectorate ombudsman regulator watchdog ministry
    department university college school service"""
)
# Lower-case words any body of the kind may be described by, whatever its name.
_ANY = lx.words(
    """federal state local national regional international independent influential
    powerful cross-party parliamentary top senior new"""
)
_PAST = PAST_HOLDERS | lx.words("defunct")
_ENDS = re.compile(r"\s+(?:in|on|at|of|for|from|with|near|based|that|which|who|whose)\b|[,(]")
_PRONOUNS = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
# A person named between as a subject: "ruling that Judge X had gone too far" (not "the
# detention of journalist X for 14 months", "sentenced Vice Chairman X to four years").
_ACTS = re.compile(
    r"^\W{0,3}(?:\w+\s+)?(?:had|has|have|was|is|would|could|should|did|"
    rf"{'|'.join(sorted(lx.SPEECH_VERBS))})\b"
)
# Another subject's verb of speech or finding between the description and the quotation:
# "…, a coroner has found, describing", "after a watchdog found her care fell".
_VERBS = sorted(lx.SPEECH_VERBS | lx.words("found ruled concluded sued determined"))
_OTHER = re.compile(
    r"\b(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+"
    r"(?:(?:has|have|had)\s+)?(?:(?:already|also|later|now|since)\s+)?"
    rf"(?:{'|'.join(_VERBS)})\b"
)


def bodies_in_lead(
    quotes: Sequence[Quote],
    first: Mapping[str, Place],
    kinds: Mapping[str, str],
    names: Mapping[str, str],
    lead: str,
    people: Sequence[tuple[int, int]],
) -> list[Quote]:
    """`quotes`, those of the opening paragraph left to an "a"/"an" description of a body
    given the one organisation it fits (`first`: where each entity is first named; `people`:
    where the opening paragraph names a person)."""
    found: list[Quote] = []
    for q in quotes:
        opening = q.speaker_key is None and q.span.paragraph == 1
        if opening and q.unnamed.split()[:1] in (["A"], ["a"], ["An"], ["an"]):
            key = _fitting(q, first, kinds, names, lead, people)
            if key is not None:
                q = replace(q, speaker_key=key, confidence="high", unnamed="", candidates=())
        found.append(q)
    return found


def _fitting(
    q: Quote,
    first: Mapping[str, Place],
    kinds: Mapping[str, str],
    names: Mapping[str, str],
    lead: str,
    people: Sequence[tuple[int, int]],
) -> str | None:
    start = lead.find(q.unnamed)
    if start < 0:
        return None
    cut = _ENDS.search(q.unnamed)
    words = q.unnamed[: cut.start() if cut else len(q.unnamed)].split()[1:]
    end = start + len(q.unnamed)
    closing = q.cue.startswith(q.unnamed)  # "“…”, a Senedd committee has said."
    if not words or q.span.start < end and not closing:
        return None
    if not closing and not _own(lead, end, q.span.start, people):
        return None
    head, modifiers = words[-1], words[:-1]
    if head not in _KINDS or _PAST & {m.casefold() for m in modifiers}:
        return None  # "A senior barrister", "A former Bureau of Customs (BOC) examiner"
    level = [m.casefold() for m in modifiers if m.islower() and m.casefold() not in _ANY]
    here = (1, start)
    fits = sorted(
        (place, key)
        for key, place in first.items()
        if kinds.get(key) == "organisation" and key in names and head in name_heads(names[key])
    )
    if any(place <= here for place, _ in fits):
        return None  # a body of the kind named before: "a" one is another
    fits = [(place, key) for place, key in fits if _has(level, name_words(names[key]))]
    if len(fits) > 1 and fits[0][0][0] <= 3 and fits[1][0][0] > 3:
        fits = fits[:1]  # the one named next, not the court an appeal goes to
    return fits[0][1] if len(fits) == 1 else None


def _has(level: list[str], words: frozenset[str] | set[str]) -> bool:
    """Is each of a description's own words one of the name's ("hospital" in "Wrekin and
    Severn Hospitals NHS Trust")?"""
    return all(any(w == m or w.rstrip("s") == m for w in words) for m in level)


def _own(lead: str, end: int, quote: int, people: Sequence[tuple[int, int]]) -> bool:
    """May the words between a description and its quotation leave the quotation its own:
    no person as a subject, no "he"/"she", no other subject's verb of speech or finding?"""
    between = lead[end:quote]
    if _PRONOUNS.search(between) or _OTHER.search(between):
        return False
    return not any(end <= a < quote and _ACTS.match(lead[b : b + 40]) for a, b in people)
