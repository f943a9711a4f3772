"""Which quoted provision a citation refers to: `cited("(a)(1)(A)", provisions)`.

A rule's plain-language lines cite the provisions they paraphrase by ref. A citation names a
quoted provision when it is that provision's ref ("Volunteer activity", "§ 100.74"), or a
part of the subsection the ref names: "(a)(1)(A)" is part of "(a) Prohibition", quoted whole.
The longest subsection wins, so "(a)(3)(ii)" goes to a quoted "(a)(3)" before "(a)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.story.model import Provision
from generator.text import normalise_quotes

_SUBSECTION = re.compile(r"^(?:§\s*)?[\w.]*(?:\([^()\s]{1,6}\))+|^§\s*[\d.]+")


def cited(cite: str, provisions: Sequence[Provision]) -> Provision | None:
    """The quoted provision `cite` refers to: the one whose ref is `cite`, or whose
    subsection ("(a)" of "(a) Prohibition") `cite` is part of ("(a)(1)(A)")."""
    want = _key(cite)
    for provision in provisions:
        if _key(provision.ref) == want:
            return provision
    heads = sorted(
        ((_key(subsection(p.ref)), n) for n, p in enumerate(provisions) if subsection(p.ref)),
        key=lambda h: (-len(h[0]), h[1]),
    )
    return next((provisions[n] for head, n in heads if want.startswith(head)), None)


def subsection(ref: str) -> str:
    """The subsection a ref names ("(a)" of "(a) Prohibition", "§ 100.74"), or ''."""
    found = _SUBSECTION.match(ref.strip())
    return found.group().strip() if found else ""


def _key(ref: str) -> str:
    return re.sub(r"\s+", "", normalise_quotes(ref)).casefold()
