"""The reading of a YAML node tree into values, with every mistake noted at its line and column.

`Reader` knows the shapes (mappings with known keys, lists) and the values (text, choices, ids, durations,
counts, tempos) every part of the format is made of; `routine_reader` and `pose_reader` build on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from workout_timer.domain.common.language import pgettext
from workout_timer.domain.routines import messages
from workout_timer.domain.routines.durations import MAX_SECONDS, parse_duration
from workout_timer.domain.routines.problems import LoadError, Problem
from workout_timer.domain.routines.routine import FORMAT_VERSION, WAIT, Tempo
from workout_timer.domain.routines.yaml_nodes import Node, YamlProblem, parse

MAX_TEMPO = 60.0
TEXT_LIMIT = 2000
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class Reader:
    """Walks a node tree, turning its parts into values and noting every problem on the way.

    Each method returns None (or a best-effort value) when its part is wrong, after recording why, so
    that one pass reports as many independent mistakes as the file holds.
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[Problem] = []

    # -- bookkeeping ---------------------------------------------------------------------

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.label, node.line, node.column, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise LoadError(self.problems)

    def tree(self, text: str) -> Node:
        try:
            root, duplicates = parse(text)
        except YamlProblem as problem:
            raise LoadError([Problem(self.label, problem.line, problem.column, problem.message)]) from None
        for dup in duplicates:
            self.problems.append(Problem(self.label, dup.line, dup.column, dup.message))
        return root

    # -- shapes --------------------------------------------------------------------------

    def fields(
        self,
        node: Node,
        where: str,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
    ) -> dict[str, Node] | None:
        """The values of a mapping by key, after checking its keys against those allowed."""
        if node.kind != "map":
            self.problem(node, messages.expected_mapping(where, node.describe()))
            return None
        found: dict[str, Node] = {}
        for key, value in node.pairs:
            name = key.text if key.kind == "scalar" else key.describe()
            if name not in allowed:
                self.problem(key, messages.unknown_key(name, where, allowed))
                continue
            found[name] = value
        for name in required:
            if name not in found:
                self.problem(node, messages.missing_key(name, where))
        return found

    def items(self, node: Node, what: str, allow_empty: bool = False) -> list[Node] | None:
        if node.kind != "seq":
            self.problem(node, messages.expected_list(what, node.describe()))
            return None
        if not node.items and not allow_empty:
            self.problem(node, messages.empty_list(what))
            return None
        return node.items

    # -- values --------------------------------------------------------------------------

    def version(self, node: Node | None, root: Node) -> bool:
        """True when the file is in a format this code reads. A newer one stops the reading."""
        if node is None:
            self.problem(root, messages.version_missing())
            return False
        value = node.value
        if node.kind == "scalar" and isinstance(value, int) and not isinstance(value, bool):
            if value == FORMAT_VERSION:
                return True
            if value > FORMAT_VERSION:
                self.problems = [
                    Problem(self.label, node.line, node.column, messages.version_newer(value, FORMAT_VERSION))
                ]
                self.raise_if_any()
        self.problem(node, messages.version_invalid(node.describe()))
        return False

    def text(self, node: Node, what: str, limit: int = TEXT_LIMIT) -> str | None:
        """Any scalar, as written: a name like `2024` or `No` stays the text the user typed."""
        if node.kind != "scalar" or (node.value is None and node.plain):
            self.problem(node, messages.expected_text(what, node.describe()))
            return None
        text = node.text.strip()
        if not text:
            self.problem(node, messages.text_empty(what))
            return None
        if len(text) > limit:
            self.problem(node, messages.text_too_long(what, limit))
            return None
        return text

    def text_list(self, node: Node, what: str, allow_empty: bool = True) -> tuple[str, ...]:
        if node.kind == "scalar" and not (node.value is None and node.plain):
            single = self.text(node, what)  # a single item written without brackets
            return (single,) if single else ()
        nodes = self.items(node, what, allow_empty=allow_empty)
        if nodes is None:
            return ()
        return tuple(
            t
            for t in (self.text(n, pgettext("place", "each of {what}").format(what=what)) for n in nodes)
            if t is not None
        )

    def choice(self, node: Node, what: str, enum: type[E]) -> E | None:
        options = [member.value for member in enum]
        if node.kind == "scalar" and node.text in options:
            return enum(node.text)
        self.problem(node, messages.expected_choice(what, options, node.describe()))
        return None

    def identifier(self, node: Node, what: str) -> str | None:
        if node.kind == "scalar" and ID_PATTERN.match(node.text):
            return node.text
        self.problem(node, messages.expected_id(what, node.describe()))
        return None

    def seconds(self, node: Node, what: str, allow_zero: bool) -> float | None:
        seconds = None
        if node.kind == "scalar" and not isinstance(node.value, bool) and node.value is not None:
            seconds = parse_duration(node.text)
        if seconds is None or (seconds == 0 and not allow_zero):
            rule = messages.expected_pause if allow_zero else messages.expected_duration
            self.problem(node, rule(what, node.describe()))
            return None
        if seconds > MAX_SECONDS:
            self.problem(node, messages.duration_too_long(what, node.describe()))
            return None
        return seconds

    def count(self, node: Node, what: str, minimum: int, maximum: int) -> int | None:
        value = node.value
        if (
            node.kind == "scalar"
            and isinstance(value, int)
            and not isinstance(value, bool)
            and minimum <= value <= maximum
        ):
            return value
        self.problem(node, messages.expected_count(what, minimum, maximum, node.describe()))
        return None

    def boolean(self, node: Node, what: str) -> bool | None:
        if node.kind == "scalar" and isinstance(node.value, bool):
            return node.value
        self.problem(node, messages.expected_bool(what, node.describe()))
        return None

    def tempo(self, node: Node) -> Tempo:
        if node.kind == "scalar" and (node.text.strip().lower() == WAIT or (node.value is None and node.plain)):
            return WAIT
        seconds = None
        if node.kind == "scalar" and not isinstance(node.value, bool):
            seconds = parse_duration(node.text)
        if seconds is None or not 0 < seconds <= MAX_TEMPO:
            self.problem(node, messages.expected_tempo(node.describe()))
            return None
        return seconds

    def optional(self, fields: dict[str, Node], key: str, read: Callable[[Node], T | None]) -> T | None:
        node = fields.get(key)
        return None if node is None else read(node)
