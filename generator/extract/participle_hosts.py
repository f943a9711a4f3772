"""Two shapes that decide what an "-ing" word hangs from before `participle_cues` reads the
clause around it. Pure.

- `with_phrase`: the "with" phrase an "-ing" word ends ("with his lawyers telling", "with the
  GPA describing it as “…” and the PUC accusing"), read no further back than its own noun
  phrase: a finite verb between "with" (or its last "and") and the "-ing" word means the words
  are a clause, not the phrase's subject ("sought a meeting with the company and had written
  to Minister X asking him to “…”": the one who wrote asks, never X). → the index before the
  phrase's subject, or -1.
- `possessed_gerund`: an "-ing" word after a possessor is a noun, not a participle: "disputed
  the ombudsman's finding that its staffing was “…”" is the ombudsman's, never the clause
  subject's (the firm that disputes it). → the possessor when it names one surely, else
  "speaker unclear".
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.attribution import Context
from generator.extract.clauses import Chunk, is_word
from generator.extract.document import Para
from generator.extract.phrases import Who, parse
from generator.extract.rows import verb_at
from generator.extract.subject_shapes import absolute_with


def with_phrase(row: Sequence[Chunk], j: int) -> int:
    at = absolute_with(row, j)
    if at < 0 or any(verb_at(row, m) for m in range(at + 1, j)):
        return -1
    return at


def possessed_gerund(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who:
    start = j - 1 - is_word(row, j - 2, "the")
    owner = row[j - 1]
    if owner.kind == "name" and owner.mention is not None:
        return Who(owner.mention.key, "high")
    words = para.text[row[start].start : owner.end]
    found = ctx.resolve(parse(row, start, j, para.text), para, row[start].start)
    return found if found is not None and found.key is not None else Who(None, "low", words)
