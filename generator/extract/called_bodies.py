"""Which body a plain description stands for when its name lacks the kind word but the text
itself gave it that kind: "the industry regulator, Ofwat," or "Ofwat, the water regulator,"
then "the regulator said"; "the private bank Banque X" then "the bank said". For
`referents.descriptor`, beside "the central bank" (the one body named as a country's
central bank). Unclear when a second body was called so, or one fits the kind by its name.
Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from generator.extract import body_referents as br
from generator.extract import lexicon as lx
from generator.extract.body_kinds import ANY_BODY, KIND_WORDS, TRADING, fits_kind


def called_orgs(
    words: list[str],
    orgs: list[str],
    names: Mapping[str, str],
    called: Callable[[str, str], bool],
) -> list[str]:
    """The organisations (of `orgs`, named before) a plain "the <noun>" (`words`) stands for
    when none has the noun in its name: the central bank by its name's form, or the one
    body the text called a <noun> while no other body fits the kind by its name."""
    if words == ["central", "bank"]:  # "the central bank": the Bank of Thailand
        return [k for k in orgs if br.central_bank(names[k])]
    if len(words) != 1 or words[0] not in _KINDS:  # "the group", "the company" may be any
        return []  # body; "the opposition", "the port", "the minister" are no body's kind
    noun = words[0]
    fitting = [k for k in orgs if fits_kind(noun, names.get(k, ""))]
    said = [k for k in orgs if called(k, noun)]
    return said if len(said) == 1 and not set(fitting) - set(said) else []


# The words for a kind of body: not those any body may be called ("the group", "the
# company"), nor "the presidency", "the government" (their own rules), nor a person's.
_KINDS = (
    (
        lx.GENERIC_ORG_NOUNS
        | lx.BODY_NOUNS
        | lx.ORG_NOUNS
        | KIND_WORDS.keys()
        | lx.words("ombudsman")
    )
    - ANY_BODY
    - TRADING
    - lx.ROLE_NOUNS
    - lx.words("presidency government")
)
