"""The sentences, rows and subjects of one document, for resolving "he", "she", "it":
`Discourse` holds each paragraph's sentences (quotation-aware), their rows of chunks, the
speakers attribution has found (`note`) and each sentence's subjects (its main clause's and
its reporting verbs'), each made when first asked for, and who was last seen where
(`last_seen`, `previous_row`); `pronouns.Pronouns` resolves pronouns against them. Its
subject finders are `attribution.Context`'s. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word, rows, skip_adverbs_left, skip_openers
from generator.extract.document import Para
from generator.extract.documents import COORDINATED as COORDINATED  # re-exported
from generator.extract.documents import issued_before
from generator.extract.names import NameMention
from generator.extract.phrases import Phrase, Who
from generator.extract.rows import verb_at
from generator.extract.signed_vehicles import signed_vehicle
from generator.extract.types import Kind


@dataclass(frozen=True)
class _Seen:
    """A person or organisation in subject or speaker position, for pronouns."""

    offset: int
    key: str
    speaker: bool
    sure: bool = True  # not a low-confidence guess


class Discourse:
    def __init__(
        self, paras: tuple[Para, ...], kinds: dict[str, Kind], by_para: dict[int, list[NameMention]]
    ) -> None:
        self.paras = paras
        self.kinds = kinds
        self.by_para = by_para
        self._sentences: dict[int, list[tuple[int, int]]] = {}
        self._rows: dict[int, list[tuple[Chunk, ...]]] = {}
        self._speakers: dict[tuple[int, int], list[_Seen]] = {}
        self._subjects: dict[tuple[int, int], list[_Seen] | None] = {}  # None: being found
        self.gender: dict[str, str] = {}  # "m"/"f" where the text says (Mr, Mrs, his wife)

    # subclasses find subjects
    def subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None:
        raise NotImplementedError

    def clause_subject(self, row: Sequence[Chunk], j: int, para: Para) -> Who | None:
        raise NotImplementedError

    def resolve(self, phrase: Phrase, para: Para, offset: int) -> Who | None:
        raise NotImplementedError

    def sentences(self, number: int) -> list[tuple[int, int]]:
        """Paragraph `number`'s sentences, joined where a boundary falls in a quotation."""
        if number not in self._sentences:
            para = self.paras[number - 1]
            out: list[tuple[int, int]] = []
            for start, end in para.sentences:
                if out and any(
                    q.open_mark < out[-1][1] <= (q.end if q.close_mark is None else q.close_mark)
                    for q in para.quotes
                ):
                    out[-1] = (out[-1][0], end)
                else:
                    out.append((start, end))
            self._sentences[number] = out
        return self._sentences[number]

    def rows(self, number: int) -> list[tuple[Chunk, ...]]:
        if number not in self._rows:
            para = self.paras[number - 1]
            self._rows[number] = rows(para, self.sentences(number), self.by_para.get(number, []))
        return self._rows[number]

    def note(self, paragraph: int, sentence: int, offset: int, key: str, sure: bool = True) -> None:
        """A quotation at `offset` of that sentence was given speaker `key` (`sure`: high)."""
        self._speakers.setdefault((paragraph, sentence), []).append(_Seen(offset, key, True, sure))

    def speakers(self, paragraph: int, sentence: int) -> list[_Seen]:
        """The speakers `note` gave the quotations of that sentence."""
        return self._speakers.get((paragraph, sentence), [])

    def sentence_index(self, para: Para, offset: int) -> int:
        for i, (start, end) in enumerate(self.sentences(para.number)):
            if start <= offset < end:
                return i
        return 0

    def _seen(self, paragraph: int, sentence: int) -> list[_Seen]:
        """Speakers and subjects of one sentence, in text order."""
        key = (paragraph, sentence)
        if key not in self._subjects:
            self._subjects[key] = None  # a pronoun subject may look back, never here again
            self._subjects[key] = self._find_subjects(paragraph, sentence)
        found = (self._subjects[key] or []) + self._speakers.get(key, [])
        return sorted(found, key=lambda s: s.offset)

    def _find_subjects(self, paragraph: int, sentence: int) -> list[_Seen]:
        para = self.paras[paragraph - 1]
        row = self.rows(paragraph)[sentence]
        found: list[_Seen] = []
        if row and not _relative_only(row):  # not "X plans to close Y, which it bought"
            main = self.clause_subject(row, len(row), para)
            if main is not None and main.key is not None and main.confidence == "high":
                found.append(_Seen(row[0].start, main.key, False))
        opened = skip_openers(row, 0, len(row)) if row else 0  # warned …, the inspector said"
        for j, c in enumerate(row):
            after_according = j >= 2 and row[j - 1].text == "to" and row[j - 2].text == "according"
            if c.kind == "name" and c.mention is not None and after_according:
                found.append(_Seen(c.start, c.mention.key, True))  # "according to X"
            passive = j >= 1 and row[j - 1].kind == "word" and row[j - 1].text in lx.BE_FORMS
            if c.kind == "word" and sp.VERB_FORMS.get(c.text) == "finite" and j >= opened:
                who = self.subject(row, j, para)  # not "Pressed by X on whether she had
                if who is not None and _document_voice(row, j, who.key, self.kinds):
                    continue  # "the report confirmed": its author is no "she" of later text
                if who is not None and who.key is not None and who.confidence == "high":
                    found.append(_Seen(c.start, who.key, not passive))  # "X would be asked
                    # to appear": seen, but asked, not speaking
        return found

    def _window(self, para: Para, offset: int, kind: str) -> list[_Seen]:
        """Everyone of `kind` seen in this paragraph before `offset` and the two before."""
        out: list[_Seen] = []
        for number in range(max(1, para.number - 2), para.number + 1):
            for s in range(len(self.sentences(number))):
                for seen in self._seen(number, s):
                    if number == para.number and seen.offset >= offset:
                        continue
                    if self.kinds.get(seen.key) == kind:
                        out.append(seen)
        return out

    def _before_sentence(self, para: Para, sentence: int, kind: str) -> list[_Seen]:
        """Who of `kind` the sentence before `sentence` (the previous paragraph's last) has
        as subject or speaker."""
        number, index = para.number, sentence - 1
        if index < 0:
            number -= 1
            index = len(self.sentences(number)) - 1 if number >= 1 else -1
        if index < 0:
            return []
        return [s for s in self._seen(number, index) if self.kinds.get(s.key) == kind]

    def previous_row(self, para: Para, offset: int) -> tuple[Para, tuple[Chunk, ...]]:
        """The sentence before the one holding `offset` (the previous paragraph's last for a
        paragraph's first): its paragraph and row."""
        index = self.sentence_index(para, offset) - 1
        number = para.number
        if index < 0:
            number -= 1
            if number < 1 or not self.sentences(number):
                return para, ()
            index = len(self.sentences(number)) - 1
        return self.paras[number - 1], self.rows(number)[index]

    def replier(self, para: Para, offset: int) -> str | None:
        """ "Hale asked Price why …. “Because I was frightened,” she replied.": the person
        the sentence before asked."""
        _, row = self.previous_row(para, offset)
        for i, c in enumerate(row[:-1]):
            if c.kind == "word" and c.text in sp.QUESTION_VERBS:
                nxt = row[i + 1]
                if nxt.kind == "name" and nxt.mention is not None and nxt.mention.kind == "person":
                    return nxt.mention.key
        return None

    def document_author(self, para: Para, offset: int, noun: str = "") -> Who | None:
        """ "X issued a statement. “…,” it said.": the author of the document the sentence
        before names (`documents.issued_before`); one "in a statement signed by" carried
        is that sentence's speaker's (`signed_vehicles`)."""
        return signed_vehicle(self, para, offset, noun) or issued_before(self, para, offset, noun)

    def _own_bodies(self, para: Para, offset: int) -> set[str]:
        """The organisations its own sentence has as subject or speaker before `offset`."""
        seen = self._seen(para.number, self.sentence_index(para, offset))
        return {
            s.key
            for s in seen
            if s.offset < offset and s.sure and self.kinds.get(s.key) == "organisation"
        }

    def seen_here(self, para: Para, offset: int) -> set[str]:
        """Who the sentence holding `offset` has as a subject before it (not as a speaker: a
        quotation's speaker may be the very description being resolved)."""
        sentence = self.sentence_index(para, offset)
        self._seen(para.number, sentence)
        found = self._subjects.get((para.number, sentence)) or []
        return {s.key for s in found if s.offset < offset}

    def last_seen(self, para: Para, offset: int, kind: str) -> str | None:
        """The person or organisation last seen as a subject or speaker before `offset`."""
        seen = self._window(para, offset, kind)
        return seen[-1].key if seen else None


def _document_voice(row: Sequence[Chunk], j: int, key: str | None, kinds: dict[str, Kind]) -> bool:
    """Is the subject of the verb at `j` a document ("the report confirmed") whose author is
    a person?"""
    i, _ = skip_adverbs_left(row, j - 1)
    document = is_word(row, i, *sp.DOCUMENT_NOUNS)
    return document and key is not None and kinds.get(key) == "person"


def _relative_only(row: Sequence[Chunk]) -> bool:
    """ "Tarnwell Foods plans to close Brisket Dairies, which it bought in 2019.": no verb
    is read before a relative clause, with a pronoun as its own subject, that runs to the
    sentence's end, so the first subject found is that pronoun, not the sentence's."""
    for k, c in enumerate(row):
        if verb_at(row, k):
            return False
        if c.text == "," and is_word(row, k + 1, "which", "who", "whom", "whose"):
            gap = is_word(row, k + 2, "it", *lx.NOMINATIVE)  # "which it bought", not "which is"
            return gap and not any(x.text == "," or x.kind == "quote" for x in row[k + 2 :])
    return False
