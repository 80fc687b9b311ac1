"""What the editor's buttons do to the routine being edited: where a new step goes and what it starts
as, an exercise of the routine's own, which step is chosen after one is removed, and a step switched
between a time and a number of reps. Each takes a document and gives the new one; the editor makes it
one undoable edit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from workout_timer.domain.editing.draft import (
    TOP,
    Document,
    FieldPath,
    check_exercises,
    value_at,
    with_step_inserted,
    with_value,
    without_step,
)
from workout_timer.domain.routines.durations import format_duration
from workout_timer.domain.routines.routine import Exercise
from workout_timer.domain.routines.routine_files import free_id

STANDARD_LENGTH = "30s"
"""What a new step of an exercise with no usual length of its own lasts."""
STANDARD_REPS = 10
"""How many reps a step switched from a time to reps starts with."""
NEW_REST: dict[str, Any] = {"rest": "30s"}
NEW_CIRCUIT: dict[str, Any] = {"circuit": {"rounds": 2, "steps": []}}


def insertion_place(document: Document, chosen: FieldPath | None) -> tuple[FieldPath, int]:
    """Where a new step goes: into the `chosen` circuit, else after the chosen step, else last."""
    if chosen is None:
        return TOP, len(document.get("steps") or [])
    step = value_at(document, chosen) or {}
    if "circuit" in step:
        inner = (*chosen, "circuit", "steps")
        return inner, len(value_at(document, inner) or [])
    *container, index = chosen
    return tuple(container), int(index) + 1


def with_new_step(document: Document, chosen: FieldPath | None, step: dict[str, Any]) -> tuple[Document, FieldPath]:
    """`step` put in at the `insertion_place`, and its path (the step to show next)."""
    container, index = insertion_place(document, chosen)
    return with_step_inserted(document, container, index, step), (*container, index)


def own_exercises(document: Document) -> dict[str, Any]:
    """The routine's own exercises as written (the `exercises:` block), right or not."""
    found = document.get("exercises")
    return found if isinstance(found, dict) else {}


def known_exercises(catalogue: Mapping[str, Exercise], document: Document) -> dict[str, Exercise]:
    """The catalogue and the routine's own exercises, as the exercise picker lists them; the routine's own
    once its `exercises:` block reads without a mistake."""
    own, _ = check_exercises(own_exercises(document), "exercises")
    return {**catalogue, **own}


def new_step_for(exercise_id: str, exercise: Exercise | None) -> dict[str, Any]:
    """A step of `exercise_id` with its usual amount, there to change; an exercise with none lasts
    `STANDARD_LENGTH`."""
    step: dict[str, Any] = {"exercise": exercise_id}
    if exercise is not None and exercise.reps is not None:
        step["reps"] = exercise.reps
    elif exercise is not None and exercise.duration is not None:
        step["duration"] = format_duration(exercise.duration)
    else:
        step["duration"] = STANDARD_LENGTH
    return step


def with_own_exercise(
    document: Document, data: dict[str, Any], taken: Iterable[str]
) -> tuple[Document, dict[str, Any]]:
    """The routine with a new exercise of its own, `data` (as the exercise dialog gives it), under an id
    from its name that none of `taken` has; and a step of it, `STANDARD_LENGTH` long when the exercise
    says neither a time nor reps."""
    exercise_id = free_id(str(data["name"]), taken, "exercise")
    step: dict[str, Any] = {"exercise": exercise_id}
    if "duration" not in data and "reps" not in data:
        step["duration"] = STANDARD_LENGTH
    return with_value(document, ("exercises", exercise_id), data), step


def with_step_removed(document: Document, path: FieldPath) -> tuple[Document, FieldPath | None]:
    """The routine without the step at `path`, and the step to show then: the one that took its place
    (or the one before, at the end of a list); the circuit it was alone in; else the routine (None)."""
    *container, index = path
    left = value_at(document, tuple(container)) or []
    focus: FieldPath | None = None
    if len(left) > 1:
        focus = (*container, min(int(index), len(left) - 2))
    elif len(container) > 1:
        focus = tuple(container[:-2])
    return without_step(document, path), focus


def with_measure(document: Document, path: FieldPath, measure: str) -> Document:
    """The step at `path` done for a time (`measure` "duration") or for reps ("reps"): the other amount
    goes, a step new to the measure gets a standard one, and a tempo (counted reps) goes with reps."""
    step = value_at(document, path) or {}
    other = "reps" if measure == "duration" else "duration"
    changed = with_value(document, (*path, other), None)
    if measure not in step:
        changed = with_value(changed, (*path, measure), STANDARD_REPS if measure == "reps" else STANDARD_LENGTH)
    if measure == "duration":
        changed = with_value(changed, (*path, "tempo"), None)
    return changed
