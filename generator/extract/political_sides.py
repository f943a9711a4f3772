"""The organisations a document names as a side of politics: right after "opposition",
"ruling" or "governing" ("The opposition National Renewal Congress", "Zambia's ruling
People's Renewal Congress"). Found once a document, for `party_sides`. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from generator.extract.document import Para
from generator.extract.names import NameMention

_SIDE = re.compile(r"\b(?:opposition|ruling|governing)\s+$", re.I)


def sided_bodies(
    paras: Sequence[Para], by_para: Mapping[int, Sequence[NameMention]], kinds: Mapping[str, str]
) -> set[str]:
    """The organisations the document names right after "opposition", "ruling" or
    "governing"."""
    return {
        m.key
        for n, mentions in by_para.items()
        for m in mentions
        if kinds.get(m.key) == "organisation"
        and _SIDE.search(paras[n - 1].text[max(0, m.start - 16) : m.start])
    }
