""" "the bench observed", "A five-member constitutional bench led by Chief Justice X said": a
bench of judges speaks for its court (the blind labels give the court, never a judge, except
for "a single bench of Justice X", which is that judge and stays unclear here). The court is
the one court or tribunal named so far; where the text names several ("the Allahabad high
court stayed …" and "guidelines laid down by the Supreme Court"), the one of them some
earlier sentence has as subject or speaker, if only one is. With no court, a commission
named so far in the same way ("a four-member bench headed by Chief Election Commissioner X";
not "a five-member bench of the commission", whose sentence also quotes a law). A
capitalised "the Bench", which some labels take for a body's name ("Division Bench"), and a
"panel" or "chamber", which may be an inquiry's, stay a guess: the one court named so far.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from generator.extract.body_kinds import name_heads
from generator.extract.document import Para
from generator.extract.phrases import Phrase, Who


class _Seen(Protocol):
    @property
    def key(self) -> str: ...


class _Bodies(Protocol):
    """Bodies named so far and who each sentence has as subject (`BodyReferents`)."""

    names: dict[str, str]

    def _orgs_before(self, here: tuple[int, int] | None) -> list[str]: ...
    def sentence_index(self, para: Para, offset: int) -> int: ...
    def sentences(self, number: int) -> list[tuple[int, int]]: ...
    def _seen(self, paragraph: int, sentence: int) -> Sequence[_Seen]: ...


BENCHES = frozenset({"panel", "bench", "chamber"})
_COURTS = frozenset({"court", "tribunal"})
_COMMISSIONS = frozenset({"commission"})


def bench_court(ref: _Bodies, phrase: Phrase, para: Para | None, offset: int) -> Who | None:
    """The court a bench (or, as a guess, a panel or chamber) speaks for, or None."""
    noun = phrase.noun
    if noun not in BENCHES or phrase.plural:
        return None
    here = (para.number, offset) if para is not None else None
    courts = _holders(ref, here, _COURTS)
    capital = phrase.head is not None and phrase.head.capital  # "The Bench observed": some
    if noun != "bench" or capital:  # labels take "A Division Bench" for a name of its own
        return Who(courts[0], "low", phrase.text) if len(courts) == 1 else None
    if any(m.text.casefold() == "single" for m in phrase.modifiers) or para is None:
        return None  # "a single bench of Justice X": the judge
    owner = next((p.noun for prep, p in phrase.preps if prep == "of"), "")
    if owner in _COMMISSIONS:  # "a five-member bench of the commission": the law's words
        return None  # its sentence quotes ("as required by Article 62") would become its own
    courts = courts or _holders(ref, here, _COMMISSIONS)
    if len(courts) > 1:
        subjects = _subjects_before(ref, para, offset)
        courts = [k for k in courts if k in subjects]
    return Who(courts[0], "high") if len(courts) == 1 else None


def _holders(ref: _Bodies, here: tuple[int, int] | None, heads: frozenset[str]) -> list[str]:
    return [k for k in ref._orgs_before(here) if name_heads(ref.names[k]) & heads]


def _subjects_before(ref: _Bodies, para: Para, offset: int) -> set[str]:
    """Everyone the sentences before the bench's own have as subject or speaker (the
    sentences' subjects are found once and cached by `Discourse`)."""
    index = ref.sentence_index(para, offset)
    found: set[str] = set()
    for number in range(1, para.number + 1):
        count = len(ref.sentences(number)) if number < para.number else index
        for sentence in range(count):
            found.update(s.key for s in ref._seen(number, sentence))
    return found
