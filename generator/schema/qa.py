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
    """Each question, claim and response is a unit: a missing or bad part costs it alone
    (a bad paragraph number costs that number only, a bad rule id that reference)."""
    count = len(paragraphs)
    questions = []
    for i in r.records("question", QUESTION_FIELDS, "questions", first="question"):
        with r.unit("question", "questions", i):
            question = Question(
                r.text("questions", i, "question", required=True),
                r.text("questions", i, "answer", required=True),
                paragraph_list(r, count, "questions", i),
                r.front.line("questions", i),
            )
        if not r.failed("questions", i):
            questions.append(question)
    claims = []
    for i in r.records("claim", CLAIM_FIELDS, "claims", first="by"):
        with r.unit("claim", "claims", i):
            claim = _statement(r, count, "claim", "claims", i)
            found = r.records("response", RESPONSE_FIELDS, "claims", i, "responses", first="by")
            responses = tuple(_response(r, count, i, j) for j in found)
        rule = r.text("claims", i, "rule")
        if rule and not is_slug(rule):
            r.err(
                f"'{rule}' is not a rule id (like '52-usc-30121')",
                "claims",
                i,
                "rule",
                lost="reference",
            )
            rule = ""
        if claim is not None and not r.failed("claims", i):
            kept = tuple(x for x in responses if x is not None)
            claims.append(Claim(claim, kept, r.ref(rule, "claims", i, "rule") or None))
    return {"questions": tuple(questions), "claims": tuple(claims)}


def _response(r: FieldReader, count: int, i: int, j: int) -> Statement | None:
    with r.unit("response", "claims", i, "responses", j):
        response = _statement(r, count, "response", "claims", i, "responses", j)
    return None if r.failed("claims", i, "responses", j) else response


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
    `count` is None: paragraphs of another document); a bad one costs that number only."""
    value = r.raw(*keys, "paragraphs")
    out = []
    for n in range(len(value) if isinstance(value, list) else 1):
        where = (*keys, "paragraphs", n) if isinstance(value, list) else (*keys, "paragraphs")
        item = r.text(*where)
        if not item:
            continue
        if item.isdigit() and 1 <= int(item) <= (int(item) if count is None else count):
            out.append(int(item))
        else:
            span = f" (1 to {count})" if count is not None else ""
            r.err(f"'{item}' is not a paragraph number{span}", *where, lost="paragraph number")
    return tuple(dict.fromkeys(out))
