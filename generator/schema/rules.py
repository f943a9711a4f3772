"""Validate a rule's own fields: its quoted provisions, the plain-language lines that
paraphrase them, where its text comes from, and its aliases.

    provisions:                      # word for word; `|` keeps the text's own line breaks
      - ref: "(a)"
        text: |-
          It shall be unlawful for—
          (1) a foreign national, directly or indirectly, to make— ...
    forbids:                         # our words, each citing what it paraphrases
      - text: A foreign national giving money in connection with a US election.
        cites: "(a)(1)(A)"           # a quoted ref, or a part of one ("(a)(1)(A)" of "(a)")
    text_source: copy                # official (the publisher's own site) or copy
    copy_note: the United States Code as rendered by projectusc.org
    excerpt: paragraph (a) only      # when the quoted text is partial: what it covers

A line that cites no quoted provision is a warning (`explainer check` lists it, the Editor's
review too): readers cannot check it against the words of the rule. A generic alias ("US
rules") is a warning and is not used to link text: it would send every mention of rules in
general to this one document.
"""

from __future__ import annotations

import re

from generator.schema.fields import FieldReader, suggest
from generator.story.model import Paragraph, Provision, RuleLine
from generator.story.provisions import cited

PROVISION_FIELDS = {"ref", "text"}
LINE_FIELDS = {"text", "cites"}
TEXT_SOURCES = ("official", "copy")
# Words that name rules in general, not one rule: an alias made only of these is generic.
GENERIC_WORDS = frozenset(
    """the a an us u.s. usa american federal state national uk british eu european new old
    current rules rule law laws legal regulation regulations regulatory guidance guidelines
    code act acts statute statutes government official election elections electoral campaign
    campaigns finance""".split()  # noqa: SIM905
)


def rule_fields(r: FieldReader, paragraphs: tuple[Paragraph, ...]) -> dict[str, object]:
    provisions = []
    for i in r.records("provision", PROVISION_FIELDS, "provisions", first="text"):
        with r.unit("provision", "provisions", i):  # a bad one costs that provision only
            text = r.lines("provisions", i, "text", required=True)
            ref = r.text("provisions", i, "ref")
        if text and not r.failed("provisions", i):
            provisions.append(Provision(ref, text))
    if not r.text("citation"):
        r.warn("no citation; readers cannot look the rule up", "citation")
    return {
        "short_title": r.text("short_title"),
        "jurisdiction": r.text("jurisdiction"),
        "citation": r.text("citation"),
        "issuer": r.text("issuer"),
        "instrument": r.text("instrument"),
        "allows": _lines(r, "allows", provisions),
        "forbids": _lines(r, "forbids", provisions),
        "provisions": tuple(provisions),
        "aliases": _aliases(r),
        "related": r.ids("related"),
        **_provenance(r),
    }


def _lines(r: FieldReader, key: str, provisions: list[Provision]) -> tuple[RuleLine, ...]:
    value = r.raw(key)
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        r.err("must be a list", key)
        return ()
    quoted = ", ".join(p.ref for p in provisions if p.ref) or "none"
    out = []
    for i, item in enumerate(items):
        where: tuple[str | int, ...] = (key, i) if isinstance(value, list) else (key,)
        if isinstance(item, dict):
            r.unknown_fields(LINE_FIELDS, *where)  # warned about, the rest kept
            text = r.text(*where, "text", required=True)
            cites = r.texts(*where, "cites")
        else:
            text, cites = r.text(*where), ()
        if not text:
            continue
        if not cites:
            r.warn(
                "cites no quoted provision; write it as 'text:' with 'cites:' naming the "
                f"subsection it paraphrases (quoted: {quoted})",
                *where,
            )
        for cite in cites:
            if cited(cite, provisions) is None:
                r.warn(
                    f"cites '{cite}', which is not among the quoted provisions ({quoted}); "
                    "quote it under 'provisions' or cite one that is",
                    *where,
                    "cites",
                )
        out.append(RuleLine(text, cites, r.front.line(*where)))
    return tuple(out)


def _aliases(r: FieldReader) -> tuple[str, ...]:
    out = []
    for i, alias in enumerate(r.texts("aliases")):
        words = re.findall(r"[\w.’']+", alias.casefold())
        if words and all(w in GENERIC_WORDS for w in words):
            where = ("aliases", i) if isinstance(r.raw("aliases"), list) else ("aliases",)
            r.warn(
                f"'{alias}' is a generic phrase: it would link every mention of rules in "
                "general to this one document, so it is not used (name the rule itself)",
                *where,
            )
            continue
        out.append(alias)
    return tuple(out)


def _provenance(r: FieldReader) -> dict[str, str]:
    source = r.text("text_source")
    if source and source not in TEXT_SOURCES:
        r.err(
            f"'{source}' is not a kind of text{suggest(source, TEXT_SOURCES)}; choose "
            "'official' (the publisher's own site) or 'copy'",
            "text_source",
        )
        source = ""
    elif not source and r.text("url"):
        r.warn(
            "say whether url is the publisher's own site ('text_source: official') or a copy "
            "('text_source: copy', with 'copy_note'); the page cannot label the text",
            "text_source" if r.raw("text_source") is not None else "url",
        )
    note = r.text("copy_note")
    if note and source == "official":
        r.warn("copy_note is for a copy; this text is marked official", "copy_note")
    return {"text_source": source, "copy_note": note, "excerpt": r.text("excerpt")}
