"""The resource limits on one source document, in one place (issue 5: bounded resources).

Every limit has a diagnostic that names it; together they keep each document's generation
and build well inside 10 s and 512 MiB (measured by tests/test_hostile_resources.py):
- `MAX_FILE_BYTES`: a source file larger than this is not read;
- `MAX_FRONT_MATTER_BYTES`: YAML is parsed in pure Python, so the block is kept small;
- `MAX_LINE_CHARS`: one line of the file (a scraped paragraph is usually one line);
- `MAX_PARAGRAPH_CHARS`: one body paragraph. Every Markdown-special character of source
  text is written as an entity, and Python-Markdown's cost grows faster than linearly with
  the number of entities in one paragraph (40,000 `[` take 8 s, 5,000 take 0.1 s);
- `MAX_MARKUP_CHARS`: Markdown-special characters (`[`, `*`, `<`, `&`, ...) in one file:
  each costs about 60 µs to build, ordinary prose has a few hundred;
- `MAX_FIELD_CHARS`: one front-matter value; `MAX_LABEL_CHARS`: a title or a name, which
  is repeated in links on many pages;
- `MAX_DEPTH`: nesting of front-matter lists and mappings (the schema needs 3);
- `MAX_PARAGRAPHS`: body paragraphs of one document.
"""

from __future__ import annotations

MAX_FILE_BYTES = 512 * 1024
MAX_MARKUP_CHARS = 30_000
MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_LINE_CHARS = 6000
MAX_PARAGRAPH_CHARS = 6000
MAX_FIELD_CHARS = 2000
MAX_LABEL_CHARS = 300
MAX_DEPTH = 8
MAX_PARAGRAPHS = 2000


def kib(size: int) -> str:
    """A size for messages: whole KiB, rounded up, with a thousands separator."""
    return f"{-(-size // 1024):,} KiB"
