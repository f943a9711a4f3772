"""Who "he", "she", "it" and "they" stand for: what attribution has seen so far.

`Discourse` keeps, in text order, every person and organisation found as a sentence's subject
or as a speaker (`note`), per paragraph the sentences attribution reads (`begin`), and
resolves pronouns against them (`pronoun`): a person named as subject earlier in the same
sentence; else the people of the sentence before ("high" when there is one, else its
speaker, "low"); else the last speaker of the two paragraphs before ("low", "high" when the
only person in view). "it"/"they": the organisation in view, "low". Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.extract import speech as sp
from generator.extract.clauses import Chunk
from generator.extract.document import Para
from generator.extract.names import NameMention
from generator.extract.phrases import Who, is_object
from generator.extract.types import Kind


@dataclass(frozen=True)
class _Seen:
    """A person or organisation in subject or speaker position, for pronouns."""

    paragraph: int
    offset: int
    key: str
    sentence: int
    speaker: bool


class Discourse:
    def __init__(
        self,
        paras: tuple[Para, ...],
        kinds: dict[str, Kind],
        by_para: dict[int, list[NameMention]],
    ) -> None:
        self.paras = paras
        self.kinds = kinds
        self.by_para = by_para
        self.seen: list[_Seen] = []  # speakers and subjects, in text order
        self.sentences: dict[int, list[tuple[int, int]]] = {}

    def note(
        self, paragraph: int, offset: int, key: str | None, sentence: int, speaker: bool
    ) -> None:
        if key is not None:
            self.seen.append(_Seen(paragraph, offset, key, sentence, speaker))

    def begin(self, para: Para, sentences: list[tuple[int, int]]) -> None:
        """Attribution moves to `para`, whose (quotation-aware) sentences are `sentences`."""
        self.sentences[para.number] = sentences

    def sentence_index(self, para: Para, offset: int) -> int:
        for i, (start, end) in enumerate(self.sentences.get(para.number, para.sentences)):
            if start <= offset < end:
                return i
        return 0

    def _people_in(self, paragraph: int, sentence: int) -> list[_Seen]:
        return [
            s
            for s in self.seen
            if s.paragraph == paragraph
            and s.sentence == sentence
            and self.kinds.get(s.key) == "person"
        ]

    def pronoun(self, para: Para, offset: int, word: str, row: Sequence[Chunk] = ()) -> Who:
        """he/she: a person named as subject earlier in the sentence, else the people of the
        sentence before ("high" when one, else its speaker, "low"); with nobody there, the
        last speaker of the two paragraphs before ("low", "high" when the only person in
        view). it/they: the last organisation in view ("low")."""
        kind = "person" if word in sp.PRONOUNS_PERSON else "organisation"
        before = [
            s
            for s in self.seen
            if self.kinds.get(s.key) == kind
            and (s.paragraph, s.offset) < (para.number, offset)
            and para.number - s.paragraph <= 2
        ]
        here = [
            c.mention.key
            for i, c in enumerate(row)
            if c.kind == "name"
            and c.mention is not None
            and c.mention.kind == kind
            and c.start < offset
            and not c.possessive
            and not is_object(row, i)
        ]
        if kind == "organisation":
            recent = [s.key for s in before if para.number - s.paragraph <= 1]
            org = here[0] if here else (recent[-1] if recent else None)
            return Who(org, "low", word)
        if here:
            return Who(here[0], "high")
        sentence = self.sentence_index(para, offset)
        if sentence > 0:
            previous = self._people_in(para.number, sentence - 1)
        else:
            count = len(self.sentences.get(para.number - 1, ()))
            previous = self._people_in(para.number - 1, count - 1) if count else []
        if previous:
            keys = {s.key for s in previous}
            said = [s for s in previous if s.speaker]
            last = said[-1] if said else previous[0]
            return Who(last.key, "high") if len(keys) == 1 else Who(last.key, "low", word)
        speakers = [s for s in before if s.speaker]
        pick = speakers[-1] if speakers else (before[-1] if before else None)
        if pick is None:
            return Who(None, "low", word)
        named = {
            m.key
            for p in (para.number - 1, para.number)
            for m in self.by_para.get(p, [])
            if m.kind == "person"
            and not m.possessive
            and (p < para.number or m.start < offset)
            and not self.paras[p - 1].in_quote(m.start)
        }
        return Who(pick.key, "high") if named == {pick.key} else Who(pick.key, "low", word)
