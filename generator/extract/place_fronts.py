"""A place's name glued to the front of a person's: "Provincial Election Commissioner Punjab
Saima Rafiq", "country director for Chad Ingrid Solheim-Baptiste", "leader of operations for
Otago and Southland Jeremy Fraser". `place_fronts(paras, runs)` gives the capitalised runs
of `name_runs` back with such a place moved from the name into its title, when the text
names that word as a place elsewhere. Pure; never raises.
"""

from __future__ import annotations

from dataclasses import replace

from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract.document import Para
from generator.extract.name_runs import Run
from generator.extract.sentences import Token
from generator.text import name_key as norm


def place_fronts(paras: tuple[Para, ...], runs: list[Run]) -> list[Run]:
    """ "Provincial Election Commissioner Punjab Saima Rafiq", "country director for Chad
    Ingrid Solheim-Baptiste": three words after a title, or after "<role> for", whose first
    the text names elsewhere as a place ("in eastern Chad", "the Punjab chief secretary",
    "Punjab Minister for …") end the role; the person is the last two."""
    places = {norm(w) for w in _place_words(paras, runs)}
    seen: dict[str, int] = {}
    for run in runs:  # "a spokesperson for Uruguay Sin Miedo" after "the group Uruguay Sin
        seen[norm(run.text)] = seen.get(norm(run.text), 0) + 1  # Miedo": a body's whole name
    out: list[Run] = []
    for run in runs:
        para = paras[run.para - 1]
        toks = para.tokens
        k = run.index
        paired = k >= 3 and toks[k - 1].lower == "and" and toks[k - 2].capitalised
        paired = paired and _role_for(toks, k - 2)  # "for Otago and Southland Jeremy Fraser"
        plain = not run.evidence & {"org", "place", "honorific"} and not run.honorific
        placed = norm(run.tokens[0].text) in places and (bool(run.title) or _role_for(toks, k))
        if (
            len(run.tokens) == 3
            and plain
            and seen[norm(run.text)] == 1
            and (placed or paired)
            and not any(t.lower in lx.CONNECTORS | lx.ORG_HEADS for t in run.tokens)
        ):
            first, rest = run.tokens[0], run.tokens[1:]
            start = rest[0].start
            run = replace(
                run,
                tokens=rest,
                title=[*run.title, first] if run.title else [],
                index=run.index + 1,
                text=para.text[start : run.start + len(run.text)],
                start=start,
                lead=para.text[max(0, start - 60) : start],
                evidence=run.evidence | {"person"},
            )
        out.append(run)
    return out


def _role_for(toks: tuple[Token, ...], k: int) -> bool:
    """Is the token at `k` after "for" that ends a lowercase role ("country director for",
    "leader of operations for")?"""
    if k < 2 or toks[k - 1].lower != "for":
        return False
    for j in range(k - 2, max(-1, k - 6), -1):
        if toks[j].capitalised:
            return False
        if ne.is_role_noun(toks[j].lower):
            return j == k - 2 or toks[j + 1].lower == "of"
    return False


_TITLE_FIRST = lx.TITLE_WORDS | lx.ROLE_MODIFIERS
_PLACE_PREPOSITIONS = lx.PLACE_PREPOSITIONS - {"from"}  # "a letter from Kim": maybe a person


def _place_words(paras: tuple[Para, ...], runs: list[Run]) -> set[str]:
    """Words the text uses as a place's name: one word after "in", "from" … (a lowercase word
    may stand between: "in eastern Chad"), one word before a role noun ("the Punjab chief
    secretary"), or the first word of a title before a title word ("Punjab Minister for")."""
    found: set[str] = set()
    for run in runs:
        title = [t.lower for t in run.title[:2]]
        if len(title) == 2 and title[1] in lx.TITLE_WORDS and title[0] not in _TITLE_FIRST:
            found.add(run.title[0].text)  # "Punjab Minister for …"
        if len(run.tokens) != 1 or run.evidence & {"person", "title", "honorific", "speech"}:
            continue
        toks = paras[run.para - 1].tokens
        before = [t for t in toks[max(0, run.index - 2) : run.index]]
        lower = [t for t in before if not t.capitalised]
        after_place = bool(before) and before[-1].lower in _PLACE_PREPOSITIONS
        after_place = after_place or (len(lower) == 2 and before[0].lower in _PLACE_PREPOSITIONS)
        if after_place or "before_role" in run.evidence:
            found.add(run.tokens[0].text)
    return found
