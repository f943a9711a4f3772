"""What `attribution_risk.features` reads about one attribution, as plain data.

It imports nothing from the package: `fit_risk` loads this file by its path into the code of
an older commit (each blind measure's first look) to record what that code showed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Record = dict[str, Any]


def record(paragraphs: Sequence[str], extraction: Any, quote: Any) -> Record:
    """What `features` reads about `quote`, as plain data: its paragraph and spans, the
    speaker, the mentions and quotations of its paragraph."""
    number = quote.span.paragraph
    kinds = {e.key: e.kind for e in extraction.entities}
    names = {e.key: e.name for e in extraction.entities}
    return {
        "paragraph": paragraphs[number - 1] if 0 < number <= len(paragraphs) else "",
        "start": quote.span.start,
        "end": quote.span.end,
        "text": quote.text,
        "cue": quote.cue,
        "unnamed": quote.unnamed,
        "speaker": quote.speaker_key,
        "name": names.get(quote.speaker_key, ""),
        "kind": kinds.get(quote.speaker_key, ""),
        "mentions": [
            [m.entity_key, m.span.start, m.span.end, kinds.get(m.entity_key, "")]
            for m in extraction.mentions
            if m.span.paragraph == number
        ],
        "quotes": [
            [q.span.start, q.speaker_key] for q in extraction.quotes if q.span.paragraph == number
        ],
    }
