"""A person the text describes, then names only by the name they gave the reporter.

"A vendor who gave her name only as Mai Tino said …", "One traveller, who gave his name only
as Darius, called …", "The researcher, who asked to be identified only as Kai, told …", "The
applicant, identified only as T.Y., told …", "a shopkeeper who gave only his first name,
Bakyt, said": the description at the head of the phrase is the person so named, and the
phrase is that name (so is "she said" after the sentence). Not "who asked not to be named"
nor "who gave only her first name," with no name after it (no one named), nor a name given in
the relative clause of someone else's object ("X, who met a trader who gave his name only as
Piet, said": X; the head holds a clause or a name), nor a form of address ("only as Madam
Lee": the name read would drop the address the person gave).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.names import NameMention
from generator.extract.phrases import Who
from generator.extract.subject_shapes import unnamed_subject

Mentions = dict[int, list[NameMention]]

_GIVEN = re.compile(
    r"(?P<head>[^;:()\"“”]{2,60}?),? (?:"
    r"who (?:gave|had given|would give) (?:his|her|their) (?:first |full )?name,? (?:only )?as"
    r"|who (?:gave|had given) only (?:his|her|their) first name,"
    r"|who (?:asked|wished|wanted|agreed|preferred|chose|requested) to be (?:identified|named"
    r"|known|called|referred to) only (?:as|by)"
    r"|(?:identified|named|known) only as"
    r") "
)
# A head that holds a clause or a verb is someone else's phrase ("a lawyer who met a vendor")
_CLAUSE = re.compile(r"\b(?:who|whom|which|that|said|says|told|met|spoke|and|or)\b", re.I)
# What may follow the name: the phrase's end, a comma, "for security reasons", or the verb
_AFTER = re.compile(r"\s*(?:$|,|\s(?:for|because)\s|\s[a-z])")


def given_name(text: str, start: int, end: int, mentions: Sequence[NameMention]) -> str | None:
    """The key of the person that the phrase `text[start:end]` describes and then names by
    the name they gave, or None."""
    m = _GIVEN.match(text, start, end)
    if m is None or _CLAUSE.search(m.group("head")):
        return None
    head_start, at = m.start("head"), m.end()
    if any(head_start <= n.start < at for n in mentions):
        return None  # "Council leader X, who …": a name in the head is the phrase's own
    named = next((n for n in mentions if n.full_start == at), None)
    if named is None or named.kind != "person" or named.possessive or named.end > end:
        return None
    if named.start != at:  # "only as Madam Lee": a form of address, not a name to show
        return None
    return named.key if _AFTER.match(text, named.end, end) else None


def phrase_name(para: Para, phrase: str, offset: int, by_para: Mentions) -> str | None:
    """`given_name` for a noun phrase's text `phrase`, found in the paragraph from `offset`."""
    at = para.text.find(phrase, offset) if phrase else -1
    mentions = by_para.get(para.number, [])
    return given_name(para.text, at, at + len(phrase), mentions) if at >= 0 else None


def given_or_unnamed(row: Sequence[Chunk], para: Para, by_para: Mentions) -> Who | None:
    """The one person the text describes as the subject opening `row`: the name they gave
    ("A vendor who gave her name only as X said …"), else unnamed ("A shopkeeper who asked
    not to be named")."""
    described = unnamed_subject(row, para.text)
    if described is None:
        return None
    at = para.text.find(described, row[0].start)
    mentions = by_para.get(para.number, [])
    given = given_name(para.text, at, row[-1].end, mentions) if at >= 0 else None
    return Who(given, "high") if given else Who(None, "low", described)
