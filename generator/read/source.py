"""Read one source file: bytes in, a `RawSource` (located front matter + body) out.

`read_source(data, path)` never raises: every problem becomes a `Diagnostic` whose line is
the 1-based line of the source file itself (not of the YAML block). What it guarantees:

- text is UTF-8 (a byte-order mark is dropped), line endings are `\\n`;
- front matter, when the file opens with `---`, is a YAML mapping read with every scalar as a
  string (no YAML 1.1 typing: `no`, `012345`, `12:30`, `1.10` stay as written), no tags, no
  aliases (never expanded), no duplicate keys; each key path's line is recorded
  (`FrontMatter.line`). A value with a tag, an alias (reported at its anchor's line), a key
  given twice or nesting too deep is an error that leaves out that value only (issue 11);
  front matter that is not YAML, or not a mapping, leaves out the document (None).
- the body is everything after the closing fence (or the whole text without front matter).

python-frontmatter is not used for reading because it drops non-mapping front matter silently,
ignores front matter after a BOM, treats a missing closing fence as body and passes raw PyYAML
errors without a file name (see STYLE.md); it is used to write generated pages.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.diagnostics import Diagnostic, error, warning
from generator.limits import (
    MAX_DEPTH,
    MAX_FRONT_MATTER_BYTES,
    MAX_LINE_CHARS,
    MAX_MARKUP_CHARS,
    kib,
)
from generator.read.yaml_errors import yaml_error
from generator.render.escape import SPECIAL

Path_ = tuple[str | int, ...]
Value = str | None | list["Value"] | dict[str, "Value"]

_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
# Line breaks for editors and YAML alike: CRLF, CR, NEL, LINE and PARAGRAPH SEPARATOR.
_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
# What YAML refuses as unprintable (except tab and newline): C0/C1 controls, DEL,
# U+FFFE/U+FFFF. Surrogates cannot survive UTF-8 decoding.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_MARKUP = re.compile("[" + re.escape(SPECIAL) + "]")
_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_NULLS = {"", "~", "null", "Null", "NULL"}
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}


@dataclass(frozen=True)
class FrontMatter:
    """A front-matter mapping of plain values, with the source line of every key path."""

    data: dict[str, Value]
    lines: dict[Path_, int] = field(default_factory=dict)
    start_line: int = 1

    def line(self, *path: str | int) -> int:
        """The line of `path`, or of its nearest recorded ancestor, or of the opening fence."""
        key: Path_ = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.start_line


@dataclass(frozen=True)
class RawSource:
    """One source file as read: front matter (None when the file has none) and body."""

    path: str
    front: FrontMatter | None
    body: str
    body_line: int
    digest: str


_ALIAS = "!explainer/alias"  # the tag of the placeholder an alias becomes


class _Loader(yaml.SafeLoader):
    """Composes YAML nodes without resolving implicit types: every plain scalar is a string.

    An alias is never resolved: where one is met, an empty placeholder node stands in for
    it, and `aliases` records its name and the anchor it repeats, for the walker to report
    at the anchor's line and leave out. A 500-byte "billion laughs" never expands."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        # id(placeholder) → (alias name, the anchored node, or None when no anchor has it)
        self.aliases: dict[int, tuple[str, Node | None]] = {}

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(AliasEvent):
            event = self.get_event()  # type: ignore[no-untyped-call]
            node = ScalarNode(_ALIAS, "", event.start_mark, event.end_mark)
            self.aliases[id(node)] = (event.anchor, self.anchors.get(event.anchor))
            return node
        return super().compose_node(parent, index)


# Drop every implicit resolver (bool, int, float, timestamp, null, ...): our schema reads strings.
_Loader.yaml_implicit_resolvers = {}

_FastLoader: type[yaml.CSafeLoader] | None = None
if yaml.__with_libyaml__:

    class _CLoader(yaml.CSafeLoader):
        """The same, parsed by libyaml: about ten times faster (issue 7)."""

    _CLoader.yaml_implicit_resolvers = {}
    _FastLoader = _CLoader

# Where the two parsers are known to differ (tabs; what PyYAML's reader refuses), the
# block goes straight to the pure-Python parser.
_NOT_FOR_LIBYAML = re.compile(
    "\t|[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def decode(data: bytes, path: str) -> tuple[str | None, list[Diagnostic]]:
    """Bytes → text with `\\n` line endings, or None and an error saying why.

    Line breaks are whatever an editor or YAML counts as one (CRLF, CR, NEL, U+2028/9), so
    line numbers agree everywhere; control characters (which YAML refuses and browsers hide)
    are removed with a warning."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return None, [error(path, 1, f"the file is saved as {name}; re-save it as UTF-8")]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return None, [error(path, line, "this is a binary file, not text (it contains NUL bytes)")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1].hex()
        return None, [
            error(path, line, f"not valid UTF-8 (byte 0x{bad}); re-save the file as UTF-8")
        ]
    text = _BREAKS.sub("\n", text)
    problems: list[Diagnostic] = []
    found = _CONTROL.search(text)
    if found:
        count = len(_CONTROL.findall(text))
        line = text.count("\n", 0, found.start()) + 1
        problems.append(
            warning(
                path,
                line,
                f"{count} control character{'s' * (count != 1)} (first U+{ord(found.group()):04X})"
                " removed; they are invisible and not text",
            )
        )
        text = _CONTROL.sub("", text)
    return text, problems


def read_source(data: bytes, path: str) -> tuple[RawSource | None, list[Diagnostic]]:
    """Read one file's bytes. Returns None (with errors) when nothing usable is left, and
    None with a warning for an empty file (there is nothing to publish)."""
    # The digest is of the decoded text, so a CRLF and an LF copy are the same document.
    text, problems = decode(data, path)
    if text is None:
        return None, problems
    if not text.strip():
        return None, [*problems, warning(path, 1, "the file is empty; it is skipped")]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    lines = text.split("\n")
    long_lines = [i for i, line in enumerate(lines) if len(line) > MAX_LINE_CHARS]
    if long_lines:
        first = long_lines[0]
        return None, [
            *problems,
            error(
                path,
                first + 1,
                f"line is {len(lines[first]):,} characters long; the limit is "
                f"{MAX_LINE_CHARS:,} (split it into paragraphs with blank lines)",
            ),
        ]
    markup = len(_MARKUP.findall(text))
    if markup > MAX_MARKUP_CHARS:
        return None, [
            *problems,
            error(
                path,
                1,
                f"{markup:,} characters Markdown reads as syntax (such as [ * _ < &); the limit "
                f"is {MAX_MARKUP_CHARS:,} per file (is this really prose?)",
            ),
        ]
    start = next(i for i, line in enumerate(lines) if line.strip())
    if not _FENCE.match(lines[start]):
        return RawSource(path, None, text, 1, digest), problems
    close = next((i for i in range(start + 1, len(lines)) if _CLOSE.match(lines[i])), None)
    if close is None:
        return None, [
            *problems,
            error(
                path,
                start + 1,
                f"front matter opened with '---' on line {start + 1} is never closed with '---'",
            ),
        ]
    block = "\n".join(lines[start + 1 : close])
    if len(block.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        return None, [
            *problems,
            error(
                path,
                start + 1,
                f"front matter is {kib(len(block.encode('utf-8')))}; the limit is "
                f"{kib(MAX_FRONT_MATTER_BYTES)}",
            ),
        ]
    body = "\n".join(lines[close + 1 :])
    front, yaml_problems = parse_front_matter(block, path, first_line=start + 2)
    problems += yaml_problems
    if front is None:
        return None, problems
    return RawSource(path, front, body, close + 2, digest), problems


def parse_front_matter(
    block: str, path: str, first_line: int
) -> tuple[FrontMatter | None, list[Diagnostic]]:
    """Parse a YAML block that starts on `first_line` of the file into a FrontMatter.

    libyaml parses it when installed (ten times faster: issue 7); a block it finds any
    problem with, or that holds what the two parsers are known to treat differently, is
    parsed again by PyYAML's own parser, so every diagnostic keeps PyYAML's wording."""
    if not block.strip():
        return FrontMatter({}, {}, first_line - 1), []
    if _FastLoader is not None and not _NOT_FOR_LIBYAML.search(block):
        front, problems = _parse(block, path, first_line, _FastLoader)
        if not problems:
            return front, problems
    return _parse(block, path, first_line, _Loader)


def _parse(
    block: str, path: str, first_line: int, loader: type[yaml.SafeLoader] | type[yaml.CSafeLoader]
) -> tuple[FrontMatter | None, list[Diagnostic]]:
    """The block's front matter, or None when it cannot be parsed. A problem inside a
    parsed mapping (a tag, an alias, a key given twice) costs that value only."""
    composer = loader(block)
    try:
        node = composer.get_single_node()
    except yaml.MarkedYAMLError as exc:
        return None, [yaml_error(exc, path, first_line)]
    except yaml.YAMLError as exc:
        return None, [error(path, first_line, f"front matter is not valid YAML: {exc}")]
    except RecursionError:
        return None, [error(path, first_line, "front matter is nested too deeply")]
    finally:
        composer.dispose()
    if node is None:
        return FrontMatter({}, {}, first_line - 1), []
    if not isinstance(node, MappingNode):
        what = "a list" if isinstance(node, SequenceNode) else "a single value"
        line = first_line + node.start_mark.line
        return None, [
            error(path, line, f"front matter must be 'key: value' lines, but this is {what}")
        ]
    walker = _Walker(path, first_line, block.split("\n"), getattr(composer, "aliases", {}))
    try:
        data = walker.value(node, ())
    except RecursionError:
        return None, [error(path, first_line, "front matter is nested too deeply")]
    walker.report_aliases()
    if not isinstance(data, dict):  # a tag on the whole mapping ("!!python/name:x" above it)
        line = first_line + node.start_mark.line
        tag = _short_tag(node.tag)
        return None, [
            error(path, line, f"YAML tag '{tag}' on the front matter is not allowed; remove it")
        ]
    return FrontMatter(data, walker.lines, first_line - 1), walker.problems


class _Walker:
    """Turns a composed node tree into plain values, recording lines and refusing what our
    schema never needs (tags, aliases) and what PyYAML gets wrong (duplicate keys). Each
    refusal is an error that leaves out that value; the rest is kept."""

    def __init__(
        self,
        path: str,
        first_line: int,
        lines: list[str],
        aliases: dict[int, tuple[str, Node | None]],
    ) -> None:
        self.path = path
        self.block_lines = lines
        self.first_line = first_line
        self.lines: dict[Path_, int] = {}
        self.problems: list[Diagnostic] = []
        self._seen: dict[int, Path_] = {}  # id(node) → where it was first met
        self._aliases = aliases
        self._repeats: dict[str, list[tuple[int, Path_]]] = {}  # anchor → (line, keys) of aliases

    def _refuse(self, node: Node, message: str, keys: Path_, unit: Path_ | None = None) -> None:
        """An error at `node` that leaves out the value at `unit` (default: `keys`)."""
        field, lost = self._where(keys), self._where(keys if unit is None else unit)
        self.problems.append(error(self.path, self._line(node), message, field, "value", lost))

    def report_aliases(self) -> None:
        """One error per anchor that aliases repeat, at the anchor's line (issue 11)."""
        for name, uses in self._repeats.items():
            anchored = next((a for n, a in self._aliases.values() if n == name and a), None)
            lines = sorted({line for line, _ in uses})
            at = f"line{'s' * (len(lines) > 1)} {', '.join(map(str, lines))}"
            if anchored is None:
                self.problems.append(
                    error(
                        self.path,
                        lines[0],
                        f"'*{name}' is a YAML alias of no anchor; aliases are not allowed, "
                        "so it is left out: write the value out",
                        self._where(uses[0][1]),
                        "value",
                        f"*{name}",
                    )
                )
                continue
            self.problems.append(
                error(
                    self.path,
                    self._line(anchored),
                    f"YAML anchor '&{name}' is repeated by the alias '*{name}' on {at}; "
                    "aliases are not allowed, so the repeats are left out: write the value "
                    "out where it is needed",
                    self._where(self._seen.get(id(anchored), ())),
                    "value",
                    f"*{name}",
                )
            )

    def _line(self, node: Node) -> int:
        return self.first_line + node.start_mark.line

    def _where(self, keys: Path_) -> str:
        return _field_name(keys)

    def value(self, node: Node, keys: Path_) -> Value:
        if len(keys) > MAX_DEPTH:
            self._refuse(node, "front matter is nested too deeply", keys)
            return None
        if id(node) in self._aliases:
            name = self._aliases[id(node)][0]
            self._repeats.setdefault(name, []).append((self._line(node), keys))
            return None
        if id(node) in self._seen:  # libyaml's composer shares the anchored node instead
            self._refuse(node, "YAML aliases (*name) are not allowed; write the value out", keys)
            return None
        self._seen[id(node)] = keys
        if node.tag not in _STANDARD_TAGS:
            self._refuse(node, f"YAML tag '{_short_tag(node.tag)}' is not allowed; remove it", keys)
            return None
        if isinstance(node, ScalarNode):
            text = str(node.value)
            # plain style is None for PyYAML's parser, "" for libyaml's
            return None if not node.style and text in _NULLS else text
        if isinstance(node, SequenceNode):
            for i, item in enumerate(node.value):
                self.lines.setdefault((*keys, i), self._line(item))
            return [self.value(item, (*keys, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        return self._mapping(node, keys)

    def _mapping(self, node: MappingNode, keys: Path_) -> dict[str, Value]:
        out: dict[str, Value] = {}
        for key_node, value_node in node.value:
            line = self._line(key_node)
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _STANDARD_TAGS:
                self._refuse(
                    key_node,
                    "a key must be a plain word like 'title', not a list or mapping",
                    keys,
                    (*keys, f"line {line}"),
                )
                continue
            key = str(key_node.value)
            if key in out:
                first = self.lines[(*keys, key)]
                self._refuse(
                    key_node,
                    f"'{key}' is given twice (first on line {first}, which is kept)",
                    keys,
                    (*keys, f"{key} line {line}"),
                )
                continue
            self.lines[(*keys, key)] = line
            out[key] = self.value(value_node, (*keys, key))
            if out[key] is None and _comment_ate_value(value_node, self.block_lines):
                self.problems.append(
                    warning(
                        self.path,
                        line,
                        "value starts with '#', which YAML reads as a "
                        "comment, so it is empty; put the value in quotes",
                        self._where((*keys, key)),
                    )
                )
        return out


def _comment_ate_value(node: Node, lines: list[str]) -> bool:
    """True when a key's empty value is followed on the same line by a `#` comment."""
    mark = node.start_mark
    rest = lines[mark.line][mark.column :] if mark.line < len(lines) else ""
    return isinstance(node, ScalarNode) and node.value == "" and rest.lstrip().startswith("#")


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org") else tag


def _field_name(keys: Path_) -> str:
    """('people', 1, 'id') → 'people[1].id' (0-based like the YAML list, shown 1-based)."""
    out = ""
    for key in keys:
        out += f"[{key + 1}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out
