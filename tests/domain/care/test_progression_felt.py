"""How the back felt after each exercise, in the suggestion for next time: red offers the easier version, amber
holds the dose."""

from __future__ import annotations

from collections.abc import Callable

from tests.conftest import SHORT_ROUTINE
from workout_timer.domain.care.back_care import CheckIn, Effort, Moment
from workout_timer.domain.care.progression import Direction, suggest
from workout_timer.domain.routines.routine import Routine, iter_exercise_steps
from workout_timer.domain.session.feel import Feel

Load = Callable[[str], Routine]
TOO_EASY = CheckIn(Moment.AFTER, 0, Effort.TOO_EASY)


def test_red_after_an_exercise_suggests_its_easier_version_next_time(load: Load) -> None:
    routine = load(SHORT_ROUTINE)
    suggestion = suggest(routine, [], 1.0, [("plank", Feel.GREEN), ("side-plank", Feel.RED)])
    assert suggestion is not None and suggestion.direction is Direction.DOWN
    assert suggestion.reason == "Your back said red after Side plank last time."
    assert [str(change) for change in suggestion.changes] == ["Easier version: Side plank → Side plank on your knees"]
    assert [s.exercise.id for s in iter_exercise_steps(suggestion.routine.steps)] == [
        "plank",
        "knee-side-plank",
        "knee-push-up",
    ]


def test_red_wins_over_a_session_that_felt_too_easy(load: Load) -> None:
    suggestion = suggest(load(SHORT_ROUTINE), [TOO_EASY], 1.0, [("plank", Feel.RED)])
    assert suggestion is not None and suggestion.direction is Direction.DOWN
    assert suggestion.changes[0].after == "Plank on your knees"


def test_amber_holds_the_dose_instead_of_a_step_up(load: Load) -> None:
    routine = load(SHORT_ROUTINE)
    up = suggest(routine, [TOO_EASY], 1.0, [("plank", Feel.GREEN)])
    assert up is not None and up.direction is Direction.UP
    assert suggest(routine, [TOO_EASY], 1.0, [("plank", Feel.AMBER)]) is None


def test_red_on_the_first_rung_leaves_the_rest_to_the_check_ins(load: Load) -> None:
    routine = load("version: 1\nname: t\nsteps:\n  - {exercise: glute-bridge, reps: 10}\n")
    assert suggest(routine, [], 1.0, [("glute-bridge", Feel.RED)]) is None
    hurt = suggest(routine, [CheckIn(Moment.AFTER, 7)], 1.0, [("glute-bridge", Feel.RED)])
    assert hurt is not None and hurt.direction is Direction.DOWN and hurt.changes[0].after == "8 reps"


def test_a_session_mostly_skipped_says_nothing_whatever_was_felt(load: Load) -> None:
    assert suggest(load(SHORT_ROUTINE), [], 0.25, [("plank", Feel.RED)]) is None
