"""Where one capitalised run holds several names, for `name_runs`: "Starmer and Trump", a
person and the organisation after "of" ("Inspector Sam Reid of the Metropolitan Police"),
but one name in "Competition and Markets Authority" and "Ministry of Energy and Water
Resources". Pure.
"""

from __future__ import annotations

from generator.extract import body_forms as bf
from generator.extract import civic_bodies as cb
from generator.extract import joined_bodies as jb
from generator.extract import lexicon as lx
from generator.extract import name_evidence as ne
from generator.extract import name_joins as nj
from generator.extract.name_titles import OPENING_ROLES, after_link, title_end
from generator.extract.sentences import Token

_KINDS = lx.words("association group campaign coalition alliance network charity movement")


# Parts of a body named "<Part> of <Body>" ("the Anti-Corruption Division of the High Court",
# "the Madurai Bench of the Madras High Court", "the SEC's Division of Enforcement")
_UNITS = lx.words("division bench section branch")


def _comma_list(toks: tuple[Token, ...], run: list[int]) -> bool:
    """Does a comma stand between two words of `run` (a list of fields, "Film, Newspaper")?"""
    return any(toks[b].start - toks[a].end == 2 for a, b in zip(run, run[1:], strict=False))


def _unit_of(toks: tuple[Token, ...], run: list[int], words: list[str], cut: int) -> bool:
    """Is the word before the first "of" (at `cut`) a part of a body after an article or a
    possessive right before it ("the Land Division of", "the SEC's Division of"), the name no
    title's nor a person's ("a Division Bench of Justices X and Y": the judges; "Maya Branch
    of the Kestrel Trust": no article, a person)?"""
    before = toks[run[0] - 1] if run[0] > 0 else None
    led = before is not None and before.lower in {"the", "a", "its"}
    led = led or (before is not None and before.possessive and cut == 1)  # "X's Division of"
    return (
        led
        and cut >= 1
        and words[cut - 1] in _UNITS
        and cut + 1 < len(words)
        and not any(w.rstrip("s.") in lx.ROLE_NOUNS | lx.HONORIFICS for w in words)
    )


# Heads of a fraternal body named "<Head> of <Members>" ("Fraternal Order of Police Lodge 14",
# "the Brotherhood of Locomotive Engineers"): no person's name before "of".
_ORDERS = lx.words("order brotherhood sisterhood fraternity")
_PEERS = frozenset({"lord", "lady", "baroness", "baron", "viscount", "viscountess"})
# unions taken once, not per call or per word (issue 12, speed)
_LEADS, _BODY_HEADS = lx.HONORIFICS | lx.ROLE_MODIFIERS, lx.ORG_HEADS | _ORDERS
_NOT_ALONE = lx.ROLE_NOUNS | lx.ORG_HEADS | lx.ORG_NOUNS


def split_run(
    toks: tuple[Token, ...],
    run: list[int],
    common: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> list[list[int]]:
    """Split "Starmer and Trump" (but not "Competition and Markets Authority"), and a person
    from the organisation after "of" ("Inspector Sam Reid of the Metropolitan Police",
    "Dennis Mandudzo of the University of Zimbabwe"). `common`: the words the text writes in
    lower case; `names`: those it uses as a name alone (`jb.field_joined`)."""
    words = [toks[i].lower for i in run]
    titles = [  # not "Justice" in "the Midwest Justice Clinic"
        j
        for j, w in enumerate(words)
        if w in lx.TITLE_WORDS
        and not after_link(words, j)
        and not (j + 1 < len(words) and words[j + 1] in lx.ORG_HEADS)
    ]
    after = toks[run[-1] + 1] if run and run[-1] + 1 < len(toks) else None
    if after is not None and not after.capitalised and after.lower in _KINDS:
        return [run]  # "The Mothers of Rogatica association": one body's name, then its kind
    if cb.civic_name([toks[i] for i in run]):
        return [run]  # "the City of Harwick", "the Town of Harrow Bay": a council's name
    if (titled_parts := _titled_person_of(toks, run)) is not None:
        return titled_parts
    if "of" in words:
        cut = words.index("of")
        if _unit_of(toks, run, words, cut):
            return [run]  # "the Land Division of the High Court", "Division of Enforcement"
        if (
            cut == 2
            and len(words) == 4
            and words[0] in _PEERS
            and toks[run[3]].lower not in lx.ORG_HEADS
        ):
            return [run]  # "Lord Pellow of Ardleigh", "Baroness Hale of Richmond": a peer's name
        left, right = run[:cut], run[cut + 1 :]
        if _firm_of_place(words, cut, [toks[i] for i in right]):
            return [left, right]  # "Vantage Ridge Minerals of Tucson, Arizona": a firm, its town
        while right and toks[right[0]].lower in lx.CONNECTORS:
            right = right[1:]
        named = words[titles[-1] + 1 if titles and titles[-1] < cut else 0 : cut]
        right_words = [toks[i].lower for i in right]
        titled = bool(titles) and titles[0] < cut and len(named) >= 2
        lead = 0  # "Associate Professor Cheong Wai Kit of the …", "Mr Tan Ah Kow of the …"
        while lead < cut - 2 and words[lead].rstrip(".") in _LEADS:
            lead += 1
        if lead == 0 < cut - 2 and toks[run[0]].sentence_start and words[0] in OPENING_ROLES:
            lead = 1  # "Lawmaker Yohanes Situmorang of House Commission IV": a role, then X Y
        the = cut + 1 < len(words) and words[cut + 1] == "the"  # "Rosa Elvira Quispe Huamán of
        firm = bool(right_words) and right_words[-1] in lx.COMPANY_ENDINGS | {"partners"}
        # "Mr X Y of Y & Partners", "Mr Harpreet Singh Dhillon of Dhillon & Partners",
        # "Jeremy Fong Wai Kit of Fong & Partners" (four words before a firm)
        person_then_org = (  # the Andean …", "Dennis Mandudzo of the University of Zimbabwe"
            not titles
            and 2 <= len(left) - lead <= 3 + (the or firm)
            and (the or firm or (len(right) >= 2 and (len(left) - lead == 2 or lead > 0)))
            and not any(w in _BODY_HEADS for w in words[:cut])
            and (
                any(w in lx.ORG_HEADS for w in right_words)
                or bf.advocacy(right_words)
                or (the and _kind_after(toks, run))  # "X Y of the Liberal Renewal party"
            )
        )
        alone = len(left) == 1 and words[0] not in _NOT_ALONE
        if titled or person_then_org or (alone and _initials_after(toks, run, right)):
            return [p for p in (left, right) if p]
        plural_role = len(left) == 1 and words[0].endswith("s") and ne.is_role_noun(words[0][:-1])
        if plural_role and len(right) >= 2:
            return [right]  # "Officers of the United Kingdom Border Force": the organisation
        if (
            titles
            and all(w in lx.TITLE_WORDS for w in words[:cut])
            and (any(w in lx.ORG_HEADS for w in right_words) or bf.advocacy(right_words))
        ):  # "Chairman of the Federal Election Commission"; not "Member of Parliament X Y"
            org_at = [k for k, w in enumerate(right_words) if w in lx.ORG_HEADS]
            person = bool(org_at) and len(right_words) - org_at[-1] > 2  # "Inspector of Fire
            # Services Daniel Achebe": a title, then a person
            legislature = right_words[0] in lx.LEGISLATURES and len(right) >= 3
            return [run] if legislature or person else [right]
    if "and" in words:  # "Deutsche Bank and Goldman Sachs": two names, the first complete
        cut = words.index("and")
        if all(w in lx.TITLE_WORDS or w == "and" for w in words):
            return [run]  # "Comptroller and Auditor General": one office's title
        link = next((k for k, w in enumerate(words[:cut]) if w in {"of", "on", "for"}), 0)
        listed = words[link] != "for" or _comma_list(toks, run[link:cut])  # "Office for Film,
        if link and words[link - 1] in lx.ORG_HEADS and listed:  # Newspaper and Article
            return [run]  # Administration"; "Committee on Banking, Insurance and Other …";
            # "Ministry of Energy and Water Resources"; not "Institute for X and Amnesty …"
        if jb.field_joined(toks, run, cut, common, names):
            return [run]  # "Crown-Indigenous Relations and Northern Affairs Canada"
        if jb.one_field_joined(toks, run, cut) or jb.titled_pair(toks, run):
            return [run]  # "the Community and Public Sector Union", "told The Globe and Mail"
        left, right = run[:cut], run[cut + 1 :]
        if titles and titles[0] < cut - 2 and words[titles[0] + 1] in {"for", "of"}:
            return [run]  # "Minister for Energy and Mining Helen Tarrant": one portfolio
        if cut + 1 < len(words) and words[cut + 1] == "the" and left and len(right) >= 2:
            return [left, right[1:]]  # "Parliament and the Council": "and the" opens another
        heads = lx.ORG_HEADS - (lx.SECTOR_HEADS if words[-1] in lx.ORG_HEADS else set())
        if words[cut - 1] in heads and len(right) >= 2 and toks[right[0]].capitalised:
            return [p for part in (left, right) for p in split_run(toks, part)]
        company = words[-1].rstrip(".") in lx.COMPANY_ENDINGS and len(right) >= 2
        if company and len(left) >= 2 and not set(words[:cut]) & lx.CONNECTORS:
            return [left, right]  # "Apex Foods and Gristmill Inc": a company and another
    after = toks[run[-1] + 1] if run and run[-1] + 1 < len(toks) else None
    headed = after is not None and after.lower in lx.LOWER_ORG_HEADS and not after.capitalised
    before = toks[run[0] - 1] if run and run[0] > 0 else None  # "the group Patients and …"
    headed = headed or (before is not None and before.text in bf.GROUP_NOUNS)
    unit = words[-1:] != [] and words[-1] in nj.UNION_UNITS and "of" not in words
    headed = headed or unit  # "United Bakery and Food Workers Local 208"
    if any(w in lx.ORG_HEADS for w in words) or bf.one_body([toks[i] for i in run]) or headed:
        return [run]  # "the Freedom and Sovereignty party": one name before its head
    split_on = {"and"} if titles else {"and", "of", "for", "the"}
    parts: list[list[int]] = [[]]
    for i in run:
        if toks[i].lower in split_on:
            parts.append([])
        elif toks[i].lower not in lx.CONNECTORS or parts[-1] or toks[i].capitalised:
            parts[-1].append(i)
    return [nj.trim(toks, p) for p in parts if p]


_FIRM_ENDS = lx.SECTOR_HEADS | lx.COMPANY_ENDINGS


def _kind_after(toks: tuple[Token, ...], run: list[int]) -> bool:
    """A body's kind in lower case right after the run ("… of the Liberal Renewal party")."""
    after = toks[run[-1] + 1] if run[-1] + 1 < len(toks) else None
    return after is not None and not after.capitalised and after.lower in lx.LOWER_ORG_HEADS


def _firm_of_place(words: list[str], cut: int, right: list[Token]) -> bool:
    """ "Halvern Pharmaceuticals of Leicester", "Greenline Grounds LLC of Cicero": a firm's
    name of two words or more that ends in its trade or legal form, then "of" and one or two
    capitalised words with no body's head, the town it is from (not "Chamber of Mining
    Industries of Zambia", "Bank of …": the first "of" follows no firm's ending)."""
    if cut < 2 or words[cut - 1].rstrip(".") not in _FIRM_ENDS or not 1 <= len(right) <= 2:
        return False
    if any(w in lx.ORG_HEADS or w in lx.CONNECTORS for w in words[: cut - 1]):
        return False
    return all(t.capitalised and t.lower not in _BODY_HEADS for t in right)


def _initials_after(toks: tuple[Token, ...], run: list[int], right: list[int]) -> bool:
    """ "Kurniawati of Electoral Integrity Watch (EIW)": the bracketed initials right after
    the run are those of the body after "of" alone, not of the whole run."""
    k = run[-1] + 1
    if k >= len(toks) or toks[k].start != toks[run[-1]].end + 2 or len(right) < 2:
        return False
    initials = "".join(toks[i].text[0] for i in right if toks[i].lower not in lx.CONNECTORS)
    return toks[k].text == initials.upper()


def _titled_person_of(toks: tuple[Token, ...], run: list[int]) -> list[list[int]] | None:
    """ "Leader of the Opposition Rana Imtiaz Qureshi of the Awami Jamhoori Mahaz": a title
    holding an "of", a name of two to four words, then "of the" and a body of two words or
    more: the titled person, then the body."""
    words = [toks[i] for i in run]
    end = title_end(words) if len(words) >= 5 else -1
    if end < 2 or not any(w.lower == "of" for w in words[1:end]):
        return None
    cut = next((k for k in range(end + 3, len(words)) if words[k].lower == "of"), -1)
    if cut < 0 or not 2 <= cut - end - 1 <= 4 or cut + 1 >= len(words):
        return None
    name = words[end + 1 : cut]
    if words[cut + 1].lower != "the" or any(not w.capitalised for w in name):
        return None
    body = run[cut + 2 :]
    return [run[:cut], body] if len(body) >= 2 else None
