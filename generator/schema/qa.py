"""Validate an article's `questions` and `claims` (front matter) into model objects.

`questions_and_claims(reader, paragraphs)` returns the `questions` and `claims` fields of a
`Document`, reporting every bad item through the reader (`path:line: field: message`):

    questions:                       # the page's Q&A
      - question: Can foreigners volunteer on a US campaign?
        answer: Yes, unpaid, but they cannot give money.   # our words
        paragraphs: [8]              # the paragraphs that support the answer
    claims:                          # set side by side with the responses
      - by: trump-campaign           # a person or organisation id
        claim: Labour's volunteering is foreign interference.
        paragraphs: [2]
        rule: 52-usc-30121           # optional: the rule the claim invokes
        responses:
          - by: keir-starmer
            response: The volunteers paid for themselves.
            paragraphs: [3]

`by` and `rule` ids are recorded as references and checked against the whole story by
`generator.references`. A missing `paragraphs` is a warning: readers cannot check the statement.
"""

from __future__ import annotations

from generator.schema.fields import FieldReader
from generator.story.model import Claim, Paragraph, Question, Statement
from generator.text import is_slug

QUESTION_FIELDS = {"question", "answer", "paragraphs"}
CLAIM_FIELDS = {"by", "claim", "paragraphs", "responses", "rule"}
RESPONSE_FIELDS = {"by", "response", "paragraphs"}


def questions_and_claims(
    r: FieldReader, paragraphs: tuple[Paragraph, ...]
) -> dict[str, tuple[Question, ...] | tuple[Claim, ...]]:
    questions = tuple(
        Question(
            r.text("questions", i, "question", required=True),
            r.text("questions", i, "answer", required=True),
            paragraph_list(r, len(paragraphs), "questions", i),
            r.front.line("questions", i),
        )
        for i in r.records("questions", QUESTION_FIELDS)
    )
    claims = []
    for i in r.records("claims", CLAIM_FIELDS):
        claim = _statement(r, len(paragraphs), "claim", "claims", i)
        responses = tuple(
            _statement(r, len(paragraphs), "response", "claims", i, "responses", j)
            for j in _items(r, RESPONSE_FIELDS, "claims", i, "responses")
        )
        rule = r.text("claims", i, "rule")
        if rule and not is_slug(rule):
            r.err(f"'{rule}' is not a rule id (like '52-usc-30121')", "claims", i, "rule")
            rule = ""
        if claim is not None:
            claims.append(
                Claim(
                    claim,
                    tuple(x for x in responses if x is not None),
                    r.ref(rule, "claims", i, "rule") or None,
                )
            )
    return {
        "questions": tuple(q for q in questions if q.question and q.answer),
        "claims": tuple(claims),
    }


def _statement(r: FieldReader, count: int, field: str, *keys: str | int) -> Statement | None:
    by = r.text(*keys, "by", required=True)
    text = r.text(*keys, field, required=True)
    found = paragraph_list(r, count, *keys)
    if not found and r.raw(*keys, "paragraphs") is None:
        r.warn(f"no paragraphs: say which paragraphs of the text report this {field}", *keys)
    if not (by and text):
        return None
    return Statement(r.ref(by, *keys, "by"), text, found, r.front.line(*keys))


def paragraph_list(r: FieldReader, count: int | None, *keys: str | int) -> tuple[int, ...]:
    """The `paragraphs` list at `keys`: numbers from 1 to `count` (any number from 1 when
    `count` is None: paragraphs of another document), each bad one reported."""
    out = []
    for n, value in enumerate(r.texts(*keys, "paragraphs")):
        if value.isdigit() and 1 <= int(value) <= (int(value) if count is None else count):
            out.append(int(value))
        else:
            where = (
                (*keys, "paragraphs", n)
                if isinstance(r.raw(*keys, "paragraphs"), list)
                else (
                    *keys,
                    "paragraphs",
                )
            )
            span = f" (1 to {count})" if count is not None else ""
            r.err(f"'{value}' is not a paragraph number{span}", *where)
    return tuple(dict.fromkeys(out))


def _items(r: FieldReader, allowed: set[str], *keys: str | int) -> list[int]:
    """Indexes of the mapping items of the nested list at `keys`, reporting bad items."""
    value = r.raw(*keys)
    if value is None:
        return []
    if not isinstance(value, list):
        r.err("must be a list", *keys)
        return []
    good = []
    for j, item in enumerate(value):
        if not isinstance(item, dict):
            r.err("must be a mapping like 'by: ...'", *keys, j)
            continue
        for name in sorted(set(item) - allowed):
            r.err(f"unknown field '{name}'", *keys, j, name)
        good.append(j)
    return good
