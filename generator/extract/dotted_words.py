"""Short dotted words that sit inside a sentence although a capital or a digit follows them.

`runs_on(before, text, at)`: does the "." at `at - 1`, after the last word of `before` (the
sentence so far, split once from the right), leave its sentence open? (issue 12, round 28.)

- A title written short before a name, in American (AP), Philippine and Nigerian news:
  "Deputy Dist. Atty. Raymond Keel said", "led by Ald. Thomas Kowalczyk, 41st", "The Minister
  of Works, Engr. Nnamdi Ezeakor", "Sault Ste. Marie". None of these is a word, so a capital
  after them never opens a sentence. Capitalised only ("20 ft. The" is feet).
- "Barr." (barrister), also a surname: only right after a comma or opening the sentence
  ("His counsel, Barr. Emeka Nwosu", not "said William Barr. The").
- A firm's name before its legal ending ("Aquaflow Infra Projects Pvt. Ltd.").
- "a.m."/"p.m." before a weekday, a month or a time zone ("from 7 p.m. Friday to 7 a.m.
  Monday", "at 6 a.m. ET Wednesday", "at 6:30 p.m. Sept. 29"); before any other capital it
  often ends the sentence ("shortly after 2 a.m. They were stopped").

Set lookups only: the splitter runs on every paragraph.
"""

from __future__ import annotations

import re

from generator.extract import lexicon as lx

# Capitalised titles and place words written short ("Ald.", "Atty.", "Mt.", "Ft.", "Ste.");
# "Ch.", "Ts.", "Kh.": a Mongolian or Telugu initial of two letters ("Opposition MP Ch. Solongo").
_COMMA_TITLES = frozenset({"barr"})  # a surname as well ("said William Barr. The")
_NAME_TITLES = (lx.SHORT_TITLES - _COMMA_TITLES) | lx.words("asst assoc fr mt ft ste ch ts kh")
# A firm's name before its legal ending: "Aquaflow Infra Projects Pvt. Ltd.", "Pte. Ltd."
_FIRM_PARTS = lx.words("pvt pte sdn")
_FIRM_ENDINGS = lx.COMPANY_ENDINGS | {"bhd"}
_TIMES = frozenset({"a.m", "p.m"})
_ZONES = lx.words("et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist")
_TIME_FOLLOWERS = frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS) | _ZONES
_NEXT = re.compile(r"\s*[\"“‘'(]*([^\s,.;:\"”’)]*)")


def runs_on(before: list[str], text: str, at: int) -> bool:
    """Does the dot before `at` close a short word that leaves its sentence open?"""
    if not before or text[at - 1 : at] != "." or (at >= 2 and text[at - 2] in ".!?"):
        return False
    word = before[-1].lstrip("\"“‘'(")
    low = word.casefold()
    if word[:1].isupper() and low in _NAME_TITLES:
        return True
    if word[:1].isupper() and low in _COMMA_TITLES:
        return len(before) == 1 or before[0].rstrip().endswith(",")
    if low in _TIMES or low in _FIRM_PARTS:
        found = _NEXT.match(text, at)
        following = found.group(1) if found else ""
        return following.casefold() in (_TIME_FOLLOWERS if low in _TIMES else _FIRM_ENDINGS)
    return False
