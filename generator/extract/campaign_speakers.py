"""A candidate's campaign with no name of its own speaks unnamed, never as a body.

"Ferreira's campaign said in a statement the mayor “has no involvement with …”", "the Carver
campaign called the delay “…”": the names stage reads "Ferreira's campaign", "the Carver
campaign" and "Trump's team" as a body named after the person (`names._derive_campaign`), so
that the person is not taken for the speaker. The labelling guide (tests/extraction/real/
GUIDE.md, "A candidate's campaign") makes such a campaign unnamed, like the candidate's
spokesperson: `speaker: null, unnamed: Ferreira's campaign`, never the candidate and not an
organisation. A campaign committee with a name of its own ("Friends of Greg Tomasetti") is a
name the names stage reads as any other body, untouched here.

`campaign_forms(names)` → the derived campaigns; `unname_campaigns(forms, quotes, entities,
mentions)` → the quotes with each one a derived campaign speaks made "speaker unclear" with the
campaign as its unnamed speaker, and the entities and mentions without the campaigns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from generator.extract.names import NameResult
from generator.extract.types import Entity, Mention, Quote


def campaign_forms(names: NameResult) -> dict[str, str]:
    """Each derived campaign's key → how the text first names it ("Ferreira's campaign")."""
    forms: dict[str, str] = {}
    for m in names.mentions:  # text order
        if m.derived and m.key not in forms:
            forms[m.key] = m.text
    named = {m.key for m in names.mentions if not m.derived}  # "the Harris Campaign" itself
    return {key: form for key, form in forms.items() if key not in named}


def unname_campaigns(
    forms: dict[str, str],
    quotes: Sequence[Quote],
    entities: Sequence[Entity],
    mentions: Sequence[Mention],
) -> tuple[tuple[Quote, ...], tuple[Entity, ...], tuple[Mention, ...]]:
    if not forms:
        return tuple(quotes), tuple(entities), tuple(mentions)
    out: list[Quote] = []
    for q in quotes:
        candidates = tuple(c for c in q.candidates if c not in forms)
        if q.speaker_key in forms:
            unnamed = q.unnamed or forms[q.speaker_key]
            q = replace(q, speaker_key=None, confidence="low", unnamed=unnamed)
        out.append(replace(q, candidates=candidates) if candidates != q.candidates else q)
    return (
        tuple(out),
        tuple(e for e in entities if e.key not in forms),
        tuple(m for m in mentions if m.entity_key not in forms),
    )
