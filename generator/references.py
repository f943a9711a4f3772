"""Check every reference between documents: the validated documents in, the consistent
set out, with the ids they define (`Registry`) and a diagnostic for every broken reference.

`check_references(documents, rejected)` sits between validation (one document at a time)
and the story (the whole graph). It keeps one document per id, collects the people and
organisations every document defines (profiles first), warns about ids and names that look
like twins, and reports every unknown speaker, person, organisation, rule, related rule or
start-here id with a did-you-mean. A document with such an error is left out, and the check
repeats until the remaining set is consistent. `rejected` documents (with errors of their
own) are checked too, so every problem is reported at once, but they take no part.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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
    """The documents (sorted by path) that survive the reference checks, and every problem
    found; see the module docstring."""
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
        # its own definitions count for its own references (but reach no other document)
        problems += _reference_errors(doc, _registry([*docs, doc], []))
    return Checked(tuple(docs), registry), problems


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


def _registry(docs: list[Document], problems: list[Diagnostic]) -> Registry:
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
