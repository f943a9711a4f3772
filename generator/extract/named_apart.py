"""Two names joined by "and" in one capitalised run, each of which the document also names on
its own, for `name_runs`: "NATO and European Union" in a text that speaks of "NATO" and of
"the European Union" elsewhere, "the Ministry of Health and the Council of Governors", "Haesong
Chemical and Haesong Logistics": two bodies, not one whose name holds "and" ("the Competition
and Markets Authority", "HM Revenue and Customs": "Markets Authority" and "Customs" are never
named alone). Pure.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.run_splits import split_run
from generator.extract.sentences import Token

# Words that open the second name after "and" and are no part of it ("and the Council of
# Governors", "and of NATO", "and to NHS England")
_OPENERS = frozenset({"the", "of", "to"})


def _key(toks: tuple[Token, ...], run: list[int]) -> tuple[str, ...]:
    """A run's words in lower case without a leading "the"."""
    words = [toks[i].lower for i in run]
    while words and words[0] == "the":
        words = words[1:]
    return tuple(words)


def whole_names(paras: tuple[Para, ...], raws: list[list[list[int]]]) -> frozenset[tuple[str, ...]]:
    """The capitalised runs the document writes as wholes (`raws`: each paragraph's runs),
    each as its lower-case words without a leading "the". Once per document."""
    return frozenset(
        _key(para.tokens, run) for para, runs in zip(paras, raws, strict=True) for run in runs
    )


def _named(key: tuple[str, ...], wholes: frozenset[tuple[str, ...]]) -> bool:
    """Does the document write this name on its own, whole or by its first word ("Brightwave
    Mobile" … "Brightwave, whose largest shareholder")?"""
    short = len(key) >= 2 and key[0] not in lx.CONNECTORS and key[:1] in wholes
    return key in wholes or short


def _body(toks: tuple[Token, ...], part: list[int]) -> bool:
    """Does the part hold a body's head word ("Council of Governors", "Sahel Infrastructure
    Fund")?"""
    return any(toks[i].lower in lx.ORG_HEADS for i in part)


def apart(
    toks: tuple[Token, ...], run: list[int], wholes: frozenset[tuple[str, ...]]
) -> list[list[int]]:
    """`run` cut at the first "and" between two names: both written on their own elsewhere
    (`_named`), or a body and, after "and the", another body of two words or more ("the
    Ministry of Health and the Council of Governors"; not "Agriculture, Food and the Marine",
    "the Office for West Africa and the Sahel"). Never the same name twice, nor a list with a
    comma inside the first part ("Parliament, Council and Commission"); else `[run]`."""
    for k, i in enumerate(run):
        if toks[i].lower != "and" or k == 0:
            continue
        left, right = run[:k], run[k + 1 :]
        the = k + 1 < len(run) and toks[run[k + 1]].lower == "the"
        while right and toks[right[0]].lower in _OPENERS:
            right = right[1:]
        if not right or not toks[right[0]].capitalised or not toks[left[0]].capitalised:
            continue
        if any(toks[b].start - toks[a].end != 1 for a, b in zip(left, left[1:], strict=False)):
            continue  # a comma or a bracket inside the first part: a list
        first, second = _key(toks, left), _key(toks, right)
        if not first or not second or first == second:
            continue
        second_body = _named(second, wholes) or (len(right) >= 2 and _body(toks, right))
        if (_named(first, wholes) and _named(second, wholes)) or (
            the and second_body and (first in wholes or _body(toks, left))
        ):
            return [left, right]
    return [run]


def cut(
    toks: tuple[Token, ...],
    run: list[int],
    wholes: frozenset[tuple[str, ...]],
    common: frozenset[str],
    alone: frozenset[str],
) -> list[list[int]]:
    """`run` cut into its names: apart at "and" (`apart`), then each part by `split_run`."""
    return [p for part in apart(toks, run, wholes) for p in split_run(toks, part, common, alone)]
