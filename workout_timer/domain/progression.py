"""Gentle progression: after a few sessions, suggest a small step up or down for a routine.

Build up gradually, the source material says. So the app only ever suggests: five seconds more on
each hold and two more reps after a session that felt too easy (or three in a row that felt about
right with little pain), and as much less after one that felt too hard or when pain keeps rising.
The suggestion is a list of changes the user can read before accepting; accepting makes the user's
own copy of the routine, and a built-in routine is never changed.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from .back_care import RISING_OVER, CheckIn, Effort
from .durations import format_duration
from .plurals import counted
from .routine import Circuit, ExerciseStep, Routine, Step

HOLD_STEP = 5.0
"""Seconds added to or taken from each timed hold."""
REP_STEP = 2
SHORTEST_HOLD = 10.0
FEWEST_REPS = 2
LONGEST_HOLD = 180.0
MOST_REPS = 40
STEADY_SESSIONS = 3
"""This many sessions in a row rated "about right" with low pain suggest a step up."""
LOW_PAIN = 3
MOSTLY_DONE = 0.75
"""A step up is only offered after a session with at least this share of its exercise steps done."""


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"


@dataclass(frozen=True)
class Change:
    """One step's new amount: "Plank: 30s → 35s"."""

    exercise: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.exercise}: {self.before} → {self.after}"


@dataclass(frozen=True)
class Suggestion:
    direction: Direction
    reason: str
    changes: tuple[Change, ...]
    routine: Routine
    """The routine with the changes made, for the user's own copy."""


def suggest(routine: Routine, after: Sequence[CheckIn], done_share: float = 1.0) -> Suggestion | None:
    """A step up or down for `routine`, from its after-session check-ins (oldest first); None to keep it.

    `done_share` is the part of the last session's exercise steps that were done, not skipped: a
    session mostly skipped says nothing about the routine being too easy, so it never leads to more.
    """
    if not after:
        return None
    last = after[-1]
    pains = [answer.pain for answer in after if answer.pain is not None][-RISING_OVER:]
    rising = len(pains) == RISING_OVER and all(a < b for a, b in itertools.pairwise(pains))
    if last.effort is Effort.TOO_HARD or rising:
        reason = "The last session felt too hard." if last.effort is Effort.TOO_HARD else "Your pain has been rising."
        return _make(routine, Direction.DOWN, reason)
    if done_share < MOSTLY_DONE:
        return None
    steady = after[-STEADY_SESSIONS:]
    if last.effort is Effort.TOO_EASY:
        return _make(routine, Direction.UP, "The last session felt too easy.")
    if len(steady) == STEADY_SESSIONS and all(
        a.effort is Effort.ABOUT_RIGHT and a.pain is not None and a.pain <= LOW_PAIN for a in steady
    ):
        return _make(routine, Direction.UP, f"The last {STEADY_SESSIONS} sessions felt about right, with little pain.")
    return None


def _make(routine: Routine, direction: Direction, reason: str) -> Suggestion | None:
    changes: list[Change] = []
    steps = tuple(_step(step, direction, changes) for step in routine.steps)
    if not changes:
        return None
    return Suggestion(direction, reason, tuple(changes), replace(routine, steps=steps))


def _step(step: Step, direction: Direction, changes: list[Change]) -> Step:
    if isinstance(step, Circuit):
        return replace(step, steps=tuple(_step(inner, direction, changes) for inner in step.steps))
    if not isinstance(step, ExerciseStep):
        return step
    sign = 1 if direction is Direction.UP else -1
    name = step.exercise.name
    if step.reps is not None:
        reps = min(MOST_REPS, max(FEWEST_REPS, step.reps + sign * REP_STEP))
        if reps != step.reps:
            changes.append(Change(name, counted(step.reps, "rep"), counted(reps, "rep")))
        return replace(step, reps=reps)
    if step.duration is not None:
        duration = min(LONGEST_HOLD, max(SHORTEST_HOLD, step.duration + sign * HOLD_STEP))
        if duration != step.duration:
            changes.append(Change(name, format_duration(step.duration), format_duration(duration)))
        return replace(step, duration=duration)
    return step
