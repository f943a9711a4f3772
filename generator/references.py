"""Check every reference between documents: the validated documents in, the consistent
set out, with the ids they define (`Registry`) and a diagnostic for every broken reference.

`check_references(documents, rejected)` sits between validation (one document at a time)
and the story (the whole graph). It keeps one document per id (a second document with the
same id is left out, reported at its `id:` line), collects the people and organisations
every document defines (profiles first), warns about ids and names that look like twins,
and reports every unknown speaker, person, organisation, rule, related rule or start-here
id with a did-you-mean. Such an error costs the unit that holds the reference (issue 11):
the quote whose speaker is unknown, the claim or response whose `by` is, the person entry
nobody names, the rule reference (a claim's `rule` too), the affiliation, the source of a
paragraph that names an unknown document; the rest of the document is kept. A unit
left out here defines nothing others rely on (an entry nobody names defines no name), so
one pass is enough. `rejected` documents (left out for errors of their own) are checked
too, so every problem is reported at once, but they take no part.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from generator.cache import fingerprint
from generator.diagnostics import Diagnostic, error, warning
from generator.schema.fields import suggest
from generator.story.model import Document, EntityKind
from generator.text import name_key


@dataclass(frozen=True)
class Registry:
    """Entity ids defined by a set of documents, with their kinds and canonical names."""

    kinds: dict[str, EntityKind]
    names: dict[str, str]
    rules: set[str]
    documents: set[str]
    speakers: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Checked:
    """The documents whose references all resolve, and what they define."""

    documents: tuple[Document, ...]
    registry: Registry


def check_references(
    documents: Sequence[Document], rejected: Sequence[Document] = ()
) -> tuple[Checked, list[Diagnostic]]:
    """The documents (sorted by path), each without the units whose references do not
    resolve, and every problem found; see the module docstring."""
    problems: list[Diagnostic] = []
    docs, twins = _unique_ids(sorted(documents, key=lambda d: d.path), problems)
    registry = _registry(docs, problems)
    kept = []
    for doc in docs:
        problems += _reference_errors(doc, registry)
        kept.append(_resolved(doc, registry))
    for doc in [*rejected, *twins]:
        # its own definitions count for its own references (but reach no other document),
        # and its names are compared with everyone's (near-duplicates, kinds)
        own: list[Diagnostic] = []
        problems += _reference_errors(doc, _registry([*docs, doc], own))
        problems += [d for d in own if d.path == doc.path]
    return Checked(tuple(kept), registry), problems


def _resolved(doc: Document, registry: Registry) -> Document:
    """`doc` without what `_reference_errors` reported as left out. Its digest changes with
    what was left out, since pages are remembered by it and now depend on other documents."""
    speakers, orgs = registry.speakers, registry.organisations
    changes: dict[str, object] = {
        "quotes": tuple(q for q in doc.quotes if q.speaker is None or q.speaker in speakers),
        "entities": tuple(
            replace(e, affiliation=e.affiliation if e.affiliation in orgs else None)
            for e in doc.entities
            if e.id in registry.names and registry.kinds[e.id] == e.kind
        ),
        "rules": tuple(r for r in doc.rules if r in registry.rules),
        "related": tuple(r for r in doc.related if r in registry.rules),
        "start_here": tuple(d for d in doc.start_here if d in registry.documents),
        "claims": tuple(
            replace(
                c,
                responses=tuple(r for r in c.responses if r.by in speakers),
                rule=c.rule if c.rule in registry.rules else None,
            )
            for c in doc.claims
            if c.claim.by in speakers
        ),
        "affiliation": doc.affiliation if doc.affiliation in orgs else None,
        "sources": tuple(
            b for b in doc.sources if not b.document or b.document in registry.documents
        ),
    }
    if all(getattr(doc, name) == value for name, value in changes.items()):
        return doc
    digest = fingerprint((doc.digest, sorted(changes.items())))
    return replace(doc, digest=digest, **changes)  # type: ignore[arg-type]


def _unique_ids(
    docs: list[Document], problems: list[Diagnostic]
) -> tuple[list[Document], list[Document]]:
    """One document per id (the first by path wins; the others are returned second), and
    ids equal but for hyphens are warned about: `foo-bar` and `foobar` are likely the same
    document filed twice."""
    seen: dict[str, Document] = {}
    loose: dict[str, Document] = {}
    twins = []
    for doc in docs:
        key = doc.id.casefold()
        similar = loose.get(_loose(doc.id))
        if key not in seen and similar is not None:
            problems.append(
                warning(
                    doc.path,
                    doc.id_line,
                    f"id '{doc.id}' differs from '{similar.id}' ({similar.path}) only by "
                    "hyphens; if they are one document, keep one",
                    "id",
                )
            )
        if key in seen:
            problems.append(
                error(
                    doc.path,
                    doc.id_line,
                    f"id '{doc.id}' is already used by "
                    f"{seen[key].path}; give this document its own id",
                    "id",
                )
            )
            twins.append(doc)
            continue
        seen[key] = doc
        loose.setdefault(_loose(doc.id), doc)
    return list(seen.values()), twins


def _loose(ident: str) -> str:
    return ident.replace("-", "")


def _registry(docs: list[Document], problems: list[Diagnostic]) -> Registry:
    kinds: dict[str, EntityKind] = {}
    names: dict[str, str] = {}
    where: dict[str, str] = {}
    # ids by the loose forms of their id and name: one person filed under two ids
    by_loose_id: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for doc in _profiles_first(docs):
        defs: Iterable[tuple[str, EntityKind, str | None, int, str, int]]
        if doc.kind in ("person", "organisation"):
            defs = [(doc.id, doc.kind, doc.title, doc.id_line, "", 0)]
        else:
            defs = [(e.id, e.kind, e.name, e.line, e.field, e.name_line) for e in doc.entities]
        for ident, kind, name, line, field, name_line in defs:
            if ident in kinds and kinds[ident] != kind:
                problems.append(
                    error(
                        doc.path,
                        line,
                        f"'{ident}' is a {kinds[ident]} in {where[ident]}, not a {kind}",
                        field,
                        kind if field else "document",
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
                        name_line or line,
                        f"'{ident}' is named '{name}' here but "
                        f"'{names[ident]}' in {where[ident]}; the first is used",
                    )
                )
    kinds = {i: k for i, k in kinds.items() if i in names}  # an id nobody names is unknown
    rules = {d.id for d in docs if d.kind == "rule"}
    organisations = frozenset(i for i, k in kinds.items() if k == "organisation")
    return Registry(kinds, names, rules, {d.id for d in docs}, frozenset(names), organisations)


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


def _reference_errors(doc: Document, registry: Registry) -> list[Diagnostic]:
    """Every reference of `doc` that does not resolve, each costing its unit."""
    out = []
    for field, ident, line in doc.ref_lines:
        last = field.rsplit(".", 1)[-1].split("[", 1)[0]
        known: set[str] | frozenset[str]
        if last in ("speaker", "by"):
            known, what = registry.speakers, "person or organisation"
        elif last == "affiliation":
            known, what = registry.organisations, "organisation"
        elif last in ("rules", "related", "rule"):
            known, what = registry.rules, "rule"
        else:
            known, what = registry.documents, "document"
        if ident not in known:
            lost, unit = _unit(field, last)
            message = f"unknown {what} '{ident}'{suggest(ident, known)}"
            out.append(error(doc.path, line, message, field, lost, unit))
    for ref in doc.entities:
        if ref.id not in registry.names:
            known = {i for i in registry.names if registry.kinds[i] == ref.kind}
            out.append(
                error(
                    doc.path,
                    ref.line,
                    f"unknown {ref.kind} '{ref.id}'"
                    f"{suggest(ref.id, known)}; give it a name here or a profile",
                    ref.field,
                    ref.kind,
                )
            )
    return out


def _unit(field: str, last: str) -> tuple[str, str]:
    """What an unknown id in `field` costs: (kind, the unit's field path)."""
    if last == "speaker":
        return "quote", field.rsplit(".", 1)[0]
    if last == "by":
        unit = field.rsplit(".", 1)[0]
        return ("response" if ".responses[" in unit else "claim"), unit
    if last == "affiliation":
        return "value", field
    if last == "document":  # sources[1].document: the source of a paragraph of ours
        return "source", field.rsplit(".", 1)[0]
    return "reference", field
