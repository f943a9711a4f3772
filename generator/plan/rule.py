"""A page per rule: what it allows and forbids, each line linked to the quoted provision it
paraphrases; the provisions word for word, each with an anchor; where the text comes from
(the official text, or a copy, and which version); our explanation with its sources; where
the rule comes up in the story and the rules related to it. `rule_key` is everything the
page reads."""

from __future__ import annotations

import re
from collections.abc import Hashable
from urllib.parse import urlsplit

from generator.plan import cards
from generator.plan.pages import (
    Link,
    LinkedLine,
    ProvisionItem,
    RuleLineItem,
    RulePage,
    SentenceGroup,
)
from generator.plan.site import Keys, Site, date_text, grouped
from generator.story.model import Document, Mention, Provision, RuleLine
from generator.story.provisions import cited, subsection
from generator.text import clip, slugify


def rule_key(keys: Keys, d: Document) -> Hashable:
    return ("rule", d.path, d.digest, keys.links, keys.names, tuple(keys.site.uses_of[d.id]))


def plan_rule(site: Site, doc: Document) -> RulePage:
    here = site.doc_path(doc)
    uses = site.uses_of[doc.id]
    raised = grouped(site, here, [Mention(u.source, u.sentence) for u in uses if u.sentence])
    hrefs = {g.document.href for g in raised}
    sentenced = {x.source.document for x in uses if x.sentence}
    bare = [u for u in uses if not u.sentence and u.source.document not in hrefs]
    raised += tuple(
        SentenceGroup(
            site.to_doc(here, u.source.document),
            date_text(site.story.by_id[u.source.document].date),
            (),
        )
        for u in bare
        if u.source.document not in sentenced
    )
    related = tuple(
        LinkedLine(site.to_doc(here, r), site.story.by_id[r].citation)
        for r in doc.related
        if r in site.story.by_id
    )
    anchors = provision_anchors(doc.provisions)
    return RulePage(
        here,
        "rule",
        doc.label,
        doc.summary or doc.title,
        doc,
        text_link(doc),
        tuple(ProvisionItem(p.ref, anchors[i], p.lines) for i, p in enumerate(doc.provisions)),
        site.numbered(here, doc),
        raised,
        related,
        cards.kind_label(doc),
        _lines(doc, doc.allows, anchors),
        _lines(doc, doc.forbids, anchors),
        provenance(doc),
        f"Text as of {doc.date.human()}" if doc.date else "",
    )


def provision_anchors(provisions: tuple[Provision, ...]) -> tuple[str, ...]:
    """An id per quoted provision, from its subsection ("(a)(1)" → "text-a-1"), unique."""
    out: list[str] = []
    for n, provision in enumerate(provisions, 1):
        base = slugify(subsection(provision.ref) or provision.ref)
        name = f"text-{base}" if base else f"text-{n}"
        out.append(name if name not in out else f"{name}-{n}")
    return tuple(out)


def text_link(doc: Document) -> Link | None:
    """Where the text comes from, named for what it is and by its site: "Official text,
    fec.gov", "Copy, projectusc.org" (just the site when the editor has not said)."""
    if not doc.url:
        return None
    host = re.sub(r"^www\.", "", urlsplit(doc.url).hostname or doc.url)
    what = {"official": "Official text", "copy": "Copy"}.get(doc.text_source, "")
    return Link(f"{what}, {host}" if what else host, doc.url, external=True)


def provenance(doc: Document) -> str:
    """What the quoted text is: the official text, or a copy (of what, made by whom)."""
    if doc.text_source == "official":
        return "Quoted from the official text, on the publisher's own site."
    if doc.text_source == "copy":
        note = f" It is {doc.copy_note}." if doc.copy_note else ""
        return "Quoted from a copy, not the publisher's own site." + note
    return "The text's source does not say whether it is the official text." if doc.url else ""


def _lines(
    doc: Document, lines: tuple[RuleLine, ...], anchors: tuple[str, ...]
) -> tuple[RuleLineItem, ...]:
    out = []
    for line in lines:
        links = []
        for cite in line.cites:
            provision = cited(cite, doc.provisions)
            if provision is None:
                continue  # `explainer check` and the review report it
            index = doc.provisions.index(provision)
            quoted = _line_of(provision, cite)
            links.append(
                Link(
                    cite,
                    f"#{anchors[index]}",
                    cards.SEP.join((f"{doc.citation} {cite}".strip(), clip(quoted, 160, True))),
                )
            )
        out.append(RuleLineItem(line.text, tuple(links)))
    return tuple(out)


def _line_of(provision: Provision, cite: str) -> str:
    """The line of a quoted provision that a citation points at: the one opening with the
    citation's last part ("(C)" of "(a)(1)(C)"), else the provision's first line."""
    parts = re.findall(r"\([^()]+\)", cite)
    if parts and parts[-1] != subsection(provision.ref):
        for line in provision.lines:
            if line.startswith(parts[-1]):
                return line
    return provision.lines[0]
