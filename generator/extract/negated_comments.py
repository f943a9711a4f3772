"""A quotation after "would not comment" inside a reported clause: "The Labour Party said it
would not comment on a report “still before Parliament”", "… said the council would not
comment further “while an appeal remains possible”", "Crestline Forensics said it did not
comment on “live client engagements”". A negated verb of saying says nothing, so its own
subject gives no speaker; but the quotation (what it will not comment on, or why, or a
clause after it) is in the words of the one who reports the refusal; so is one after "would
not call off the strike until “…”", where "call off" says nothing. `negated_comment(row,
j, qi)` lets the cue search go on past the negated "comment" at `j` to that reporter; with
no reporter before it in the sentence ("Ms X would not comment on “…”") the quotation stays
unclear, and so it does when two could be meant: a named subject of the refusal ("the
premier's office said MacEachern would not comment … “until …”": his words or the office's),
a reporter who is a person's spokesperson ("A spokesperson for commissioner X … said the
office does not comment on “…”": never X), or an "-ing" reporter ("…, confirmed on Monday,
saying … the commission could not comment further “as …”": whose "saying" is unsure). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract import lexicon as lx
from generator.extract import speech as sp
from generator.extract.clauses import Chunk, is_word
from generator.extract.passive_adjuncts import reporting_verb

NEGATED = "denied or negated"  # the reason `verb_cues.verb_cue` gives a negated verb
_COMMENT = lx.words("comment comments commenting")
_CALL = lx.words("call calls called calling")
_CLAUSE_ENDS = frozenset({";", ":", "—", "(", ")"})


def negated_comment(row: Sequence[Chunk], j: int, qi: int) -> bool:
    """Is the quotation at `qi` after the negated "comment" at `j`, in its clause, with a
    verb of saying reporting that clause before it?"""
    called_off = row[j].text in _CALL and is_word(row, j + 1, "off")  # "would not call off
    if row[j].kind != "word" or not (row[j].text in _COMMENT or called_off):  # the strike
        return False  # until “…”": no verb of saying at all
    if qi <= j or qi - j > 12:
        return False
    between = row[j + 1 : qi]
    if any(c.kind == "quote" or (c.kind == "punct" and c.text in _CLAUSE_ENDS) for c in between):
        return False
    said = reporting_verb(row, j)
    if said < 0 or sp.VERB_FORMS.get(row[said].text) != "finite":
        return False
    first = said + 1 + is_word(row, said + 1, "that")
    if row[first].kind == "name":
        return False  # "said MacEachern … would not comment": his words, or the reporter's
    return not _proxy_of_person(row, said)


_PROXIES = lx.words("spokesperson spokesman spokeswoman aide aides spokespeople")


def _proxy_of_person(row: Sequence[Chunk], said: int) -> bool:
    """Is the reporter at `said` "a spokesperson for (commissioner) X", X a person named
    with no comma between (not "a spokesperson for the attorney general, Kyle Brandt,")?"""
    for k in range(said - 1, 0, -1):
        if row[k].kind == "punct":
            return False
        if is_word(row, k, "for") and is_word(row, k - 1, *_PROXIES):
            ahead = row[k + 1 : said]
            person = next((c.mention for c in ahead if c.kind == "name"), None)
            commas = any(c.kind == "punct" for c in ahead)
            return person is not None and person.kind == "person" and not commas
    return False
