"""Whose spokesperson "a spokesperson for the company" or "a company spokesperson" is, when
the words alone name no body: the one organisation the sentence before has as its subject
(or an earlier clause of its own sentence), with no person there ("Pacific Terminals said
in a statement …. A company spokesperson said"; "Ofwat said …, and a spokesperson for the
regulator warned"). Unclear when another body named before fits the noun and that one does
not. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.body_kinds import TRADING, fits_kind
from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.phrases import Phrase, Who, name_words

_OPENING = re.compile(  # "“…,” a company spokesperson said", "In a statement, a spokesman"
    r"\s*(?:[\"“‘'][^\"”’]*[\"”’']\s*,?\s*)?(?:In\s+an?\s+[\w-]+(?:\s+[\w-]+){0,3},\s*)?",
)

if TYPE_CHECKING:
    from generator.extract.body_referents import BodyReferents


def body_word(phrase: Phrase) -> str | None:
    """The lowercase noun naming the body a spokesperson speaks for: "a company
    spokesperson" → "company", "a spokesperson for the regulator" → "regulator"; none when
    a name, a possessor or a person's role says it ("a spokesperson for the minister")."""
    if phrase.noun not in lx.SPOKESPEOPLE or phrase.det not in {"a", "an"}:
        return None
    if phrase.possessor is not None or phrase.apposition is not None:
        return None
    words = [m for m in phrase.modifiers if m.kind == "word"]
    if phrase.modifiers and (len(words) != 1 or len(phrase.modifiers) != 1 or words[0].capital):
        return None
    if words and phrase.preps:
        return None
    if words:
        noun = words[0].text
    elif len(phrase.preps) == 1 and phrase.preps[0][0] == "for":
        body = phrase.preps[0][1]
        plain = body.possessor is None and not body.preps and not body.modifiers
        if body.det != "the" or not plain or body.plural or body.head is None:
            return None
        if body.head.kind != "word" or body.head.capital:
            return None
        noun = body.noun
    else:
        return None
    if noun in lx.ROLE_NOUNS or noun in sp.PERSON_NOUNS or noun in lx.SPOKESPEOPLE:
        return None
    return noun


def subject_spokesperson(
    refs: BodyReferents, phrase: Phrase, para: Para, offset: int
) -> Who | None:
    """The body of the sentence before (or of its own sentence, before it) whose
    spokesperson `phrase` is, when that sentence names no person as subject or speaker."""
    noun = body_word(phrase)
    if noun is None:
        return None
    index = refs.sentence_index(para, offset)
    here = [s for s in refs._seen(para.number, index) if s.offset < offset]
    if here:
        seen = here  # "Ofwat said …, and a spokesperson for the regulator warned"
    elif index == 0 or not _opens(para.text[refs.sentences(para.number)[index][0] : offset]):
        return None  # only the sentence before in its paragraph, and only when it opens
    elif refs._before_sentence(para, index, "person"):
        return None  # "X, the firm's chief, said …. A company spokesperson": not sure
    else:
        seen = refs._before_sentence(para, index, "organisation")
    if not seen or any(refs.kinds.get(s.key) != "organisation" for s in seen):
        return None
    bodies = {s.key for s in seen}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    name = refs.names.get(body, "")
    if noun in TRADING and not fits_kind(noun, name):
        return None  # "a company spokesperson" is no public body's
    others = [  # "The Hospitals Group said …. A spokeswoman for the hospital": University
        k  # Hospital X, named before, not the group
        for k in refs._orgs_before((para.number, offset))
        if k != body and noun in name_words(refs.names.get(k, ""))
    ]
    return None if others else Who(body, "high")


def _opens(before: str) -> bool:
    """Does the spokesperson open its sentence (after a quotation or "In a statement,")?"""
    return _OPENING.fullmatch(before) is not None


def kind_spokesperson(
    phrase: Phrase, the: Callable[[Chunk], Who | None], kinds: Mapping[str, str]
) -> Who:
    """ "A district spokeswoman said": the spokesperson of the one body "the district" fits
    (`the`: what "the <noun>" stands for; its own spokesperson speaks for it); else unnamed."""
    words = [m for m in phrase.modifiers if m.kind == "word" and not m.capital]
    if phrase.noun in lx.SPOKESPEOPLE and len(words) == 1 == len(phrase.modifiers):
        body = the(words[0])
        if body is not None and body.key and kinds.get(body.key) == "organisation":
            return body
    return Who(None, "low", phrase.text)
