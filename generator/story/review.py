"""What an editor should check before publishing, found across the whole story.

Each check returns `ReviewNote`s under one topic; `TOPICS` lists the topics in the order the
Editor's review shows them, each with the one line that explains it. Other stages add notes
under their own topics (extraction's uncertain attributions, names not in front matter, ...):
the review page shows every topic it is given, known ones first, so a new check only adds a
topic here.

- `crossing_attributions`: a "he said" with no name before it in its paragraph, or a quote
  attributed to someone its paragraph never names — the reader must look back across a
  paragraph, where another person may be the last one named.
- `uncited_background`: a dated sentence of our own words (a profile, a rule's explanation)
  whose paragraph has no `sources`.
- `stale_roles`: an entity whose latest role is older than the newest document.
- `unquoted_rule_lines`: a rule's allows/forbids line that cites no quoted provision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from generator.story.events import LEFT_OUT
from generator.story.link import Segment
from generator.story.model import (
    Document,
    Entity,
    EntityKind,
    Event,
    Quote,
    ReviewNote,
    Source,
)
from generator.story.provisions import cited
from generator.text import clip

CROSSING = "Attributions that cross a paragraph"
RISKY = "Attributions most likely wrong"
UNCITED = "Background without a source"
STALE = "Roles older than the newest document"
UNQUOTED = "Rule lines with no quoted provision"
TOPICS: tuple[tuple[str, str], ...] = (
    (
        RISKY,
        "Shown with a named speaker, in a form where the extraction named the wrong speaker "
        "more often on articles it had not seen: a long sentence, another name between, an "
        "uncommon cue. Check each against its paragraph, the likeliest wrong first. The "
        "likeliest of all are not shown to readers: they are under “Uncertain attributions”, "
        "marked “held back”.",
    ),
    (
        CROSSING,
        "The speaker is named in another paragraph, where someone else may be the last "
        "person named. Check who is speaking.",
    ),
    (
        UNCITED,
        "Dated facts in our own words (profiles, rule explanations) with no source; add one "
        "under the document's `sources`.",
    ),
    (
        STALE,
        "Each role shows the date of the source that states it. A newer document may mean "
        "it no longer holds; add a newer source if it changed.",
    ),
    (
        UNQUOTED,
        "Plain-language lines readers cannot check against the rule's words; quote the "
        "provision and cite it.",
    ),
    (LEFT_OUT, "Dates in conditional or future clauses, which are not events."),
)
_CUE = re.compile(
    r"\b(he|she|they)\s+(?:also\s+)?(said|says|added|told|denied|insisted|argued|warned|"
    r"claimed|stressed|noted|explained|replied)\b",
    re.IGNORECASE,
)
_LOOK_BACK = 3  # paragraphs searched for the nearest name


def crossing_attributions(
    doc: Document,
    segments: Sequence[tuple[Segment, ...]],
    quotes: Iterable[Quote],
    kinds: Mapping[str, EntityKind],
    names: Mapping[str, str],
) -> list[ReviewNote]:
    """One note per paragraph whose attribution depends on another paragraph."""
    people = [
        [(s.start, s.target) for s in para if s.target and kinds.get(s.target) == "person"]
        for para in segments
    ]
    said: dict[int, list[Quote]] = {}
    for quote in quotes:
        if quote.source.paragraph and quote.speaker and quote.confidence == "high":
            said.setdefault(quote.source.paragraph, []).append(quote)
    notes = []
    for index, paragraph in enumerate(doc.paragraphs):
        number = index + 1
        here = people[index] if index < len(people) else []
        cue = _CUE.search(paragraph.text)
        pronoun = cue is not None and not any(start < cue.start() for start, _ in here)
        # organisations speak through descriptions ("the former US president's campaign"):
        # only a person's absence from their own quote's paragraph is telling
        absent = [
            q
            for q in said.get(number, [])
            if kinds.get(q.speaker or "") == "person" and q.speaker not in {t for _, t in here}
        ]
        if not (pronoun or absent):
            continue
        parts = []
        if said.get(number):
            first = said[number][0]
            parts.append(f"“{clip(first.text, 60, at_word=True)}”")
        if pronoun and cue is not None:
            parts.append(f"“{cue.group()}” with no name before it in ¶{number}")
        elif absent:
            parts.append(f"no speaker named in ¶{number}")
        nearest = _nearest(people, index, names)
        if nearest:
            parts.append(nearest)
        who = sorted({names.get(q.speaker or "", q.speaker or "") for q in said.get(number, [])})
        parts.append(f"attributed to {', '.join(who)}" if who else "attributed to no one")
        notes.append(ReviewNote(CROSSING, "; ".join(parts) + ".", Source(doc.id, number)))
    return notes


def _nearest(people: list[list[tuple[int, str]]], index: int, names: Mapping[str, str]) -> str:
    for back in range(1, _LOOK_BACK + 1):
        if index - back < 0:
            break
        found = list(dict.fromkeys(t for _, t in people[index - back]))
        if found:
            listed = ", ".join(names.get(t, t) for t in found)
            return f"¶{index - back + 1} names {listed}"
    return ""


def uncited_background(events: Iterable[Event], docs: Mapping[str, Document]) -> list[ReviewNote]:
    notes = []
    for event in events:
        doc = docs.get(event.source.document)
        if event.kind != "background" or doc is None or event.source.paragraph is None:
            continue
        if any(s.paragraph == event.source.paragraph for s in doc.sources):
            continue
        notes.append(
            ReviewNote(
                UNCITED,
                f"{event.date.human()}: “{clip(event.text, 120, at_word=True)}” ({doc.label}, "
                f"¶{event.source.paragraph})",
                event.source,
            )
        )
    return notes


def stale_roles(entities: Iterable[Entity], docs: Sequence[Document]) -> list[ReviewNote]:
    dated = [d for d in docs if d.date and d.kind in ("article", "person", "organisation")]
    if not dated:
        return []
    newest = max(dated, key=lambda d: (d.date.sort_key() if d.date else (0, 0, 0), d.id))
    assert newest.date is not None
    notes = []
    for entity in entities:
        latest = entity.roles[0] if entity.roles else None
        if latest is None or latest.date is None:
            continue
        if latest.date.sort_key() < newest.date.sort_key():
            notes.append(
                ReviewNote(
                    STALE,
                    f"{entity.name}: “{latest.text}”, as of {latest.date.human()}; the newest "
                    f"document is of {newest.date.human()} ({_describe(newest)})",
                    latest.source,
                )
            )
    return notes


def _describe(doc: Document) -> str:
    return f"our profile of {doc.title}" if doc.kind in ("person", "organisation") else doc.label


def unquoted_rule_lines(docs: Iterable[Document]) -> list[ReviewNote]:
    notes = []
    for doc in docs:
        if doc.kind != "rule":
            continue
        for field, lines in (("allows", doc.allows), ("forbids", doc.forbids)):
            for line in lines:
                missing = [c for c in line.cites if cited(c, doc.provisions) is None]
                if line.cites and not missing:
                    continue
                why = f"cites {', '.join(missing)}, not quoted" if missing else "cites nothing"
                notes.append(
                    ReviewNote(
                        UNQUOTED,
                        f"{doc.citation or doc.label}, {field}: "
                        f"“{clip(line.text, 100, at_word=True)}” — {why}",
                        Source(doc.id),
                    )
                )
    return notes
