"""Safe YAML reading into a tree of located nodes.

Routine files are read from parser events, never through a YAML constructor, so no tag can build a
Python object. The tree keeps every value's line and column for error messages. Limits on size,
nesting and alias expansion make a hostile file fail fast instead of eating memory or time.
"""

from __future__ import annotations

import math
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml

from workout_timer.domain.common.atomic_file import special_kind
from workout_timer.domain.routines import messages, yaml_words

try:  # libyaml is far faster; the pure-Python parser gives the same events.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 50_000

_STANDARD_TAGS = {"tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "seq", "map")} | {"!"}
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()

Kind = Literal["scalar", "seq", "map"]


@dataclass(eq=False)
class Node:
    """A value from the file with where it stands (1-based line and column).

    Scalars keep both their resolved value (None, bool, int, float or str) and the exact text written,
    so a duration written `1:30` is read as the user meant it, not as YAML 1.1's base-60 integer.
    """

    kind: Kind
    line: int
    column: int
    value: object = None
    text: str = ""
    plain: bool = True
    items: list[Node] = field(default_factory=list)
    pairs: list[tuple[Node, Node]] = field(default_factory=list)
    size: int = 1
    merged_keys: set[str] = field(default_factory=set)

    def describe(self) -> str:
        """How the value appears in a message: quoted as written, or its shape."""
        if self.kind in ("seq", "map"):
            return messages.shape(self.kind)
        if self.value is None and self.plain:
            return messages.shape("none")
        return messages.quoted(self.text)


class YamlProblem(Exception):
    """The file cannot be read into a tree at all."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


@dataclass
class _Open:
    node: Node
    anchor: str | None
    pending_key: Node | None = None


def read_bounded(path: Path) -> bytes:
    """The bytes of a regular file, refused before reading when it is too big.

    Opened without blocking, so a FIFO (or a device) named like a routine can never hang the app, and
    never read past the limit, so a link to /dev/zero or a huge file can't fill the memory.
    """
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(handle)
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(status.st_mode):
            raise YamlProblem(0, 0, yaml_words.not_a_regular_file(special_kind(status.st_mode)))
        if status.st_size > MAX_BYTES:
            raise YamlProblem(0, 0, yaml_words.too_large(status.st_size, MAX_BYTES))
        chunks, size = [], 0
        while size <= MAX_BYTES and (chunk := os.read(handle, MAX_BYTES + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)  # a file that grew past the limit is refused by decode()
    finally:
        os.close(handle)


def decode(data: bytes) -> str:
    """UTF-8 text of a file's bytes, or a YamlProblem that says what is wrong with them."""
    if len(data) > MAX_BYTES:
        raise YamlProblem(0, 0, yaml_words.too_large(len(data), MAX_BYTES))
    if b"\x00" in data[:8192]:
        raise YamlProblem(0, 0, yaml_words.binary_file())
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise YamlProblem(line, column, yaml_words.not_utf8(data[error.start])) from None
    if not text.strip() or all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        raise YamlProblem(0, 0, yaml_words.empty_file())
    return text


def parse(text: str) -> tuple[Node, list[YamlProblem]]:
    """The tree of one YAML document, with the non-fatal problems found on the way (duplicate keys).

    Raises YamlProblem for what makes the file unreadable: bad syntax, forbidden tags, too deep, too
    big, more than one document.
    """
    tree = _Tree()
    try:
        for event in yaml.parse(text, Loader=_Loader):
            mark = event.start_mark
            tree.take(event, *((mark.line + 1, mark.column + 1) if mark else (0, 0)))
    except yaml.MarkedYAMLError as error:
        raise _unreadable(error, text) from None
    except yaml.YAMLError as error:  # pragma: no cover - errors without a position
        raise YamlProblem(0, 0, yaml_words.bad_yaml(str(error))) from None
    if tree.root is None:
        raise YamlProblem(0, 0, yaml_words.empty_file())
    return tree.root, tree.problems


def _unreadable(error: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    """The parser's error at its place, in our words; the character there, for a reader that doesn't name it."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    problem = error.problem or str(error)
    if "maximum nesting depth" in problem:
        # libyaml (PyYAML 6.0.3 and newer) has a nesting limit of its own and its scanner reads ahead of
        # the events, so it can stop before the limit above is seen: the same rule, in the same words.
        return YamlProblem(line, column, yaml_words.too_deep(MAX_DEPTH))
    row = text.splitlines()[line - 1] if 0 < line <= len(text.splitlines()) else ""
    found = row[column - 1] if 0 < column <= len(row) else ""
    return YamlProblem(line, column, yaml_words.bad_yaml(problem, found))


class _Tree:
    """The document's tree as the parser's events build it, within the limits."""

    def __init__(self) -> None:
        self.stack: list[_Open] = []
        self.anchors: dict[str, Node] = {}
        self.problems: list[YamlProblem] = []
        self.root: Node | None = None
        self.total = 0
        self.documents = 0

    def take(self, event: yaml.Event, line: int, column: int) -> None:
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise YamlProblem(line, column, yaml_words.several_documents())
        elif isinstance(event, yaml.AliasEvent):
            target = self.anchors.get(event.anchor or "")
            if target is None:  # libyaml's parser lets an alias with no anchor through; PyYAML's composer would not
                raise YamlProblem(line, column, yaml_words.unknown_alias(event.anchor or ""))
            self.attach(target, None)
        elif isinstance(event, yaml.ScalarEvent):
            self.attach(_scalar(event, line, column), event.anchor)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            _check_tag(event.tag, event.implicit, line, column)
            if len(self.stack) >= MAX_DEPTH:
                raise YamlProblem(line, column, yaml_words.too_deep(MAX_DEPTH))
            kind: Kind = "seq" if isinstance(event, yaml.SequenceStartEvent) else "map"
            self.stack.append(_Open(Node(kind, line, column), event.anchor))
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            done = self.stack.pop()
            done.node.size = 1 + sum(n.size for n in done.node.items) + sum(k.size + v.size for k, v in done.node.pairs)
            self.total -= done.node.size - 1  # children were counted as they arrived
            self.attach(done.node, done.anchor)

    def attach(self, node: Node, anchor: str | None) -> None:
        self.total += node.size
        if self.total > MAX_NODES:
            raise YamlProblem(node.line, node.column, yaml_words.too_many_nodes(MAX_NODES))
        if anchor:
            self.anchors[anchor] = node
        if not self.stack:
            self.root = node
            return
        parent = self.stack[-1]
        if parent.node.kind == "seq":
            parent.node.items.append(node)
        elif parent.pending_key is None:
            parent.pending_key = node
        else:
            _add_pair(parent.node, parent.pending_key, node, self.problems)
            parent.pending_key = None


def _check_tag(tag: str | None, implicit: object, line: int, column: int) -> None:
    if tag is None or implicit is True or tag in _STANDARD_TAGS:
        return
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    raise YamlProblem(line, column, yaml_words.tag_not_allowed(shown))


def _scalar(event: yaml.ScalarEvent, line: int, column: int) -> Node:
    # The parser sets a scalar's tag only when the file writes one; "!" means plain text.
    if event.tag is not None:
        _check_tag(event.tag, False, line, column)
    plain = not event.style  # libyaml reports plain scalars with style "", the Python parser with None
    if event.tag not in (None, "!"):
        tag = event.tag
    elif plain and event.tag is None:
        tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))  # type: ignore[no-untyped-call]
    else:
        tag = "tag:yaml.org,2002:str"
    value: object = event.value
    if tag in _STANDARD_TAGS and tag.endswith(("int", "float", "bool", "null")):
        try:
            value = _CONSTRUCTOR.construct_object(yaml.ScalarNode(tag, event.value))
        except (yaml.constructor.ConstructorError, ValueError):
            value = event.value
        if isinstance(value, float) and not math.isfinite(value):
            value = event.value  # .inf and .nan are never meant in a routine; keep the text
    return Node("scalar", line, column, value=value, text=event.value, plain=plain)


def _add_pair(mapping: Node, key: Node, value: Node, problems: list[YamlProblem]) -> None:
    if key.kind == "scalar" and key.plain and key.text == "<<":
        _merge(mapping, value)
        return
    if key.kind == "scalar" and key.text in mapping.merged_keys:
        # A key set in the mapping itself wins over the same key merged in from a base.
        mapping.merged_keys.discard(key.text)
        mapping.pairs = [(k, v) for k, v in mapping.pairs if k.text != key.text]
    elif key.kind == "scalar":
        for existing, _ in mapping.pairs:
            if existing.kind == "scalar" and existing.text == key.text:
                problems.append(YamlProblem(key.line, key.column, yaml_words.duplicate_key(key.text, existing.line)))
                return
    mapping.pairs.append((key, value))


def _merge(mapping: Node, source: Node) -> None:
    """YAML merge keys (`<<: *base`): keys from the base that the mapping does not set itself."""
    sources = source.items if source.kind == "seq" else [source]
    for base in sources:
        if base.kind != "map":
            continue
        present = {k.text for k, _ in mapping.pairs if k.kind == "scalar"}
        added = [(k, v) for k, v in base.pairs if k.text not in present]
        mapping.pairs.extend(added)
        mapping.merged_keys.update(k.text for k, _ in added)
