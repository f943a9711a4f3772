"""How likely a shown attribution is wrong, learned from the first looks at unseen text.

The rules that name a speaker are right about 96% of the time on articles they were not tuned
on, and the wrong 4% look like the right ones to the rules themselves. This module scores
each attribution shown with a named speaker by its surface: the cue word, the sentence's
length, the names and quotations around it, where the speaker is named. The model is a
logistic regression (`risk_weights.py`) fitted by `fit_risk` on the attributions the code
showed when each blind measure was first scored, before anyone read the measure: the errors
the rules make on text they have not seen, not the ones already fixed.

- `risk_record.records(paragraphs, extraction)`: what the features need, as plain data, for
  every shown quotation (the fit computes them with the code of each measure's first look);
- `features(record)`: name → value; `risk(features)`: the probability the speaker is wrong;
- `reasons(features)`: the two or three features that raise it most, in plain words;
- `at_risk(paragraphs, extraction)`: (quote, risk, reasons) for each shown attribution whose
  risk is at least `CHECK`, in text order, for the Editor's review.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from generator.extract.risk_grammar import grammar
from generator.extract.risk_record import Record, records
from generator.extract.risk_weights import CUES, WEIGHTS
from generator.extract.sentences import split_sentences
from generator.extract.types import Quote

# On the two measures scored after the model was fitted: 7-9% of shown attributions flagged,
# holding a quarter to a third of the wrong ones (tests/extraction/README.md, sixteenth round).
CHECK = 0.1
# Held back from readers as a guess: on the four measures each scored after the model was
# fitted on those before, 1.9% of shown attributions, holding 15% of the wrong ones (29 right
# ones hidden for 15 wrong; tests/extraction/README.md, seventeenth round).
HOLD = 0.25
Features = dict[str, float]

_WORD = re.compile(r"\w+")
_CLAUSE = re.compile(
    r"\b(?:who|which|whose|whom|that|after|when|while|because|as|but|and)\b", re.IGNORECASE
)
_PREPOSITIONS = frozenset(
    "by to with for of from against at on about told in and than".split()  # noqa: SIM905
)
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|added|adding|saying|stated|wrote|writes|according|warned|"
    r"called|described|argued|insisted|claimed|accused|urged|noted|asked)\b",
    re.IGNORECASE,
)
_NAMING = re.compile(
    r"\b(?:as|called|dubbed|phrase|term|word|so-called|labelled|labeled|named)\W*$"
)
_MARKS = ("“", '"', "”")

# What an editor reads for each feature that raises the risk.
REASONS = {
    "sentence over 35 words": "a long sentence",
    "another name between": "another name between the speaker and the quote",
    "same kind named between": "another name between the speaker and the quote",
    "many words between": "many words between the speaker and the quote",
    "clause word between": "a clause between the speaker and the quote",
    "speaker named only inside the quote": "the speaker is named only inside the quote",
    "speaker not named in the paragraph": "the speaker is not named in this paragraph",
    "speaker after a preposition": "the speaker is named after a preposition",
    "other reporting verbs": "more than one reporting verb in the sentence",
    "another speaker's quote in the sentence": "another speaker's quote in the sentence",
    "short quote": "a quote of a few words",
    "naming word before": "a word like “as” or “called” before the quote",
    "name of three words or more": "a long name (a title may be part of it)",
    "name of one word": "a one-word name",
    "name with a lowercase word": "a name with a lowercase word",
    "organisation": "an organisation as the speaker",
    "cue: another verb": "an uncommon cue word",
    "name opens with capitals": "a long name (a title may be part of it)",
    "quote after a determiner": "the quote follows “the”, “a” or “its”: a term, not words said",
    "quote after a preposition": "the quote follows a preposition: a term, not words said",
    "quote after and, or": "the quote follows “and” or “or”",
    "quote in title case": "a quote in title case (the title of something?)",
    "cue right before the quote": "the cue word right before the quote",
    "cue far before the quote": "the cue word far before the quote",
    "cue far after the quote": "the cue word far after the quote",
    "reporting verb between cue and quote": "another reporting verb between the cue and the quote",
    "possessive after the speaker's name": "the speaker's name is a possessive (“X's report”)",
    "auxiliary after the speaker's name": "the speaker's name is followed by “had”, “has” or “was”",
    "joining word after the speaker's name": "the speaker's name runs on with “and”, “of” or “to”",
    "organisation named once": "an organisation named only once in the article",
    "name inside another name": "the speaker's name is a part of another name",
    "cue after to or a modal": "the cue word follows “to” or “would”: said by no one yet",
    "cue a noun": "the cue is a noun (“insistence”, “suggestion”)",
}


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """`split_sentences(text)`, once for each paragraph: its quotations are scored one after
    another, by `hold_back` and again by the review's `at_risk`. Pure, and bounded."""
    return tuple(split_sentences(text))


def features(r: Record, cues: frozenset[str] = CUES) -> Features:
    text, start, end, speaker = r["paragraph"], r["start"], r["end"], r["speaker"]
    s_start, s_end = next(((s, e) for s, e in _sentences(text) if s <= start < e), (0, len(text)))
    sentence = text[s_start:s_end]
    words = len(_WORD.findall(sentence))
    cue = (r["cue"] or "").lower().split()
    last = cue[-1] if cue else ""
    name = r["name"].split()
    f: Features = {
        "bias": 1.0,
        "cue: " + (last if last in cues else "another verb"): 1.0,
        "cue holds the name": float(len(cue) > 1 and last != "paragraph)"),
        "organisation": float(r["kind"] == "organisation"),
        "unnamed speaker": float(bool(r["unnamed"])),
        "name of one word": float(len(name) == 1),
        "name of three words or more": float(r["kind"] == "person" and len(name) >= 3),
        "name opens with capitals": float(
            len(name) > 1 and name[0].isupper() and len(name[0]) <= 4
        ),
        "name with a lowercase word": float(any(w[:1].islower() for w in name)),
        "sentence length": math.log1p(words) - 3,
        "sentence over 35 words": float(words > 35),
        "short quote": float(len(_WORD.findall(r["text"])) <= 4),
        "long quote": float(len(_WORD.findall(r["text"])) >= 15),
        "quote opens the sentence": float(len(text[s_start:start].strip()) <= 2),
        "partial quote": float(r["text"][:1].islower()),
        "naming word before": float(bool(_NAMING.search(text[max(0, start - 25) : start]))),
        "other reporting verbs": float(len(_REPORTING.findall(sentence)) > 1),
    }
    if r["text"][:1].islower() and last in ("told", "called", "described", "urged", "warned"):
        f["partial quote after told, called …"] = 1.0
    around = [m for m in r["mentions"] if s_start <= m[1] < s_end]
    outside = [m for m in around if not start <= m[1] < end]
    own = [m for m in outside if m[0] == speaker]
    f["others named in the sentence"] = float(any(m[0] != speaker for m in outside))
    f["speaker named in the sentence"] = float(bool(own))
    f["speaker named only inside the quote"] = float(
        not own and any(m[0] == speaker for m in around)
    )
    f["speaker not named in the paragraph"] = float(not any(m[0] == speaker for m in r["mentions"]))
    first = min(outside, key=lambda m: m[1]) if outside else None
    f["speaker named first"] = float(first is not None and first[0] == speaker)
    before = [m for m in own if m[2] <= start]
    if own:
        nearest = min(own, key=lambda m: abs(m[1] - start))
        previous = _WORD.findall(text[max(0, nearest[1] - 25) : nearest[1]])
        f["speaker after a preposition"] = float(
            bool(previous) and previous[-1].lower() in _PREPOSITIONS
        )
        f["speaker opens the sentence"] = float(nearest[1] - s_start <= 5)
    if before:
        nearest = max(before, key=lambda m: m[2])
        gap = text[nearest[2] : start]
        between = [m for m in outside if nearest[2] <= m[1] < start and m[0] != speaker]
        gap_words = len(_WORD.findall(gap))
        f["speaker before"] = 1.0
        f["words between"] = min(gap_words, 40) / 40
        f["many words between"] = float(gap_words > 12)
        f["another name between"] = float(bool(between))
        f["same kind named between"] = float(any(m[3] == r["kind"] for m in between))
        f["clause word between"] = float(bool(_CLAUSE.search(gap)))
        f["commas between"] = min(gap.count(","), 4) / 4
        f["quotation between"] = float(any(c in gap[:-1] for c in _MARKS))
    elif own:
        f["speaker after"] = 1.0
    others = [q for q in r["quotes"] if s_start <= q[0] < s_end and q[0] != start]
    f["other quotes in the sentence"] = float(bool(others))
    f["another speaker's quote in the sentence"] = float(any(q[1] != speaker for q in others))
    f["organisation named once"] = float(r["kind"] == "organisation" and r.get("named", 0) <= 1)
    f["name inside another name"] = float(bool(r.get("inside")))
    f.update(grammar(r, s_start, s_end))
    return f


def risk(f: Features, weights: dict[str, float] | None = None) -> float:
    w = WEIGHTS if weights is None else weights
    z = sum(w.get(k, 0.0) * v for k, v in sorted(f.items()))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def reasons(f: Features) -> list[str]:
    """The plain-word reasons of the features that raise the risk most, at most three."""
    raised = sorted(
        ((WEIGHTS.get(k, 0.0) * v, k) for k, v in f.items() if k in REASONS or k[:5] == "cue: "),
        key=lambda t: (-t[0], t[1]),
    )
    said = [REASONS.get(k, f"the cue “{k[5:]}”") for gain, k in raised if gain > 0.1]
    return list(dict.fromkeys(said))[:3]


def at_risk(paragraphs: Sequence[str], extraction: Any) -> list[tuple[Any, float, list[str]]]:
    """Shown attributions (not those held back) at risk `CHECK` or more."""
    out = []
    for index, r in records(paragraphs, extraction).items():
        f = features(r)
        if (p := risk(f)) >= CHECK and extraction.quotes[index].confidence == "high":
            out.append((extraction.quotes[index], p, reasons(f)))
    return out


def hold_back(paragraphs: Sequence[str], extraction: Any) -> tuple[Quote, ...]:
    """The extraction's quotes, each attribution at risk `HOLD` or more made a guess
    ("speaker unclear" to readers, the speaker first among the editor's candidates), its
    risk kept on the quote for the review."""
    quotes = list(extraction.quotes)
    for index, r in records(paragraphs, extraction).items():
        if (p := risk(features(r))) >= HOLD:
            quotes[index] = replace(quotes[index], confidence="low", risk=round(p, 4))
    return tuple(quotes)
