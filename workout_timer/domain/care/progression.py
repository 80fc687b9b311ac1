"""What the summary says about next time: the exercises whose dose the last session moved, and why.

It decides nothing: `exercise_progress` moves each exercise's dose after a session, and this only puts the
steps it took in a few words. Next time the routine runs with them (the preview says so, and offers the
routine as written instead); the user may also keep the new doses in their own version of the routine, and
a built-in routine is never changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workout_timer.domain.care.exercise_plan import Change, States, current, describe, doses, limits_of, plan
from workout_timer.domain.care.exercise_progress import Move
from workout_timer.domain.routines.routine import Routine


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"


@dataclass(frozen=True)
class Suggestion:
    """The steps the last session took, for the summary."""

    direction: Direction
    """Down when any exercise stepped back, else up."""
    changes: tuple[Change, ...]
    routine: Routine
    """The routine with next time's doses, for the user's own copy."""


def next_time(routine: Routine, before: States, after: States) -> Suggestion | None:
    """The steps from `before` to `after` (each ladder's states around a session of `routine`, as written) that
    change what the routine runs next time; None when no dose moved. Only steps up or back count: a programme's
    gentle week whose lighter dose a state carries on from (`exercise_progress.after_ran`) took no step, and next
    time runs the week's dose anyway."""
    was, will = doses(routine, before), doses(routine, after)
    now = current(routine, after)
    limits = limits_of(routine)
    steps = (Move.UP, Move.BACK)
    moved = [key for key, dose in will.items() if dose != was[key] and now[key].move in steps]
    if not moved:
        return None
    changes = tuple(describe(routine, now[key], limits[key]) for key in moved)
    down = any(now[key].move is Move.BACK for key in moved)
    return Suggestion(Direction.DOWN if down else Direction.UP, changes, plan(routine, now).routine)
