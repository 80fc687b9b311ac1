"""An exercise's `pose:` block to a `Pose`, checked like the rest of the file.

Kept apart from `routine_reader` because poses have their own vocabulary (joints, ranges, views), but it
reports through the same `Reader`, so its mistakes carry the same file, line and column.
"""

from __future__ import annotations

from workout_timer.domain.common.language import pgettext
from workout_timer.domain.figures.pose import (
    ANCHORS,
    FRAME_KEYS,
    MAX_CYCLE,
    MAX_FRAMES,
    MIN_CYCLE,
    Frame,
    Pose,
    Prop,
    View,
    angle_meaning,
    angle_range,
)
from workout_timer.domain.routines import messages
from workout_timer.domain.routines.durations import parse_duration
from workout_timer.domain.routines.reading.reader import Reader
from workout_timer.domain.routines.yaml_nodes import Node

POSE_KEYS = ("view", "floor", "anchor", "cycle", "props", "frames")


def read_pose(reader: Reader, node: Node, where: str) -> Pose | None:
    """The pose, or None after reporting each mistake in it."""
    fields = reader.fields(node, where, POSE_KEYS, required=("frames",))
    if fields is None:
        return None
    before = len(reader.problems)
    view = reader.optional(fields, "view", lambda n: reader.choice(n, messages.as_key("view"), View)) or View.SIDE
    anchor = reader.optional(fields, "anchor", lambda n: _anchor(reader, n)) or "hip"
    cycle = reader.optional(fields, "cycle", lambda n: _cycle(reader, n))
    listed = _list(reader, fields.get("props"), messages.as_key("props"))
    props = tuple(
        prop for prop in (reader.choice(n, pgettext("place", "each prop"), Prop) for n in listed) if prop is not None
    )
    floor = reader.optional(fields, "floor", lambda n: reader.boolean(n, messages.as_key("floor")))
    frames = _frames(reader, fields.get("frames"), view)
    if len(reader.problems) > before or not frames:
        return None
    return Pose(frames, view, anchor, cycle, props, floor is not False)


def _list(reader: Reader, node: Node | None, what: str) -> list[Node]:
    if node is None:
        return []
    if node.kind == "scalar" and not (node.value is None and node.plain):
        return [node]  # a single item written without brackets
    return reader.items(node, what, allow_empty=True) or []


def _anchor(reader: Reader, node: Node) -> str | None:
    if node.kind == "scalar" and node.text in ANCHORS:
        return node.text
    reader.problem(node, messages.expected_choice(messages.as_key("anchor"), ANCHORS, node.describe()))
    return None


def _cycle(reader: Reader, node: Node) -> float | None:
    seconds = None
    if node.kind == "scalar" and not isinstance(node.value, bool) and node.value is not None:
        seconds = parse_duration(node.text)
    if seconds is None or not MIN_CYCLE <= seconds <= MAX_CYCLE:
        reader.problem(node, messages.expected_cycle(MIN_CYCLE, MAX_CYCLE, node.describe()))
        return None
    return seconds


def _frames(reader: Reader, node: Node | None, view: View) -> tuple[Frame, ...]:
    if node is None:
        return ()
    nodes = reader.items(node, messages.as_key("frames"))
    if nodes is None:
        return ()
    if len(nodes) > MAX_FRAMES:
        reader.problem(nodes[MAX_FRAMES], messages.too_many_frames(MAX_FRAMES))
        return ()
    frames: list[Frame] = []
    last = Frame.standing()
    for item in nodes:  # each keyframe starts from the one before and changes what it names
        values = _angles(reader, item, view)
        if values is not None:
            last = last.with_values(values)
            frames.append(last)
    return tuple(frames) if len(frames) == len(nodes) else ()


def _angles(reader: Reader, node: Node, view: View) -> dict[str, float] | None:
    fields = reader.fields(node, pgettext("place", "a pose frame"), FRAME_KEYS)
    if fields is None:
        return None
    values: dict[str, float] = {}
    for joint, value in fields.items():
        angle = _angle(reader, joint, value, view)
        if angle is not None:
            values[joint] = angle
    return values if len(values) == len(fields) else None


def _angle(reader: Reader, joint: str, node: Node, view: View) -> float | None:
    value = node.value
    if node.kind != "scalar" or isinstance(value, bool) or not isinstance(value, (int, float)):
        reader.problem(node, messages.expected_angle(joint, node.describe()))
        return None
    low, high = angle_range(joint, view)
    if not low <= value <= high:
        meaning = angle_meaning(joint)
        reader.problem(node, messages.angle_out_of_range(joint, low, high, meaning, node.describe()))
        return None
    return float(value)
