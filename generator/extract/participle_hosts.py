"""Shapes that decide what an "-ing" word hangs from before `participle_cues` reads the
clause around it. Pure.

- `with_phrase`: the "with" phrase an "-ing" word ends ("with his lawyers telling", "with the
  GPA describing it as “…” and the PUC accusing"), read no further back than its own noun
  phrase: a finite verb between "with" (or its last "and") and the "-ing" word means the words
  are a clause, not the phrase's subject ("sought a meeting with the company and had written
  to Minister X asking him to “…”": the one who wrote asks, never X). → the index before the
  phrase's subject, or -1.
- `absolute_with`: where the subject of that "with" phrase opens, read past a name's
  bracketed letters ("with the Hospital Doctors' Union (HDU) accusing ministers of “…” and
  the Department insisting": the Department's).
- `absolute_at`: the word that opens an absolute phrase before a name and its "-ing" word:
  "with", or "leaving" after a comma ("…, leaving the Federal Emergency Management Agency
  warning that …": the Agency warns, as "with the Agency warning" would have it).
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


def with_phrase(row: Sequence[Chunk], j: int) -> int:
    at = absolute_with(row, j)
    if at < 0 or any(verb_at(row, m) for m in range(at + 1, j)):
        return -1
    return at


def absolute_at(row: Sequence[Chunk], w: int) -> bool:
    return is_word(row, w, "with") or (
        is_word(row, w, "leaving")
        and w >= 1
        and row[w - 1].kind == "punct"
        and row[w - 1].text == ","
    )


def possessed_gerund(ctx: Context, para: Para, row: Sequence[Chunk], j: int) -> Who:
    start = j - 1 - is_word(row, j - 2, "the")
    owner = row[j - 1]
    if owner.kind == "name" and owner.mention is not None:
        return Who(owner.mention.key, "high")
    words = para.text[row[start].start : owner.end]
    found = ctx.resolve(parse(row, start, j, para.text), para, row[start].start)
    return found if found is not None and found.key is not None else Who(None, "low", words)


def absolute_with(row: Sequence[Chunk], j: int) -> int:
    """Where the subject of an "-ing" word after "with" opens, less one: "with his lawyers
    telling", "with two candidates going to court and a senior party official accusing" (the
    last "and" of the "with" phrase, "with the GPA describing it as “…” and the PUC accusing",
    read past a name's bracketed letters: "with the Doctors' Union (HDU) accusing … “…” and
    the Department insisting"); -1 for none."""
    near = next((k for k in range(j - 2, max(-1, j - 5), -1) if is_word(row, k, "with")), -1)
    if near >= 0:
        return near
    k = j - 1
    while k > max(-1, j - 25):
        if _letters_closed(row, k):
            k -= 3  # "the Hospital Doctors' Union (HDU)": the name's letters, no boundary
            continue
        if row[k].kind == "punct" or (row[k].kind == "quote" and not is_word(row, k + 1, "and")):
            return -1  # a quotation ends it unless "and" goes on ("… as “…” and the PUC")
        if is_word(row, k, "with"):
            return max(m for m in range(k, j) if is_word(row, m, "with", "and"))
        k -= 1
    return -1


def _letters_closed(row: Sequence[Chunk], k: int) -> bool:
    """Does `k` close one bracketed word right after a name: its letters ("Hospital Doctors'
    Union (HDU)") or a person's party ("Ana Lisle (Greens)")?"""
    return (
        k >= 3
        and row[k].kind == "punct"
        and row[k].text == ")"
        and row[k - 1].kind in ("name", "word")
        and row[k - 2].kind == "punct"
        and row[k - 2].text == "("
        and row[k - 3].kind == "name"
    )
