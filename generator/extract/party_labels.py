"""A party's initials in brackets after a person's name ("Cllr Fiona Drummond (SNP)", "Ms
Neema Kisanga (PPF)", "Mmaphuti Sekgobela (ANC)"): a label the person carries, not the name's
own initials, which `names` would otherwise join to the name and so read the person as the
body ("Television New Zealand (TVNZ)" is the form it was made for).

The evidence is the document's: the name before the bracket reads as a person's (a title, an
honorific or a role noun before it) and holds no body's
head word, and the bracket does not spell its initials. A name read as a person's only by its
place in the sentence is not enough: "Chama cha Wananchi Huru (CWH)", "National Elections Jury
(JNE)" are cut or headless bodies' names. A seat in that bracket ("(Ado II)", "(Tampines
GRC)") names a place and no one (`seat_bracket`). Pure."""

from __future__ import annotations

from generator.extract import kind_cues as kc
from generator.extract import lexicon as lx
from generator.extract.name_runs import Run

__all__ = ["party_label", "seat_bracket"]

_PERSON = frozenset({"title", "honorific", "role_before", "person"})


def party_label(name: Run, evidence: set[str], parts: list[str], acronym: Run) -> bool:
    """Is the run `acronym`, in brackets right after the run `name` (of a cluster whose words
    are `parts` and whose mentions so far gave `evidence`), a label the person carries rather
    than the name's own initials? The title inside the run counts among the initials
    ("General Data Protection Regulation (GDPR)")."""
    if not evidence & _PERSON or "org" in evidence or "org_head" in evidence:
        return False
    if acronym.tokens[0].start - name.tokens[-1].end != 2:  # "Municipal manager Luyolo
        return _far_label(acronym)  # Dyantyi … after the Auditor-General of South Africa (AGSA)"
    if not lx.ORG_HEADS.isdisjoint(parts):
        return False
    words = [t.lower for t in name.title] + [p for p in parts if p not in lx.CONNECTORS]
    letters = "".join(ch for ch in acronym.text.casefold() if ch.isalpha())
    pieces = [piece for w in words for piece in w.split("-") if piece]  # "Auditor-General"
    if not letters or letters in _initials(words) | _initials(pieces):
        return False
    return not letters.endswith("".join(w[0] for w in words))  # "Banco [Atlântico Comercial]
    # (BAC)": the run lost the name's first word, and the bracket still ends in its initials


def _far_label(acronym: Run) -> bool:
    """Is the bracket `acronym`, far after a person's name, the initials of words between
    that were read as no name ("the Auditor-General of South Africa (AGSA)")? Capitalised
    words right before the bracket say so: they are not the person's."""
    lead = acronym.lead.rstrip(" (")
    last = lead.rsplit(None, 1)[-1] if lead.split() else ""
    return last[:1].isupper() and acronym.gap == " ("


def _initials(words: list[str]) -> set[str]:
    """The initials of the words and of each tail of them ("Chief Whip Jane Roe (JR)")."""
    return {"".join(w[0] for w in words[i:]) for i in range(len(words))}


def seat_bracket(name: Run, bracket: Run) -> bool:
    """Is the run `bracket` the whole of a bracket right after the person's name `name`, and
    a seat ("Mr Tunde Adeyemo (Ado II)", "Ms Nadia Rahman (Marsiling-Yew Tee GRC)", "Lim Wei
    Jie (PRP-Batu Kawan)")? A place, named for where the person sits, and no one."""
    if name.para != bracket.para or bracket.tokens[0].start - name.tokens[-1].end != 2:
        return False
    whole = bracket.gap == " (" and bracket.after.startswith(")")
    return whole and len(bracket.text.split()) >= 2 and kc.seat(bracket.text)  # not "(SNP)",
    # "(Greens/EFA)"
