"""Links in a body: found and reported with their lines (issue 11). They are never followed.

A body is plain text: the renderer escapes it, so `[a](javascript:…)`, `<https://…>`,
`![x](…)`, a reference definition and a snippet include (`--8<-- "/etc/passwd"`) are shown
as the characters they are; in a pasted HTML body, an `href` or `src` attribute is removed
with its tag (`generator.schema.sanitize`). An editor who pasted them may expect a link, an
image or an included file, so `body_links(body)` finds each one, as `(offset, what happens
to it)` in body order, for a warning at its own line.
"""

from __future__ import annotations

import re

from generator.schema.sanitize import is_html
from generator.text import clip

# A link target: no spaces, parentheses only in balanced pairs (`alert(1)`).
_TARGET = r"<?((?:[^\s()<>]|\([^\s()<>]*\))+)"
# [text](target) and ![alt](target).
_INLINE = re.compile(r"(!?)\[[^\]\n]*\]\(\s*" + _TARGET)
# <scheme:...>: a CommonMark autolink.
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>")
# [label]: target at the start of a line (not a footnote [^1]: or an abbreviation *[x]:).
_DEFINITION = re.compile(r"^ {0,3}\[[^\]^\n][^\]\n]*\]:[ \t]*<?([^\s>]+)", re.MULTILINE)
# pymdownx.snippets: --8<-- "file" at the start of a line.
_SNIPPET = re.compile(r"^-{1,2}8<-{1,2}[ \t]*\"?([^\"\n]*)", re.MULTILINE)
# In pasted HTML: a tag, and in it an attribute that links or loads an address.
_TAG = re.compile(r"<([A-Za-z][\w:.-]*)\b([^<>]*)>")
_ATTRIBUTE = re.compile(
    r"""\b(href|src|action|formaction|poster|data|srcset)\s*=\s*"""
    r"""(?:"([^"]*)"|'([^']*)'|([^\s>]+))""",
    re.IGNORECASE,
)
_FOLLOWED = {"href", "action", "formaction"}
_AS_TEXT = "shown as text, never followed"
_AS_TAG = "removed with the HTML, never followed"


def body_links(body: str) -> list[tuple[int, str]]:
    """(offset, what is done with it) for every link, image, include or linking HTML
    attribute in `body`, in body order."""
    found = [
        (
            m.start(),
            f"{'image' if m.group(1) else 'link to'} '{_shown(m.group(2))}' is shown "
            f"as text, never {'loaded' if m.group(1) else 'followed'}",
        )
        for m in _INLINE.finditer(body)
    ]
    html = is_html(body)
    found += [  # an HTML parser reads <scheme:...> as a tag, and drops it
        (m.start(), f"link to '{_shown(m.group(1))}' is {_AS_TAG if html else _AS_TEXT}")
        for m in _AUTOLINK.finditer(body)
    ]
    found += [
        (m.start(), f"link to '{_shown(m.group(1))}' is {_AS_TEXT}")
        for m in _DEFINITION.finditer(body)
    ]
    found += [
        (m.start(), f"include of '{_shown(m.group(1).strip())}' is shown as text, never read")
        for m in _SNIPPET.finditer(body)
        if m.group(1).strip()
    ]
    if html:
        for tag in _TAG.finditer(body):
            for m in _ATTRIBUTE.finditer(tag.group(2)):
                name = m.group(1).lower()
                target = next(g for g in m.groups()[1:] if g is not None)
                never = "followed" if name in _FOLLOWED else "loaded"
                where = f"<{tag.group(1).lower()} {name}>"
                if target.strip():
                    found.append(
                        (tag.start(), f"{where} '{_shown(target)}' is removed, never {never}")
                    )
    return sorted(set(found))


def _shown(target: str) -> str:
    return clip(target.strip(), 80)
