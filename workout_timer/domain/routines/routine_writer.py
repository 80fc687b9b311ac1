"""Writing a routine back to YAML, the way a person would write it, and saving it safely.

Keys come in the documented order, durations as "45s" or "1m30s" (or as the user wrote them, see
`spelled_as`), and only what differs from the defaults is written. Exercises are defined inline only
when they are the routine's own; catalogue exercises are named by id, so a file another user imports
works with their catalogue too. Every routine written here loads back to the same timeline (tests
check it for all built-ins, fixtures and generated routines).

Saves are atomic (`atomic_file.save_text`): a crash leaves the old file or the new one, never half.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import yaml

from workout_timer.domain.figures.pose import Frame, Pose, View
from workout_timer.domain.routines.durations import format_duration, parse_duration
from workout_timer.domain.routines.routine import (
    FORMAT_VERSION,
    WAIT,
    Circuit,
    Defaults,
    Exercise,
    ExerciseStep,
    RestStep,
    Routine,
    Sides,
    Step,
)

DURATION_KEYS = frozenset({"duration", "rest", "rest_between_sets", "rest_between_rounds", "prepare", "switch", "at"})
"""Keys whose values are durations, which a person may write in any of the accepted forms."""


def routine_yaml(routine: Routine, spelled_like: Mapping[str, Any] | None = None) -> str:
    """The routine as routine-format YAML; with `spelled_like` (the document the user typed, or the
    file as read), each duration keeps the form written there ("1:15" stays "1:15")."""
    data = routine_data(routine)
    if spelled_like is not None:
        data = spelled_as(data, spelled_like)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def spelled_as(data: Any, written: Any) -> Any:
    """`data` (in the shape `routine_data` gives) with every duration written as in `written` where
    `written` has the same duration at the same place: one spelling, the user's, before a save and
    after it. Everything else is `data`'s."""
    if isinstance(data, dict) and isinstance(written, Mapping):
        return {
            key: written[key]
            if key in DURATION_KEYS and key in written and _same_time(value, written[key])
            else spelled_as(value, written.get(key))
            for key, value in data.items()
        }
    if isinstance(data, list) and isinstance(written, list):
        return [spelled_as(item, other) for item, other in zip(data, written, strict=False)] + data[len(written) :]
    return data


def _same_time(value: object, other: object) -> bool:
    seconds, others = _seconds(value), _seconds(other)
    return seconds is not None and others is not None and math.isclose(seconds, others, abs_tol=1e-9)


def _seconds(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return parse_duration(value) if isinstance(value, str) else None


def routine_data(routine: Routine) -> dict[str, Any]:
    data: dict[str, Any] = {"version": FORMAT_VERSION, "name": routine.name}
    _put(data, "description", routine.description)
    _put(data, "tags", list(routine.tags))
    _put(data, "level", routine.level.value if routine.level else None)
    _put(data, "equipment", list(routine.equipment))
    _put(data, "defaults", _defaults(routine.defaults))
    _put(data, "exercises", {e.id: _exercise(e) for e in routine.exercises})
    data["steps"] = [_step(step) for step in routine.steps]
    return data


def _put(data: dict[str, Any], key: str, value: object) -> None:
    """Set `key` unless the value is empty (None, "", [], {})."""
    if value is not None and value != "" and value != [] and value != {}:
        data[key] = value


def _time(seconds: float) -> str | int:
    return 0 if seconds == 0 else format_duration(seconds)


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _defaults(defaults: Defaults) -> dict[str, Any]:
    base = Defaults()
    data: dict[str, Any] = {}
    for key in ("prepare", "rest", "switch"):
        if getattr(defaults, key) != getattr(base, key):
            data[key] = _time(getattr(defaults, key))
    if defaults.tempo is not None:
        data["tempo"] = _number(defaults.tempo)
    if defaults.cues_off:
        data["cues"] = dict.fromkeys(defaults.cues_off, False)
    if defaults.move_on is not None:
        data["move_on"] = defaults.move_on if isinstance(defaults.move_on, bool) else _time(defaults.move_on)
    return data


def _exercise(exercise: Exercise) -> dict[str, Any]:
    data: dict[str, Any] = {"name": exercise.name, "kind": exercise.kind.value}
    _put(data, "description", exercise.description)
    data["instructions"] = list(exercise.instructions)
    _put(data, "cues", list(exercise.cues))
    _put(data, "mistakes", list(exercise.mistakes))
    _put(data, "caution", exercise.caution)
    if exercise.duration is not None:
        data["duration"] = _time(exercise.duration)
    _put(data, "reps", exercise.reps)
    if exercise.sided:
        data["sided"] = True
    _put(data, "equipment", list(exercise.equipment))
    if exercise.pose is not None:
        data["pose"] = _pose(exercise.pose)
    _put(data, "easier", exercise.easier)
    _put(data, "harder", exercise.harder)
    return data


def _pose(pose: Pose) -> dict[str, Any]:
    """The pose as a person writes one: only what differs from the defaults and the frame before."""
    data: dict[str, Any] = {}
    if pose.view is not View.SIDE:
        data["view"] = pose.view.value
    if not pose.floor:
        data["floor"] = False
    if pose.anchor != "hip":
        data["anchor"] = pose.anchor
    if pose.cycle is not None:
        data["cycle"] = _time(pose.cycle)
    _put(data, "props", [prop.value for prop in pose.props])
    frames = []
    previous = Frame.standing()
    for frame in pose.frames:
        frames.append({joint: _number(angle) for joint, angle in frame.changes(previous).items()})
        previous = frame
    data["frames"] = frames
    return data


def _step(step: Step) -> dict[str, Any]:
    if isinstance(step, RestStep):
        data: dict[str, Any] = {"rest": _time(step.duration)}
        _put(data, "note", step.note)
        return data
    if isinstance(step, Circuit):
        inner: dict[str, Any] = {}
        _put(inner, "name", step.name)
        if step.rounds != 1:
            inner["rounds"] = step.rounds
        if step.rest_between_rounds is not None:
            inner["rest_between_rounds"] = _time(step.rest_between_rounds)
        inner["steps"] = [_step(s) for s in step.steps]
        data = {"circuit": inner}
        if step.rest is not None:
            data["rest"] = _time(step.rest)
        return data
    return _exercise_step(step)


def _exercise_step(step: ExerciseStep) -> dict[str, Any]:
    data: dict[str, Any] = {"exercise": step.exercise.id}
    if step.reps is not None:
        data["reps"] = step.reps
    elif step.duration is not None:
        data["duration"] = _time(step.duration)
    if step.sets != 1:
        data["sets"] = step.sets
    usual = Sides.BOTH if step.exercise.sided else Sides.NONE
    if step.sides is not usual:
        data["sides"] = step.sides.value
    if step.tempo == WAIT:
        data["tempo"] = "none"
    elif step.tempo is not None:
        data["tempo"] = _number(float(step.tempo))
    if step.rest is not None:
        data["rest"] = _time(step.rest)
    if step.rest_between_sets is not None:
        data["rest_between_sets"] = _time(step.rest_between_sets)
    _put(data, "cues", [{"at": _time(cue.at), "say": cue.say} for cue in step.cues])
    _put(data, "note", step.note)
    return data
