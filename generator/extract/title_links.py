"""Where a title's "of"/"for" links a name (issue 12): `title_link(words, j)` ("Secretary of
the …", not "Justice for …"), `apposed(para, last)` (a name between commas after the run,
"Counsel for X Y Z, Sarah Whiteley,"), `person_after(words, j)` (two or three plain
capitalised words after the title: a person). Moved out of `name_runs`.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.name_titles import after_link
from generator.extract.sentences import Token


def title_link(words: list[Token], j: int) -> bool:
    """ "of"/"for" at `j` after a title word ("Secretary of the …"; not "Justice for …")."""
    title = words[j - 1].lower in lx.TITLE_WORDS and words[j - 1].lower != "justice"
    title = title and not (j > 2 and after_link(words, j - 1))  # "Office of the High …"
    return words[j].lower in {"of", "for"} and title


_APPOSED = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*,")
_NOT_PLAIN = lx.CONNECTORS | lx.ORG_HEADS  # once, not per word


def apposed(para: Para, last: int) -> bool:
    """Does a name between commas follow the run ending at token `last` (", Sarah Whiteley,")?"""
    return _APPOSED.match(para.text, para.tokens[last].end) is not None


def person_after(words: list[Token], j: int) -> bool:
    """Two or more words after the title at `j`, none an organisation's head: a person."""
    rest = words[j + 1 :]
    plain = all(t.capitalised and t.lower not in _NOT_PLAIN for t in rest)
    return j >= 3 and 2 <= len(rest) <= 3 and plain  # not "… Commissioner of Canada"
