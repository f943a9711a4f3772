"""The vocabulary of attribution: reporting verbs in every form, speech nouns, documents that
speak for their authors, proxies who speak for someone else, and the words of unnamed
speakers. General news English only, never names. All entries are casefolded.

`VERB_FORMS` maps each form of a reporting verb to its `Form` ("finite": said, says, told;
"base": say, tell, after "to" or "did"; "participle": saying, telling). Verbs in `AS_VERBS`
attribute only with "as" ("dismissed the offer as “crumbs”"); verbs in `DENIAL_VERBS` deny
the words they govern ("denied saying “never”"), so no one is given them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol

Form = Literal["finite", "base", "participle"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Reporting verbs, regular ones by their base form.
_REGULAR = """
add admit acknowledge accuse agree allege announce answer argue ask assert blast boast call
caution charge chant claim comment complain concede conclude condemn confirm congratulate
continue contend counter criticise criticize declare decry demand denounce deplore describe
dub emphasise emphasize explain hail insist joke label lament note observe plead pledge post
praise predict promise question quip reflect remark repeat reply respond recall reiterate
retort scoff shout slam state stress suggest testify threaten tweet urge vow warn welcome
characterise characterize brand term muse liken recount recommend propose assure reassure inform
remind notify rule report apologise apologize cite invoke thank applaud blame credit maintain
instruct attribute deride ridicule advise
"""
_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing"),
    "speak": ("spoke", "speaks", "speaking"),
}
# Verbs that attribute the quote only when it follows "as": "X dismissed it as “…”".
AS_VERBS = _words(
    """dismiss dismissed dismisses dismissing reject rejected rejects rejecting see saw sees
    regard regarded regards regarding portray portrayed portrays portraying defend defended
    defends defending justify justified justifies justifying refer referred refers referring
    marketed advertised promoted pitched classified classifies classify celebrate celebrated
    celebrates celebrating struck overturned quashed annulled invalidated voided introduced
    introduces introducing mocked mocks derided derides ridiculed ridicules recorded
    criticised criticized criticises criticizes criticising criticizing condemned condemns"""
)
# Verbs that deny the words they govern: nobody is shown saying them.
DENIAL_VERBS = _words(
    """deny denied denies denying refute refuted refutes refuting dispute disputed disputes
    disputing"""
)
# Verbs only a document "speaks" with: "the report found", "a sign read".
DOCUMENT_VERBS = _words(
    "found finds showed shows read reads flagged flags assessed assesses rated rates"
)


_DOUBLING = frozenset({"admit", "quip", "regret", "commit", "plan", "dub", "slam", "label"})


def _inflect(base: str) -> tuple[str, str, str]:
    """(past, third person, -ing) of a regular verb."""
    if base.endswith("e"):
        return base + "d", base + "s", base[:-1] + "ing"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ied", base[:-1] + "ies", base + "ing"
    if base in _DOUBLING:
        return base + base[-1] + "ed", base + "s", base + base[-1] + "ing"
    if base.endswith(("sh", "ch", "ss", "x")):
        return base + "ed", base + "es", base + "ing"
    return base + "ed", base + "s", base + "ing"


def _forms() -> dict[str, Form]:
    forms: dict[str, Form] = {}
    lemmas = {b: _inflect(b) for b in _REGULAR.split()} | _IRREGULAR
    for base, (past, third, ing) in lemmas.items():
        forms[base] = "base"
        forms[ing] = "participle"
        forms[past] = "finite"
        forms[third] = "finite"
    forms["written"] = forms["spoken"] = "finite"  # "X had written, “…”"
    forms["labeled"] = forms["labeling"] = "finite"  # US spelling
    forms["labeling"] = "participle"
    return forms


VERB_FORMS: dict[str, Form] = _forms()
# Verbs after which a clause reports what was said: its subject is not the speaker's.
COMPLEMENT_VERBS = frozenset(w for w, f in VERB_FORMS.items() if f != "participle")

# Nouns of speech whose words follow ("the union's claim of “…”", "Lee's remark that …").
SPEECH_NOUNS = _words(
    """claim claims accusation accusations charge charges allegation allegations assertion
    description descriptions characterisation characterization finding findings remark
    remarks comment comments warning warnings suggestion insistence argument promise pledge
    vow threat demand demands call words statement statements conclusion view verdict
    proclamation declaration announcement message plea criticism complaint complaints
    reference label dismissal talk estimate suggestions arguments threats pledges promises
    assertions explanation explanations excuse advice imputation imputations"""
)
# Nouns for what someone said back: they name the quotation after them ("Lee's reply was
# “…”"), never introduce it with "of" or "that".
REPLY_NOUNS = _words("reply replies response responses answer answers retort reaction words")
# Light verbs whose subject owns the speech noun they take ("Lee made the claim that").
LIGHT_VERBS = _words("made makes make issued issues repeated repeats voiced levelled leveled")
# Words that link a speech noun to the words it reports.
SPEECH_LINKS = frozenset({"of", "that", "as", ":", "for"})  # "demand for “…”"

# Documents speak for their authors.
DOCUMENT_NOUNS = _words(
    """statement statements letter letters report reports complaint complaints petition
    petitions motion motions memo memos memorandum post posts release note notice message
    messages email emails tweet tweets filing filings lawsuit submission submissions
    findings ruling judgment judgement decision communique communiqué reply response
    pamphlet pamphlets leaflet leaflets advert advertisement ad editorial op-ed
    proclamation declaration resolution manifesto brief affidavit transcript audit audits
    review reviews study studies survey surveys assessment summary document documents video
    videos order orders decree decrees directive directives circular circulars bulletin
    inspection inspections counter-statement"""
)
# Speech nouns that are no document ("remarks describing X as", not "a statement saying").
REMARK_NOUNS = SPEECH_NOUNS - DOCUMENT_NOUNS
# Participles by which a document names its author ("a statement issued by the NGO").
AUTHOR_VERBS = _words(
    """issued written signed sent released published posted made moved filed submitted
    drafted authored prepared tabled lodged brought put conducted compiled"""
)
# People who speak for someone else: "a spokesperson for X" is never X when X is a person.
PROXY_NOUNS = _words(
    """spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen lawyer lawyers
    attorney attorneys solicitor barrister counsel aide aides adviser advisers advisor
    advisors office representative representatives campaign staff staffer staffers manager
    agent publicist secretary defense defence team camp source sources"""
)
# Of those, the ones who are not an organisation's voice: "staff at the council said" and
# "an adviser to the board said" are unnamed, never the council or the board.
NOT_ORG_VOICES = _words(
    "staff staffer staffers aide aides adviser advisers advisor advisors agent publicist manager"
)
# Words before a role noun whose holder no longer speaks for the body ("a former
# assistant secretary at the department has told"): his own words, not the body's.
PAST_HOLDERS = _words("former retired onetime one-time ex-")
# Words before a proxy noun that make it no voice of its body: those, and "general" (a
# union's "general secretary" speaks as himself).
NOT_VOICE_MODIFIERS = PAST_HOLDERS | {"general"}
# Relationship and role nouns that name another person ("the senator's husband").
PERSON_NOUNS = _words(
    """husband wife son daughter mother father brother sister partner widow widower
    colleague predecessor successor rival opponent friend ally boss deputy client
    fiance fiancee cousin uncle aunt nephew niece teammate classmate neighbour neighbor"""
)
# Determiners and quantifiers of unnamed speakers ("a source", "one driver", "some members").
UNNAMED_DETERMINERS = _words(
    """a an one some several many most few two three four five six seven eight nine ten
    dozens hundreds thousands other others another any no"""
)
# Kin only a person has ("X, whose father, …": X is a person).
KIN_NOUNS = _words(
    """father mother son daughter husband wife brother sister parents children widow widower
    grandson granddaughter grandmother grandfather partner fiance fiancee"""
)
PRONOUNS_PERSON = _words("he she")
# Who saw or disclosed a document, never its author ("documents reviewed by Bloomberg News",
# "the report, made public by the state government,").
SEEING_VERBS = _words("obtained seen reviewed leaked received read viewed public")
# Participles that open a sentence before a comma ("Reacting, the agency said"): no names.
OPENING_PARTICIPLES = _words(
    """reacting responding speaking commenting addressing writing explaining answering
    replying continuing concluding referring testifying appearing recalling"""
)
PRONOUN_GENDERS = {"he": "m", "she": "f"}
PRONOUNS_GROUP = _words("they it")
RELATIVE_PRONOUNS = _words("who which that whom whose")
NEGATIONS = _words("not never n't no")
# Common irregular past tenses: the verb of a clause, never part of a noun phrase.
IRREGULAR_PAST = _words(
    """went made held gave took met sent won lost left put ran came got began brought bought
    thought knew saw led kept set stood paid felt became fought sat spent hit cut beat
    struck drew threw broke chose rose fell grew flew drove fled sought taught caught dealt
    meant built sold heard withdrew upheld withheld overcame undertook understood forgot
    swept swore stole hung sank shook found rang wrote spoke told"""
)
# Verbs of asking, whose object answers ("Hale asked Price …. “…,” she replied").
QUESTION_VERBS = _words("asked asks questioned pressed quizzed")
REPLY_VERBS = _words("replied replies answered answers responded responds retorted")
# Verbs by which someone puts out a document ("issued a statement").
ISSUING_VERBS = _words("issued released published posted sent put wrote signed file filed")
# Documents filed in a court or an inquiry, not written by it ("the court filing said").
FILED_DOCUMENTS = _words(
    "filing filings papers documents records file submission submissions transcript transcripts"
)
VENUES = _words("court tribunal commission inquiry")


class _Token(Protocol):  # a `clauses.Chunk`, without importing it
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...


def past(row: Sequence[_Token], k: int) -> bool:
    """Is the word at `k` a verb's past or present tense after its subject ("X defended",
    "he stopped"; not "the suspended lawmakers", "emails obtained by")?"""
    w, before = row[k].text, row[k - 1] if k > 0 else None
    by = k + 1 < len(row) and row[k + 1].kind == "word" and row[k + 1].text == "by"
    if row[k].kind != "word" or before is None or by:
        return False
    after_subject = before.kind in ("name", "pron") or not (
        before.kind != "word" or before.text in _NOT_SUBJECTS or before.text.endswith("ly")
    )
    verb = VERB_FORMS.get(w) == "finite" or w in IRREGULAR_PAST or w.endswith("ed")
    return verb and after_subject


_NOT_SUBJECTS = _words("the a an his her its their our my your this that these those of and")
