"""A body described right before its name, with no comma: "the news portal Dnevni Glas",
"the collective Siostry Wyboru", "the think tank Higher Ground", "US short seller Blackthorn
Ridge Research", "Proxy adviser Corvane had", "Brokerage Dansk Kapital said", "smaller rival
Skyline Baltic". `fronted_bodies(paras, runs)` adds the evidence to the capitalised runs of
`name_runs` (after `place_fronts`), once per document. Pure.

- A head only a body has (beyond `lexicon.ORG_NOUNS`, which `name_evidence` reads): "portal",
  "website", "collective", "foundation", "alliance", "think tank", "news site", "meatpacker",
  the heads of `appositive_bodies` ("the nonprofit X", "Danish drugmaker X"): "org".
- A firm's trade a person may share, two words long ("fund manager", "proxy adviser", "short
  seller"), and "rival" with a firm's mark before it (a rank, "-based", a nationality,
  "takeover of rival X"): the name is a body unless another mention says a person (a title,
  an honorific, an age: `name_evidence.kind` reads those first), never by the role alone.
- A trade's plural before one name ("by consultants Hartwell Lane"): a firm, not when the
  name opens a list ("solicitors Ann Lee and Tom Reed").
- A body noun opening the sentence, read as a title ("Brokerage Dansk Kapital said"): no title.
- "says": a name after an organisation noun whose "said" has a clause of its own after it
  ("the charity Refuge Littoral said police had …"), which `names._outvoted` never outvotes.
"""

from __future__ import annotations

from generator.extract import appositive_bodies as ab
from generator.extract import lexicon as lx
from generator.extract.document import Para
from generator.extract.name_runs import Run
from generator.extract.sentences import Token

_HEADS = (ab.BODY_HEADS - lx.words("parliament legislature chamber authority forum unit arm")) | (
    lx.words("portal website collective foundation alliance meatpacker processor")
)  # not "in parliament Ann Lee", "the chamber Speaker X"
_SECOND = {"tank": "think", "site": "news web"}  # "the think tank X", "the news site X"
_PAIRS = {("fund", "manager"), ("asset", "manager"), ("investment", "manager")} | {
    ("proxy", "adviser"),
    ("proxy", "advisor"),
    ("short", "seller"),
}
_PLURALS = lx.words("consultants solicitors auditors accountants")  # not "lawyers X and Y"
_RIVALS = lx.words("rival competitor")
_DEALS = lx.words("takeover acquisition purchase merger bid buyout")
_MARKS = lx.words("smaller larger bigger regional low-cost domestic foreign listed")
_VERBISH = lx.words("to should would will could can may might must not also")
_PERSONAL = frozenset({"title", "honorific", "aged", "named_as"})  # said of a person alone
_PEOPLE = lx.words("his her their center-right centre-right center-left centre-left")


def fronted_bodies(paras: tuple[Para, ...], runs: list[Run]) -> list[Run]:
    """`runs` with the evidence of a body's description right before the name added."""
    before: Run | None = None
    for run in runs:
        previous, before = before, run
        if "org_noun" in run.evidence and _says(paras[run.para - 1], run.last):
            run.evidence.add("says")
        if run.honorific:
            continue
        if run.title:
            _opening_noun(run)
            continue
        para = paras[run.para - 1]
        joined = _described(para, run.index)
        if not joined or joined[0].possessive or joined[0].capitalised and len(joined) == 1:
            continue  # "Brokerage" opening the sentence alone: `_opening_noun`'s
        words = [w.lower for w in joined]
        if len(words) > 1 and words[1] in _VERBISH:
            continue  # "public money should fund Russian-language content": a verb
        lone_subject = len(run.tokens) == 1 and "acts" in run.evidence  # a clause of its
        if _head(words) and not lone_subject:  # own: "without the fund Europe risked …"
            run.evidence |= {"org", "org_noun"}
            run.evidence -= {"person", "role_before", "shared_role"}
        elif _shared(words, joined):
            if previous is not None and not run.evidence & _PERSONAL:
                _trade_place(para, previous, run, joined[-1])  # "Buenos Aires fund manager X"
            run.evidence -= {"person"}
            run.evidence |= {"role_before", "shared_role", "body_words"}
        elif words[0] in _PLURALS and not _listed(para.text, run):
            run.evidence.add("org")
            run.evidence -= {"person", "role_before", "place_word"}
    return runs


def _trade_place(para: Para, run: Run, body: Run, first: Token) -> None:
    """ "led by Buenos Aires fund manager Cóndor Inversiones": the trade a person may share
    is read as the body's after it (`_shared`), so the name right before the trade ("Buenos
    Aires") is no body whose officer the trade names: it says where the body is."""
    if run.para == body.para and para.text[run.tokens[-1].end : first.start] == " ":
        run.evidence.discard("org_role")


def _described(para: Para, k: int) -> list[Token]:
    """Up to three words right before the token at `k`, nearest first, joined by spaces
    only, up to a name's word ("Buenos Aires fund manager X": "manager", "fund") or the
    sentence's first word."""
    toks, text = para.tokens, para.text
    out: list[Token] = []
    right = toks[k]
    for j in range(k - 1, max(-1, k - 4), -1):
        word = toks[j]
        if text[word.end : right.start].strip():
            break
        named = word.capitalised and not word.sentence_start and out
        if named and not _nationality(word) and "-" not in word.text:
            break  # "Oslo-based rival", "Portuguese rival", "US short seller": kept
        out.append(word)
        if word.sentence_start:
            break
        right = word
    return out


def _head(words: list[str]) -> bool:
    head = words[0]
    if head in _SECOND:
        return len(words) > 1 and words[1] in _SECOND[head].split()
    return head in _HEADS


def _shared(words: list[str], joined: list[Token]) -> bool:
    """ "fund manager X", "Proxy adviser X", "smaller rival X", "takeover of rival X"."""
    if (words[1] if len(words) > 1 else "", words[0]) in _PAIRS:
        return True
    if words[0] not in _RIVALS or len(words) < 2 or words[1] in _PEOPLE:
        return False
    mark = words[1]
    if mark in _MARKS or ab.ranked(mark):
        return True  # "smaller rival X", "Oslo-based rival X"
    if _nationality(joined[1]) and not joined[1].sentence_start:
        return True  # "Portuguese rival X"
    return mark in {"of", "for"} and len(words) > 2 and words[2] in _DEALS  # "takeover of rival"


def _nationality(word: Token) -> bool:
    """ "Portuguese", "Norwegian", "Dutch": a capitalised adjective of a people."""
    low = word.lower
    return word.capitalised and (low.endswith(lx.DEMONYM_ENDINGS) or low in _PEOPLES)


_PEOPLES = lx.words("dutch french swiss british irish welsh scottish thai us u.s. uk")


def _listed(text: str, run: Run) -> bool:
    """ "solicitors Ann Lee and Tom Reed": the name opens a list of people."""
    end = run.start + len(run.text)
    rest = text[end : end + 40].lstrip()
    return rest.startswith(("and ", "&")) or (rest.startswith(", ") and rest[2:3].isupper())


def _opening_noun(run: Run) -> None:
    """ "Brokerage Dansk Kapital said": a body noun opening the sentence, taken for a title."""
    if len(run.title) != 1 or len(run.tokens) < 2:
        return
    noun = run.title[0]
    if not noun.sentence_start or noun.lower in lx.ROLE_NOUNS:
        return
    if noun.lower in lx.ORG_NOUNS or noun.lower in _HEADS:
        run.title = []
        run.evidence -= {"title", "person"}
        run.evidence.add("org")


def _says(para: Para, last: int) -> bool:
    """ "the charity Refuge Littoral said police had …": "said" with a clause of its own after
    it, which a relative clause's verb has not ("whose party Ann Lee described as …", "the
    party X said was …"): for `names._outvoted`."""
    words = [t.lower for t in para.tokens[last + 1 : last + 3]]
    said = len(words) == 2 and words[0] in {"said", "says"} and words[1] not in _GAP_NEXT
    return said and not para.tokens[last + 2].capitalised


_GAP_NEXT = lx.words("was is were are would will had has as")
