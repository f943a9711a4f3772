"""One word that names a firm by what only a firm has around it (issue 12, round 28), for
`names`: its shares ("Nordavia shares fell 2.4 percent"), a firm's officer in a title before
a person's name ("Nordavia CEO Henrik Aasgaard", "Polnet Chief Executive Anna Krawczyk") and
a firm's officer "of"/"at" it, the word ending the phrase ("Henrik Aasvang, chief executive
of Nordavia, told", "the UK policy director at Brightwave, said").

A capital opening a sentence says nothing, so the word must also stand capitalised inside a
sentence somewhere in the document; it is no common word ("Board President X", "Commission
Chairman Y"), no adjective or people ("Kenyan President", "European shares rose"), no word of
a longer name ("Kessler Baking Co." … "Kessler CEO X": the longer name's to take) and no
short form in brackets ("Maranda National Petroleum Corp (Petromar)": the story links
"Petromar" to it). A village's or a council's chair is no firm's officer ("the chairperson
of Kigando"): only the roles a firm has count. The mark ("firm_sign") lets `lone_firms` place
the word as a body under its usual guards. Once per document. Pure but for the evidence
added to the runs.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract.document import Para
from generator.extract.name_runs import Run
from generator.extract.sentences import Token

_COMMON = ne.COMMON_WORDS | lx.COUNTRY_WORDS | lx.CONNECTORS | lx.DETERMINERS
_COMMON |= lx.ROLE_MODIFIERS
# A firm's officers, as a title after its name ("Telvara Chief Executive X").
_FIRM_TITLES = frozenset(
    {
        ("ceo",),
        ("chief", "executive"),
        ("chief", "executive", "officer"),
        ("chief", "operating", "officer"),
        ("chief", "financial", "officer"),
        ("cfo",),
        ("coo",),
        ("managing", "director"),
        ("co-founder",),
        ("founder",),
    }
)
# A firm's officers before "of"/"at" ("chief executive of X", "policy director at X").
_FIRM_STAFF = lx.words("executive ceo director founder co-founder manager economist analyst")
_SHARES_VERBS = lx.words(
    """fell rose closed jumped dropped slid gained climbed tumbled plunged surged ended lost
    sank slumped soared edged traded opened were have had are"""
)


def mark_firm_signs(paras: tuple[Para, ...], runs: list[Run]) -> list[Run]:
    """`runs` with "firm_sign" on each one-word run a firm's shares or officer names, and a
    new run, so marked, for a one-word firm inside a person's title."""
    inside = {t.text for p in paras for t in p.tokens if t.capitalised and not t.sentence_start}
    longer = {t.lower for r in runs if len(r.tokens) > 1 for t in _named(r)}
    longer |= {
        b.tokens[0].lower for a, b in zip(runs, runs[1:], strict=False) if b.bracketed_after(a)
    }
    out: list[Run] = []
    for run in runs:
        word = _title_firm(run)
        if word is not None and _may_be_firm(word, inside, longer):
            out.append(_firm_run(paras[run.para - 1], run, word))
        alone = len(run.tokens) == 1 and _may_be_firm(run.tokens[0], inside, longer)
        if alone and (_shares(paras[run.para - 1], run) or _staffed(paras[run.para - 1], run)):
            run.evidence.discard("modifier")
            run.evidence.add("firm_sign")
        out.append(run)
    return out


def _named(run: Run) -> list[Token]:
    """The words of a longer run that name one thing: not those after its last "and" ("Vistula
    Telecom and Polnet" may be two firms)."""
    ands = [k for k, t in enumerate(run.tokens) if t.lower == "and"]
    return run.tokens[: ands[-1]] if ands else run.tokens


def _may_be_firm(word: Token, inside: set[str], longer: set[str]) -> bool:
    low = word.lower
    if len(low) < 3 or low in _COMMON or low in longer or low.endswith(ne.ADJECTIVAL):
        return False
    return word.text.removesuffix("’s").removesuffix("'s") in inside or not word.sentence_start


def _title_firm(run: Run) -> Token | None:
    """The one word before a firm's officer's title in a person's run ("Nordavia CEO X")."""
    if len(run.title) < 2 or not run.title[0].capitalised or run.title[0].possessive:
        return None
    if tuple(t.lower for t in run.title[1:]) not in _FIRM_TITLES:
        return None
    return run.title[0]


def _firm_run(para: Para, run: Run, word: Token) -> Run:
    index = run.index - len(run.title)
    firm = Run(run.para, [word], [], "", index, index, word.text, {"firm_sign"})
    firm.start, firm.after = word.start, para.text[word.end : word.end + 8]
    firm.sentence, firm.gap = run.sentence, run.gap
    firm.lead = para.text[max(0, word.start - 60) : word.start]
    return firm


def _shares(para: Para, run: Run) -> bool:
    """ "Nordavia shares fell": the word, "shares", a verb."""
    toks, word = para.tokens, run.tokens[0]
    if word.possessive or run.last + 2 >= len(toks):
        return False
    noun, verb = toks[run.last + 1], toks[run.last + 2]
    spaced = para.text[word.end : noun.start] == " " and para.text[noun.end : verb.start] == " "
    return spaced and noun.text == "shares" and verb.lower in _SHARES_VERBS and not verb.capitalised


def _staffed(para: Para, run: Run) -> bool:
    """ "chief executive of Nordavia, told": a firm's officer "of"/"at" the word, and the
    phrase ends with it (a comma, a full stop, a verb: not "at Brussels law firm X")."""
    toks, word = para.tokens, run.tokens[0]
    if "employer" not in run.evidence or word.possessive or run.index < 2:
        return False
    if toks[run.index - 2].lower not in _FIRM_STAFF:
        return False
    return para.text[word.end : word.end + 1] in {",", ".", ";", ")", ""}
