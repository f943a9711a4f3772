"""The development / held-out split of the real-news labels, as a rule anyone can rerun.

Each labelled article belongs to a stratum: its outlet and desk, from its file name
(`-wikinews-`; `-voa-` from the Zimbabwe desk when the name says `zimbabwe`, else the Cambodia
desk: the two desks cover different countries and courts), and whether it is a whole article
or one of the `excerpts/` (`P…`). Within a stratum
the files are ordered by the SHA-256 of their file name, and the first round(60 %) go to
`dev/`, the rest to `heldout/`. The rule reads file names only, never scores.

    python tests/extraction/real/split.py      # prints the split
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

DEV_SHARE = 0.6


def stratum(name: str) -> str:
    if "-voa-" in name:
        outlet = "voa zimbabwe" if "zimbabwe" in name else "voa cambodia"
    else:
        outlet = "wikinews"
    return outlet + (" excerpt" if name.startswith("P") else " article")


def split(names: list[str]) -> dict[str, str]:
    """File name → "dev" or "heldout"."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[stratum(name)].append(name)
    out: dict[str, str] = {}
    for members in groups.values():
        members.sort(key=lambda n: hashlib.sha256(n.encode()).hexdigest())
        cut = round(len(members) * DEV_SHARE)
        for i, name in enumerate(members):
            out[name] = "dev" if i < cut else "heldout"
    return out


if __name__ == "__main__":
    from pathlib import Path

    here = Path(__file__).parent
    files = sorted(p.name for p in here.glob("*/*.labels.yaml"))
    for name, where in sorted(split(files).items(), key=lambda x: (x[1], x[0])):
        print(f"{where:8} {stratum(name):21} {name}")
