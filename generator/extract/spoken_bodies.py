"""The name a spokesperson speaks for, read as a body's when nothing in it says a person.

"A spokesperson for the State Border Guard said", "A spokesman for the House Republican
Conference said": "the" before a name of two words or more that a spokesperson speaks for
makes it a body (no person is "the X Y"), unless a title or a role word is in it ("for the
Secretary of State", "for the Duke of Sussex"). "A spokeswoman for North Buchan Seafoods
said", "A spokesman for Caledonian Ferry Assets said": without "the", a name of two words
or more whose own words lean to a body (`name_kinds.looks_like_body`, which says no to
"Laura Whitfield" or "Mines Minister Gregory Tallis"). Such names were read as a person's
(an appositive "the largest private operator", "the private contractor" elsewhere) or as no
one's (a run with "the" and no other mark), so the spokesperson's words had no speaker.

Not a name followed by a noun ("for the Whitfield campaign", "for the Smith family"), a
possessive ("for the Nevada Secretary of State's Office"), a name with a title or an
honorific before it, or one word ("for Whitfield": a person's spokesperson as often). Pure.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract.name_kinds import looks_like_body
from generator.extract.name_runs import Run

_FOR = re.compile(rf"\b(?:{'|'.join(sorted(lx.SPOKESPEOPLE))}) for (the )?$", re.IGNORECASE)
# Ranks of nobility, whose holders a spokesperson speaks for ("the Duke of Sussex").
_NOBLE = lx.words("duke duchess earl countess baron baroness emperor empress marquess")


def spoken_body(run: Run) -> bool:
    """Is `run` the name a spokesperson speaks for, and a body's by the rules above?"""
    found = _FOR.search(run.lead)
    if found is None or run.honorific or run.title or len(run.tokens) < 2:
        return False
    if run.tokens[-1].possessive or not _ends_phrase(run.after):
        return False
    lowered = [t.lower for t in run.tokens]
    if lowered[0] in lx.ROLE_NOUNS or any(w in lx.TITLE_WORDS or w in _NOBLE for w in lowered):
        return False
    return found.group(1) is not None or looks_like_body(run.text)


def _ends_phrase(after: str) -> bool:
    """Does the name end its noun phrase: a comma, a full stop or a verb after it ("said",
    "told", "declined"), not a noun ("campaign", "family", "police")? (`after` holds eight
    characters.)"""
    rest = after.lstrip()
    if not rest or not rest[0].isalpha():
        return True
    word = rest.split(None, 1)[0]
    if not word.islower():
        return False
    return any(v.startswith(word) for v in _VERBS)


# The verbs a spokesperson's phrase is the subject of, as `Run.after` may cut them.
_VERBS = lx.words(
    """said says told tells added adds declined confirmed denied insisted stated warned
    acknowledged rejected refused responded replied wrote explained noted did does has had
    would could will was is"""
)
