"""Gentle progression: after a few sessions, suggest a small step up or down for a routine.

Build up gradually, the source material says. So the app only ever suggests: five seconds more on
each hold and two more reps after a session that felt too easy (or three in a row that felt about
right with little pain), and as much less when the load has been too much for a while.

When to ease off follows the pain "traffic light" of physiotherapy practice: pain of 0 to 3 after
exercise is fine; 4 or 5 means less load if it does not settle (here: two sessions in a row); 6 or
more means change the exercise (here: at once). One session that felt too hard can be a bad day,
and "pace it, don't race it": two in a row ask for less. Either way, only after a session that was
mostly done: one mostly skipped says nothing about the routine. When the pain calls for a doctor's
look, that is `back_care.advice`'s business, kept apart from this.

How the back felt after each exercise (the optional rating in the rests, `session.feel`) counts too: an
exercise rated red in the last session suggests its easier variant in its place next time, whatever the
check-ins said; one rated amber holds the routine's dose (no step up after that session).

The suggestion is a list of changes the user can read before accepting; accepting makes the user's
own copy of the routine, and a built-in routine is never changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from workout_timer.domain.care.back_care import CheckIn, Effort
from workout_timer.domain.common.plurals import counted
from workout_timer.domain.routines.durations import format_duration
from workout_timer.domain.routines.ladders import easier_of
from workout_timer.domain.routines.routine import Circuit, Exercise, ExerciseStep, Routine, Step
from workout_timer.domain.session.feel import Feel
from workout_timer.domain.session.summary import mostly_done

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
TOO_HARD_SESSIONS = 2
"""This many sessions in a row that felt too hard suggest a step down."""
SETTLING_PAIN = 4
"""Pain after a session from this up to `CHANGE_PAIN` should settle: in two sessions in a row, step down."""
CHANGE_PAIN = 6
"""Pain after a session at or above this suggests a step down at once."""


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


def suggest(
    routine: Routine,
    after: Sequence[CheckIn],
    done_share: float = 1.0,
    felt: Sequence[tuple[str, Feel]] = (),
) -> Suggestion | None:
    """A step up or down for `routine`, from its after-session check-ins (oldest first) and how the back felt
    after the last session's exercises (`felt`: exercise id and rating); None to keep it.

    `done_share` is the part of the last session's exercise steps that were done, not skipped: a
    session mostly skipped leads to neither more nor less.
    """
    if not mostly_done(done_share):
        return None
    red = [exercise for exercise, feel in felt if feel is Feel.RED]
    if red:
        easier = _easier_variants(routine, red)
        if easier is not None:
            return easier
    if not after:
        return None
    last = after[-1]
    down = _ease_off(after)
    if down is not None:
        return _make(routine, Direction.DOWN, down)
    if last.pain is not None and last.pain >= SETTLING_PAIN:
        return None  # not the day to push on
    if any(feel is not Feel.GREEN for _, feel in felt):
        return None  # amber (or red with nothing easier): this dose again
    steady = after[-STEADY_SESSIONS:]
    if last.effort is Effort.TOO_EASY:
        return _make(routine, Direction.UP, "The last session felt too easy.")
    if len(steady) == STEADY_SESSIONS and all(
        a.effort is Effort.ABOUT_RIGHT and a.pain is not None and a.pain <= LOW_PAIN for a in steady
    ):
        return _make(routine, Direction.UP, f"The last {STEADY_SESSIONS} sessions felt about right, with little pain.")
    return None


def _ease_off(after: Sequence[CheckIn]) -> str | None:
    """Why the load should be less, from the last check-ins after sessions (oldest first); None if not."""
    last = after[-1]
    if last.pain is not None and last.pain >= CHANGE_PAIN:
        return f"Your back hurt {last.pain} out of 10 after the last session."
    recent = after[-TOO_HARD_SESSIONS:]
    if len(recent) == TOO_HARD_SESSIONS and all(a.effort is Effort.TOO_HARD for a in recent):
        return f"The last {TOO_HARD_SESSIONS} sessions felt too hard."
    if len(recent) == TOO_HARD_SESSIONS and all(a.pain is not None and a.pain >= SETTLING_PAIN for a in recent):
        return f"Your back hurt {SETTLING_PAIN} or more after the last {TOO_HARD_SESSIONS} sessions."
    return None


def _easier_variants(routine: Routine, red: Sequence[str]) -> Suggestion | None:
    """The routine with each exercise rated red replaced by its easier variant, where it has one."""
    ladders = {exercise.id: exercise for exercise in routine.variants}
    swaps = {e.id: easier for e in ladders.values() if e.id in red and (easier := easier_of(e, ladders)) is not None}
    if not swaps:
        return None
    changes = [Change("Easier version", ladders[old].name, new.name) for old, new in swaps.items()]
    names = ", ".join(ladders[old].name for old in swaps)
    steps = tuple(_swap(step, swaps) for step in routine.steps)
    reason = f"Your back said red after {names} last time."
    return Suggestion(Direction.DOWN, reason, tuple(changes), replace(routine, steps=steps))


def _swap(step: Step, swaps: dict[str, Exercise]) -> Step:
    if isinstance(step, Circuit):
        return replace(step, steps=tuple(_swap(inner, swaps) for inner in step.steps))
    if isinstance(step, ExerciseStep) and step.exercise.id in swaps:
        return replace(step, exercise=swaps[step.exercise.id])
    return step


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
