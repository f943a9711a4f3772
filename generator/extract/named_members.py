"""A person a body's name describes: "A former Bureau of Customs (BOC) examiner told".

When a bracketed acronym after the name keeps the phrase reader from the noun, the phrase's
head is the body's name; the lowercase person noun after it says the speaker is one of the
body's people, unnamed, not the body (a spokesperson's words stay the body's elsewhere).
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.document import Para
from generator.extract.phrases import Phrase

_BRACKET = re.compile(r"^\s*\([^()]*\)")
_AGENT_ENDS = ("er", "or", "ist")  # "examiner", "investigator", "economist"


def named_member(phrase: Phrase, para: Para) -> bool:
    """Is `phrase` "a/an [former] <Body> (ACR) <person noun>": one of the body's people?"""
    head = phrase.head
    if phrase.det not in {"a", "an"} or head is None or head.kind != "name" or phrase.noun:
        return False
    name = para.text[head.start : head.end]
    at = phrase.text.find(name)
    if at < 0:
        return False
    tail = _BRACKET.sub("", phrase.text[at + len(name) :]).split()
    if not tail or not all(w.isalpha() and w.islower() for w in tail):
        return False
    noun = tail[-1]
    if noun in lx.SPOKESPEOPLE or noun in sp.PROXY_NOUNS or noun in sp.DOCUMENT_NOUNS:
        return False
    return noun in lx.ROLE_NOUNS or noun.endswith(_AGENT_ENDS)
