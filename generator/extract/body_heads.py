"""Names whose last word is the head of a body's name that the organisation heads of
`lexicon` leave out (issue 12, thirty-third round): "the Executive Yuan yesterday accused …",
"the Minority Caucus walked out", "Velmora Motor said in a statement", "the Kestrel Bay Coast
Guard said", "the Hallam Vale Maternity Inquiry has found". ("Circuit" is left out: a court
that quotes a party's words in its ruling would take them.)
Such a name was dropped for want of evidence, or read as a person's by its place in the
sentence. Unlike the heads of `lexicon.ORG_HEADS`, these words are also people's names ("Hsu
Yuan", "Daniel Guard"), so a head names a body only when no mention of the name says a person
(a title, an honorific, an age, a role noun before it or a role in apposition after it).
A name in a language that puts the head first ("Banca Torrese", "Fondazione Vesuvio",
"Groupe Arvelle", "Parti Maju Sejahtera", "Ysgol Cwm Aur") or whose last word says whose
body it is ("Uisce Éireann", "Plaid Cymru", "Raj Bhavan": a house that stands for an office,
"Rheinwald Versicherung") is a body's on the same terms (thirty-fifth round): these words are
no one's names, but the guard stays ("Dewan" is left out: a given name too). Pure.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract.types import Kind

HEADS = lx.words(
    "yuan treasury guard caucus inquiry patrol motor materials chancellery"
) | lx.words(
    """éireann cymru bhavan bhawan credito crédito versicherung stiftung verband gesellschaft"""
)
# A body's kind in its own language, where it heads the name ("Banco Rivera", "Agence
# France-Presse", "Movimento Cidade Viva").
FIRST_HEADS = lx.words(
    """banca banco banque fondazione fundación fundação fondation stiftung groupe grupo
    gruppo sociedad società sociedade société compagnie compañía companhia consultores
    movimento movimiento mouvement parti partido partito partei agence agencia agência
    agenzia unión unione união federación federazione fédération asociación associazione
    associação instituto istituto institut universidad università universidade université
    universiti ysgol coleg ministerio ministère ministero comisión commissione comissão
    conseil consejo consiglio syarikat kumpulan persatuan majlis wisma"""
)
# What says a person (or no one) in any mention: then the head decides nothing.
_PERSONAL = frozenset(
    {"person", "title", "honorific", "aged", "role_appos", "role_before", "named_as"}
    | {"holder", "common", "event", "thing"}
)


def head_kind(name: str, evidence: set[str]) -> Kind | None:
    """ "organisation" when the name (two words or more) ends on a body's head (or opens on
    one in a language that puts it first) and no
    mention says a person; else None, and the other evidence decides."""
    words = name.split()
    if len(words) < 2 or evidence & _PERSONAL:
        return None
    if words[-1].casefold() not in HEADS and words[0].casefold() not in FIRST_HEADS:
        return None
    return "organisation"
