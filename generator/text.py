"""Small pure text helpers shared by the stages: slugs, one-line fields, the name key,
clipping and quote-mark normalisation. No I/O, no state. (Sentences are split in one place,
`generator.extract.sentences`, which the story also uses for the sentences it quotes.)"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional overrides/isolates and zero-width characters: never part of an id, slug,
# file name or URL, and dropped from one-line fields (issue 5).
INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e"
        "\u2066\u2067\u2068\u2069\u200e\u200f\u00ad",
    ),
    None,
)
_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u2033": '"',
    }
)
# str.translate looks every character up in a dict; these regular expressions do the same
# replacements ten times faster (issue 7), and ASCII text, which holds none of them, is
# returned untouched.
_INVISIBLE_CHARS = re.compile("[" + "".join(map(chr, INVISIBLE)) + "]")
_QUOTE_CHARS = re.compile("[" + "".join(map(chr, _QUOTES)) + "]")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_SLUG_OK = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SPACES = re.compile(r"\s+")


# Of INVISIBLE, the ones worth telling an editor about: they reorder text or hide a
# difference between two names (soft hyphens and joiners in scraped copy are routine).
_SUSPICIOUS = re.compile("[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE")


def suspicious(text: str, *, bidi_only: bool = False) -> list[str]:
    """Bidirectional controls and zero-width characters in `text`, as 'U+202E', each once."""
    pattern = _BIDI if bidi_only else _SUSPICIOUS
    return list(dict.fromkeys(f"U+{ord(c):04X}" for c in pattern.findall(text)))


def mixed_script_words(text: str) -> list[tuple[str, list[str]]]:
    """Words that mix letters of look-alike scripts (Latin 'a' beside Cyrillic 'а'), with
    the scripts: how a pasted or spoofed name usually shows up."""
    out: list[tuple[str, list[str]]] = []
    if text.isascii():  # every ASCII letter is Latin
        return out
    for word in re.findall(r"\w+", unicodedata.normalize("NFC", text)):
        scripts = {
            script
            for c in word
            if c.isalpha()
            for script in _SCRIPTS
            if unicodedata.name(c, "").startswith(script + " ")
        }
        if len(scripts) > 1:
            out.append((word, [s.title() for s in _SCRIPTS if s in scripts]))
    return out


def normalise_quotes(text: str) -> str:
    """Curly and straight quote marks compare equal after this."""
    if text.isascii():
        return text
    return _QUOTE_CHARS.sub(lambda m: str(_QUOTES[ord(m.group())]), text)


def clean(text: str) -> str:
    """NFC, invisible characters dropped."""
    if text.isascii():
        return text
    return _INVISIBLE_CHARS.sub("", unicodedata.normalize("NFC", text))


def one_line(text: str) -> str:
    """A one-line field: cleaned, every run of white space (newlines too) one space."""
    return fold_spaces(clean(text)).strip()


def fold_spaces(text: str) -> str:
    """Every run of white space one space. Most text has only single ASCII spaces, and
    `isprintable()` is False for every other space character, so it is returned as is."""
    if "  " in text or not text.isprintable():
        return _SPACES.sub(" ", text)
    return text


def slugify(text: str) -> str:
    """Lowercase ASCII letters, digits and single hyphens; '' when nothing is left."""
    folded = unicodedata.normalize("NFKD", clean(text)).encode("ascii", "ignore").decode()
    return _SLUG_DROP.sub("-", folded.lower()).strip("-")


def is_slug(text: str) -> bool:
    return bool(_SLUG_OK.match(text))


def name_key(name: str) -> str:
    """How names are compared, by the story and by extraction alike: compatibility forms
    folded (NFKC: 'Ｋｅｉｒ' is 'Keir'), invisible characters dropped, case-folded, a curly
    apostrophe made straight ('O’Brien' is 'o'brien'), every run of spaces one space."""
    if name.isascii():
        folded = name.casefold()
    else:
        folded = unicodedata.normalize("NFKC", clean(name)).casefold().replace("’", "'")
    return " ".join(folded.split())


def clip(text: str, size: int, at_word: bool = False) -> str:
    """`text` cut to at most `size` characters, ending in '…' when cut (no space before it).
    With `at_word`, the cut falls between words (a preview never ends mid-word), and
    punctuation left dangling before the '…' goes too."""
    if len(text) <= size:
        return text
    cut = text[: size - 1]
    if at_word:
        space = cut.rfind(" ")
        if space > 0 and cut[-1].isalnum() and text[size - 1].isalnum():
            cut = cut[:space]
        cut = cut.rstrip(" ,;:—–-(“‘\"'")
    return cut.rstrip() + "…"
