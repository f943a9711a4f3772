"""Start a new source document: `scaffold(root, kind, title, date) → (path, text)`.

`explainer new article|rule|person|organisation TITLE` writes the text to
`<sources>/<folder>/<file>.md` and never overwrites: `create(...)` raises `ExplainerError`
when the file exists. The front matter has the right fields for the kind, the required ones
filled in, the others empty under a comment saying what goes there (manual/docs/writing-sources.md
has the details), so the new file passes `explainer check` with warnings at most.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.dates import PartialDate
from generator.diagnostics import ExplainerError
from generator.text import one_line, slugify

KINDS = ("article", "rule", "person", "organisation")
FOLDERS = {
    "article": "articles",
    "rule": "rules",
    "person": "people",
    "organisation": "organisations",
}

_ARTICLE = """\
---
kind: article
id: {id}
title: {title}
# publication date: YYYY-MM-DD, YYYY-MM or YYYY
date: {date}
# news | statement | filing | analysis
genre: news
# who published it
outlet:
# https://... the original
url:
author:
# one to three sentences, in our own words
summary:
# short points, in our own words
key_points: []
# - id: keir-starmer / name: / aliases: [] / role: / affiliation:
people: []
# same shape as people
organisations: []
# - text: (word for word) / speaker: (an id) / paragraph:
quotes: []
# - question: / answer: (our words) / paragraphs: [2, 6]
questions: []
# - by: (an id) / claim: / paragraphs: / responses: [...]
claims: []
# ids of the rules this document raises
rules: []
tags: []
---
Paste the source text here, exactly as published. Separate paragraphs with a blank line.
"""

_RULE = """\
---
kind: rule
id: {id}
title: {title}
# a plain-language label
short_title:
# e.g. United States (federal)
jurisdiction:
# the exact citation, e.g. 52 U.S.C. § 30121
citation:
# who made the rule
issuer:
# statute | regulation | guidance | advisory opinion
instrument: statute
# https://... where the quoted text comes from
url:
# official (the publisher's own site) or copy; for a copy, copy_note: what it copies, by whom
text_source:
# the "in short", in our own words
summary:
# - text: (our words) / cites: "(a)(1)" (the quoted provision it paraphrases)
allows: []
forbids: []
# - ref: "(a)" / text: |- (the provision that states the rule, in full, word for word)
provisions: []
# phrases news text uses for this rule
aliases: []
# ids of related rules
related: []
tags: []
---
Explain the rule here in plain language, in our own words.
"""

_PROFILE = """\
---
kind: {kind}
id: {id}
name: {title}
# other names the texts use
aliases: []
# one line: who this is
summary:
# roles this profile states (they hold as of the profile's date)
roles: []
# an organisation id
affiliation:
# an official page
url:
# the day you wrote or last checked this profile: its roles hold as of this date
date: {date}
---
"""


def scaffold(root: Path, kind: str, title: str, date: PartialDate) -> tuple[Path, str]:
    """The new document's path under `root` and its text. Raises ExplainerError when the
    kind is unknown or the title gives no id."""
    if kind not in KINDS:
        raise ExplainerError(f"unknown kind '{kind}'; choose one of {', '.join(KINDS)}")
    title = one_line(title)
    ident = slugify(title)
    if not ident:
        raise ExplainerError(f"'{title}' gives an empty id; use letters or digits")
    quoted = json.dumps(title, ensure_ascii=False)  # a YAML double-quoted scalar
    if kind == "article":
        name, text = f"{date.iso()}-{ident}.md", _ARTICLE
    elif kind == "rule":
        name, text = f"{ident}.md", _RULE
    else:
        name, text = f"{ident}.md", _PROFILE
    body = text.format(kind=kind, id=ident, title=quoted, date=date.iso())
    return root / FOLDERS[kind] / name, body


def create(root: Path, kind: str, title: str, date: PartialDate) -> Path:
    """Write the scaffold; never overwrites an existing file (ExplainerError)."""
    path, text = scaffold(root, kind, title, date)
    if path.exists():
        raise ExplainerError(f"{path}: already exists; not overwritten")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)
    return path
