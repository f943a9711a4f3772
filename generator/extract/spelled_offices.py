"""An office's name spelled out by the initials in brackets right after it, for `name_runs`.

"after the Auditor-General of South Africa (AGSA) flagged": a run of title words with no name
after them is a title, and `name_runs` drops it. When the bracket right after the run holds
the initials of its words ("Auditor-General" gives two, "of" none), the document itself says
the run is a name, the name of the office as a body ("the Public Protector (PP)" is one, "the
Inspector-General of Intelligence (IGI)" another). Pure.
"""

from __future__ import annotations

import re

from generator.extract.document import Para
from generator.extract.sentences import Token

_SKIPPED = frozenset({"of", "for", "the", "and", "&", "on", "in"})
_BRACKET = re.compile(r" \(([A-Z][A-Za-z]{1,7})\) ([a-z]+)\b")
_THE = re.compile(r"\b[Tt]he $")
_PLACES = frozenset({"in", "of", "for", "at", "on", "from", "to"})  # "the Resident Electoral
# Commissioner (REC) in Gombe": a person's office, where the person holds it


def spelled(para: Para, words: list[Token]) -> bool:
    """Is `words`, after "the", followed by " (XYZ)" whose letters are the initials of its
    words (hyphened words giving one letter a piece, connectors none), then by a lowercase
    word, its verb ("flagged", "and signed")? Not "a Senior Advocate of Nigeria (SAN)", nor
    "Chief Election Commissioner (CEC) Kazi X" before a person's name."""
    if len(words) < 2 or not _THE.search(para.text, 0, words[0].start):
        return False
    found = _BRACKET.match(para.text, words[-1].end)
    if found is None or found.group(2) in _PLACES:
        return False
    pieces = [p for w in words if w.lower not in _SKIPPED for p in w.lower.split("-") if p]
    return "".join(p[0] for p in pieces) == found.group(1).casefold()
