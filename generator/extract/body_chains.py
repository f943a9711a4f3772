"""A chain of reference from a body described as a subject to the "it" after it: "The union
disputes that. In a statement, it said": "it" is the union, when the description stands for
one named body for sure and nothing else of the kind stands between. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who, parse
from generator.extract.rows import verb_at

_BODY_WORDS = lx.BODY_NOUNS | lx.ORG_NOUNS | lx.ORG_HEADS | lx.GENERIC_ORG_NOUNS


def _other_body(row: Sequence[Chunk], key: str, kinds: Mapping[str, str], skip: int) -> bool:
    """Does `row`, past its first `skip` chunks, name or describe a body other than `key`
    ("sued the council", "Brantley Holdings")?"""
    for c in row[skip:]:
        if c.mention is not None and c.mention.key != key:
            if kinds.get(c.mention.key) == "organisation":
                return True
        elif c.kind == "word" and c.text in _BODY_WORDS:
            return True
    return False


def chained(
    prior: Who,
    row: Sequence[Chunk],
    row_before: Sequence[Chunk],
    offset: int,
    kinds: Mapping[str, str],
    word: str = "it",
) -> Who:
    """ "it" whose own sentence names no body before it, and whose sentence before has the
    body `prior` as its subject: that body, sure ("high") when the subject stood for it
    surely and the sentence before names or describes no other body past its subject."""
    key = prior.key or ""
    own = [c for c in row if c.start < offset]
    subject_end = next(
        (k for k, c in enumerate(row_before) if c.kind == "word" and c.text in _BODY_WORDS), -1
    )  # "The union disputes that": the sentence's subject is its first body word
    sure = (
        word == "it"
        and prior.confidence == "high"
        and 0 <= subject_end <= 2
        and is_word(row_before, 0, "the")
        and not _other_body(row_before, key, kinds, subject_end + 1)
        and not _other_body(own, key, kinds, 0)
        and not any(c.kind == "quote" for c in row_before)
    )
    return Who(key, "high") if sure else Who(key, "low", word)


def described_body(row: Sequence[Chunk], offset: int) -> bool:
    """Does the sentence open with a body named by its noun and then its verb ("The
    regulator said …"), before `offset`? Then "it" may be that body, whom the text does not
    name here, rather than one of an earlier sentence."""
    body = is_word(row, 0, "the") and len(row) > 2 and row[1].kind == "word"
    body = body and row[1].text in lx.ORG_NOUNS and row[2].start < offset
    return body and verb_at(row, 2)


def described_subject(
    resolve: Callable[..., Who | None], row: Sequence[Chunk], para: Para
) -> Who | None:
    """The body a sentence opening "The <body noun> <verb>" stands for ("The union disputes
    that": a verb the clause reader may take for a noun), when the description resolves."""
    if len(row) < 3 or not is_word(row, 0, "the") or row[2].kind != "word":
        return None
    if row[1].kind != "word" or row[1].text not in _BODY_WORDS or row[2].text in _BODY_WORDS:
        return None
    if row[2].possessive or row[1].possessive:
        return None
    return resolve(parse(row, 0, 2, para.text), para, row[0].start)
