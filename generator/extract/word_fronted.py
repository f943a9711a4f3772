"""Bodies whose name opens with a common word, for `name_runs`: "Doctors for a Healthy
Hunter", "Transport for London", "Lawyers for Civic Rights Zimbabwe", "Friends of Xlendi
Bay", "Families of Larchmont Ridge". `split_run` cuts a run with no body's head word at
"for" and "of" ("Doctors", "Healthy Hunter"), and keeps only the body after "<plural role>
of" ("Officers of the United Kingdom Border Force"); these are one name.

The evidence is the run's own grammar and the document's: a capitalised noun, then "for"
and a capitalised name (a body's purpose), or one of a few words for a body's supporters
("Friends", "Families"), then "of" and a capitalised name; with no body's head word, title,
date, honorific or number after the link, and no word the document uses as a name on its own
before the link or last in a supporters' name ("Saeima for …", "Friends of Greg Tomasetti …
Tomasetti said"). Pure.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract.sentences import Token

_ARTICLES = frozenset({"a", "the"})
# The words that name a body by its supporters before "of" (a closed list of common nouns).
_SUPPORTERS = lx.words("friends families parents mothers fathers neighbours neighbors survivors")
_NOT_FRONT = lx.TITLE_WORDS | lx.ORG_HEADS | lx.PLACE_HEADS
_NOT_AFTER = (
    lx.ORG_HEADS
    | lx.TITLE_WORDS
    | lx.HONORIFICS
    | set(lx.MONTHS)
    | set(lx.WEEKDAYS)
    | lx.words("all")
)


def word_fronted(toks: tuple[Token, ...], run: list[int], alone: frozenset[str]) -> bool:
    """Is `run` one body's name "<Word> for <Name>" or "<Friends> of <Name>"? `alone`: the
    words the document uses as a name on their own (`title_holders.alone_names`)."""
    if len(run) < 3 or run[1] != run[0] + 1:
        return False
    first, link = toks[run[0]], toks[run[1]]
    word = first.lower
    if not first.capitalised or word in _NOT_FRONT or link.lower not in {"for", "of"}:
        return False
    rest = run[2:]
    article = bool(rest) and toks[rest[0]].lower in _ARTICLES
    lone = article and toks[rest[0]].lower == "a"  # "for a Healthy Hunter": a cause
    rest = rest[1:] if article else rest
    if not rest or any(not toks[i].capitalised for i in rest):
        return False  # "Doctors for a healthy …"
    words = [toks[i].lower.rstrip(".") for i in rest]
    if any(w in _NOT_AFTER or w[:1].isdigit() for w in words):
        return False  # "Officers of the Border Force", "Paris for December 5", "for Mr X"
    if first.text in alone:
        return False  # "Saeima for …": a name the document uses alone
    if link.lower == "of":  # not "Friends of Greg Tomasetti … Tomasetti said": a person's
        return word in _SUPPORTERS and toks[rest[-1]].text not in alone
    if word.endswith(("ing", "ed")) or word in lx.ROLE_NOUNS:
        return False  # "Appearing for the State", "Fined for Being Young", "Lawyer for X"
    role = ne.is_role_noun(word)  # "Negotiators for Chad"; "Doctors for a Healthy Hunter"
    return not role or (len(rest) >= 2 and not first.sentence_start) or lone


def linked_initials(parts: list[str]) -> str:
    """ "tfl" for "transport for london": initials that keep "for"/"of" (written in lower
    case inside the acronym: "TfL", "TfGM"), or "" when the name has no such link."""
    if "for" not in parts[1:-1] and "of" not in parts[1:-1]:
        return ""
    return "".join(p[0] for p in parts if p not in {"the", "and", "a"})
