"""A routine file changed in place: only the values that changed are rewritten, where they stand, so
everything else (comments, layout, the user's way of writing times) stays as the user wrote it."""

from __future__ import annotations

from typing import Any

import yaml

from workout_timer.domain.routines.yaml_nodes import Node, YamlProblem, parse

Path_ = tuple[str | int, ...]


def changed_values(old: Any, new: Any, path: Path_ = ()) -> list[tuple[Path_, Any]] | None:
    """The values of `new` that differ from `old` with where they are, when the two have the same shape
    (the same keys, lists as long); None when the shape itself changed."""
    if isinstance(old, dict) and isinstance(new, dict):
        if list(old) != list(new):
            return None
        pairs = [(old[key], new[key], (*path, key)) for key in old]
    elif isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            return None
        pairs = [(a, b, (*path, index)) for index, (a, b) in enumerate(zip(old, new, strict=True))]
    elif isinstance(old, dict | list) or isinstance(new, dict | list):
        return None
    else:
        return [] if old == new and type(old) is type(new) else [(path, new)]
    changes: list[tuple[Path_, Any]] = []
    for a, b, where in pairs:
        found = changed_values(a, b, where)
        if found is None:
            return None
        changes += found
    return changes


def patched(text: str, changes: list[tuple[Path_, Any]]) -> str | None:
    """`text` with each changed value written over the one it replaces; None when one of them is not
    written in the file as a value of its own on one line (inherited, or spread over lines)."""
    try:
        root, _ = parse(text)
    except YamlProblem:
        return None
    lines = text.splitlines(keepends=True)
    edits = []
    for path, value in changes:
        node = _at(root, path)
        length = None if node is None else _length(lines, node)
        if node is None or length is None:
            return None
        edits.append((node.line - 1, node.column - 1, length, _scalar(value)))
    if len({(line, column) for line, column, _, _ in edits}) < len(edits):
        return None  # one value written for two places (an alias)
    for line, column, length, new in sorted(edits, reverse=True):
        row = lines[line]
        lines[line] = row[:column] + new + row[column + length :]
    return "".join(lines)


def _at(node: Node, path: Path_) -> Node | None:
    for step in path:
        if node.kind == "map" and isinstance(step, str):
            found = next((v for k, v in node.pairs if k.kind == "scalar" and k.value == step), None)
        elif node.kind == "seq" and isinstance(step, int) and step < len(node.items):
            found = node.items[step]
        else:
            return None
        if found is None:
            return None
        node = found
    return node if node.kind == "scalar" else None


def _length(lines: list[str], node: Node) -> int | None:
    """How many characters the scalar takes on its line (its quotes too), if it is written on one line."""
    if node.line > len(lines):
        return None
    row, start, text = lines[node.line - 1], node.column - 1, node.text
    if node.plain:
        return len(text) if text and row[start : start + len(text)] == text else None
    quote = row[start : start + 1]
    if quote in ("'", '"') and row[start + 1 : start + 1 + len(text) + 1] == text + quote:
        return len(text) + 2
    return None


def _scalar(value: Any) -> str:
    """`value` as YAML writes it inline."""
    return yaml.safe_dump(value, default_flow_style=True, width=10_000).removesuffix("\n...\n").strip()
