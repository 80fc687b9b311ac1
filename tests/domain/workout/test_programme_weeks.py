"""A programme's weeks meet each exercise's own dose (docs/progression.md, "In a programme"): whatever the runner
does and feels over the weeks, the dose that runs never steps up without the evidence, nor more than one step."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.domain.care.test_exercise_progress_histories import dids, easy_leaning
from workout_timer import resources
from workout_timer.domain.care.exercise_plan import limits_of, ran_doses
from workout_timer.domain.care.exercise_progress import (
    Did,
    Dose,
    Move,
    NextDay,
    State,
    after_next_day,
    after_ran,
    lighter,
    start,
    step_up,
)
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.care.reasons import Reason
from workout_timer.domain.care.week_dose import carried
from workout_timer.domain.routines.loading import load_catalogue, load_routine_text
from workout_timer.domain.routines.routine import iter_exercise_steps
from workout_timer.domain.workout.session_setup import todays_routine

CATALOGUE = load_catalogue(resources.catalogue_path())
ROUTINE = load_routine_text(
    "version: 1\nname: t\nsteps:\n  - {exercise: plank, duration: 30, sets: 3}\n"
    "  - {exercise: knee-push-up, reps: 8, sets: 2}\n",
    "test.yaml",
    CATALOGUE,
    "test",
)
LIMITS = limits_of(ROUTINE)

weeks = st.lists(st.sampled_from([Dial.GENTLEST, Dial.GENTLER, Dial.NORMAL]), min_size=1, max_size=4).map(
    lambda levels: [*sorted(levels, key=list(Dial).index, reverse=True), None]
)
"""A programme's weeks, gentlest first, and then the runner's own sessions."""
days = st.lists(st.one_of(dids, easy_leaning, easy_leaning, easy_leaning, st.sampled_from(NextDay)), max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(weeks=weeks, history=st.data())
def test_across_programme_weeks_never_a_step_up_without_evidence_nor_two_at_once(
    weeks: list[Dial | None], history: st.DataObject
) -> None:
    states = {key: start(limits) for key, limits in LIMITS.items()}
    last: dict[str, Dose] = {}
    earned = dict.fromkeys(LIMITS, False)
    """A step up the rules took (from evidence) since the dose last ran."""
    for week in weeks:
        for day in history.draw(days):
            if isinstance(day, NextDay):
                states = {key: after_next_day(state, day, LIMITS[key]) for key, state in states.items()}
                continue
            today = todays_routine(ROUTINE, states, Dial.NORMAL, week=week)
            ran = ran_doses(ROUTINE, today)
            carry = carried(week, LIMITS)
            for key, limits in LIMITS.items():
                dose = ran[key]
                if key in last and lighter(last[key], dose, limits):
                    assert earned[key], f"{key}: {last[key]} became {dose} with no evidence behind it"
                    once = step_up(State(key, last[key]), limits, Reason()).dose
                    assert not lighter(once, dose, limits), f"{key}: {last[key]} became {dose}, more than one step"
                last[key], earned[key] = dose, False
                states[key] = after_ran(states[key], dose, day, limits, key in carry)
                earned[key] = states[key].move is Move.UP


def test_the_first_normal_week_goes_on_from_the_gentle_weeks_one_step_at_a_time() -> None:
    """The review's case: gentlest, gentler, then normal, all easy: the plank does not jump from 20 seconds on
    the knees to 30 seconds on the toes, and the push-ups stay against the wall until they have earned more."""
    states = {key: start(limits) for key, limits in LIMITS.items()}
    ran: list[dict[str, Dose]] = []
    for week in [Dial.GENTLEST] * 3 + [Dial.GENTLER] * 3 + [Dial.NORMAL]:
        today = todays_routine(ROUTINE, states, Dial.NORMAL, week=week)
        ran.append(ran_doses(ROUTINE, today))
        sets = [step.sets for step in iter_exercise_steps(today.steps)]
        for key, limits in LIMITS.items():
            states[key] = after_ran(states[key], ran[-1][key], Did(), limits, carry=week is not Dial.NORMAL)
    assert ran[0]["knee-plank"] == Dose("knee-plank", 15, True) and sets == [3, 2]
    planks = [(dose["knee-plank"].exercise, dose["knee-plank"].amount) for dose in ran]
    assert planks == [("knee-plank", 15)] * 3 + [("knee-plank", 20)] * 3 + [("knee-plank", 25)]  # 5 s at a time
    pushups = [(dose["wall-push-up"].exercise, dose["wall-push-up"].amount) for dose in ran]
    assert pushups == [("wall-push-up", 4)] * 3 + [("wall-push-up", 6)] * 3 + [("wall-push-up", 8)]


def test_a_step_back_holds_the_programme_at_a_gentler_levels_sets() -> None:
    """After a step back the first normal week does not add a set by the calendar alone; the dose is the state's."""
    state = State("knee-plank", Dose("knee-plank", 20, True), move=Move.BACK)
    today = todays_routine(ROUTINE, {"knee-plank": state}, Dial.NORMAL, week=Dial.NORMAL)
    plank = next(iter(iter_exercise_steps(today.steps)))
    assert (plank.exercise.id, plank.duration, plank.sets) == ("knee-plank", 20, 2)  # gentler's sets, not 3
    calm = todays_routine(ROUTINE, {"knee-plank": State("knee-plank", state.dose)}, Dial.NORMAL, Dial.NORMAL)
    assert next(iter(iter_exercise_steps(calm.steps))).sets == 3
    alone = todays_routine(ROUTINE, {"knee-plank": state}, Dial.NORMAL)  # outside a programme: the routine's sets
    assert next(iter(iter_exercise_steps(alone.steps))).sets == 3
