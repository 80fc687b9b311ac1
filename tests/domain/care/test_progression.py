"""Gentle progression: when a step up or down is suggested, and what it changes."""

from __future__ import annotations

from collections.abc import Callable

from workout_timer.domain.care.back_care import CheckIn, Effort, Moment
from workout_timer.domain.care.progression import Direction, suggest
from workout_timer.domain.routines.routine import Circuit, ExerciseStep, Routine
from workout_timer.domain.routines.timeline import build_timeline

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


def test_two_sessions_too_hard_in_a_row_step_down_with_floors(load: Callable[[str], Routine]) -> None:
    routine = load(ROUTINE)
    assert suggest(routine, [after(Effort.TOO_HARD)]) is None  # one hard session can be a bad day
    assert suggest(routine, [after(Effort.TOO_HARD), after(Effort.ABOUT_RIGHT), after(Effort.TOO_HARD)]) is None
    found = suggest(routine, [after(Effort.ABOUT_RIGHT), after(Effort.TOO_HARD), after(Effort.TOO_HARD)])
    assert found is not None and found.direction is Direction.DOWN and "last 2 sessions felt too hard" in found.reason
    assert "Dead bug: 3 reps → 2 reps" in [str(c) for c in found.changes]
    assert "Side plank: 10s → 10s" not in [str(c) for c in found.changes]  # already at the shortest
    assert suggest(routine, []) is None
    assert suggest(routine, [after(None)]) is None  # a skipped check-in says nothing


def test_pain_after_a_session_follows_the_traffic_light(load: Callable[[str], Routine]) -> None:
    routine = load(ROUTINE)
    assert suggest(routine, [after(Effort.ABOUT_RIGHT, 2), after(Effort.ABOUT_RIGHT, 3)]) is None  # fine
    assert suggest(routine, [after(Effort.ABOUT_RIGHT, 1), after(None, 2), after(None, 3)]) is None  # rising, but low
    assert suggest(routine, [after(Effort.ABOUT_RIGHT, 1), after(Effort.ABOUT_RIGHT, 5)]) is None  # may settle
    settled_not = suggest(routine, [after(Effort.ABOUT_RIGHT, 4), after(Effort.ABOUT_RIGHT, 5)])
    assert settled_not is not None and settled_not.direction is Direction.DOWN
    assert "4 or more after the last 2 sessions" in settled_not.reason
    at_once = suggest(routine, [after(Effort.ABOUT_RIGHT, 6)])
    assert at_once is not None and at_once.direction is Direction.DOWN and "6 out of 10" in at_once.reason
    assert suggest(routine, [after(Effort.TOO_EASY, 5)]) is None  # no more while it hurts


def test_a_mostly_skipped_session_leads_neither_up_nor_down(load: Callable[[str], Routine]) -> None:
    routine = load(ROUTINE)
    assert suggest(routine, [after(Effort.TOO_EASY)], done_share=0.5) is None
    assert suggest(routine, [after(Effort.TOO_HARD)] * 2, done_share=1 / 19) is None
    assert suggest(routine, [after(Effort.ABOUT_RIGHT, 8)], done_share=0.2) is None
    found = suggest(routine, [after(Effort.TOO_HARD)] * 2, done_share=0.8)
    assert found is not None and found.direction is Direction.DOWN
