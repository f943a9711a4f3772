"""Fold what extraction found in the text into the story; curated front matter always wins.

`Enrichment.of(docs, known, extractor)` runs the extractor over every article with a
gazetteer made of every id named in front matter, and returns one frozen record: the new
people and organisations the text names (with ids that never collide with curated ones),
and the roles, affiliations, quotes, rule statements, dated events and review notes it adds.
Extraction fills gaps:

- a role is added only for a (document, entity) pair whose roles the document does not curate,
  with the date of the document that states it (a role holds "as of" that date);
- a quote is added only when it overlaps no curated quote of the same paragraph;
- low-confidence attributions are kept for editors (the review page, the export) but readers
  see "speaker unclear" rather than a guess; the review lists each with its candidates and
  cue, and each role that was inferred rather than stated, with how.
The articles are read as one story (`Extractor.story`): a name one text states helps another.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from generator.extract import Extraction, Gazetteer, KnownEntity, KnownRule
from generator.extract import Quote as XQuote
from generator.extract.attribution_risk import at_risk
from generator.story.extraction import Extractor
from generator.story.model import (
    Document,
    EntityKind,
    Event,
    Quote,
    ReviewNote,
    Role,
    RuleUse,
    Source,
)
from generator.story.review import RISKY
from generator.text import clip, name_key, normalise_quotes, slugify


@dataclass(frozen=True)
class Known:
    """What front matter defines: entity kinds, names and aliases; rules."""

    kinds: Mapping[str, EntityKind]
    names: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    rules: tuple[Document, ...]

    def gazetteer(self) -> Gazetteer:
        entities = tuple(
            KnownEntity(i, self.names[i], self.kinds[i], self.aliases.get(i, ()))
            for i in sorted(self.names)
        )
        rules = tuple(
            KnownRule(r.id, r.title, r.citation, (r.short_title, *r.aliases)) for r in self.rules
        )
        return Gazetteer(entities, rules)


@dataclass(frozen=True)
class NewEntity:
    """A person or organisation named only in text, across every document that names it."""

    id: str
    name: str
    kind: EntityKind
    surface_forms: tuple[str, ...]
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Enrichment:
    """Everything extraction adds to a story, with extraction's keys resolved to story ids:
    one record, made once by `Enrichment.of`."""

    new_entities: tuple[NewEntity, ...]
    roles: Mapping[str, tuple[Role, ...]]  # entity id → roles the text states, uncurated
    affiliations: Mapping[str, str]  # entity id → organisation id
    quotes: tuple[Quote, ...]  # quotes the front matter does not curate
    rule_uses: tuple[RuleUse, ...]  # rule statements linked to a rule document
    unmatched_rules: tuple[RuleUse, ...]  # rule statements matching no rule document
    events: tuple[Event, ...]  # every dated sentence extraction resolved
    review: tuple[ReviewNote, ...]  # what an editor should check

    @classmethod
    def of(
        cls, docs: Iterable[Document], known: Known, extractor: Extractor | None = None
    ) -> Enrichment:
        """Extract every article (with `extractor`, default: in this process, uncached) and
        fold the results against what front matter defines."""
        docs = list(docs)
        articles = sorted((d for d in docs if d.kind == "article"), key=lambda d: d.id)
        found = (extractor or Extractor()).story(articles, known.gazetteer())
        reading = _Reading({d.id: x for d, x in zip(articles, found, strict=True)})
        reading.resolve_keys(known)
        by_id = {d.id: d for d in docs}
        names = dict(known.names) | {e.id: e.name for e in reading.new_entities}
        linked, unmatched = reading.rule_uses()
        return cls(
            new_entities=tuple(reading.new_entities),
            roles=MappingProxyType({i: tuple(r) for i, r in reading.roles(by_id).items()}),
            affiliations=MappingProxyType(reading.affiliations(names)),
            quotes=tuple(reading.quotes(by_id)),
            rule_uses=tuple(linked),
            unmatched_rules=tuple(unmatched),
            events=tuple(reading.events()),
            review=tuple(reading.review(by_id, names)),
        )


@dataclass
class _Reading:
    """The extractions of one run, with entity keys mapped to story ids as they resolve."""

    extractions: dict[str, Extraction]
    new_entities: list[NewEntity] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # extraction key → entity id

    def resolve_keys(self, known: Known) -> None:
        """Known keys are ids already; new names get a slug id that collides with nothing."""
        groups: dict[str, list[tuple[str, str, EntityKind, tuple[str, ...]]]] = defaultdict(list)
        for doc_id, extraction in sorted(self.extractions.items()):
            for entity in extraction.entities:
                if entity.known:
                    self.ids[entity.key] = entity.key
                else:
                    groups[name_key(entity.name)].append(
                        (doc_id, entity.name, entity.kind, entity.surface_forms)
                    )
        by_name = {name_key(n): i for i, n in known.names.items()}
        taken = set(known.kinds)
        for key in sorted(groups):
            found = groups[key]
            if key in by_name:  # the same name as a curated entity: merge into it
                self.ids["new:" + key] = by_name[key]
                continue
            name, kind = found[0][1], found[0][2]
            ident = _free_id(slugify(name) or "unnamed", taken)
            taken.add(ident)
            self.ids["new:" + key] = ident
            forms = sorted({f for *_, forms in found for f in forms})
            self.new_entities.append(
                NewEntity(ident, name, kind, tuple(forms), tuple(sorted({d for d, *_ in found})))
            )

    def entity_id(self, key: str | None) -> str | None:
        return self.ids.get(key) if key else None

    def roles(self, docs: Mapping[str, Document]) -> dict[str, list[Role]]:
        """Entity id → roles the text states, where the document curates none for it."""
        out: dict[str, list[Role]] = defaultdict(list)
        for doc_id, extraction in sorted(self.extractions.items()):
            curated = {r.id for r in docs[doc_id].entities if r.roles}
            for role in extraction.roles:
                ident = self.entity_id(role.entity_key)
                if ident is None or ident in curated or role.relation != "role":
                    continue
                source = Source(doc_id, role.span.paragraph)
                out[ident].append(Role(role.text, source, role.confidence, docs[doc_id].date))
        return out

    def affiliations(self, names: Mapping[str, str]) -> dict[str, str]:
        """Entity id → organisation id, from possessives like "Al Jazeera's Jonah Hull"."""
        by_name = {name_key(n): i for i, n in names.items()}
        out: dict[str, str] = {}
        for _, extraction in sorted(self.extractions.items()):
            for role in extraction.roles:
                ident = self.entity_id(role.entity_key)
                org = by_name.get(name_key(role.text))
                if role.relation == "affiliation" and ident and org and role.confidence == "high":
                    out.setdefault(ident, org)
        return out

    def _uncurated(self, docs: Mapping[str, Document]) -> Iterator[tuple[str, int, XQuote]]:
        """(document, number, quote) for each extracted quote no curated quote overlaps;
        numbers continue after the document's curated quotes."""
        for doc_id, extraction in sorted(self.extractions.items()):
            doc = docs[doc_id]
            curated = [(q.paragraph, normalise_quotes(q.text)) for q in doc.quotes]
            number = len(doc.quotes)
            for quote in extraction.quotes:
                text = normalise_quotes(quote.text)
                if not any(
                    p == quote.span.paragraph and (c in text or text in c) for p, c in curated
                ):
                    number += 1
                    yield doc_id, number, quote

    def quotes(self, docs: Mapping[str, Document]) -> list[Quote]:
        """Quotes the front matter does not curate."""
        return [
            Quote(
                f"{doc_id}-q{number}",
                _trim_quote(q.text),
                self.entity_id(q.speaker_key),
                Source(doc_id, q.span.paragraph),
                q.confidence,
            )
            for doc_id, number, q in self._uncurated(docs)
        ]

    def rule_uses(self) -> tuple[list[RuleUse], list[RuleUse]]:
        """Rule statements: (linked to a rule document, matching no rule document)."""
        linked: list[RuleUse] = []
        unmatched: list[RuleUse] = []
        for doc_id, extraction in sorted(self.extractions.items()):
            for statement in extraction.rule_statements:
                source = Source(doc_id, statement.span.paragraph)
                if statement.rule_id and statement.confidence == "high":
                    linked.append(RuleUse(statement.rule_id, source, statement.text))
                else:
                    unmatched.append(RuleUse(statement.rule_id or "", source, statement.text))
        return linked, unmatched

    def events(self) -> list[Event]:
        return [
            Event(m.date, m.sentence, Source(doc_id, m.span.paragraph))
            for doc_id, extraction in sorted(self.extractions.items())
            for m in extraction.dates
        ]

    def review(self, docs: Mapping[str, Document], names: Mapping[str, str]) -> list[ReviewNote]:
        """What an editor should check: every unclear attribution with its candidates and
        its cue, the shown ones most likely wrong, every role inferred rather than stated,
        and the names no front matter gives."""
        notes: list[ReviewNote] = []
        uncurated = [(doc_id, quote) for doc_id, _, quote in self._uncurated(docs)]
        for doc_id, quote in uncurated:
            if quote.confidence == "low" or quote.speaker_key is None:
                held = (
                    f"; held back: about a {quote.risk:.0%} chance it is wrong"
                    if quote.risk
                    else ""
                )
                notes.append(
                    ReviewNote(
                        "Uncertain attributions",
                        f"“{clip(_trim_quote(quote.text), 80)}” — speaker unclear "
                        f"({self._candidates(quote, names)}; cue: {quote.cue or 'none'}{held})",
                        Source(doc_id, quote.span.paragraph),
                    )
                )
        notes += self._risky(docs, names, {(d, q.span) for d, q in uncurated})
        for doc_id, extraction in sorted(self.extractions.items()):
            for role in extraction.roles:
                if role.confidence == "low":
                    who = self.entity_id(role.entity_key) or role.entity_key
                    basis = f" — inferred: {role.basis}" if role.basis else ""
                    notes.append(
                        ReviewNote(
                            "Inferred roles",
                            f"{names.get(who, who)}: “{role.text}”{basis}",
                            Source(doc_id, role.span.paragraph),
                        )
                    )
        for entity in self.new_entities:
            notes.append(
                ReviewNote(
                    "Names not in any front matter",
                    f"{entity.name} ({entity.kind}"
                    + "".join(
                        f"; also “{f}”"
                        for f in entity.surface_forms
                        if name_key(f) != name_key(entity.name)
                    )
                    + ")",
                    Source(entity.documents[0]),
                )
            )
        return notes

    def _risky(
        self, docs: Mapping[str, Document], names: Mapping[str, str], extracted: set[object]
    ) -> list[ReviewNote]:
        """Shown attributions the risk model (`attribution_risk`) would check first, likeliest
        wrong first, with the reasons that raise the risk; only those no curated quote
        covers (`extracted`: (document, span) pairs)."""
        found = []
        for doc_id, extraction in sorted(self.extractions.items()):
            paragraphs = [p.text for p in docs[doc_id].paragraphs]
            for quote, risk, why in at_risk(paragraphs, extraction):
                if (doc_id, quote.span) in extracted:
                    found.append((-risk, doc_id, quote.span.paragraph, quote, risk, why))
        notes = []
        for _, doc_id, paragraph, quote, risk, why in sorted(found, key=lambda t: t[:3]):
            who = self.entity_id(quote.speaker_key) or ""
            notes.append(
                ReviewNote(
                    RISKY,
                    f"“{clip(_trim_quote(quote.text), 80)}” — shown as {names.get(who, who)}; "
                    f"about a {risk:.0%} chance it is wrong"
                    + (f" ({'; '.join(why)})" if why else ""),
                    Source(doc_id, paragraph),
                )
            )
        return notes

    def _candidates(self, quote: XQuote, names: Mapping[str, str]) -> str:
        """ "perhaps A; or B, C", "unnamed: a spokesperson for X", or "no candidate"."""
        ids = [i for i in (self.entity_id(k) for k in quote.candidates) if i is not None]
        guess = self.entity_id(quote.speaker_key)
        ids = list(dict.fromkeys([guess, *ids] if guess else ids))
        parts = [f"unnamed: {quote.unnamed.rstrip(' ,;:')}"] if quote.unnamed else []
        if ids:
            first, rest = names.get(ids[0], ids[0]), [names.get(i, i) for i in ids[1:]]
            lead = f"perhaps {first}" if guess else f"candidates, likeliest first: {first}"
            parts.append(lead + (f"; or {', '.join(rest)}" if rest else ""))
        return "; ".join(parts) or "no candidate"


def _trim_quote(text: str) -> str:
    """News style puts the attribution comma inside the marks: “…wrong,” he said."""
    return text.strip().rstrip(",;:").rstrip()


def _free_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
