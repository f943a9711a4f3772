"""A proxy speaking for someone after "through" (issue 12): `named_aide(row, k)` is the
person named after a proxy's role words ("said through its lawyer, Atty. X, that": X);
`through_proxy(para, row, j)` is the proxy of an aside closing just before the verb at `j`
("The corporation, through its lawyer X, had argued": X). Moved out of `verb_cues`.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word, previous_comma
from generator.extract.document import Para
from generator.extract.phrases import PREPOSITIONS, Who
from generator.extract.rows import verb_at


def named_aide(row: Sequence[Chunk], k: int) -> str | None:
    """The person named after a proxy's role words from `k` ("media aide, Mr. Peter Audu,")."""
    for m in range(k, min(k + 3, len(row) - 2)):
        if row[m].kind != "word" or (row[m].text in PREPOSITIONS and m > k):
            return None
        named = row[m + 2] if row[m + 1].text == "," else None
        proxy = row[m].text in sp.PROXY_NOUNS or row[m].text in lx.ROLE_NOUNS
        if proxy and named is not None and named.mention and named.mention.kind == "person":
            return named.mention.key
    return None


def through_proxy(para: Para, row: Sequence[Chunk], j: int) -> Who | None:
    """ "The corporation, through its lawyer Paul Ng'eno, had argued", "The ministry, through
    its head of legal services X, had told": the proxy speaks, named or not, never the one
    it speaks for (the aside closes just before the verb)."""
    k = j - 1 - is_word(row, j - 1, "had", "has", "have")
    k2 = previous_comma(row, k) if k > 0 and row[k].text == "," else -1
    firm = k2 > 0 and k2 == k - 4 and is_word(row, k - 2, "of") and row[k - 1].body
    last = row[k - 3] if firm else row[k - 1]  # "through its lawyer, Mr X of Y & Co, dismissed"
    k3 = previous_comma(row, k2) if k2 > 0 and k2 == k - 2 - 2 * firm else -1
    aide = last.mention if k3 >= 0 and is_word(row, k3 + 1, "through") else None  # Publicity
    if aide is not None and aide.kind == "person":  # Secretary, Mrs. X, described": X
        return Who(aide.key, "high")
    if k2 < 0 or not is_word(row, k2 + 1, "through"):
        return None
    titled = all(c.kind == "word" for c in row[k2 + 3 : k - 1]) and k - k2 >= 5
    held = any(is_word(row, m, *lx.ROLE_NOUNS) for m in range(k2 + 3, k - 1))
    if titled and held and last.mention is not None and last.mention.kind == "person":
        return Who(last.mention.key, "high")
    if not is_word(row, k2 + 3, *sp.PROXY_NOUNS):
        return None
    named = row[k2 + 4] if k2 + 4 < k else None
    if named is not None and named.kind == "name" and named.mention is not None:
        return Who(named.mention.key, "high") if named.mention.kind == "person" else None
    return Who(None, "low", para.text[row[k2 + 2].start : row[k - 1].end])


def clause_proxy(para: Para, row: Sequence[Chunk], start: int, j: int) -> Who | None:
    """The named proxy of a body in the main clause an "-ing" verb at `j` hangs on ("The SPC,
    through its publicity secretary, X, said …, insisting that …": X, as for "said"), or None;
    not a person's ("Governor Y, through his press secretary X, blamed …, saying": the
    labels give those to the principal)."""
    verb = next((m for m in range(start + 1, j) if row[m - 1].text == "," and verb_at(row, m)), -1)
    its = any(is_word(row, m, "through") and is_word(row, m + 1, "its", "their") for m in range(j))
    who = through_proxy(para, row, verb) if verb > 0 and its else None
    return who if who is not None and who.key is not None else None
