"""Progression per exercise: one plain example for each rule of docs/progression.md."""

from __future__ import annotations

from workout_timer.domain.care.back_care import Effort
from workout_timer.domain.care.exercise_progress import (
    Did,
    Dose,
    Limits,
    Move,
    NextDay,
    State,
    after_next_day,
    after_session,
    fits,
    start,
)
from workout_timer.domain.care.reasons import Reason, Why
from workout_timer.domain.session.feel import Feel

PLANKS = Limits(("knee-plank", "plank", "plank-leg-lift"), Dose("plank", 20, timed=True))
BRIDGES = Limits(("glute-bridge", "marching-bridge", "single-leg-bridge"), Dose("glute-bridge", 10, timed=False))
EASY = Did()


def sessions(state: State, limits: Limits, *did: Did) -> State:
    for each in did:
        state = after_session(state, each, limits)
    return state


def test_a_new_exercise_starts_as_written() -> None:
    state = start(PLANKS)
    assert state.dose == Dose("plank", 20, timed=True) and state.move is Move.NONE and fits(state, PLANKS)


def test_three_easy_sessions_in_a_row_add_five_seconds() -> None:
    state = sessions(start(PLANKS), PLANKS, EASY, EASY)
    assert state.dose.amount == 20 and state.easy == 2 and state.move is Move.HOLD
    state = after_session(state, EASY, PLANKS)
    assert state.dose == Dose("plank", 25, timed=True)
    assert (state.move, state.before, state.reason) == (Move.UP, Dose("plank", 20, True), Reason(Why.EASY, 3))
    assert state.easy == 0  # the count starts again at the new dose


def test_too_easy_takes_two_sessions_not_one() -> None:
    state = after_session(start(PLANKS), Did(effort=Effort.TOO_EASY), PLANKS)
    assert state.dose.amount == 20
    state = after_session(state, Did(effort=Effort.TOO_EASY), PLANKS)
    assert state.dose.amount == 25 and state.reason == Reason(Why.EASY_LAST_TOO_EASY, 2)


def test_reps_grow_two_at_a_time() -> None:
    state = sessions(start(BRIDGES), BRIDGES, EASY, EASY, EASY)
    assert state.dose == Dose("glute-bridge", 12, timed=False)
    assert state.dose.words() == "12 reps"


def test_at_the_target_the_next_rung_starts_at_an_easier_dose() -> None:
    state = start(PLANKS)
    for _ in range(2):
        state = sessions(state, PLANKS, EASY, EASY, EASY)
    assert state.dose == Dose("plank", 30, timed=True)  # the target: 30 s
    state = sessions(state, PLANKS, EASY, EASY, EASY)
    assert state.dose == Dose("plank-leg-lift", 20, timed=True)  # two thirds of the target
    assert state.before == Dose("plank", 30, timed=True)
    bridges = sessions(State("glute-bridge", Dose("glute-bridge", 12, False)), BRIDGES, *[EASY] * 3)
    assert bridges.dose == Dose("marching-bridge", 8, timed=False)


def test_the_top_rung_grows_to_its_ceiling_and_stays() -> None:
    state = State("knee-plank", Dose("plank-leg-lift", 55, True))
    state = sessions(state, PLANKS, EASY, EASY, EASY)
    assert state.dose.amount == 60
    again = sessions(state, PLANKS, EASY, EASY, EASY, EASY)
    assert again.dose == state.dose and again.move is Move.HOLD


def test_the_routines_own_longer_hold_is_the_target() -> None:
    long = Limits(PLANKS.ladder, Dose("plank", 45, True))
    state = sessions(start(long), long, EASY, EASY, EASY)
    assert state.dose == Dose("plank-leg-lift", 30, timed=True)  # two thirds of 45 s, in whole 5 seconds


def test_red_steps_back_a_rung_at_once_at_the_same_dose() -> None:
    state = after_session(start(PLANKS), Did(feel=Feel.RED), PLANKS)
    assert state.dose == Dose("knee-plank", 20, timed=True)
    assert (state.move, state.reason) == (Move.BACK, Reason(Why.RED))


def test_pain_of_six_after_the_session_is_red_too() -> None:
    state = after_session(start(PLANKS), Did(pain=6), PLANKS)
    assert state.dose.exercise == "knee-plank" and state.reason == Reason(Why.PAIN, 6)


def test_on_the_first_rung_a_step_back_takes_some_off_never_below_the_floor() -> None:
    state = State("knee-plank", Dose("knee-plank", 15, True))
    state = after_session(state, Did(feel=Feel.RED), PLANKS)
    assert state.dose == Dose("knee-plank", 10, timed=True)
    state = after_session(state, Did(feel=Feel.RED), PLANKS)
    assert state.dose == Dose("knee-plank", 10, timed=True) and state.move is Move.HOLD


def test_amber_holds_once_and_steps_back_the_second_time_in_a_row() -> None:
    state = sessions(start(PLANKS), PLANKS, EASY, EASY)
    state = after_session(state, Did(feel=Feel.AMBER), PLANKS)
    assert state.dose.amount == 20 and state.easy == 0 and state.amber == 1 and state.move is Move.HOLD
    state = after_session(state, Did(effort=Effort.TOO_HARD), PLANKS)  # too hard is amber too
    assert state.dose.exercise == "knee-plank" and state.reason == Reason(Why.AMBER, 2)


def test_amber_that_settles_starts_the_count_again() -> None:
    state = after_session(start(PLANKS), Did(pain=4), PLANKS)
    state = after_session(state, EASY, PLANKS)
    assert state.amber == 0 and state.easy == 1
    state = after_session(state, Did(pain=5), PLANKS)
    assert state.dose.amount == 20 and state.amber == 1


def test_a_session_not_done_as_given_holds_and_starts_the_count_again() -> None:
    for did in (Did(done=False), Did(as_given=False), Did(pain=4, done=False)):
        state = sessions(start(PLANKS), PLANKS, EASY, EASY, did, EASY)
        assert state.dose.amount == 20 and state.easy in (0, 1), did


def test_a_gentler_day_with_red_still_steps_back() -> None:
    state = after_session(start(PLANKS), Did(as_given=False, feel=Feel.RED), PLANKS)
    assert state.dose.exercise == "knee-plank"


def test_worse_the_next_day_undoes_the_step_up_of_the_day_before() -> None:
    state = sessions(start(PLANKS), PLANKS, EASY, EASY, EASY)
    worse = after_next_day(state, NextDay.WORSE, PLANKS)
    assert worse.dose == Dose("plank", 20, timed=True) and worse.move is Move.BACK
    assert worse.reason == Reason(Why.WORSE)


def test_worse_the_next_day_after_amber_steps_back() -> None:
    state = after_session(start(PLANKS), Did(feel=Feel.AMBER), PLANKS)
    assert after_next_day(state, NextDay.WORSE, PLANKS).dose.exercise == "knee-plank"


def test_worse_the_next_day_otherwise_holds() -> None:
    state = sessions(start(PLANKS), PLANKS, EASY, EASY)
    worse = after_next_day(state, NextDay.WORSE, PLANKS)
    assert worse.dose == state.dose and worse.easy == 0
    assert after_session(worse, EASY, PLANKS).dose.amount == 20  # the count started again


def test_same_or_better_the_next_day_changes_nothing() -> None:
    state = sessions(start(PLANKS), PLANKS, EASY, EASY)
    assert after_next_day(state, NextDay.SAME, PLANKS) == state == after_next_day(state, NextDay.BETTER, PLANKS)


def test_a_state_fits_any_routine_on_its_ladder_measured_the_same_way() -> None:
    state = sessions(start(PLANKS), PLANKS, EASY, EASY, EASY)
    assert fits(state, Limits(PLANKS.ladder, Dose("plank", 40, True)))  # another routine's plank: the same ladder
    assert not fits(state, Limits(PLANKS.ladder, Dose("plank", 8, False)))  # counted in reps: a ladder of its own
    assert not fits(State("knee-plank", Dose("push-up", 8, False)), PLANKS)


def test_after_a_break_the_counts_start_again() -> None:
    state = sessions(start(PLANKS), PLANKS, EASY, EASY)
    back = after_session(state, Did(after_break=True), PLANKS)
    assert back.dose.amount == 20 and back.easy == 1
    amber = after_session(start(PLANKS), Did(feel=Feel.AMBER), PLANKS)
    assert after_session(amber, Did(feel=Feel.AMBER, after_break=True), PLANKS).dose.exercise == "plank"  # a hold
    assert after_session(amber, Did(feel=Feel.RED, after_break=True), PLANKS).dose.exercise == "knee-plank"
