"""Render planned pages to Markdown text: `render(pages, env) → [(path, text)]`, or one
at a time with `render_page(page, env)`.

Templates are looked up user folder first, then ours (`templates/`), one per page kind.
The environment is strict (`StrictUndefined`: a typo fails loudly) and every `{{ value }}`
goes through `_finalize`: strings are escaped for inline Markdown, `Link`s become Markdown
links with escaped labels and safe addresses, and nothing else may be printed. Source text is
passed in as data only; no template is ever made from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import jinja2
from frontmatter.default_handlers import YAMLHandler

from generator.plan.pages import Link, Page
from generator.plan.site import REVIEW
from generator.render.escape import html_attr, md_inline, md_title, safe_url
from generator.render.jsonld import structured_data

_YAML = YAMLHandler()
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


class Raw(str):
    """Text a template produced itself, passed through unescaped (e.g. from `join`)."""


def link_markdown(link: Link) -> str:
    """A Markdown link; the label is isolated (`<bdi>`) so a right-to-left name cannot
    reorder the text around it.

    The address is written in angle brackets, `[label](<href> "title")`: Python-Markdown
    reads that form with one regular expression, where a bare address is scanned one
    character at a time up to the end of the title (a third of `mkdocs build`'s Markdown
    time on a 1,000-document story). Neither part can contain what would end it: `safe_url`
    percent-encodes `<`, `>` and spaces, our own addresses are slugs, and `md_title`
    escapes quotes."""
    href = safe_url(link.href) if link.external else link.href.replace(" ", "%20")
    label = f"<bdi>{md_inline(link.label)}</bdi>"
    if not href:
        return label
    title = f' "{md_title(link.tooltip)}"' if link.tooltip else ""
    return f"[{label}](<{href}>{title})"


# The pages of a story print the same names, labels and links again and again (a cold
# build of 1,000 documents: 146,000 strings escaped, 26,000 of them different): each is
# escaped once. Both functions are pure, so a cache cannot change a page; both are bounded.
_md_inline = lru_cache(maxsize=1 << 16)(md_inline)
_link_markdown = lru_cache(maxsize=1 << 16)(link_markdown)


def _finalize(value: object) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, Link):
        return _link_markdown(value)
    if isinstance(value, str):
        return _md_inline(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"templates may print text, numbers and links, not {type(value).__name__}")


def environment(user_templates: Path | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_templates)))
    loaders.append(jinja2.FileSystemLoader(str(TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["raw_md"] = Raw  # for template-authored literals only, never source text
    return env


# Material's search reads these from a page's front matter: explainers rank first (they are
# where a reader should land; rule pages, whose titles are full of the story's words, come
# after), and the editor's review is never indexed.
SEARCH: dict[str, dict[str, object]] = {"explainer": {"boost": 2}, REVIEW: {"exclude": True}}


def render(pages: Iterable[Page], env: jinja2.Environment) -> list[tuple[str, str]]:
    """Each page's Markdown (see `render_page`), in the order given."""
    return [render_page(page, env) for page in pages]


def render_page(page: Page, env: jinja2.Environment) -> tuple[str, str]:
    """One page's path and Markdown: YAML front matter (title, description and, for
    explainers, who's-who entries and rules, schema.org `jsonld`) then the body."""
    content = _tidy(env.get_template(f"{page.kind}.md.j2").render(page=page))
    # MkDocs themes print these without escaping (mkdocs/mkdocs#3357): Material puts them
    # in <title>, the header, the nav and a <meta> attribute. HTML-escape them here; the
    # YAML dumper then quotes whatever YAML needs.
    meta: dict[str, object] = {
        "title": html_attr(page.title),
        "description": html_attr(page.description[:300]),
    }
    data = structured_data(page)
    if data is not None:
        meta["jsonld"] = data
    search = SEARCH.get(page.path, SEARCH.get(page.kind))
    if search is not None:
        meta["search"] = search
    # What `frontmatter.dumps(Post(content, **meta), sort_keys=True) + "\n"` gives (with the
    # same YAML), built with one copy of the page instead of three.
    front = f"---\n{_YAML.export(meta, sort_keys=True)}\n---\n"
    return page.path, f"{front}\n{content}\n" if content else front


def _tidy(text: str) -> str:
    """At most one blank line in a row, no trailing spaces: stable, reviewable Markdown.
    Each line (split at line feeds only) loses its trailing white space, then one
    substitution folds the blank lines: the same text as substituting the pattern
    `[^\\S\\n]+\\n` (the last line is stripped already) in half the time, since that
    pattern was tried at every space of every page (about 0.3 s of a cold build of 1,000
    documents). The line list is transient: a few MB for the largest page, the timeline."""
    lines = text.strip().split("\n")
    return _BLANK_LINES.sub("\n\n", "\n".join([line.rstrip() for line in lines]))


# Runs of blank lines. Written with its three line feeds as a literal prefix, which the
# engine finds with a fast scan, where `\n{3,}` was tried at every character of every page:
# the same matches in a tenth of the time (about 0.5 s of a cold build of 1,000 documents).
_BLANK_LINES = re.compile(r"\n\n\n+")
