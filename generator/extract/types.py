"""The extraction vocabulary: frozen, typed records with provenance.

Every extracted value carries a `Span` (1-based paragraph number, character offsets into that
paragraph's text, end exclusive) so an editor can check it against the source, and a
`Confidence`: "high" when the text states it in a recognised pattern, "low" when a heuristic
(pronoun, descriptor, neighbouring paragraph) chose it. Nothing here raises.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, TypeVar, cast

from generator.dates import PartialDate

Confidence = Literal["high", "low"]
Kind = Literal["person", "organisation"]
Relation = Literal["role", "affiliation"]
T = TypeVar("T")


@dataclass(frozen=True)
class Span:
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class KnownEntity:
    """A person or organisation known before the text is read: curated in front matter, or
    (`story`) found in another document's text, with the roles the story gives it (for "the
    mayor said"). A story entity keeps its "new:" key and is not reported as known."""

    id: str
    name: str
    kind: Kind
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    story: bool = False


@dataclass(frozen=True)
class KnownRule:
    id: str
    title: str
    citation: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gazetteer:
    entities: tuple[KnownEntity, ...] = ()
    rules: tuple[KnownRule, ...] = ()
    _memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def derived(self, key: str, build: Callable[[Gazetteer], T]) -> T:
        """`build(self)`, computed once per gazetteer: one gazetteer serves every article of
        a story, so its lookup tables are built once, not once per article (issue 7)."""
        if key not in self._memo:
            self._memo[key] = build(self)
        return cast(T, self._memo[key])


@dataclass(frozen=True)
class Entity:
    """`key` is the gazetteer id when matched, else "new:" + the NFC-casefolded name."""

    key: str
    name: str
    kind: Kind
    surface_forms: tuple[str, ...]
    known: bool


@dataclass(frozen=True)
class Mention:
    entity_key: str
    span: Span
    text: str


@dataclass(frozen=True)
class Role:
    """`basis` says how a role not stated outright was inferred ("" when stated): from a
    description that refers back to the person ("the minister later said"), or from a
    pronoun ("he served as …")."""

    entity_key: str
    text: str
    span: Span
    confidence: Confidence
    relation: Relation = "role"
    basis: str = ""


@dataclass(frozen=True)
class Quote:
    """`speaker_key` None means "speaker unclear"; `cue` holds the attribution words found;
    `unnamed` who speaks when the text gives no name ("a spokesperson for Maria Lee");
    `candidates`, for an unclear or low-confidence speaker, the people and organisations an
    editor may pick from: the guess first, then those named around the quote; with no
    speaker at all, those `speaker_candidates` ranks likeliest, first first. `risk`: for an
    attribution the rules gave a named speaker but `attribution_risk` held back as a guess,
    the model's chance that the speaker is wrong (0 otherwise)."""

    text: str
    speaker_key: str | None
    span: Span
    confidence: Confidence
    cue: str
    unnamed: str = ""
    candidates: tuple[str, ...] = ()
    risk: float = 0.0


@dataclass(frozen=True)
class RuleStatement:
    text: str
    span: Span
    rule_id: str | None
    confidence: Confidence


@dataclass(frozen=True)
class DateMention:
    date: PartialDate
    span: Span
    sentence: str
    sentence_span: Span
    confidence: Confidence


@dataclass(frozen=True)
class Extraction:
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()
    quotes: tuple[Quote, ...] = ()
    rule_statements: tuple[RuleStatement, ...] = ()
    dates: tuple[DateMention, ...] = ()
