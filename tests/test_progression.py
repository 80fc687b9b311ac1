"""Gentle progression: when a step up or down is suggested, and what it changes."""

from __future__ import annotations

from collections.abc import Callable

from workout_timer.domain.back_care import CheckIn, Effort, Moment
from workout_timer.domain.progression import Direction, suggest
from workout_timer.domain.routine import Circuit, ExerciseStep, Routine
from workout_timer.domain.timeline import build_timeline

ROUTINE = """\
version: 1
name: Progress test
steps:
  - {exercise: plank, duration: 30}
  - {exercise: glute-bridge, reps: 10}
  - circuit:
      rounds: 2
      steps:
        - {exercise: dead-bug, reps: 3}
        - {exercise: side-plank, duration: 10, sides: both}
"""


def after(effort: Effort | None, pain: int | None = None) -> CheckIn:
    return CheckIn(Moment.AFTER, pain, effort)


def test_too_easy_steps_up_every_hold_and_rep_count(load: Callable[[str], Routine]) -> None:
    routine = load(ROUTINE)
    found = suggest(routine, [after(Effort.TOO_EASY, 1)])
    assert found is not None and found.direction is Direction.UP
    assert [str(c) for c in found.changes] == [
        "Plank: 30s → 35s",
        "Glute bridge: 10 reps → 12 reps",
        "Dead bug: 3 reps → 5 reps",
        "Side plank: 10s → 15s",
    ]
    plank, _, circuit = found.routine.steps
    assert isinstance(plank, ExerciseStep) and plank.duration == 35
    assert isinstance(circuit, Circuit) and circuit.rounds == 2
    assert build_timeline(found.routine).total > build_timeline(routine).total
    assert routine.steps[0] == load(ROUTINE).steps[0]  # the original is untouched


def test_steady_sessions_with_little_pain_step_up_but_not_before_three(load: Callable[[str], Routine]) -> None:
    routine = load(ROUTINE)
    steady = [after(Effort.ABOUT_RIGHT, 2)] * 3
    assert suggest(routine, steady[:2]) is None
    found = suggest(routine, steady)
    assert found is not None and found.direction is Direction.UP and "3 sessions" in found.reason
    assert suggest(routine, [*steady[:2], after(Effort.ABOUT_RIGHT, 5)]) is None  # too much pain to push


def test_too_hard_or_rising_pain_steps_down_with_floors(load: Callable[[str], Routine]) -> None:
    routine = load(ROUTINE)
    found = suggest(routine, [after(Effort.TOO_HARD)])
    assert found is not None and found.direction is Direction.DOWN
    assert "Dead bug: 3 reps → 2 reps" in [str(c) for c in found.changes]
    assert "Side plank: 10s → 10s" not in [str(c) for c in found.changes]  # already at the shortest
    rising = suggest(routine, [after(Effort.ABOUT_RIGHT, 2), after(Effort.ABOUT_RIGHT, 3), after(None, 4)])
    assert rising is not None and rising.direction is Direction.DOWN and "rising" in rising.reason
    assert suggest(routine, []) is None
    assert suggest(routine, [after(None)]) is None  # a skipped check-in says nothing


def test_a_mostly_skipped_session_can_step_down_but_not_up(load: Callable[[str], Routine]) -> None:
    routine = load(ROUTINE)
    assert suggest(routine, [after(Effort.TOO_EASY)], done_share=0.5) is None
    found = suggest(routine, [after(Effort.TOO_HARD)], done_share=0.2)
    assert found is not None and found.direction is Direction.DOWN
