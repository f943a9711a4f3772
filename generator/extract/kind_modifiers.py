"""A quoted compound noun standing before the noun it classifies names a kind of thing: the
quotation is a modifier inside the writer's noun phrase, no one's words, whatever verb of
saying governs the clause. `kind_modifier(row, qi)` → True for "calling on supporters to
observe a “dead city” protest", "had lived with a “waking watch” fire patrol since 2021",
"invoked the “urgent notification” process", "would ask for “good offices” mediation": a
determiner, a possessor, a number or a preposition (perhaps with a modifier) opens the noun
phrase, two to four words without an article, an auxiliary, an adverb or a comma are
quoted, and a noun follows (one quoted word is left to `titles`).

Not a kind's name (someone's words, left to the other cues):
- an evaluative modifier, the quotation's last word an adjective, a participle or a hyphened
  compound: "found “serious and systemic” failings", "sold “unlimited” data plans", "posed
  a “high” risk", "to prioritise “high-risk” areas";
- a verb phrase ("the company would “delay or cancel” projects", "Beijing “firmly opposes”
  countries"), a whole noun phrase or a quantity ("“an eyewash” meant to …", "released
  “more than enough” money");
- a noun of saying after it ("dismissed the “rubber stamp” jibe"), a predicate ("it was
  “pure luck” nobody …") or a name a named speaker gives ("what it called a “digital
  simplification” package", "described as a “last-resort” protest").
Pure, never raises.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract.clauses import Chunk, is_word
from generator.extract.phrases import PREPOSITIONS
from generator.extract.rows import verb_at

# The last word of an evaluative modifier: adjective and adverb endings, participles.
_EVALUATIVE_ENDINGS = (
    *("al", "ous", "ive", "ful", "less", "ic", "able", "ible", "ant", "ent", "ary", "ory"),
    *("ish", "ile", "ing", "ed", "ly"),
)
# Plain adjectives with no telling ending ("a “high” risk", "“moderate to high” risk").
_PLAIN_ADJECTIVES = lx.words(
    """high low good bad new old big small clear real true free full strong weak fair safe
    poor rich hard soft deep short long wide great huge fine firm right wrong open close pure
    raw rough broad tough clean fresh quick slow late early sure sound just due vast whole
    grave dire severe stark sheer blunt crude rare prime"""
)
_OPENERS = lx.words(
    """a an the this that these those some any every no more less most least at over up
    under well nearly almost about around only just even all both each several many few"""
)
_DETERMINERS = lx.DETERMINERS | lx.words("this these those any some no every each")
# Words a compound noun does not hold: auxiliaries, "and"/"or" between two adjectives or
# verbs ("“repeated and deliberate” violations"), pronouns ("“sorting me out”") and particles.
_NOT_IN_NOUNS = (
    lx.BE_FORMS
    | lx.MODALS
    | lx.words("not cannot can't won't do does did has have had and or nor but")
    | lx.words("i me we us you he him she it they them away out up down off back over")
)
_HEAD_ENDINGS = ("al", "ous", "ic", "ful", "less", "able", "ible", "ought")  # not a noun after
# Words after a quotation that cannot be the head noun it modifies, and nouns of saying,
# whose words the quotation gives ("dismissed the “rubber stamp” jibe": someone's).
_NOT_HEADS = lx.words(
    """the a an its his her their our my your this that these those some any every no
    which who whom whose what when where while if than as so then rather still even also
    only just again now nobody nothing anyone anything someone something everyone
    everything itself themselves himself herself not never always already yet too very
    and or but nor due because since until unless though although whether late instead
    within upon per despite throughout amid beyond
    everywhere elsewhere jibe jibes charge charges defence defense claim claims accusation
    accusations label labels description remark remarks comment comments slur tag argument
    arguments narrative rhetoric talk warning warnings pledge pledges promise promises
    mantra refrain message excuse slogan line ahead next once last available able
    consistent enough alone apart worth likely possible run set made put held led paid
    found given taken thrown chosen known seen shown done brought sent built kept left
    meant spent"""
)
# A naming verb a named speaker uses: the name is theirs ("what it called a “…” package").
NAMING_VERBS = lx.words(
    """call calls called calling term terms termed describe describes described describing
    brand brands branded label labels labelled labeled bill billed hail hailed hails
    characterise characterised characterize characterized dub dubs dubbed"""
)


def kind_modifier(row: Sequence[Chunk], qi: int) -> bool:
    """Is the quotation at `qi` a short quoted compound noun right before a noun it modifies
    (see the module's docstring)?"""
    raw = row[qi].text.strip()
    words = [w.casefold().strip("'\"‘’“”") for w in raw.split()]
    if not 2 <= len(words) <= 4 or "," in raw or raw[-1:] in ".;:!?" or not all(words):
        return False  # one word ("a “stopgap” repair") is left to `titles`
    if any(w.endswith("ly") or w in _DETERMINERS or w in _NOT_IN_NOUNS for w in words):
        return False  # "“firmly opposes”", "“strip the shelves”", "“outdated and incomplete”"
    if "-" in words[-1] or words[0] in PREPOSITIONS or words[-1] in PREPOSITIONS:
        return False  # "a “high-risk” area", "“by mutual agreement”", "“hiding behind” winter"
    if words[0] in _OPENERS or words[0] in lx.NUMBER_WORDS or words[0][:1].isdigit():
        return False  # "an eyewash", "more than enough", "four specific complaints"
    last = words[-1]
    evaluative = last.endswith(_EVALUATIVE_ENDINGS) and not last.endswith("ment")
    if last in _PLAIN_ADJECTIVES or evaluative or len(last) <= 2:
        return False  # "serious and systemic", "unlimited", "high", "person-centred"
    if not _opens_noun_phrase(row, qi - 1) or not _head_noun(row, qi + 1):
        return False
    return not _named_by_speaker(row, qi)


def _opens_noun_phrase(row: Sequence[Chunk], k: int) -> bool:
    """Does the word before the quotation open or carry on a noun phrase: a determiner, a
    possessor, a number, a preposition (not the infinitive's "to"), or a lowercase modifier
    after a determiner ("a flawed “income matching” method")? Not a subject or an auxiliary
    ("would “delay or cancel” reliability projects")."""
    if k < 0:
        return False
    c = row[k]
    if c.possessive or c.kind == "num":
        return True
    if c.kind != "word" or c.capital:
        return False
    if c.text in _DETERMINERS or (c.text in PREPOSITIONS and c.text not in {"to", "as"}):
        return True
    return is_word(row, k - 1, *_DETERMINERS) and not verb_at(row, k) and c.text.isalpha()


def _head_noun(row: Sequence[Chunk], k: int) -> bool:
    """Can the word at `k`, right after the quotation, be the noun it modifies?"""
    if k >= len(row) or row[k].kind != "word" or row[k].capital or row[k].possessive:
        return False
    w = row[k].text
    if w in _NOT_HEADS or w in PREPOSITIONS or w in lx.BE_FORMS or verb_at(row, k):
        return False  # "“trading away” environmental standards", "wanted it “…” rethought"
    return not w.endswith(("ing", "ly", *_HEAD_ENDINGS)) and w.isalpha()


def _named_by_speaker(row: Sequence[Chunk], qi: int) -> bool:
    """Does a predicate stand right before the noun phrase the quotation opens ("was “pure
    luck”"), or a naming verb a few words before it, with no punctuation between ("what it
    called a “…”", "described the plan as a “…”", "branded the move a “…”"; not "calling on
    supporters to observe a “…”": an appeal, no naming)?"""
    k = qi - 1
    while k >= 0 and k > qi - 4 and (is_word(row, k, *lx.DETERMINERS) or row[k].possessive):
        k -= 1  # past "a", "the", "its", "the agency's"
    if is_word(row, k, *lx.BE_FORMS):
        return True  # a predicate: "it was “pure luck” nobody was killed"
    for j in range(qi - 1, max(-1, qi - 7), -1):
        if row[j].kind not in ("word", "name", "pron"):
            return False
        if is_word(row, j, *NAMING_VERBS) and not is_word(row, j + 1, "on", "upon", "for"):
            return True
    return False
