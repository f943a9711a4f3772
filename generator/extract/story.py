"""The story-level second pass: each document read again knowing what the others name.

A first pass reads every document alone. `StoryKnowledge.of(extractions, gazetteer)` then
gathers what the texts found: every person and organisation named with two or more words
(or an acronym) with one kind across the story, its other forms, and the roles the texts
give it. `StoryKnowledge.gazetteer_for(text, extraction)` is the gazetteer a document is read
again with — the curated one plus the story's entities and roles this document seems to name
without having recognised them (a surname, a full name, "the mayor") — or None when the first
reading already has everything, which is most documents. So a name with little evidence in
one text is still recognised ("Chea Poch and Cheam Channy" after another article named them
as lawmakers), and a description that fits exactly one person of the story resolves to them
("the mayor said"). Entities found this way keep their "new:" keys.

`extract_story(documents, gazetteer)` runs both passes over (paragraphs, date) pairs.
Pure and deterministic (the same documents in any order give the same results).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from generator.dates import PartialDate
from generator.extract import read, reread
from generator.extract.document import analyse
from generator.extract.names import runs_kept
from generator.extract.types import Entity, Extraction, Gazetteer, Kind, KnownEntity
from generator.text import name_key

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Runs of word characters: a last word of letters and digits alone (`isalnum`) stands alone
# in a text (`_word_in`) only as one of the text's runs, so one set of those replaces a
# search of the whole text per word of the story (a third of `gazetteer_for`'s time).
_RUN = re.compile(r"\w+")


@dataclass(frozen=True)
class StoryKnowledge:
    base: Gazetteer
    entities: tuple[KnownEntity, ...]  # found in the texts, sorted by id
    by_word: dict[str, tuple[int, ...]]  # a name's last word → entities
    forms: tuple[tuple[str, ...], ...]  # each entity's name and lendable forms, name_key'd
    roles: dict[str, tuple[str, ...]]  # curated entity id → roles the texts give it

    @classmethod
    def of(cls, extractions: Sequence[Extraction], base: Gazetteer) -> StoryKnowledge:
        kinds: dict[str, set[Kind]] = defaultdict(set)
        names: dict[str, set[str]] = defaultdict(set)
        forms: dict[str, set[str]] = defaultdict(set)
        roles: dict[str, set[str]] = defaultdict(set)
        for extraction in extractions:
            for entity in extraction.entities:
                if entity.known or not _strong(entity):
                    continue
                kinds[entity.key].add(entity.kind)
                names[entity.key].add(entity.name)
                forms[entity.key].update(entity.surface_forms)
            for role in extraction.roles:
                if role.relation == "role" and role.confidence == "high":
                    roles[role.entity_key].add(role.text)
        found = tuple(
            KnownEntity(
                key,
                min(names[key]),  # the same in any document order
                next(iter(kinds[key])),
                tuple(sorted(f for f in forms[key] - {min(names[key])} if _lendable(f))),
                tuple(sorted(roles.get(key, ()))),
                story=True,
            )
            for key in sorted(names)
            if len(kinds[key]) == 1
        )
        by_word: dict[str, list[int]] = defaultdict(list)
        for index, known in enumerate(found):
            by_word[_last(known.name)].append(index)
        curated = {e.id for e in base.entities}
        known_roles = {k: tuple(sorted(v)) for k, v in roles.items() if k in curated}
        lent = tuple(
            tuple(sorted({name_key(f) for f in (known.name, *known.aliases)})) for known in found
        )
        return cls(base, found, {w: tuple(v) for w, v in by_word.items()}, lent, known_roles)

    def gazetteer_for(self, text: str, extraction: Extraction) -> Gazetteer | None:
        """The gazetteer to read this document again with, or None to keep its first
        reading: the story's entities that its first reading did not find and whose name
        (or another form of it, of two or more words or an acronym) this text contains in
        full; and, when a quote here has no confident speaker and the text
        says "the <role>" of someone it names, the roles the story gives them."""
        have = {e.key for e in extraction.entities}
        own = {name_key(f) for e in extraction.entities for f in e.surface_forms}
        lowered = name_key(text)
        present = set(_RUN.findall(lowered))  # a word standing alone is one of these runs
        wanted = sorted(
            i
            for word, found in self.by_word.items()
            if word in present or (not word.isalnum() and word in lowered)
            for i in found
            if self.entities[i].id not in have
            and name_key(self.entities[i].name) not in own  # "EU" here is "European Union"
            and _contains_form(self.forms[i], lowered)
            and _word_in(word, lowered)
        )
        roles = self._roles_for(lowered, extraction, have)
        if not wanted and not roles:
            return None
        wanted = sorted(
            set(wanted) | {i for i, e in enumerate(self.entities) if e.id in roles}
        )  # a story entity named here too, for its roles
        added = tuple(self.entities[i] for i in wanted)
        base = tuple(
            KnownEntity(e.id, e.name, e.kind, e.aliases, roles.get(e.id, ()), e.story)
            for e in self.base.entities
        )
        return Gazetteer(base + added, self.base.rules)

    def _roles_for(
        self, text: str, extraction: Extraction, have: set[str]
    ) -> dict[str, tuple[str, ...]]:
        """The story's roles of the people this document (`text`, lowered) names, when it
        may need them: a quote here has no confident speaker and the text says "the <role
        word>"."""
        if not any(q.speaker_key is None or q.confidence == "low" for q in extraction.quotes):
            return {}
        story_roles = {e.id: e.roles for e in self.entities if e.roles} | self.roles
        return {
            key: found
            for key, found in story_roles.items()
            if key in have and any(_described(_head(r), text) for r in found)
        }


def _strong(entity: Entity) -> bool:
    """A name worth lending to other documents: two or more words, or an acronym."""
    name = entity.name
    return (len(name.split()) >= 2 or (name.isupper() and 2 <= len(name) <= 6)) and not (
        name.endswith(" campaign")
    )


def _contains_form(forms: tuple[str, ...], text: str) -> bool:
    """Does `text` (name_key'd) contain one of an entity's forms? The names stage uses a
    known entity only where a run of capitalised words is one of its forms in full, so an
    entity none of whose forms occurs cannot change the reading: a shared head word
    ("Party", "Court", "Assembly") or a lone surname is not evidence of it."""
    return any(form in text for form in forms)


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _described(head: str, text: str) -> bool:
    """Does `text` (lowered) say "the <head>" ("the prime minister", "the minister")?"""
    return (
        bool(head) and re.search(rf"\bthe (?:[\w-]+ ){{0,2}}{re.escape(head)}\b", text) is not None
    )


def _lendable(form: str) -> bool:
    """A form other documents may recognise: not a lone word ("Reyes" may be another
    Reyes there), unless an acronym ("TVNZ")."""
    return len(form.split()) >= 2 or (form.isupper() and form.isalpha())


def _last(name: str) -> str:
    words = _WORD.findall(name)
    return name_key(words[-1]) if words else ""


def _head(role: str) -> str:
    """The head word of a role: "the council's chief executive" → "executive"."""
    words = _WORD.findall(role.split(" of ")[0].split(" for ")[0])
    return name_key(words[-1]) if words else ""


Document = tuple[Sequence[str], PartialDate | None]


def extract_story(documents: Sequence[Document], gazetteer: Gazetteer) -> list[Extraction]:
    """Both passes over the documents: each read alone, then again where the story helps,
    reusing the first reading's sentences, words, quotation marks, dates and rule
    statements (`generator.extract.reread`)."""
    analysed = [analyse(paragraphs) for paragraphs, _ in documents]
    dates = [date for _, date in documents]
    with runs_kept():  # the second reading reuses the first's capitalised runs
        first = [read(paras, date, gazetteer) for paras, date in zip(analysed, dates, strict=True)]
        knowledge = StoryKnowledge.of(first, gazetteer)
        out: list[Extraction] = []
        for (paragraphs, _), paras, found in zip(documents, analysed, first, strict=True):
            again = knowledge.gazetteer_for("\n".join(paragraphs), found)
            out.append(found if again is None else reread(paras, found, again, gazetteer))
    return out
