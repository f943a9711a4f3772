"""An outlet named as the listener of an interview or the reader of a document: "told
Reuters", "telling Wikinews", "a letter seen by Wikinews", "told Der Spiegel", "told BBC
Wales" (a one-word name after "told" is only the listener's evidence; "told MPs" is not an
outlet). Pure.
"""

from __future__ import annotations

from generator.extract import body_forms as bf
from generator.extract import lexicon as lx
from generator.extract.sentences import Token


def outlet(tokens: list[Token], prev: Token, prev2: Token | None) -> set[str]:
    """Evidence from an interview's listener before the run: "listener" for one word ("told
    Reuters"; not "told MPs"), "org" for an outlet of two words opened by another language's
    article ("told Der Spiegel"; not "Al Gore") or of two or three by initials ("BBC Wales")."""
    if not listener_before(prev, prev2):
        return set()
    word, lead = tokens[-1].text, tokens[0].text
    people = word.endswith(("ans", "ese", "ians", "ites"))  # not "telling Texans"
    if len(tokens) == 1 and not people and (word[1:].islower() or bf.is_acronym(word)):
        return {"listener"}
    initialled = len(tokens) <= 3 and len(lead) > 2 and bf.is_acronym(lead)  # "told VOA Urdu the"
    if len(tokens) == 2 and tokens[0].lower in _PRESS_ARTICLES or initialled:
        return {"org"}
    return set()


def listener_before(prev: Token, prev2: Token | None) -> bool:
    """Do the words before a one-word name make it the listener of an interview or the
    reader of a document ("told Reuters", "telling Wikinews", "a letter seen by Wikinews",
    "data compiled by Bloomberg", "in a reply to Euractiv", "requests for comment from X")?"""
    if prev.lower in {"told", "telling"}:
        return True
    second = prev2.lower if prev2 is not None else ""
    if prev.lower == "to":
        return second in _TO_READER
    if prev.lower == "by":
        return second in _SEEN_BY
    if prev.lower == "from":
        return second in {"comment", "questions"}
    return prev.lower == "with" and second in {"interview", "interviews"}


_TO_READER = lx.words("speaking talking spoke talked reply replies response responses")
_SEEN_BY = lx.words("seen obtained reviewed compiled contacted")


# Articles of other languages that open a newspaper's or broadcaster's name.
_PRESS_ARTICLES = lx.words("al el der die le la il")
