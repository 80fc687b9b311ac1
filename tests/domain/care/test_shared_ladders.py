"""Progress kept per ladder, shared by every routine that uses a rung of it (docs/progression.md): a routine that
asks for a harder version runs the one reached, never higher; one that asks for an easier version runs it at a
dose the progress justifies, and is no evidence for the version reached."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.domain.care.test_exercise_progress_histories import dids, easy_leaning
from workout_timer import resources
from workout_timer.domain.care.back_care import Effort
from workout_timer.domain.care.exercise_plan import doses, limits_of, plan
from workout_timer.domain.care.exercise_progress import (
    EASY_SESSIONS,
    TARGET_HOLD,
    TARGET_REPS,
    Did,
    Dose,
    Limits,
    Move,
    State,
    after_ran,
    placed,
    start,
)
from workout_timer.domain.library.library import Library
from workout_timer.domain.routines.routine import Routine, iter_exercise_steps

LADDER = ("knee-plank", "plank", "plank-leg-lift")


@st.composite
def routines(draw: st.DrawFn, timed: bool) -> Limits:
    """One routine's step on the ladder: a rung it asks for and its own dose."""
    amount = draw(st.integers(min_value=5, max_value=90) if timed else st.integers(min_value=1, max_value=30))
    return Limits(LADDER, Dose(draw(st.sampled_from(LADDER)), amount, timed))


@st.composite
def shared(draw: st.DrawFn) -> tuple[list[Limits], list[tuple[int, Did, bool]]]:
    """Two to four routines that share the ladder, and sessions of any of them (some in a programme's gentle
    week, whose lighter doses the state takes on)."""
    timed = draw(st.booleans())
    each = draw(st.lists(routines(timed), min_size=2, max_size=4))
    sessions = draw(
        st.lists(st.tuples(st.integers(0, len(each) - 1), st.one_of(dids, easy_leaning), st.booleans()), max_size=60)
    )
    return each, sessions


def rung(dose: Dose) -> int:
    return LADDER.index(dose.exercise)


@dataclass
class Evidence:
    at_dose: list[Did]
    """The sessions that ran the state's own dose (or said amber or red on an easier version) since it last
    changed."""


@settings(max_examples=300, deadline=None)
@given(history=shared())
def test_no_routine_runs_a_version_harder_than_the_one_reached(
    history: tuple[list[Limits], list[tuple[int, Did]]],
) -> None:
    each, sessions = history
    state: State | None = None
    evidence = Evidence([])
    for which, did, gentle_week in sessions:
        limits = each[which]
        if state is None:
            state = start(limits)
        dose = placed(state, limits)
        assert rung(dose) <= rung(state.dose), "never a version above the one reached"
        if rung(dose) == rung(state.dose):
            assert dose == state.dose  # the reached version at its own dose, whichever routine asks
        else:  # an easier version the routine asks for: its own dose, at most what the ladder's progress justifies
            assert dose.exercise == limits.written.exercise
            target = TARGET_HOLD if dose.timed else TARGET_REPS
            assert dose.amount <= limits.written.amount and dose.amount <= max(state.dose.amount, target)
        old = state
        state = after_ran(state, dose, did, limits, carry=gentle_week)
        if did.after_break:  # the counts start again with the session back
            evidence.at_dose = []
        if dose == old.dose or did.red or did.amber:
            evidence.at_dose.append(did)
        else:  # an easier version that went well: no evidence either way, the counts as they were (or after a break)
            counts = (0, 0) if did.after_break else (old.easy, old.amber)
            assert (state.dose, state.easy, state.amber) == (old.dose, *counts), "progress lost to an easier version"
        if state.move is Move.UP and state.dose != old.dose:  # a step up only on easy sessions at the dose before
            needed = EASY_SESSIONS - 1 if did.effort is Effort.TOO_EASY else EASY_SESSIONS
            assert len(evidence.at_dose) >= needed and all(d.easy for d in evidence.at_dose[-needed:])
        if state.dose != old.dose:
            evidence.at_dose = []
        assert state.dose.exercise in LADDER


@pytest.fixture(scope="module")
def library() -> Library:
    return Library(resources.routines_dir(), None, resources.catalogue_path())


def routine(library: Library, routine_id: str) -> Routine:
    entry = library.find(routine_id)
    assert entry is not None and entry.routine is not None
    return entry.routine


def test_a_routine_new_to_the_runner_starts_at_the_rung_reached_not_as_written(library: Library) -> None:
    """Eight weeks' week 6: the knee plank built up to 20 s in "Core for runners" carries into "Stronger back and
    glutes", which asks for the plank with a leg lift for 30 s: it runs the knee plank for 20 s."""
    core, stronger = routine(library, "core-for-runners"), routine(library, "stronger-back")
    kept = {"knee-plank": State("knee-plank", Dose("knee-plank", 20, True), easy=1)}
    (key,) = (key for key, limits in limits_of(stronger).items() if "plank-leg-lift" in limits.ladder)
    assert key == "knee-plank" and limits_of(core)[key].ladder == limits_of(stronger)[key].ladder
    assert doses(stronger, kept)[key] == Dose("knee-plank", 20, True)
    ran = plan(stronger, kept).routine
    planks = [step for step in iter_exercise_steps(ran.steps) if step.exercise.id in LADDER]
    assert [(step.exercise.id, step.duration) for step in planks] == [("knee-plank", 20)]
    (change,) = (change for change in plan(stronger, kept).changes if change.name == "Plank with leg lift")
    assert str(change) == (
        "Plank with leg lift: Plank on your knees for 20 seconds (the routine says Plank with leg lift for 30 seconds)"
    )


def test_a_routine_that_asks_for_an_easier_version_runs_it_at_its_own_dose(library: Library) -> None:
    gentle = routine(library, "back-care-mobility")
    bridges = next(limits for limits in limits_of(gentle).values() if "marching-bridge" in limits.ladder)
    reached = State(bridges.key, Dose("marching-bridge", 8, False), easy=2)
    assert bridges.written == Dose("glute-bridge", 10, False)
    assert doses(gentle, {bridges.key: reached})[bridges.key] == Dose("glute-bridge", 10, False)
    low = State(bridges.key, Dose("marching-bridge", 8, False))
    few = Limits(bridges.ladder, Dose("glute-bridge", 20, False))  # more than the target: the target
    assert placed(low, few) == Dose("glute-bridge", 12, False)
