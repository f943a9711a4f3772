"""An explainer page per article: the short version, who said what, the rules at stake,
the people and organisations, its dates, questions and claims, and the annotated text.
`explainer_key` is everything the page reads."""

from __future__ import annotations

from collections.abc import Hashable

from generator.plan.pages import (
    ClaimItem,
    ExplainerPage,
    Link,
    LinkedLine,
    QuestionItem,
    QuoteItem,
    StatementItem,
)
from generator.plan.site import GENRE_LABELS, Keys, Site, date_text, event_text
from generator.story.model import Document, Paragraph, Source, Statement


def explainer_key(keys: Keys, d: Document) -> Hashable:
    return ("explainer", d.path, d.digest, keys.links, keys.names) + (
        tuple(keys.site.quotes_in[d.id]),
        tuple(keys.site.events_in[d.id]),
    )


def plan_explainer(site: Site, doc: Document) -> ExplainerPage:
    story = site.story
    here = site.doc_path(doc)
    quotes = tuple(
        QuoteItem(
            q.text,
            # a low-confidence attribution is shown as "speaker unclear", never as a guess
            site.to_entity(here, q.speaker) if q.speaker and q.confidence == "high" else None,
            site.to_paragraph(here, q.source),
        )
        for q in site.quotes_in[doc.id]
    )
    rules = tuple(LinkedLine(site.to_doc(here, r), story.by_id[r].citation) for r in doc.rules)
    people: list[LinkedLine] = []
    orgs: list[LinkedLine] = []
    for ref in doc.entities:
        line = LinkedLine(site.to_entity(here, ref.id), "; ".join(ref.roles))
        (people if ref.kind == "person" else orgs).append(line)
    dates = tuple(
        LinkedLine(Link(e.date.human(), site.to_paragraph(here, e.source).href), event_text(e))
        for e in site.events_in[doc.id]
        if e.source.paragraph
    )
    meta = tuple(
        x
        for x in (
            GENRE_LABELS.get(doc.genre, ""),
            doc.outlet,
            date_text(doc.date),
            f"updated {doc.updated.human()}" if doc.updated else "",
            f"by {doc.author}" if doc.author else "",
        )
        if x
    )
    original = Link("Read the original", doc.url, external=True) if doc.url else None
    citation = ", ".join(x for x in (doc.outlet, f"“{doc.title}”", date_text(doc.date)) if x) + "."
    return ExplainerPage(
        here,
        "explainer",
        doc.title,
        doc.summary or _opening(doc.paragraphs),
        doc,
        meta,
        original,
        doc.summary,
        doc.key_points,
        quotes,
        rules,
        tuple(people),
        tuple(orgs),
        dates,
        site.numbered(here, doc),
        citation,
        tuple(
            QuestionItem(q.question, q.answer, _paragraph_links(site, here, doc, q.paragraphs))
            for q in doc.questions
        ),
        tuple(
            ClaimItem(
                _statement(site, here, doc, c.claim),
                tuple(_statement(site, here, doc, r) for r in c.responses),
            )
            for c in doc.claims
        ),
    )


def _paragraph_links(
    site: Site, here: str, doc: Document, numbers: tuple[int, ...]
) -> tuple[Link, ...]:
    return tuple(site.to_paragraph(here, Source(doc.id, n)) for n in numbers)


def _statement(site: Site, here: str, doc: Document, statement: Statement) -> StatementItem:
    return StatementItem(
        site.to_entity(here, statement.by),
        statement.text,
        _paragraph_links(site, here, doc, statement.paragraphs),
    )


def _opening(paragraphs: tuple[Paragraph, ...]) -> str:
    return paragraphs[0].text[:200] if paragraphs else ""
