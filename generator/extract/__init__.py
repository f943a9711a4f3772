"""Extraction: from an article's paragraphs to people, roles, quotes, rules and dates.

`extract(paragraphs, doc_date, gazetteer)` → `Extraction`. Pure: no I/O, no global state,
deterministic order (text order; entities by first mention). Never raises: any input, however
malformed (unbalanced quote marks, arbitrary Unicode, huge paragraphs), yields a result.
Paragraph numbers in spans are 1-based; offsets index that paragraph's string.

The stages, one module each: `document` (sentences, words, quotation marks), `names`,
`name_runs` and `name_evidence` (people and organisations; `body_forms` for bodies named
without a head word), `roles` and `role_phrases`, `quotes` (who said each quotation: `clauses`
rows a sentence into chunks, `phrases` reads its noun phrases, `attribution` and `discourse`
resolve them, `cues` (with `after_cues` and `cue_scope`), `verb_cues`, `noun_cues` and
`titles` find the cue; `speaker_candidates` ranks the candidates of one left with no
speaker, for the editor; `attribution_risk` scores each one shown, for the review), `rules`,
`relative_dates` (with `tense`). `story.extract_story` reads several documents as one story.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.dates import PartialDate
from generator.extract.attribution_risk import hold_back
from generator.extract.campaign_speakers import campaign_forms, unname_campaigns
from generator.extract.document import Para, analyse
from generator.extract.names import find_names
from generator.extract.quotes import find_quotes
from generator.extract.relative_dates import find_dates
from generator.extract.roles import find_roles
from generator.extract.rules import find_rule_statements
from generator.extract.speaker_candidates import rank_candidates
from generator.extract.types import (
    Confidence,
    DateMention,
    Entity,
    Extraction,
    Gazetteer,
    KnownEntity,
    KnownRule,
    Mention,
    Quote,
    Role,
    RuleStatement,
    Span,
)

__all__ = [
    "Confidence",
    "DateMention",
    "Entity",
    "Extraction",
    "Gazetteer",
    "KnownEntity",
    "KnownRule",
    "Mention",
    "Quote",
    "Role",
    "RuleStatement",
    "Span",
    "extract",
    "read",
    "reread",
]


def extract(
    paragraphs: Sequence[str], doc_date: PartialDate | None, gazetteer: Gazetteer
) -> Extraction:
    return read(analyse(paragraphs), doc_date, gazetteer)


def read(paras: tuple[Para, ...], doc_date: PartialDate | None, gazetteer: Gazetteer) -> Extraction:
    """`extract` of paragraphs already analysed (`document.analyse`)."""
    return _read(
        paras, gazetteer, find_rule_statements(paras, gazetteer), find_dates(paras, doc_date)
    )


def reread(
    paras: tuple[Para, ...], first: Extraction, gazetteer: Gazetteer, base: Gazetteer
) -> Extraction:
    """What `read` gives `paras` with `gazetteer`, where `first` is what it gave them with
    `base` (same document date) and `gazetteer` only adds people, organisations or roles to
    `base` (the story's second pass). The dates and, when both gazetteers have the same
    rules, the rule statements are `first`'s: neither depends on names."""
    rules = first.rule_statements
    if gazetteer.rules != base.rules:
        rules = find_rule_statements(paras, gazetteer)
    return _read(paras, gazetteer, rules, first.dates)


def _read(
    paras: tuple[Para, ...],
    gazetteer: Gazetteer,
    rule_statements: tuple[RuleStatement, ...],
    dates: tuple[DateMention, ...],
) -> Extraction:
    """Names, roles and quotes: what depends on the gazetteer's people."""
    names = find_names(paras, gazetteer)
    mentions = tuple(
        Mention(m.key, Span(m.paragraph, m.start, m.end), m.text) for m in names.mentions
    )
    roles = find_roles(paras, names)
    found = find_quotes(paras, names, roles, gazetteer)
    entities = names.entities + found.bodies
    mentions = tuple(sorted(mentions + found.mentions, key=_position))
    campaigns = campaign_forms(names)  # "Ferreira's campaign said": unnamed, not a body
    said, entities, mentions = unname_campaigns(campaigns, found.quotes, entities, mentions)
    roles = tuple(r for r in roles if r.entity_key not in campaigns)
    inferred = tuple(r for r in found.inferred if r.entity_key not in campaigns)
    read = Extraction(entities, mentions, (), said, (), ())
    quotes = hold_back([p.text for p in paras], read)  # the likeliest wrong made guesses
    return Extraction(
        entities=entities,
        mentions=mentions,
        roles=roles + _new(inferred, roles),
        quotes=rank_candidates(paras, quotes, mentions, entities),
        rule_statements=rule_statements,
        dates=dates,
    )


def _position(m: Mention) -> tuple[int, int]:
    return (m.span.paragraph, m.span.start)


def _new(inferred: Sequence[Role], roles: Sequence[Role]) -> tuple[Role, ...]:
    """The inferred roles no stated one already gives (one of each)."""
    seen = {(r.entity_key, r.text.casefold()) for r in roles}
    out: list[Role] = []
    for role in inferred:
        key = (role.entity_key, role.text.casefold())
        if key not in seen:
            seen.add(key)
            out.append(role)
    return tuple(out)
