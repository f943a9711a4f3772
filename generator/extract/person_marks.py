"""Names of people that a body's mark beside them seemed to make bodies, for `name_evidence`.

- ", which" after a person named with a role refers further back, to the document, the trial
  or the review the sentence is about: "the 2023 trial of former energy minister Kiril Vasev,
  which ended in his conviction", "a review led by former chief constable X, which was
  published", "a letter … to the chief constable of Severnside Police, Andrew Tolland, which
  has been seen", "a letter … by the region's senior obstetrician, Anjali Raman, which warned"
  (`which_back`);
- the holder of a role named as an appositive after it ("His lawyer, Benjie Santelices, told",
  "Its deputy director, Serhiy Kolomiiets, said") is a person, whatever the words of the
  name seem to say (`holder`);
- "one of his lawyers, X": one member of the trade, a person, not the firm a plural trade
  before a name gives elsewhere ("the council's external auditors, Harwood Lyle,")
  (`one_of`);
- the rank of senior counsel after a full name ("Richard Osei KC, counsel for the company,
  said", "Yusuf Danladi SAN") is a person's: no body is a silk (`counsel_rank`).
Pure.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract.sentences import Token

# What may stand between a role noun and the comma before its holder's name: the body the
# role is held at ("the chief constable of Severnside Police, X").
_LINKS = frozenset({"of", "at", "for", "to"})
_DETERMINERS = lx.DETERMINERS - {"a", "an"}
_ONE_OF = re.compile(r"\bone of (?:the|his|her|its|their|our)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


def _role(word: str) -> bool:
    """A role noun that only a person holds (not "developer", "regulator", "rival")."""
    return word in lx.ROLE_NOUNS and word not in lx.ORG_NOUNS and word not in lx.SHARED_ROLES


def role_phrase_before(toks: tuple[Token, ...], start: int, text: str) -> bool:
    """Does the name at token `start` stand right after "<role noun>[ of <body>], "? The
    name is then the role's holder ("the chief constable of Severnside Police, Andrew
    Tolland,", "the then chair of the project board, Niamh Keaveney,", "the speaker of
    parliament, Ama Dogbé,")."""
    if start < 1 or text[toks[start - 1].end : toks[start].start].strip() != ",":
        return False
    linked = False  # past "of"/"at"/"for" (walking back): the role's noun comes next
    for k in range(start - 1, max(-1, start - 8), -1):
        word = toks[k]
        if k < start - 1 and text[word.end : toks[k + 1].start].strip():
            return False  # a comma or a bracket inside: another phrase
        if _role(word.lower) and (k == start - 1 or not word.capitalised):
            return k == start - 1 or linked  # "its National Publicity Secretary, X,"
        if word.lower in _LINKS:
            linked = True
        elif linked and word.lower != "the":
            return False  # "a letter sent to the board, X": no role before "to"
    return False


def which_back(
    after: str, named: bool, ev: set[str], at: tuple[tuple[Token, ...], int, str]
) -> bool:
    """Is ", which" right after the name (`after`: the text after it) not the name's own, the
    name being a person's: named after a role's comma or with a title (`named`), after a role
    noun ("former energy minister Kiril Vasev, which": the trial), or after a role phrase's
    comma ("the chief constable of Severnside Police, Andrew Tolland, which": the letter)?
    `at`: the paragraph's tokens, the name's first token and the paragraph's text."""
    if not after[1:].lstrip().startswith("which"):
        return False
    toks, start, text = at
    if named or role_phrase_before(toks, start, text):
        return True
    words = _name_words(toks, start)  # not "the incumbent Dantele, which has lobbied"
    return "person" in ev and "role_before" in ev and "shared_role" not in ev and len(words) > 1


def holder(toks: tuple[Token, ...], span: tuple[int, int], text: str) -> bool:
    """Is the name at tokens `span` (after "<role noun>, ") the role's holder, a person: one
    word ("Sadykov's wife, Elmira,"), or more after a possessive or "the" before the role
    ("His lawyer, Benjie Santelices,", "Its deputy director, Serhiy Kolomiiets,"), whatever
    its words seem to say? Not with a body's words in the name ("its owner, X Holdings,"); a
    name `name_kinds` finds surely a body's ("its managing agent, Crestwood Estate Management,")
    `names` turns back (the tag "holder")."""
    start, last = span
    if start == last:
        return True
    if start < 2:
        return False
    noun = toks[start - 1]
    if noun.capitalised and not noun.sentence_start or not _role(noun.lower):
        return False
    for k in range(start - 2, max(-1, start - 6), -1):  # "Its deputy director, X"
        word = toks[k]
        if text[word.end : toks[k + 1].start].strip():
            return False
        if word.lower in _DETERMINERS or word.possessive:
            break  # "Tom Reed's lawyer, X"
        if word.capitalised and not word.sentence_start:
            return False
    else:
        return False
    words = [t.lower for t in toks[start : last + 1]]
    return not any(w in lx.ORG_HEADS or w in lx.COMPANY_ENDINGS for w in words)


def _name_words(toks: tuple[Token, ...], start: int) -> list[Token]:
    """The capitalised words of the name that starts at token `start`."""
    words = [toks[start]]
    for word in toks[start + 1 :]:
        if not word.capitalised or words[-1].possessive:
            break
        words.append(word)
    return words


def one_of(text: str, word: Token) -> bool:
    """ "One of his lawyers, X": the plural `word` names a trade's members, one of them."""
    return bool(_ONE_OF.search(text, max(0, word.start - 40), word.start))


def counsel_rank(after: str, words: int) -> set[str]:
    """ "person" when a name of two words or more is followed, after one space, by the rank
    of senior counsel ("Imogen Sallis KC told", "Conor Whelan SC,"); else nothing."""
    rank = _RANK.match(after)
    return {"person"} if words >= 2 and rank is not None and rank[1] in COUNSEL_RANKS else set()


# The ranks of senior counsel, a person-only subset of `lexicon.POST_NOMINALS` as written
# after a name: no body is a silk.
COUNSEL_RANKS = frozenset({"KC", "QC", "SC", "SAN"})
_RANK = re.compile(r" ([A-Z]{2,3})\b")
