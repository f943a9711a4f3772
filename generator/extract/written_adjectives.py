"""A participle of writing or speaking set right before its noun is an adjective, not a verb:
"The board's written decision, released Thursday, said", "In its written determination, the
panel found", "said in a written response to VOA that", "In a brief written statement, it
said". `speech.VERB_FORMS` counts "written" and "spoken" finite ("X had written, “…”"), so
before a noun they cut the phrase ("the commission's written decision" lost its head) or the
clause ("said in a written reply" read a second verb). `drop_adjectives(items)` takes them out
of a paragraph's chunks, and "the commission's written decision" reads as "the commission's
decision". Not after an auxiliary or an adverb ("had written letters to", "has since written
to"), nor before a preposition, a determiner or a pronoun ("a report written by X", "had
written it off"). Pure.
"""

from __future__ import annotations

from generator.extract import lexicon as lx
from generator.extract.chunks import Chunk

_PARTICIPLES = lx.words("written spoken")
# Before the participle, words that make it a verb's ("had written letters", "was written in").
_VERBAL = lx.words(
    """had has have having 've was were is are be been being also already since just never
    not jointly previously recently once twice then first later"""
)
# After it, words that are no noun: the participle is a verb's or heads its own clause.
_NOT_NOUNS = lx.DETERMINERS | lx.words(
    """to by in on for of at from with about before after into off down up out over under
    since during as than and or but nor that which who whom whose this these those it them
    him her me us you last back again also then there here so more yesterday today tonight
    earlier jointly"""
)


def drop_adjectives(items: list[Chunk]) -> None:
    """Delete each "written"/"spoken" chunk that stands between a word that is no auxiliary
    and a lowercase noun ("its written decision", "in written submissions")."""
    for k in range(len(items) - 2, 0, -1):
        c, before, after = items[k], items[k - 1], items[k + 1]
        if c.kind != "word" or c.text not in _PARTICIPLES or c.possessive:
            continue
        if before.kind not in ("word", "name", "num") or before.text in _VERBAL:
            continue
        if before.kind == "name" and not before.possessive:
            continue  # "Lee written …": a name before it is the verb's subject
        if after.kind != "word" or after.capital or after.text in _NOT_NOUNS:
            continue
        del items[k]
