"""A body's one-word name opening a sentence before its officer's role, for `names`.

"Eskom spokesperson Daphne Mokoena-Ndlovu said", "Taliban spokesman Hamdullah Zaheer told":
one capitalised word opening its sentence says nothing by its capital ("Union leader X"), so
`name_evidence` reads no body's role after it. When the document also writes the word with a
capital inside a sentence ("after Eskom on Wednesday served …"), it is a name, and the role
after it ("spokesperson", "chief executive", "president") is its body's, as it is for a name
inside a sentence. Not a common word ("Council leader X", "Opposition leader Y", "Port
spokesperson Z"), nor an adjective ("Yemeni", "Houthi"), nor a word of a longer name in the
document ("Kessler Baking Co." … "Kessler spokesperson X": the short form is the longer
name's to take, not a body of its own). Once per document. Pure.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract.document import Para
from generator.extract.name_runs import Run

_COMMON = ne.COMMON_WORDS | lx.COUNTRY_WORDS | lx.CONNECTORS | lx.DETERMINERS


def mark_role_openers(paras: tuple[Para, ...], runs: list[Run]) -> None:
    """Add "org_role" to each one-word run opening its sentence before a body's role, when
    the same word stands capitalised inside a sentence elsewhere in the document."""
    inside = {r.text for r in runs if len(r.tokens) == 1 and not r.tokens[0].sentence_start}
    inside -= {t.text for r in runs if len(r.tokens) > 1 for t in r.tokens}  # "Kessler Baking
    # Co. … Kessler spokesperson X", "FK Orjen … Orjen president Y": a longer name's word
    for run in runs:
        word = run.tokens[0]
        if len(run.tokens) != 1 or not word.sentence_start or run.text not in inside:
            continue
        if "before_role" not in run.evidence or run.evidence & {"org_role", "person", "place"}:
            continue
        if word.lower in _COMMON or word.lower.endswith(ne.ADJECTIVAL) or word.possessive:
            continue
        toks = paras[run.para - 1].tokens
        nxt = toks[run.last + 1] if run.last + 1 < len(toks) else None
        if nxt is None or nxt.capitalised or nxt.lower not in ne.ORG_ROLES:
            continue
        if paras[run.para - 1].text[word.end : nxt.start] == " ":
            run.evidence.add("org_role")  # "Eskom spokesperson Daphne Mokoena-Ndlovu"
