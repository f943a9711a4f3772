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


class _Refused(yaml.MarkedYAMLError):
    """Raised while composing for YAML features our schema refuses outright."""


class _Loader(yaml.SafeLoader):
    """Composes YAML nodes without resolving implicit types: every plain scalar is a string.

    An alias is refused where it is met, before anything is built from it: a 500-byte
    "billion laughs" document never gets the chance to expand."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise _Refused(problem="alias", problem_mark=event.start_mark)
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
    try:
        node = yaml.compose(block, Loader=loader)  # noqa: S506 - both are SafeLoaders
    except _Refused as exc:
        line = first_line + (exc.problem_mark.line if exc.problem_mark else 0)
        return None, [
            error(
                path,
                line,
                "front matter: YAML aliases (*name) are not allowed; write the value out",
            )
        ]
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
        if len(keys) > MAX_DEPTH:
            self.problems.append(
                error(self.path, self._line(node), "front matter is nested too deeply")
            )
            return None
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
                    error(
                        self.path,
                        line,
                        "a key must be a plain word like 'title', not a list or mapping",
                        self._where(keys),
                    )
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
        re.compile(r"found unknown escape character|expected escape sequence"),
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
    (
        re.compile(r"expected ',' or '\]'"),
        "a list in brackets '[' is never closed with ']'; put the value in quotes",
    ),
    (
        re.compile(r"expected ',' or '\}'"),
        "a mapping in braces '{' is never closed with '}'; put the value in quotes",
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
    (
        re.compile(r"expected '<document start>'|found incompatible YAML document|directive"),
        "a line starts with '%', which YAML reserves; put the value in quotes",
    ),
]
_CANNOT_START = re.compile(r"found character '(.)' that cannot start any token")
_AFTER_QUOTE = re.compile(r"""^\s*(?:-\s+)?[^:'"]*:\s+(["'])""")


def _yaml_error(exc: yaml.MarkedYAMLError, path: str, first_line: int) -> Diagnostic:
    """A PyYAML error in editor's words, at the file's own line."""
    mark = exc.problem_mark or exc.context_mark
    line = first_line + (mark.line if mark else 0)
    problem = f"{exc.problem or ''} {exc.context or ''}"
    start = _CANNOT_START.search(problem)
    if start and start.group(1) != "\t":
        return error(
            path,
            line,
            f"front matter: a value cannot start with '{start.group(1)}'; put the value in quotes",
        )
    if "expected <block end>" in problem and mark is not None and _quoted_then_text(mark):
        return error(
            path,
            line,
            "front matter: a quoted value is followed by more text; to use quote marks "
            "inside a value, wrap it in the other kind (title: 'He said \"no\"')",
        )
    for pattern, message in _YAML_PROBLEMS:
        if pattern.search(problem):
            if message.startswith("a quoted value") and exc.context_mark is not None:
                line = first_line + exc.context_mark.line
            return error(path, line, f"front matter: {message}")
    detail = (exc.problem or exc.context or "unreadable").strip()
    return error(path, line, f"front matter is not valid YAML: {detail}")


def _quoted_then_text(mark: yaml.Mark) -> bool:
    """True when the line of `mark` is `key: "quoted" more text`."""
    if mark.buffer is None:
        return False
    buffer = str(mark.buffer)
    begin = buffer.rfind("\n", 0, mark.pointer) + 1
    return bool(_AFTER_QUOTE.match(buffer[begin : mark.pointer]))
