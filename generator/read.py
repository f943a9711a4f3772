"""Read one source file: bytes in, a `RawSource` (located front matter + body) out.

`read_source(data, path)` never raises: every problem becomes a `Diagnostic` whose line is
the 1-based line of the source file itself (not of the YAML block). What it guarantees:

- text is UTF-8 (a byte-order mark is dropped), line endings are `\\n`;
- front matter, when the file opens with `---`, is a YAML mapping read with every scalar as a
  string (no YAML 1.1 typing: `no`, `012345`, `12:30`, `1.10` stay as written), no tags, no
  anchors or aliases, no duplicate keys; each key path's line is recorded (`FrontMatter.line`);
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
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.diagnostics import Diagnostic, error, warning

Path_ = tuple[str | int, ...]
Value = str | None | list["Value"] | dict[str, "Value"]

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


class _Loader(yaml.SafeLoader):
    """Composes YAML nodes without resolving implicit types: every plain scalar is a string."""


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
    """Bytes → text with `\\n` line endings, or None and an error saying why."""
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
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def read_source(data: bytes, path: str) -> tuple[RawSource | None, list[Diagnostic]]:
    """Read one file's bytes. Returns None (with errors) when nothing usable is left."""
    digest = hashlib.sha256(data).hexdigest()
    text, problems = decode(data, path)
    if text is None:
        return None, problems
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return RawSource(path, None, text, 1, digest), problems
    close = next((i for i in range(1, len(lines)) if _CLOSE.match(lines[i])), None)
    if close is None:
        return None, [
            error(path, 1, "front matter opened with '---' on line 1 is never closed with '---'")
        ]
    block = "\n".join(lines[1:close])
    body = "\n".join(lines[close + 1 :])
    front, yaml_problems = parse_front_matter(block, path, first_line=2)
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
    try:
        node = yaml.compose(block, Loader=loader)  # noqa: S506 - both are SafeLoaders
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_error(exc, path, first_line)]
    except yaml.YAMLError as exc:
        return None, [error(path, first_line, f"front matter is not valid YAML: {exc}")]
    except RecursionError:
        return None, [error(path, first_line, "front matter is nested too deeply")]
    if node is None:
        return FrontMatter({}, {}, first_line - 1), []
    if not isinstance(node, MappingNode):
        what = "a list" if isinstance(node, SequenceNode) else "a single value"
        line = first_line + node.start_mark.line
        return None, [
            error(path, line, f"front matter must be 'key: value' lines, but this is {what}")
        ]
    walker = _Walker(path, first_line, block.split("\n"))
    try:
        data = walker.value(node, ())
    except RecursionError:
        return None, [error(path, first_line, "front matter is nested too deeply")]
    if walker.problems and any(p.is_error for p in walker.problems):
        return None, walker.problems
    assert isinstance(data, dict)
    return FrontMatter(data, walker.lines, first_line - 1), walker.problems


class _Walker:
    """Turns a composed node tree into plain values, recording lines and refusing what our
    schema never needs (tags, aliases) and what PyYAML gets wrong (duplicate keys)."""

    def __init__(self, path: str, first_line: int, lines: list[str]) -> None:
        self.path = path
        self.block_lines = lines
        self.first_line = first_line
        self.lines: dict[Path_, int] = {}
        self.problems: list[Diagnostic] = []
        self._seen: set[int] = set()

    def _line(self, node: Node) -> int:
        return self.first_line + node.start_mark.line

    def _where(self, keys: Path_) -> str:
        return _field_name(keys)

    def value(self, node: Node, keys: Path_) -> Value:
        if id(node) in self._seen:
            self.problems.append(
                error(
                    self.path,
                    self._line(node),
                    "YAML aliases (*name) are not allowed; write the value out",
                    self._where(keys),
                )
            )
            return None
        self._seen.add(id(node))
        if node.tag not in _STANDARD_TAGS:
            self.problems.append(
                error(
                    self.path,
                    self._line(node),
                    f"YAML tag '{_short_tag(node.tag)}' is not allowed; remove it",
                    self._where(keys),
                )
            )
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
                self.problems.append(
                    error(self.path, line, "a key must be a plain word", self._where(keys))
                )
                continue
            key = str(key_node.value)
            if key in out:
                first = self.lines[(*keys, key)]
                self.problems.append(
                    error(
                        self.path,
                        line,
                        f"'{key}' is given twice (first on line {first})",
                        self._where(keys),
                    )
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


_YAML_PROBLEMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"found character '\\t'"), "a tab is used for indentation; use spaces"),
    (re.compile(r"found unexpected end of stream"), "a quoted value is never closed"),
    (
        re.compile(r"found unknown escape character"),
        "a backslash in a double-quoted value; use single quotes or write \\\\",
    ),
    (
        re.compile(r"mapping values are not allowed here"),
        "a value contains ': '; put the value in quotes",
    ),
    (re.compile(r"could not find expected ':'"), "a line is not 'key: value' (missing ':')"),
    (
        re.compile(r"found undefined alias|found unhashable key"),
        "YAML aliases and complex keys are not allowed",
    ),
    (re.compile(r"expected <block end>, but found"), "indentation is inconsistent"),
    (
        re.compile(r"did not find expected key"),
        "indentation is inconsistent or a quote is not closed",
    ),
    (
        re.compile(r"did not find expected '-' indicator"),
        "a list item is not indented like the others",
    ),
]


def _yaml_error(exc: yaml.MarkedYAMLError, path: str, first_line: int) -> Diagnostic:
    """A PyYAML error in editor's words, at the file's own line."""
    mark = exc.problem_mark or exc.context_mark
    line = first_line + (mark.line if mark else 0)
    problem = f"{exc.problem or ''} {exc.context or ''}"
    for pattern, message in _YAML_PROBLEMS:
        if pattern.search(problem):
            if message.startswith("a quoted value") and exc.context_mark is not None:
                line = first_line + exc.context_mark.line
            return error(path, line, f"front matter: {message}")
    detail = (exc.problem or exc.context or "unreadable").strip()
    return error(path, line, f"front matter is not valid YAML: {detail}")
