"""Resolve validated documents into the `Story`: the whole graph, before anything renders.

`build_story(documents)` checks every cross-document reference (speakers, people, rules,
related rules, start-here ids) and reports unknown ids with a did-you-mean; a document with
such an error is left out, and the check repeats until the remaining set is consistent. Then
it merges each person and organisation across documents (by id; never by slug luck), finds
their mentions, roles, quotes and the sentences that raise each rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from generator.diagnostics import Diagnostic, error, warning
from generator.link import Linker, Segment, Term
from generator.model import (
    Document,
    Entity,
    EntityKind,
    EntityRef,
    Event,
    Mention,
    Paragraph,
    Quote,
    Role,
    RuleUse,
    Source,
    Story,
)
from generator.schema import suggest
from generator.text import name_key, normalise_quotes, sentence_at

DEFAULT_TITLE = "The story"

Annotations = MappingProxyType[str, tuple[tuple[Segment, ...], ...]]


@dataclass(frozen=True)
class Resolved:
    """The story plus what the planner needs to link text: segments per document paragraph."""

    story: Story
    annotations: Annotations


@dataclass(frozen=True)
class _Registry:
    """Entity ids defined by a set of documents, with their kinds and canonical names."""

    kinds: dict[str, EntityKind]
    names: dict[str, str]
    rules: set[str]
    documents: set[str]


def build_story(
    documents: Sequence[Document], rejected: Sequence[Document] = ()
) -> tuple[Resolved, list[Diagnostic]]:
    """Resolve references and build the story from every valid document. `rejected`
    documents (with errors of their own) are checked too, so every problem is reported at
    once, but they take no part in the story."""
    problems: list[Diagnostic] = []
    docs = _unique_ids(sorted(documents, key=lambda d: d.path), problems)
    while True:
        registry = _registry(docs, problems)
        bad = {d.id: _reference_errors(d, registry) for d in docs}
        failed = {ident for ident, errors in bad.items() if errors}
        for errors in bad.values():
            problems.extend(errors)
        if not failed:
            break
        docs = [d for d in docs if d.id not in failed]
    for doc in rejected:
        problems += _reference_errors(doc, registry)
    return _assemble(docs, registry), problems


def _unique_ids(docs: list[Document], problems: list[Diagnostic]) -> list[Document]:
    """One document per id (the first by path wins); ids equal but for hyphens are warned
    about: `foo-bar` and `foobar` are likely the same document filed twice."""
    seen: dict[str, Document] = {}
    loose: dict[str, Document] = {}
    for doc in docs:
        key = doc.id.casefold()
        similar = loose.get(_loose(doc.id))
        if key not in seen and similar is not None:
            problems.append(
                warning(
                    doc.path,
                    1,
                    f"id '{doc.id}' differs from '{similar.id}' ({similar.path}) only by "
                    "hyphens; if they are one document, keep one",
                    "id",
                )
            )
        if key in seen:
            problems.append(
                error(
                    doc.path,
                    1,
                    f"id '{doc.id}' is already used by "
                    f"{seen[key].path}; give this document its own id",
                    "id",
                )
            )
            continue
        seen[key] = doc
        loose.setdefault(_loose(doc.id), doc)
    return list(seen.values())


def _loose(ident: str) -> str:
    return ident.replace("-", "")


def _registry(docs: list[Document], problems: list[Diagnostic]) -> _Registry:
    kinds: dict[str, EntityKind] = {}
    names: dict[str, str] = {}
    where: dict[str, str] = {}
    # ids by the loose forms of their id and name: one person filed under two ids
    by_loose_id: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for doc in _profiles_first(docs):
        defs: Iterable[tuple[str, EntityKind, str | None, int]]
        if doc.kind in ("person", "organisation"):
            defs = [(doc.id, doc.kind, doc.title, 1)]
        else:
            defs = [(e.id, e.kind, e.name, e.line) for e in doc.entities]
        for ident, kind, name, line in defs:
            if ident in kinds and kinds[ident] != kind:
                problems.append(
                    error(
                        doc.path,
                        line,
                        f"'{ident}' is a {kinds[ident]} in {where[ident]}, not a {kind}",
                    )
                )
                continue
            if ident not in kinds:
                problems += _twins(ident, name, doc.path, line, by_loose_id, by_name, where)
            kinds.setdefault(ident, kind)
            where.setdefault(ident, doc.path)
            if name and ident not in names:
                names[ident] = name
            elif name and name_key(name) != name_key(names[ident]):
                problems.append(
                    warning(
                        doc.path,
                        line,
                        f"'{ident}' is named '{name}' here but "
                        f"'{names[ident]}' in {where[ident]}; the first is used",
                    )
                )
    rules = {d.id for d in docs if d.kind == "rule"}
    return _Registry(kinds, names, rules, {d.id for d in docs})


def _twins(
    ident: str,
    name: str | None,
    path: str,
    line: int,
    by_loose_id: dict[str, str],
    by_name: dict[str, str],
    where: dict[str, str],
) -> list[Diagnostic]:
    """Warnings for a new entity id that looks like one already defined: the same id but
    for hyphens, or the same name once Unicode forms, case and spacing are folded."""
    out = []
    other = by_loose_id.setdefault(_loose(ident), ident)
    if other != ident:
        out.append(
            warning(
                path,
                line,
                f"'{ident}' differs from '{other}' ({where[other]}) only by hyphens; "
                "if they are one, use one id",
            )
        )
    if name:
        twin = by_name.setdefault(name_key(name), ident)
        if twin != ident and twin != other:
            out.append(
                warning(
                    path,
                    line,
                    f"'{ident}' has the same name as '{twin}' ({where[twin]}); "
                    "if they are one, use one id",
                )
            )
    return out


def _profiles_first(docs: list[Document]) -> list[Document]:
    """Profiles name their entity first; then articles, oldest first, then by path."""

    def key(d: Document) -> tuple[int, tuple[int, int, int], str]:
        return (
            0 if d.kind in ("person", "organisation") else 1,
            d.date.sort_key() if d.date else (9999, 0, 0),
            d.path,
        )

    return sorted(docs, key=key)


def _reference_errors(doc: Document, registry: _Registry) -> list[Diagnostic]:
    out = []
    for field, ident, line in doc.ref_lines:
        last = field.rsplit(".", 1)[-1].split("[", 1)[0]
        if last in ("speaker",):
            known, what = set(registry.names), "person or organisation"
        elif last == "affiliation":
            known = {i for i, k in registry.kinds.items() if k == "organisation"}
            what = "organisation"
        elif last in ("rules", "related"):
            known, what = registry.rules, "rule"
        else:
            known, what = registry.documents, "document"
        if ident not in known:
            out.append(
                error(doc.path, line, f"unknown {what} '{ident}'{suggest(ident, known)}", field)
            )
    for index, ref in enumerate(doc.entities):
        if ref.id not in registry.names:
            group = "people" if ref.kind == "person" else "organisations"
            known = {i for i in registry.names if registry.kinds[i] == ref.kind}
            out.append(
                error(
                    doc.path,
                    ref.line,
                    f"unknown {ref.kind} '{ref.id}'"
                    f"{suggest(ref.id, known)}; give it a name here or a profile",
                    f"{group}[{index + 1}]",
                )
            )
    return out


def _assemble(docs: list[Document], registry: _Registry) -> Resolved:
    refs: dict[str, list[tuple[Document, EntityRef]]] = defaultdict(list)
    profiles = {d.id: d for d in docs if d.kind in ("person", "organisation")}
    for doc in docs:
        for ref in doc.entities:
            refs[ref.id].append((doc, ref))
    linker = Linker(_terms(docs, registry, refs, profiles))
    annotations = {
        d.id: tuple(linker.segments(p.text) for p in d.paragraphs)
        for d in docs
        if d.kind in ("article", "rule")
    }
    mentions = _mentions(docs, annotations)
    quotes = tuple(
        Quote(f"{d.id}-q{n}", q.text, q.speaker, Source(d.id, q.paragraph))
        for d in docs
        for n, q in enumerate(d.quotes, 1)
    )
    entities = tuple(
        _entity(ident, registry, refs[ident], profiles.get(ident), mentions, quotes)
        for ident in sorted(registry.kinds)
    )
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
        events=_events(docs),
        rule_uses=_rule_uses(docs, mentions),
        by_id=MappingProxyType({d.id: d for d in documents}),
        entity_by_id=MappingProxyType({e.id: e for e in entities}),
    )
    return Resolved(story, MappingProxyType(annotations))


def _terms(
    docs: list[Document],
    registry: _Registry,
    refs: dict[str, list[tuple[Document, EntityRef]]],
    profiles: dict[str, Document],
) -> list[Term]:
    terms = []
    for ident, name in registry.names.items():
        terms.append(Term(name, "entity", ident))
        aliases = [a for _, r in refs[ident] for a in r.aliases]
        if ident in profiles:
            aliases += profiles[ident].aliases
        terms += [Term(a, "entity", ident) for a in aliases]
    for doc in docs:
        if doc.kind == "rule":
            terms += [Term(s, "rule", doc.id) for s in (doc.citation, *doc.aliases) if s]
    return terms


def _mentions(
    docs: list[Document], annotations: dict[str, tuple[tuple[Segment, ...], ...]]
) -> dict[str, list[Mention]]:
    """Target id → the sentences that name it (one per sentence, in document order)."""
    out: dict[str, list[Mention]] = defaultdict(list)
    for doc in docs:
        if doc.kind != "article":
            continue
        for paragraph, segments in zip(doc.paragraphs, annotations[doc.id], strict=True):
            for segment in segments:
                if segment.target is None:
                    continue
                mention = Mention(
                    Source(doc.id, paragraph.number), sentence_at(paragraph.text, segment.start)
                )
                if mention not in out[segment.target]:
                    out[segment.target].append(mention)
    return out


def _entity(
    ident: str,
    registry: _Registry,
    refs: list[tuple[Document, EntityRef]],
    profile: Document | None,
    mentions: dict[str, list[Mention]],
    quotes: tuple[Quote, ...],
) -> Entity:
    roles: list[Role] = []
    if profile:
        roles += [Role(text, Source(profile.id)) for text in profile.roles]
    for doc, ref in refs:
        roles += [Role(text, Source(doc.id, _find(text, doc.paragraphs))) for text in ref.roles]
    aliases = sorted(
        {a for _, r in refs for a in r.aliases} | set(profile.aliases if profile else ())
    )
    affiliation = (profile.affiliation if profile else None) or next(
        (r.affiliation for _, r in refs if r.affiliation), None
    )
    found = mentions.get(ident, [])
    documents = sorted({d.id for d, _ in refs} | {m.source.document for m in found})
    return Entity(
        id=ident,
        kind=registry.kinds[ident],
        name=registry.names[ident],
        aliases=tuple(aliases),
        roles=tuple(dict.fromkeys(roles)),
        mentions=tuple(found),
        quotes=tuple(q.id for q in quotes if q.speaker == ident),
        documents=tuple(documents),
        affiliation=affiliation,
        summary=profile.summary if profile else "",
        profile=profile.id if profile else None,
        url=profile.url if profile else "",
    )


def _find(text: str, paragraphs: tuple[Paragraph, ...]) -> int | None:
    """The first paragraph that states `text` (case and quote marks ignored)."""
    needle = normalise_quotes(text).casefold()
    return next(
        (p.number for p in paragraphs if needle in normalise_quotes(p.text).casefold()), None
    )


def _events(docs: list[Document]) -> tuple[Event, ...]:
    """Dated events: for now each document's publication (extraction adds more)."""
    events = [
        Event(d.date, f"{d.outlet + ' publishes ' if d.outlet else ''}{d.title}", Source(d.id))
        for d in docs
        if d.date and d.kind == "article"
    ]
    return tuple(sorted(events, key=lambda e: (e.date.sort_key(), e.source.document, e.text)))


def _rule_uses(docs: list[Document], mentions: dict[str, list[Mention]]) -> tuple[RuleUse, ...]:
    uses: list[RuleUse] = []
    for doc in docs:
        if doc.kind != "article":
            continue
        for rule in doc.rules:
            said = [m for m in mentions.get(rule, []) if m.source.document == doc.id]
            uses += [RuleUse(rule, m.source, m.sentence) for m in said] or [
                RuleUse(rule, Source(doc.id))
            ]
    return tuple(uses)
