"""An explainer page per article: the short version, the claims and responses (with the rule
a claim invokes), the questions, what the sources do not establish, who said what, the rules
at stake, the people and organisations, its dated events, and the annotated text.
`explainer_key` is everything the page reads."""

from __future__ import annotations

from collections.abc import Hashable

from generator.plan import cards
from generator.plan.pages import (
    ClaimItem,
    ExplainerPage,
    Link,
    LinkedLine,
    QuestionItem,
    QuoteItem,
    StatementItem,
    TextItem,
)
from generator.plan.site import Keys, Site, date_text
from generator.story.model import Document, Event, Paragraph, Source, Statement
from generator.text import clip

QUOTE_TEXT = 90  # characters of a quote listed under "Who said what"


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
            # the quote's paragraph is on this page: a long quote is not printed twice
            clip(q.text, QUOTE_TEXT, at_word=True),
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
        entity = story.entity_by_id[ref.id]
        line = LinkedLine(
            site.to_entity(here, ref.id),
            "; ".join(cards.role_text(r) for r in ref.roles) or entity.summary,
        )
        (people if ref.kind == "person" else orgs).append(line)
    dates = tuple(_dated(site, here, e) for e in site.events_in[doc.id] if e.source.paragraph)
    meta = tuple(
        x
        for x in (
            cards.kind_label(doc),
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
            QuestionItem(
                q.question, q.answer, _paragraph_links(site, here, doc, q.paragraphs), f"q-{n}"
            )
            for n, q in enumerate(doc.questions, 1)
        ),
        tuple(
            ClaimItem(
                _statement(site, here, doc, c.claim),
                tuple(_statement(site, here, doc, r) for r in c.responses),
                site.to_doc(here, c.rule) if c.rule and c.rule in story.by_id else None,
            )
            for c in doc.claims
        ),
        tuple(
            TextItem(u.text, _paragraph_links(site, here, doc, u.paragraphs)) for u in doc.unknowns
        ),
    )


def _dated(site: Site, here: str, event: Event) -> LinkedLine:
    """A date of the text: the date (its card: the words that gave it), what happened."""
    where = site.to_paragraph(here, event.source)
    date = Link(
        event.date.human(), where.href, cards.date_card(event.date, f"¶{event.source.paragraph}")
    )
    words = event.date.text
    detail = event.headline or (f"“{words}”" if words and words != event.date.iso() else "")
    return LinkedLine(date, detail)


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
