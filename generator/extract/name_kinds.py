"""Does a name read as an organisation's, when the words around it do not say?

`looks_like_body(name)` is True when a small logistic model of the name's own words gives it
odds of at least 7 to 3 of naming an organisation ("Northgate Aggregates", "Tarnwood
Quarries", "Corvalis Health", "Brenner Antriebstechnik"), and, for a name of three words or
more, the name less its first word (and its part before "of") leans to a body too. `names`
asks it only for a name whose evidence is no more than a person's place in the sentence ("X
said", two to four capitalised words): a title, an honorific, an age or a role noun always
decide first.

The features (`features`) are the name's words, its first and last words and their last two
to four letters ("-tion", "-ics", "-ez"), its length and its shape (an ampersand, a digit, a
capital inside a word as in "BaeDal"). The weights are fitted by
`python -m generator.extract.fit_kinds` on the people and organisations of the read blind
sets, and stored in `kind_weights.json` beside this module. Pure; never raises.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache
from pathlib import Path

from generator.extract import lexicon as lx
from generator.extract.name_evidence import is_role_noun

WEIGHTS_FILE = Path(__file__).with_name("kind_weights.json")
ODDS = math.log(0.7 / 0.3)  # a body when the model gives it at least 0.7
_WORD = re.compile(r"[^\W_][\w’'.&-]*")


@lru_cache(maxsize=8192)  # asked for each cluster, twice, and again in every document
def looks_like_body(name: str) -> bool:
    words = name.split()
    lead = 1 if len(words) > 2 and words[0].casefold() in lx.ROLE_MODIFIERS else 0
    title = len(words) > lead + 1 and is_role_noun(words[lead].casefold())
    if title and words[lead + 1][:1].isupper():
        return False  # "Coroner Simone Farrugia", "State Coroner Vanessa Goh": a title
    w = weights()
    if logit(w, features(name)) < ODDS:
        return False
    # "Liberal Sanjay Khatri", "Javier Montalvo Ríos of the Nuevo Rumbo party": a label or an
    # affiliation the run kept beside a name; "Ombudswoman Ximena Ríos Valdivia", "José
    # Antonio Merino Salcedo": a long name whose words say nothing. The rest must lean to a body.
    parts = [" ".join(words[1:])] if len(words) >= 3 else []
    if "of" in words[2:]:
        parts.append(" ".join(words[: words.index("of", 2)]))
    return all(logit(w, features(part)) >= 0 for part in parts)


def named_by_common_word(name: str, lowercase: frozenset[str]) -> bool:
    """Does a name of two words or more end on a word that its document also writes in
    lowercase, a common noun ("Tandem Cars … rides in its cars", "Helix Care … home care",
    "Malay Mail"), with the model not far from calling it a body (odds of 1 to 4.5 or more)? A
    person's surname is seldom written so, and when it is ("Marcus Fell", "Janet Wills"), the
    model sees a person beyond those odds. Thirty-fifth round: 49 of the read sets' labelled
    organisations, no person."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    last = words[-1].casefold()
    if last not in lowercase and not (last.endswith("s") and last[:-1] in lowercase):
        return False
    return logit(weights(), features(name)) >= LEAN


LEAN = -1.5


def surely_body(name: str) -> bool:
    """Do the name's own words make it a body beyond doubt, at odds of 99 to 1 ("Crestwood
    Estate Management", "Mehta Banerjee & Associates"; not "Fadli Nasution" or "Benjie
    Santelices", which the model leans to call bodies)? For a role's holder after its comma
    ("its managing agent, X,"), a person unless so."""
    return logit(weights(), features(name)) >= SURE


SURE = math.log(99)


def logit(w: dict[str, float], found: dict[str, float]) -> float:
    return sum(w.get(name, 0.0) * value for name, value in found.items())


@cache
def weights() -> dict[str, float]:
    loaded: dict[str, float] = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return loaded


def features(name: str) -> dict[str, float]:
    words = _WORD.findall(name)
    found = {"bias": 1.0}
    if not words:
        return found
    lower = [w.casefold() for w in words]
    first, last = lower[0], lower[-1]
    found[f"words: {min(len(words), 4)}"] = 1.0
    found[f"first: {first}"] = found[f"last: {last}"] = 1.0
    for word in lower:
        found[f"word: {word}"] = 1.0
    for n in (2, 3, 4):
        found[f"last ends: {last[-n:]}"] = found[f"first ends: {first[-n:]}"] = 1.0
    if any(not w.isupper() and any(c.isupper() for c in w[1:]) for w in words):
        found["capital inside a word"] = 1.0
    if any(w.isupper() and len(w) > 1 for w in words):
        found["word in capitals"] = 1.0
    if "&" in name:
        found["ampersand"] = 1.0
    if any(c.isdigit() for c in name):
        found["digit"] = 1.0
    if len(words) > 1 and last.endswith("s"):
        found["last word ends in s"] = 1.0
    return found
