"""What the app says back after "worse" the day after: next time's doses by the progress rules, and a card."""

from __future__ import annotations

from collections.abc import Callable

from workout_timer.domain.care.exercise_plan import limits_of
from workout_timer.domain.care.exercise_progress import Dose, Move, NextDay, State, after_next_day
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.workout.next_day_reply import (
    BACKING_OFF,
    SEE_A_DOCTOR,
    SORENESS,
    Moved,
    Reply,
    worse_reply,
)

ROUTINE = """\
version: 1
name: Reply test
steps:
  - {exercise: plank, duration: 30, sets: 3}
  - {exercise: glute-bridge, reps: 10, sets: 2}
"""


def worse(routine: Routine, states: dict[str, State], week: Dial | None = None) -> Moved:
    limits = limits_of(routine)
    after = {key: after_next_day(state, NextDay.WORSE, limits[key]) for key, state in states.items()}
    return Moved(routine, states, after, week)


def test_a_step_up_undone_is_told_as_the_dose_before_again_with_its_sets(load: Callable[[str], Routine]) -> None:
    routine = load(ROUTINE)
    up = State("knee-plank", Dose("knee-plank", 25, True), move=Move.UP, before=Dose("knee-plank", 20, True))
    bridge = State("glute-bridge", Dose("glute-bridge", 10, False), easy=2)
    reply = worse_reply([worse(routine, {"knee-plank": up, "glute-bridge": bridge})], worse_before=False)
    assert reply == Reply(
        (
            "Next time: Plank on your knees again, 20 seconds, 3 sets.",
            "The other exercises stay as they were, with no step up until your back feels better.",
        ),
        BACKING_OFF,
    )


def test_after_amber_one_step_easier_in_the_programme_weeks_sets(load: Callable[[str], Routine]) -> None:
    routine = load(ROUTINE)
    amber = State("knee-plank", Dose("plank", 20, True), amber=1, move=Move.HOLD)
    reply = worse_reply([worse(routine, {"knee-plank": amber}, week=Dial.NORMAL)], worse_before=False)
    # a step back holds the programme a level gentler: one set fewer than the week's
    assert reply.next_time == ("Next time: Plank on your knees, 20 seconds, 2 sets: one step easier.",)
    assert reply.card == BACKING_OFF


def test_held_only_says_so_and_worse_twice_running_points_to_a_doctor(load: Callable[[str], Routine]) -> None:
    routine = load(ROUTINE)
    calm = State("knee-plank", Dose("plank", 30, True), easy=2)
    held = worse_reply([worse(routine, {"knee-plank": calm})], worse_before=False)
    assert held == Reply(("Next time: the same doses again, with no step up until your back feels better.",), SORENESS)
    assert worse_reply([worse(routine, {"knee-plank": calm})], worse_before=True).card == SEE_A_DOCTOR
    assert worse_reply([], worse_before=True) == Reply()  # nothing kept for the day's routines: nothing to tell
