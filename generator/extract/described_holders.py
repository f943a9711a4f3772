"""Which person a bare office description ("the minister", "the coroner") stands for, where
the one-holder rule of `Referents.descriptor` needs two refinements. Pure.

- `unnamed_blocks`: the description stays unclear after a sentence whose subject is an
  unnamed person ("Another member of the defence team said …. “…,” the lawyer said"), but
  not after an organisation ("The Workplace Safety Authority prosecuted the company …. the
  coroner urged"; "the spokesperson" after "A Ministry spokesperson said" stays that one),
  nor when its own sentence names a person before it ("Y, X's predecessor, said the
  minister had himself called"): there the description is read in a clause about named
  people. A proxy's report ("A spokesperson for Minister X said the minister had asked")
  stays unclear: the labels of the read sets give such quotations to no one as often.
- `plain_holder`: "the minister" when both "Irrigation Minister X" and "Chief Minister Y"
  fit is X: a prime or chief minister is called by the rank ("the chief minister"), never
  by the bare noun.
- `named_after`: the one holder first named in a later paragraph than the description, outside
  the lead ("In a statement signed by his adviser, the senator described …" a paragraph
  before "Senator Abba Gombe-Yusuf" is first named): the description refers back to someone
  the text gave no such office, and stays unclear. A lead's description that the next
  paragraph names ("The health minister announced …", then "Minister X said") is not held,
  nor one with a complement, which names its holder before the name does ("The chief
  executive of the ride-hailing company Zipline told senators …", then "Zipline's chief
  executive, Arjun Mehta,").
- `nested_aside`: a plural description whose apposition is one person after "and his …"
  ("delegations led by X and his counterpart, Y,") does not stand for that person: the
  apposition is the inner noun's ("his counterpart"), and the description is unclear.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.names import NameMention
from generator.extract.phrases import Phrase, Who
from generator.extract.rows import role_head

# Ranks that a news text keeps when it refers back to their holder ("the prime minister").
_RANKS = frozenset({"prime", "chief", "first"})


class _Reading(Protocol):
    by_para: dict[int, list[NameMention]]
    first: dict[str, tuple[int, int]]

    def sentences(self, number: int) -> list[tuple[int, int]]: ...
    def sentence_index(self, para: Para, offset: int) -> int: ...
    def _unnamed_before(self, para: Para, offset: int, word: str = "") -> Who | None: ...


def unnamed_blocks(
    refs: _Reading, para: Para | None, head: Chunk | None, noun: str, key: str = ""
) -> bool:
    """Does an unnamed subject before the description headed by `head` (`_unnamed_before`)
    keep it from the one named holder `key` of its office `noun`, or is `key` named after it
    (`named_after`)?"""
    if para is None or head is None:
        return False
    if key and named_after(refs, key, para):
        return True
    offset = head.start
    before = refs._unnamed_before(para, offset)
    if before is None:
        return False
    if before.key is not None:  # a body's unnamed spokesperson before "the spokesperson"
        return noun in lx.SPOKESPEOPLE or noun in sp.PROXY_NOUNS  # is that one
    start = refs.sentences(para.number)[refs.sentence_index(para, offset)][0]
    if para.text[start:offset].split()[:1] in (["A"], ["An"], ["Another"], ["One"]):
        return True  # "A spokesperson for Minister X said the minister had": the proxy's
    mentions = refs.by_para.get(para.number, [])  # report, kept unclear
    return not any(m.kind == "person" and start <= m.start < offset for m in mentions)


def named_after(refs: _Reading, key: str, para: Para | None) -> bool:
    """Is the person `key` first named in a paragraph after `para`, which is not the lead?"""
    if para is None or key not in refs.first:
        return False
    lead = min(p for p, _ in refs.first.values())
    return para.number > lead and refs.first[key][0] > para.number


def plain_holder(
    noun: str, people: Sequence[str], roles: Callable[[str], Sequence[str]]
) -> list[str]:
    """Of the people whose roles fit a bare `noun`, those who hold it without a rank
    ("the minister": the Irrigation Minister, not the Chief Minister); all when none is
    ranked or all are."""
    if len(people) < 2:
        return list(people)

    def ranked(key: str) -> bool:
        fitting = [r for r in roles(key) if role_head(r) == noun]
        return bool(fitting) and all(_rank(r, noun) for r in fitting)

    plain = [k for k in people if not ranked(k)]
    return plain if plain and len(plain) < len(people) else list(people)


def _rank(role: str, noun: str) -> bool:
    words = role.split()
    k = words.index(noun) if noun in words else -1
    return k >= 1 and words[k - 1] in _RANKS


def nested_aside(phrase: Phrase) -> bool:
    aside = phrase.apposition
    person = aside is not None and getattr(aside.mention, "kind", "") == "person"
    joined = re.search(r"\band (?:his|her|their|its) ", phrase.text) is not None
    return phrase.plural and person and joined
