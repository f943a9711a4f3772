"""Roles and affiliations the text gives a person, each with its span.

`find_roles(paras, names)` → tuple of `Role`, for person mentions only:
- title inside the name run, extended over modifiers before it: "British Prime Minister Keir
  Starmer", "former Prime Minister …";
- a role phrase right before the name: "Republican presidential candidate Donald Trump";
- an appositive before: "the prime minister’s new chief of staff, Morgan McSweeney";
- an appositive after: "Maria Lopez, the council’s chief executive,";
- an affiliation: "Al Jazeera’s Jonah Hull", "Sam Reid of the Metropolitan Police".
A phrase counts only when it contains a role noun from `lexicon.ROLE_NOUNS`. Never raises.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.names import NameMention, NameResult
from generator.extract.sentences import Token
from generator.extract.types import Role, Span

_STOP_AFTER = frozenset({"said", "says", "told", "and", "who", "which", "in", "has", "had"})


def _index(tokens: tuple[Token, ...], start: int) -> int:
    for i, tok in enumerate(tokens):
        if tok.start >= start:
            return i
    return len(tokens)


def _is_modifier(tok: Token) -> bool:
    low = tok.lower
    if low in lx.ROLE_NOUNS or low in lx.ROLE_MODIFIERS:
        return True
    if tok.capitalised:
        return not (tok.sentence_start and low in lx.SENTENCE_STARTERS) and low not in {"the"}
    return low.endswith(lx.ADJECTIVE_SUFFIXES) and len(low) > 4


def _extend_back(para: Para, i: int) -> int:
    """Index of the first token of the modifiers that end just before token `i`."""
    toks = para.tokens
    j = i
    while j > 0:
        prev = toks[j - 1]
        gap = para.text[prev.end + (2 if prev.possessive else 0) : toks[j].start]
        if gap.strip() or not _is_modifier(prev) or prev.lower in lx.SPEECH_VERBS:
            break
        j -= 1
        if prev.possessive or prev.sentence_start:
            break
    return j


def _span_text(para: Para, start: int, end: int) -> tuple[str, Span]:
    return para.text[start:end], Span(para.number, start, end)


def _premodifier(para: Para, m: NameMention) -> Role | None:
    toks = para.tokens
    if m.title is not None:
        first = _index(toks, m.title[0])
        j = _extend_back(para, first)
        text, span = _span_text(para, toks[j].start, m.title[1])
        return Role(m.key, text, span, "high")
    i = _index(toks, m.full_start)
    j = _extend_back(para, i)
    if j == i:
        return None
    words = [t.lower for t in toks[j:i]]
    if not any(w in lx.ROLE_NOUNS for w in words):
        return None
    text, span = _span_text(para, toks[j].start, toks[i - 1].end)
    return Role(m.key, text, span, "high")


def _appositive_after(para: Para, m: NameMention) -> Role | None:
    text = para.text
    pos = m.end + (2 if m.possessive else 0)
    rest = text[pos:]
    if not rest.startswith(", "):
        return None
    start = pos + 2
    # skip an age: "David Okafor, 52, a teacher"
    while start < len(text) and text[start].isdigit():
        start += 1
    if start > pos + 2:
        if not text[start:].startswith(", "):
            return None
        start += 2
    end = start
    while end < len(text) and text[end] not in ',;.:()"“”':
        end += 1
    phrase = text[start:end].strip()
    words = phrase.replace("’", "'").split()
    if not words or len(words) > 12:
        return None
    lowered = [w.casefold().removesuffix("'s") for w in words]
    if lowered[0] in _STOP_AFTER or not any(w in lx.ROLE_NOUNS for w in lowered):
        return None
    first = lowered[0]
    if not (first in lx.DETERMINERS or first in lx.ROLE_NOUNS or words[0].endswith("'s")):
        return None
    stop = next((k for k, w in enumerate(lowered) if w in _STOP_AFTER and k > 0), len(words))
    phrase = (
        " ".join(words[:stop]).replace("'", "’")
        if "’" in text[start:end]
        else " ".join(words[:stop])
    )
    return Role(m.key, phrase, Span(para.number, start, start + len(phrase)), "high")


def _appositive_before(para: Para, m: NameMention) -> Role | None:
    text = para.text
    before = text[: m.full_start]
    if not before.endswith(", "):
        return None
    toks = para.tokens
    end_i = _index(toks, m.full_start)  # tokens before it end at the comma
    if end_i == 0:
        return None
    head = toks[end_i - 1]
    k = end_i - 1
    words = [head.lower]
    # "chief of staff", "head of policy": a role noun, "of", then a word
    if head.lower not in lx.ROLE_NOUNS:
        if k >= 2 and toks[k - 1].lower == "of" and toks[k - 2].lower in lx.ROLE_NOUNS:
            k -= 2
        else:
            return None
    j = k
    while j > 0 and end_i - j < 10:
        prev = toks[j - 1]
        gap = text[prev.end + (2 if prev.possessive else 0) : toks[j].start]
        if gap.strip():
            break
        if prev.lower in lx.DETERMINERS:
            j -= 1
            break
        if prev.lower in lx.SPEECH_VERBS or prev.lower in {"including", "by", "and", "with"}:
            return None
        j -= 1
        if prev.sentence_start:
            break
    first = toks[j]
    if not (first.lower in lx.DETERMINERS or first.sentence_start or first.possessive):
        return None
    words = [t.lower for t in toks[j:end_i]]
    if not any(w in lx.ROLE_NOUNS for w in words):
        return None
    phrase, span = _span_text(para, first.start, len(before) - 2)
    return Role(m.key, phrase, span, "high")


def _affiliations(para: Para, m: NameMention, names: NameResult) -> list[Role]:
    roles: list[Role] = []
    before = para.text[: m.full_start].rstrip()
    for other in names.mentions:
        if other.paragraph != para.number or other.kind != "organisation":
            continue
        if other.possessive and before.endswith(("’s", "'s")) and other.end == len(before) - 2:
            text, span = _span_text(para, other.start, other.end)
            roles.append(Role(m.key, text, span, "high", "affiliation"))
        gap = para.text[m.end : other.start]
        if other.start > m.end and gap in {" of the ", " of ", " at the ", " at "}:
            text, span = _span_text(para, other.start, other.end)
            roles.append(Role(m.key, text, span, "high", "affiliation"))
    return roles


def find_roles(paras: tuple[Para, ...], names: NameResult) -> tuple[Role, ...]:
    roles: list[Role] = []
    seen: set[tuple[str, str, str]] = set()
    for m in names.mentions:
        if m.kind != "person" or not 1 <= m.paragraph <= len(paras):
            continue
        para = paras[m.paragraph - 1]
        found = [_premodifier(para, m), _appositive_after(para, m), _appositive_before(para, m)]
        for role in [r for r in found if r is not None] + _affiliations(para, m, names):
            key = (role.entity_key, role.text.casefold(), role.relation)
            if key not in seen:
                seen.add(key)
                roles.append(role)
    return tuple(roles)
