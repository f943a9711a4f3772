"""Hover cards and the labels they share, composed in one place.

A card is a link's title: lines joined by `SEP` (" · "). The site's card script shows one
line per row, the first as the heading, with a link to open the page; without the script,
the browser's own tooltip shows the same text on one line. Every card says where its facts
come from and when: a role is "as of" the date of the source that states it, a citation
names its outlet and date, a paragraph preview ends at a word.

Labels: one per kind of document across the site (`kind_label`): the genre of a report or
statement, the instrument of a rule ("Law", "Regulation", "Official guidance").
"""

from __future__ import annotations

from generator.dates import PartialDate
from generator.story.model import Document, Role
from generator.text import clip

SEP = " · "
CARD_TEXT = 160  # characters of a role or paragraph shown on a hover card
GENRE_LABELS = {
    "news": "News report",
    "statement": "Official statement",
    "filing": "Filing",
    "analysis": "Analysis",
}
INSTRUMENT_LABELS = {
    "statute": "Law",
    "regulation": "Regulation",
    "guidance": "Official guidance",
    "advisory opinion": "Advisory opinion",
}
_ARTICLES = ("the ", "a ", "an ")


def kind_label(doc: Document) -> str:
    """What a document is, in the one wording the whole site uses for it."""
    if doc.kind == "rule":
        return INSTRUMENT_LABELS.get(doc.instrument, "Rule")
    if doc.kind in ("person", "organisation"):
        return "Profile"
    return GENRE_LABELS.get(doc.genre, "")


def role_text(text: str) -> str:
    """A role as a list shows it: a leading article dropped, the first letter a capital
    ("the prime minister’s new chief of staff" → "Prime minister’s new chief of staff")."""
    low = text.casefold()
    for article in _ARTICLES:
        if low.startswith(article) and len(text) > len(article):
            text = text[len(article) :]
            break
    return text[:1].upper() + text[1:]


def as_of(role: Role) -> str:
    """A role with the date it holds as of, when its source is dated."""
    text = role_text(role.text)
    return f"{text}, as of {role.date.human()}" if role.date else text


def dated(label: str, date: PartialDate | None) -> str:
    return f"{label}, {date.human()}" if date else label


def entity_card(name: str, headline: str, organisation: str, source: str) -> str:
    """Name — role as of its date (or what it is) · its organisation · where that is stated."""
    lines = [f"{name} — {clip(headline, CARD_TEXT, at_word=True)}" if headline else name]
    if organisation and organisation.casefold() not in headline.casefold():
        lines.append(organisation)
    if source:
        lines.append(f"Source: {source}")
    return SEP.join(lines)


def document_card(doc: Document) -> str:
    """A report: its kind, outlet and date on one line."""
    return ", ".join(
        x for x in (kind_label(doc), doc.outlet, doc.date.human() if doc.date else "") if x
    )


def rule_card(doc: Document) -> str:
    """A rule: what we call it, then its citation and kind."""
    return SEP.join(
        x for x in (doc.label, ", ".join(y for y in (doc.citation, kind_label(doc)) if y)) if x
    )


def citation_card(doc: Document | None, number: int | None, text: str) -> str:
    """A citation: the document's title and card (left out on its own page), then the
    paragraph's opening words."""
    lines = []
    if doc is not None:
        lines.append(f"“{clip(doc.title, CARD_TEXT, at_word=True)}”")
        lines.append(rule_card(doc).split(SEP)[-1] if doc.kind == "rule" else document_card(doc))
    if text:
        lines.append(f"¶{number}: {clip(text, CARD_TEXT, at_word=True)}")
    return SEP.join(x for x in lines if x)


def date_card(date: PartialDate, citation: str) -> str:
    """A resolved date: the words in the text that gave it, and where they are."""
    words = date.text
    plain = not words or words in (date.iso(), date.human())
    first = f"In the text: “{words}”" if not plain else f"Dated {date.human()}"
    return SEP.join(x for x in (first, citation) if x)
