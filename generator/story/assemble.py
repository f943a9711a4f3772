"""Resolve checked documents into the `Story`: the whole graph, before anything renders.

`build_story(checked)` takes the documents whose references all resolve
(`generator.references`), merges each person and organisation across documents (by id;
never by slug luck), folds in what extraction found (`generator.story.enrich`), and finds
their mentions, roles, quotes and the sentences that raise each rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import astuple, dataclass, replace
from types import MappingProxyType

from generator.cache import Memo, fingerprint
from generator.extract.sentences import split_sentences
from generator.references import Checked, Registry
from generator.story import review
from generator.story.enrich import Enrichment, Known
from generator.story.events import timeline
from generator.story.extraction import Extractor
from generator.story.link import Linker, Segment, Term
from generator.story.model import (
    Document,
    Entity,
    EntityKind,
    EntityRef,
    Event,
    InStory,
    Mention,
    Paragraph,
    Quote,
    ReviewNote,
    Role,
    RuleUse,
    Source,
    Story,
)
from generator.text import name_key, normalise_quotes

DEFAULT_TITLE = "The story"

Annotations = MappingProxyType[str, tuple[tuple[Segment, ...], ...]]


@dataclass(frozen=True)
class Resolved:
    """The story plus what the planner needs to link text: segments per document paragraph."""

    story: Story
    annotations: Annotations
    names_key: str = ""  # fingerprint of every linked name: annotations change with it


def build_story(
    checked: Checked,
    extractor: Extractor | None = None,
    memo: Memo | None = None,
) -> Resolved:
    """The story from the documents that passed the reference checks. `extractor` reads
    each article's text (the pipeline passes a cached one); `memo` (kept across rebuilds)
    remembers each document's annotated paragraphs for as long as its content and the
    linked names stay the same."""
    return _assemble(list(checked.documents), checked.registry, extractor, memo or Memo())


def _assemble(
    docs: list[Document], registry: Registry, extractor: Extractor | None, memo: Memo
) -> Resolved:
    refs: dict[str, list[tuple[Document, EntityRef]]] = defaultdict(list)
    profiles = {d.id: d for d in docs if d.kind in ("person", "organisation")}
    for doc in docs:
        for ref in doc.entities:
            refs[ref.id].append((doc, ref))
    aliases = {i: _aliases(refs[i], profiles.get(i)) for i in registry.names}
    known = Known(
        registry.kinds,
        registry.names,
        aliases,
        tuple(sorted((d for d in docs if d.kind == "rule"), key=lambda d: d.id)),
    )
    found = Enrichment.of(docs, known, extractor)
    by_id = {d.id: d for d in docs}
    kinds = dict(registry.kinds) | {e.id: e.kind for e in found.new_entities}
    names = dict(registry.names) | {e.id: e.name for e in found.new_entities}
    terms = _terms(docs, names, aliases, found)
    linker = Linker(terms)
    names_key = fingerprint(sorted(astuple(t) for t in terms))
    annotations = {
        d.id: memo.get(
            ("annotations", names_key, d.path, d.digest),
            lambda d=d: tuple(linker.segments(p.text) for p in d.paragraphs),  # type: ignore[misc]
        )
        for d in docs
        if d.kind in ("article", "rule")
    }
    mentions = _mentions(docs, annotations, memo, names_key)
    quotes = (
        tuple(
            Quote(f"{d.id}-q{n}", q.text, q.speaker, Source(d.id, q.paragraph))
            for d in docs
            for n, q in enumerate(d.quotes, 1)
        )
        + found.quotes
    )
    new_forms = {e.id: e.surface_forms for e in found.new_entities}
    spoken: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        if quote.speaker is not None and quote.confidence == "high":
            spoken[quote.speaker].append(quote)
    entities = tuple(
        _entity(
            _Identity(
                ident,
                kinds[ident],
                names[ident],
                aliases.get(ident, ()) or _other_forms(new_forms.get(ident, ()), names[ident]),
            ),
            refs[ident],
            profiles.get(ident),
            [replace(r, date=by_id[r.source.document].date) for r in found.roles.get(ident, ())],
            found.affiliations.get(ident),
            mentions,
            spoken.get(ident, []),
            memo,
        )
        for ident in sorted(kinds)
    )
    events, left_out = timeline(docs, found.events)
    story_doc = next((d for d in docs if d.kind == "story"), None)
    documents = tuple(sorted(docs, key=lambda d: d.id))
    story = Story(
        title=story_doc.title if story_doc and story_doc.title else DEFAULT_TITLE,
        summary=story_doc.summary if story_doc else "",
        overview=story_doc.paragraphs if story_doc else (),
        start_here=story_doc.start_here if story_doc else (),
        documents=documents,
        entities=entities,
        quotes=quotes,
        events=events,
        rule_uses=_rule_uses(docs, mentions, found.rule_uses),
        unmatched_rules=found.unmatched_rules,
        review=found.review
        + tuple(_role_conflicts(entities, by_id))
        + _checks(docs, annotations, quotes, entities, events, kinds, names)
        + tuple(left_out),
        by_id=MappingProxyType({d.id: d for d in documents}),
        entity_by_id=MappingProxyType({e.id: e for e in entities}),
    )
    return Resolved(story, MappingProxyType(annotations), names_key)


def _checks(
    docs: list[Document],
    annotations: dict[str, tuple[tuple[Segment, ...], ...]],
    quotes: tuple[Quote, ...],
    entities: tuple[Entity, ...],
    events: tuple[Event, ...],
    kinds: dict[str, EntityKind],
    names: dict[str, str],
) -> tuple[ReviewNote, ...]:
    """The story-wide checks of `generator.story.review`."""
    by_doc: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        by_doc[quote.source.document].append(quote)
    notes = [
        note
        for d in docs
        if d.kind == "article"
        for note in review.crossing_attributions(d, annotations[d.id], by_doc[d.id], kinds, names)
    ]
    notes += review.uncited_background(events, {d.id: d for d in docs})
    notes += review.stale_roles(entities, docs)
    notes += review.unquoted_rule_lines(sorted(docs, key=lambda d: d.id))
    return tuple(notes)


@dataclass(frozen=True)
class _Identity:
    id: str
    kind: EntityKind
    name: str
    aliases: tuple[str, ...]


def _aliases(refs: list[tuple[Document, EntityRef]], profile: Document | None) -> tuple[str, ...]:
    return tuple(
        sorted({a for _, r in refs for a in r.aliases} | set(profile.aliases if profile else ()))
    )


def _other_forms(forms: tuple[str, ...], name: str) -> tuple[str, ...]:
    return tuple(f for f in forms if name_key(f) != name_key(name))


def _terms(
    docs: list[Document],
    names: dict[str, str],
    aliases: dict[str, tuple[str, ...]],
    found: Enrichment,
) -> list[Term]:
    """Curated names first, then curated aliases and rules, then names found in the text, so
    a curated entity keeps a surface form that extraction also found."""
    terms = [Term(names[i], "entity", i) for i in sorted(aliases)]
    terms += [Term(a, "entity", i) for i in sorted(aliases) for a in aliases[i]]
    for doc in sorted(docs, key=lambda d: d.id):
        if doc.kind == "rule":
            terms += [Term(s, "rule", doc.id) for s in (doc.citation, *doc.aliases) if s]
    for entity in found.new_entities:
        terms += [Term(f, "entity", entity.id) for f in (entity.name, *entity.surface_forms)]
    return terms


def _mentions(
    docs: list[Document],
    annotations: dict[str, tuple[tuple[Segment, ...], ...]],
    memo: Memo,
    names_key: str,
) -> dict[str, list[Mention]]:
    """Target id → the sentences that name it (one per sentence, in document order). Each
    document's share is remembered with its annotations, so an edit redoes one document."""
    out: dict[str, list[Mention]] = defaultdict(list)
    for doc in docs:
        if doc.kind != "article":
            continue
        found = memo.get(
            ("mentions", names_key, doc.path, doc.digest),
            lambda doc=doc: _document_mentions(doc, annotations[doc.id]),  # type: ignore[misc]
        )
        for target, mention in found:
            out[target].append(mention)
    return out


def _document_mentions(
    doc: Document, annotations: tuple[tuple[Segment, ...], ...]
) -> list[tuple[str, Mention]]:
    out: list[tuple[str, Mention]] = []
    seen: set[tuple[str, Mention]] = set()
    for paragraph, segments in zip(doc.paragraphs, annotations, strict=True):
        linked = [(s.target, s.start) for s in segments if s.target is not None]
        spans = split_sentences(paragraph.text) if linked else []
        for target, offset in linked:
            start, end = next(((a, b) for a, b in spans if a <= offset < b), (0, 0))
            sentence = paragraph.text[start:end].strip() if end else paragraph.text.strip()
            item = (target, Mention(Source(doc.id, paragraph.number), sentence))
            if item not in seen:
                seen.add(item)
                out.append(item)
    return out


def _entity(
    who: _Identity,
    refs: list[tuple[Document, EntityRef]],
    profile: Document | None,
    extracted: Sequence[Role],
    affiliated: str | None,
    mentions: dict[str, list[Mention]],
    spoke: list[Quote],
    memo: Memo,
) -> Entity:
    """One entity; `spoke` holds its high-confidence quotes, in story order."""
    roles: list[Role] = []
    if profile:
        roles += [Role(text, Source(profile.id), date=profile.date) for text in profile.roles]
    for doc, ref in refs:
        roles += [
            Role(
                text,
                Source(
                    doc.id,
                    memo.get(("find", doc.digest, text), lambda: _find(text, doc.paragraphs)),  # noqa: B023
                ),
                date=doc.date,
            )
            for text in ref.roles
        ]
    stated = {name_key(r.text) for r in roles}
    roles += [r for r in extracted if name_key(r.text) not in stated]
    # the latest source first; roles of one source keep the order it gives them
    roles.sort(key=lambda r: r.date.sort_key() if r.date else (0, 0, 0), reverse=True)
    affiliation = (profile.affiliation if profile else None) or next(
        (r.affiliation for _, r in refs if r.affiliation), affiliated
    )
    found = mentions.get(who.id, [])
    documents = sorted(
        {d.id for d, _ in refs}
        | {m.source.document for m in found}
        | {q.source.document for q in spoke}
    )
    return Entity(
        id=who.id,
        kind=who.kind,
        name=who.name,
        aliases=who.aliases,
        roles=tuple(dict.fromkeys(roles)),
        mentions=tuple(found),
        quotes=tuple(q.id for q in spoke),
        documents=tuple(documents),
        affiliation=affiliation,
        summary=profile.summary if profile else "",
        profile=profile.id if profile else None,
        url=profile.url if profile else "",
        did=_did(refs, spoke, found, (who.name, *who.aliases)),
    )


def _did(
    refs: list[tuple[Document, EntityRef]],
    spoke: list[Quote],
    found: list[Mention],
    names: tuple[str, ...],
) -> InStory | None:
    """What they did in the story: an editor's words (the latest document that has them),
    else the sentence of their first quote, else of the first sentence they open (their
    first action: "Sam Smith disagreed."), else of their first mention."""
    for doc, ref in sorted(refs, key=lambda x: _newest(x[0]), reverse=True):
        if ref.did:
            return InStory(ref.did, doc.id, ref.did_paragraphs, True)
    for quote in spoke:
        mention = next((m for m in found if m.source == quote.source), None)
        if mention is not None:
            return InStory(mention.sentence, quote.source.document, _numbers(quote.source), False)
    keys = tuple(name_key(n) for n in names if n)
    acting = (m for m in found if name_key(m.sentence.lstrip("“\"‘'")).startswith(keys))
    first = next(acting, found[0] if found else None)
    if first is not None:
        return InStory(first.sentence, first.source.document, _numbers(first.source), False)
    return None


def _numbers(source: Source) -> tuple[int, ...]:
    return (source.paragraph,) if source.paragraph else ()


def _newest(doc: Document) -> tuple[tuple[int, int, int], str]:
    return (doc.date.sort_key() if doc.date else (0, 0, 0), doc.id)


def _role_conflicts(entities: tuple[Entity, ...], docs: dict[str, Document]) -> list[ReviewNote]:
    """Roles of one entity that differ between documents (not within one document)."""
    notes = []
    for entity in entities:
        by_doc: dict[str, set[str]] = defaultdict(set)
        for role in entity.roles:
            by_doc[role.source.document].add(name_key(role.text))
        if len(by_doc) > 1 and len({frozenset(v) for v in by_doc.values()}) > 1:
            stated = "; ".join(
                f"“{r.text}” ({docs[r.source.document].label})" for r in entity.roles
            )
            notes.append(
                ReviewNote(
                    "Roles that differ between documents",
                    f"{entity.name}: {stated}",
                    entity.roles[0].source,
                )
            )
    return notes


def _find(text: str, paragraphs: tuple[Paragraph, ...]) -> int | None:
    """The first paragraph that states `text` (case and quote marks ignored)."""
    needle = normalise_quotes(text).casefold()
    return next(
        (p.number for p in paragraphs if needle in normalise_quotes(p.text).casefold()), None
    )


def _rule_uses(
    docs: list[Document], mentions: dict[str, list[Mention]], extracted: Sequence[RuleUse]
) -> tuple[RuleUse, ...]:
    """Where each rule comes up: sentences naming it (by citation or alias), statements
    extraction linked to it, and the documents whose front matter lists it."""
    rules = {d.id for d in docs if d.kind == "rule"}
    uses = [RuleUse(r, m.source, m.sentence) for r in sorted(rules) for m in mentions.get(r, [])]
    seen = {(u.rule, u.source, u.sentence) for u in uses}
    uses += [u for u in extracted if u.rule in rules and (u.rule, u.source, u.sentence) not in seen]
    raised = {(u.rule, u.source.document) for u in uses}
    for doc in docs:
        for rule in doc.rules if doc.kind == "article" else ():
            if (rule, doc.id) not in raised:
                raised.add((rule, doc.id))
                uses.append(RuleUse(rule, Source(doc.id)))
    return tuple(
        sorted(uses, key=lambda u: (u.rule, u.source.document, u.source.paragraph or 0, u.sentence))
    )
