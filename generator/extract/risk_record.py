"""What `attribution_risk.features` reads about each attribution shown with a named
speaker, as plain data (`records`), and what "shown" means (`shown`): besides its paragraph,
how often the speaker is mentioned in the whole document (`named`) and whether the speaker's
name is a part of another entity's ("Victoria" beside "Victoria Police": `inside`).

It imports nothing from the package: `risk_dump.py` loads this file by its path into the code
of an older commit (each blind measure's first look) to record what that code showed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Record = dict[str, Any]


def shown(quote: Any) -> bool:
    """Did the rules give the quotation a named speaker with confidence (what the model
    scores): shown to readers, or held back by the model itself (`risk`; older commits have
    no such field)?"""
    held = getattr(quote, "risk", 0.0) > 0
    return (quote.confidence == "high" or held) and quote.speaker_key is not None


def records(paragraphs: Sequence[str], extraction: Any) -> dict[int, Record]:
    """What `features` reads about each shown quotation (by its index in
    `extraction.quotes`), as plain data: its paragraph and spans, the speaker, the mentions
    and quotations of its paragraph. One pass over the extraction for the whole document."""
    kinds = {e.key: e.kind for e in extraction.entities}
    names = {e.key: e.name for e in extraction.entities}
    mentions: dict[int, list[list[Any]]] = {}
    for m in extraction.mentions:
        mentions.setdefault(m.span.paragraph, []).append(
            [m.entity_key, m.span.start, m.span.end, kinds.get(m.entity_key, "")]
        )
    quotes: dict[int, list[list[Any]]] = {}
    for q in extraction.quotes:
        quotes.setdefault(q.span.paragraph, []).append([q.span.start, q.speaker_key])
    counted: dict[Any, int] = {}
    for m in extraction.mentions:
        counted[m.entity_key] = counted.get(m.entity_key, 0) + 1
    words = {k: f" {n.lower()} " for k, n in names.items() if n}
    inside = {k: any(o != k and w in other for o, other in words.items()) for k, w in words.items()}
    out: dict[int, Record] = {}
    for i, quote in enumerate(extraction.quotes):
        if not shown(quote):
            continue
        number = quote.span.paragraph
        out[i] = {
            "paragraph": paragraphs[number - 1] if 0 < number <= len(paragraphs) else "",
            "start": quote.span.start,
            "end": quote.span.end,
            "text": quote.text,
            "cue": quote.cue,
            "unnamed": quote.unnamed,
            "speaker": quote.speaker_key,
            "name": names.get(quote.speaker_key, ""),
            "kind": kinds.get(quote.speaker_key, ""),
            "mentions": mentions.get(number, []),
            "quotes": quotes.get(number, []),
            "named": counted.get(quote.speaker_key, 0),
            "inside": inside.get(quote.speaker_key, False),
        }
    return out
