"""A slogan is the words of the one who campaigns under it: "Ride Fair Canterbury has started
an online petition under the slogan “Keep Canterbury Moving”", "The Honiara Churches Forum,
which is running an awareness campaign under the slogan “…”", "Civic Dawn has campaigned
under the slogan “…”", "Carrowmore Forward … distributed leaflets carrying the slogan “…”".

`slogan_holder(ctx, para, row, qi)` → the subject of the campaigning verb that governs "under
/ carrying / with the slogan" right before the quotation, when that subject resolves to a
named entity; None otherwise (the quotation then stays a title, nobody's). Only a closed list
of verbs of campaigning counts ("the regulator banned ads carrying the slogan …" is the
advertiser's, not the regulator's); nothing but words and names may stand between the verb
and the slogan (no comma, no quotation, no second verb); an unnamed subject ("protesters
marched under the slogan …") gives nothing. Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who
from generator.extract.rows import verb_at

_LINKS = lx.words("under carrying bearing with around behind")
_OWN = lx.words("the its their his her a")
# verbs of campaigning: the one who does them chose the slogan
_CAMPAIGNING = lx.words(  # verb forms only: "an awareness campaign under …" is a noun
    """campaigned campaigning ran running runs launched launching started starting gathered
    gathering distributed distributing fought fighting contested contesting marched marching
    rallied rallying organised organising organized organizing mobilised mobilized stood
    standing"""
)


def slogan_holder(ctx: Context, para: Para, row: Sequence[Chunk], qi: int) -> Who | None:
    """Who campaigns under the slogan quoted at `qi`, when the text names them."""
    if qi < 4 or not is_word(row, qi - 1, "slogan") or not is_word(row, qi - 2, *_OWN):
        return None
    if not is_word(row, qi - 3, *_LINKS):
        return None
    for k in range(qi - 4, max(-1, qi - 12), -1):
        c = row[k]
        if c.kind not in ("word", "name", "num"):
            return None
        if c.kind == "word" and c.text in _CAMPAIGNING:
            who = ctx.subject(row, k, para)
            if who is None or getattr(who, "key", None) is None or who.confidence != "high":
                return None
            return who
        if verb_at(row, k):
            return None  # "banned ads carrying the slogan": not a campaigning verb
    return None
