"""The progression rules over generated histories: whatever a runner does and feels, session after session and
the day after, the rules keep their promises (docs/progression.md)."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from workout_timer.domain.care.back_care import Effort
from workout_timer.domain.care.exercise_progress import (
    EASY_SESSIONS,
    Did,
    Dose,
    Limits,
    Move,
    NextDay,
    after_next_day,
    after_session,
    start,
)
from workout_timer.domain.session.feel import Feel


@st.composite
def limits(draw: st.DrawFn) -> Limits:
    rungs = draw(st.integers(min_value=1, max_value=4))
    ladder = tuple(f"rung-{n}" for n in range(rungs))
    timed = draw(st.booleans())
    amount = draw(st.integers(min_value=5, max_value=90) if timed else st.integers(min_value=1, max_value=30))
    return Limits(ladder, Dose(draw(st.sampled_from(ladder)), amount, timed))


dids = st.builds(
    Did,
    done=st.booleans(),
    as_given=st.booleans(),
    feel=st.none() | st.sampled_from(Feel),
    effort=st.none() | st.sampled_from(Effort),
    pain=st.none() | st.integers(min_value=0, max_value=10),
    after_break=st.booleans(),
)
easy_leaning = st.builds(Did, effort=st.none() | st.sampled_from([Effort.ABOUT_RIGHT, Effort.TOO_EASY]))
"""Mostly easy sessions, so that histories climb far enough to reach targets, rungs and ceilings."""
days = st.lists(st.one_of(dids, easy_leaning, easy_leaning, st.sampled_from(NextDay)), max_size=80)


@dataclass
class Walk:
    """What the test itself remembers of a history, apart from the rules' own state."""

    since_change: list[Did]
    """The sessions since the dose last changed (or a "worse" next day, or a break, started the count again)."""


def easier_or_equal(new: Dose, old: Dose, limits: Limits) -> bool:
    return (limits.rung(new.exercise), new.amount) <= (limits.rung(old.exercise), old.amount)


@settings(max_examples=300, deadline=None)
@given(limits=limits(), history=days)
def test_the_rules_keep_their_promises_over_any_history(limits: Limits, history: list[Did | NextDay]) -> None:
    state = start(limits)
    walk = Walk([])
    last_session: Did | None = None
    for day in history:
        old = state.dose
        if isinstance(day, NextDay):
            if last_session is None:
                continue
            state = after_next_day(state, day, limits)
            assert state.dose == old or easier_or_equal(state.dose, old, limits), "the day after never steps up"
            if day is NextDay.WORSE:
                walk.since_change = []
            last_session = None  # asked once
        else:
            state = after_session(state, day, limits)
            if day.after_break:  # the counts start again with the session back
                walk.since_change = []
            walk.since_change.append(day)
            last_session = day
            if day.red:  # always a step back after red, unless nothing is easier
                at_bottom = limits.rung(old.exercise) == 0 and old.amount <= limits.floor
                assert state.move is Move.BACK or at_bottom
                assert easier_or_equal(state.dose, old, limits) and (state.dose != old or at_bottom)
            if state.move is Move.UP:  # never a step up without the evidence
                needed = EASY_SESSIONS - 1 if day.effort is Effort.TOO_EASY else EASY_SESSIONS
                assert len(walk.since_change) >= needed
                assert all(did.easy for did in walk.since_change[-needed:])
        if state.dose != old:
            walk.since_change = []
        # never below the ladder's first rung or the floor, never past the ceiling, never off the ladder
        assert state.dose.exercise in limits.ladder
        assert limits.floor <= state.dose.amount <= limits.ceiling
        assert state.dose.timed is limits.timed


@settings(max_examples=200, deadline=None)
@given(limits=limits(), sessions=st.integers(min_value=0, max_value=60))
def test_easy_sessions_alone_climb_one_step_every_three_to_the_top_and_stay(limits: Limits, sessions: int) -> None:
    state = start(limits)
    ups = 0
    for _ in range(sessions):
        before = state.dose
        state = after_session(state, Did(), limits)
        ups += state.dose != before
    assert ups <= sessions // EASY_SESSIONS
    top = limits.ladder[-1]
    if state.dose.exercise == top and state.dose.amount == limits.ceiling:
        assert after_session(state, Did(), limits).dose == state.dose  # the ceiling holds
