"""One document's people and organisations, each listed once (issue 11).

`merge_twice_listed(reader, entries)` takes the `people` and `organisations` entries of one
document in order and returns one entry per id. An id listed twice under the same kind is a
warning that names both lines and what differs; the entries are merged (the first name and
affiliation, the roles and aliases of both), so the person is listed once on the page. An
id listed both as a person and as an organisation is an error that costs the later entry.
"""

from __future__ import annotations

from dataclasses import replace

from generator.diagnostics import Diagnostic, error, warning
from generator.schema.fields import FieldReader
from generator.story.model import EntityRef


def merge_twice_listed(r: FieldReader, entries: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    kept: dict[str, EntityRef] = {}
    for entry in entries:
        first = kept.get(entry.id)
        if first is None:
            kept[entry.id] = entry
        elif first.kind != entry.kind:
            r.problems.append(_kind_clash(r.path, first, entry))
        else:
            r.problems.append(_twice(r.path, first, entry))
            kept[entry.id] = _merged(first, entry)
    return tuple(kept.values())


def _merged(first: EntityRef, second: EntityRef) -> EntityRef:
    return replace(
        first,
        name=first.name or second.name,
        aliases=tuple(dict.fromkeys(first.aliases + second.aliases)),
        roles=tuple(dict.fromkeys(first.roles + second.roles)),
        affiliation=first.affiliation or second.affiliation,
        did=first.did or second.did,
        did_paragraphs=tuple(dict.fromkeys(first.did_paragraphs + second.did_paragraphs)),
    )


def _twice(path: str, first: EntityRef, second: EntityRef) -> Diagnostic:
    differ = []
    if first.name and second.name and first.name != second.name:
        differ.append(f"names '{first.name}' and '{second.name}'")
    if first.roles and second.roles and set(first.roles) != set(second.roles):
        shown = " and ".join(f"'{'; '.join(e.roles)}'" for e in (first, second))
        differ.append(f"roles {shown}")
    if first.affiliation and second.affiliation and first.affiliation != second.affiliation:
        differ.append(f"affiliations '{first.affiliation}' and '{second.affiliation}'")
    how = f" with different {' and '.join(differ)}" if differ else ""
    used = f", as '{first.name}'" if first.name and second.name != first.name else ""
    return warning(
        path,
        second.line,
        f"'{second.id}' is listed twice, on lines {first.line} and {second.line}{how}; "
        f"it is shown once{used}" + (", with the roles of both" if differ and second.roles else ""),
        second.field,
    )


def _kind_clash(path: str, first: EntityRef, second: EntityRef) -> Diagnostic:
    return error(
        path,
        second.line,
        f"'{second.id}' is listed as a {first.kind} on line {first.line}; one id names one "
        "person or organisation",
        second.field,
        second.kind,
    )
