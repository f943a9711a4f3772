"""The story's feeds: documents added or updated, newest first, as Atom and JSON Feed 1.1.

`feed_files(story, site_url)` → `[("feed.xml", atom), ("feed.json", json_feed)]`.

- What counts is front matter only: a document's `date` (added) and `updated`; git dates are
  never used (shallow CI clones make them wrong). Undated documents are not in the feed.
- Each entry links to the document's page; ids are the page's absolute address when the site
  has a `site_url`, otherwise a stable `urn:uuid:` derived from the document id, and links
  are then relative to the feed (which sits at the site root).
- Same story → byte-identical feeds: no clock is read; the feed's own `updated` is its newest
  entry's date.
Text from the sources only ever enters as XML text (escaped by ElementTree, characters XML
cannot carry removed) or as JSON strings.
"""

from __future__ import annotations

import json
import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from generator.dates import PartialDate
from generator.plan.site import FOLDERS
from generator.story.model import Document, Story

ATOM = "feed.xml"
JSON_FEED = "feed.json"
LIMIT = 50
ATOM_NS = "http://www.w3.org/2005/Atom"
_KINDS = ("article", "rule")  # the documents with a page of their own
# Characters XML 1.0 cannot carry at all (control characters other than tab and newlines).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Entry:
    id: str
    url: str
    title: str
    summary: str
    author: str
    published: str
    updated: str
    is_update: bool


def stamp(value: PartialDate) -> str:
    """RFC 3339 at midnight UTC of the first day the date covers."""
    return value.as_date().isoformat() + "T00:00:00Z"


def page_url(doc: Document, site_url: str) -> str:
    """The address of a document's page (directory URLs), absolute when site_url is set."""
    rel = f"{FOLDERS[doc.kind]}/{doc.id}/"
    return site_url.rstrip("/") + "/" + rel if site_url else rel


def entries(story: Story, site_url: str = "") -> list[Entry]:
    """The newest LIMIT articles and rules, by when they were news (`_news`), then id."""
    dated = [(d, when) for d in story.documents if d.kind in _KINDS for when in [_news(d)] if when]
    dated.sort(key=lambda x: (x[1].sort_key(), x[0].id), reverse=True)
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "explainer:" + story.title)
    out = []
    for doc, when in dated[:LIMIT]:
        url = page_url(doc, site_url)
        first = doc.date if doc.kind == "article" and doc.date else when
        out.append(
            Entry(
                id=url if site_url else f"urn:uuid:{uuid.uuid5(namespace, doc.id)}",
                url=url,
                title=doc.label,
                summary=doc.summary,
                author=doc.author or doc.outlet or doc.issuer,
                published=stamp(first),
                updated=stamp(when),
                is_update=doc.updated is not None,
            )
        )
    return out


def _news(doc: Document) -> PartialDate | None:
    """When a document was news: an article's `updated`, else its `date`; a rule's only when
    an editor marks it `updated` (its `date` is the version of its text, never news)."""
    return doc.updated if doc.kind == "rule" else doc.updated or doc.date


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def atom(story: Story, site_url: str = "") -> str:
    items = entries(story, site_url)
    base = site_url.rstrip("/") + "/" if site_url else ""
    ET.register_namespace("", ATOM_NS)

    def sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text:
            element.text = _clean(text)
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    sub(feed, "title", story.title)
    if story.summary:
        sub(feed, "subtitle", story.summary)
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "explainer:" + story.title)
    sub(feed, "id", base or f"urn:uuid:{namespace}")
    sub(feed, "updated", max((e.updated for e in items), default="1970-01-01T00:00:00Z"))
    sub(feed, "link", rel="self", href=base + ATOM)
    sub(feed, "link", rel="alternate", href=base or "./")
    sub(sub(feed, "author"), "name", story.title)
    sub(feed, "generator", "Explainer")
    for item in items:
        entry = sub(feed, "entry")
        sub(entry, "title", ("Updated: " if item.is_update else "") + item.title)
        sub(entry, "id", item.id)
        sub(entry, "link", rel="alternate", href=item.url)
        sub(entry, "published", item.published)
        sub(entry, "updated", item.updated)
        if item.author:
            sub(sub(entry, "author"), "name", item.author)
        if item.summary:
            sub(entry, "summary", item.summary)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "unicode") + "\n"


def json_feed(story: Story, site_url: str = "") -> str:
    base = site_url.rstrip("/") + "/" if site_url else ""
    feed: dict[str, object] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": story.title,
        "home_page_url": base or "./",
        "feed_url": base + JSON_FEED,
        "language": "en",
        "items": [
            {
                "id": item.id,
                "url": item.url,
                "title": ("Updated: " if item.is_update else "") + item.title,
                "summary": item.summary,
                "content_text": item.summary or item.title,
                "date_published": item.published,
                "date_modified": item.updated,
                **({"authors": [{"name": item.author}]} if item.author else {}),
            }
            for item in entries(story, site_url)
        ],
    }
    if story.summary:
        feed["description"] = story.summary
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def feed_files(story: Story, site_url: str = "") -> list[tuple[str, str]]:
    return [(ATOM, atom(story, site_url)), (JSON_FEED, json_feed(story, site_url))]
