"""schema.org structured data (JSON-LD) for a planned page: `structured_data(page) → dict`.

- explainer pages: a `NewsArticle` (the source document: headline, dates, outlet, byline,
  the people and organisations it mentions and the rules it cites, as `Legislation`);
- who's-who entries: a `Person` or an `Organization`;
- rules: a `Legislation`;
- every other page: None (no structured data).

The data is plain JSON values (str, list, dict), passed to the theme through the page's
front matter (`jsonld`) and printed by templates/theme/main.html with Jinja's `tojson`,
which escapes `<`, `>`, `&` and `'` as `\\u003c`…, so source text such as `</script>`
cannot end the script element. `script_json` is the same encoding, for other sinks.
"""

from __future__ import annotations

import json
from typing import Any

from generator.plan.pages import EntityPage, ExplainerPage, Page, RulePage
from generator.story.model import Document

CONTEXT = "https://schema.org"
_HTML_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}


def script_json(data: Any) -> str:
    """`data` as JSON safe inside `<script type="application/ld+json">` (sorted keys)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for char, escaped in _HTML_UNSAFE.items():
        text = text.replace(char, escaped)
    # U+2028/2029 end a line in older JavaScript parsers.
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def structured_data(page: Page) -> dict[str, Any] | None:
    if isinstance(page, ExplainerPage):
        return _article(page)
    if isinstance(page, EntityPage):
        return {"@context": CONTEXT, **_entity(page)}
    if isinstance(page, RulePage):
        return {"@context": CONTEXT, **_legislation(page.doc)}
    return None


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: schema.org readers treat a missing property as unknown."""
    return {k: v for k, v in data.items() if v not in ("", None, [], {})}


def _article(page: ExplainerPage) -> dict[str, Any]:
    doc = page.doc
    mentions = [{"@type": "Person", "name": line.link.label} for line in page.people] + [
        {"@type": "Organization", "name": line.link.label} for line in page.organisations
    ]
    cited = [
        _compact({"@type": "Legislation", "name": r.link.label, "legislationIdentifier": r.detail})
        for r in page.rules
    ]
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "NewsArticle",
            "headline": doc.title,
            "description": doc.summary,
            "datePublished": doc.date.iso() if doc.date else "",
            "dateModified": doc.updated.iso() if doc.updated else "",
            "url": doc.url,
            "author": {"@type": "Person", "name": doc.author} if doc.author else {},
            "publisher": {"@type": "Organization", "name": doc.outlet} if doc.outlet else {},
            "genre": doc.genre,
            "keywords": list(doc.tags),
            "mentions": mentions,
            "citation": cited,
        }
    )


def _entity(page: EntityPage) -> dict[str, Any]:
    entity = page.entity
    person = entity.kind == "person"
    return _compact(
        {
            "@type": "Person" if person else "Organization",
            "name": entity.name,
            "alternateName": list(entity.aliases),
            "description": entity.summary or entity.headline_role,
            "jobTitle": list(dict.fromkeys(r.text for r in entity.roles)) if person else [],
            ("affiliation" if person else "parentOrganization"): {
                "@type": "Organization",
                "name": page.affiliation.label,
            }
            if page.affiliation
            else {},
            "url": entity.url,
        }
    )


def _legislation(doc: Document) -> dict[str, Any]:
    return _compact(
        {
            "@type": "Legislation",
            "name": doc.title,
            "alternateName": doc.short_title if doc.short_title != doc.title else "",
            "legislationIdentifier": doc.citation,
            "legislationJurisdiction": doc.jurisdiction,
            "legislationType": doc.instrument,
            "legislationDateVersion": doc.date.iso() if doc.date else "",
            "legislationPassedBy": {"@type": "Organization", "name": doc.issuer}
            if doc.issuer
            else {},
            "abstract": doc.summary,
            "url": doc.url,
            "keywords": list(doc.tags),
        }
    )
