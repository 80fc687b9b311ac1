"""How the back felt: a one-key rating in the rest after an exercise, never asked for, once for each exercise done."""

from __future__ import annotations

from collections.abc import Callable

from tests.domain.session.test_easier_now import LADDERS, names
from tests.domain.session.test_engine import run_to_end, run_until
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Eased, Felt
from workout_timer.domain.session.feel import GRACE, Feel, rated_segment

Load = Callable[[str], Routine]
# prepare 0-5 · plank 5-35 · set rest 35-45 · plank 45-75 · rest 75-85 · side plank L 85-105 · switch 105-110
# · R 110-130 · rest 130-140 · cat-cow 140-152 · rest 152-162 · plank 162-182


def test_a_rating_is_open_only_in_the_rest_after_an_exercises_last_set_and_side(load: Load) -> None:
    timeline = build_timeline(load(LADDERS))
    open_at = {i: s.index for i in range(len(timeline)) if (s := rated_segment(timeline, i)) is not None}
    assert open_at == {4: 3, 8: 7, 10: 9}  # not in the rest between sets (2), nor the switch of sides (6)


def test_a_rating_in_the_rest_is_kept_once_and_nothing_else_changes(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(LADDERS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 20)
    assert engine.rate(Feel.AMBER) == [] and engine.snapshot().rating is None  # in the work itself: nothing
    run_until(engine, clock, 1000 + 38)
    assert engine.rate(Feel.AMBER) == [] and engine.snapshot().rating is None  # between sets: not over yet
    run_until(engine, clock, 1000 + 78)
    deadline = engine.deadline
    (felt,) = engine.rate(Feel.AMBER)
    assert isinstance(felt, Felt) and (felt.index, felt.exercise.id, felt.feel, felt.t) == (3, "plank", Feel.AMBER, 78)
    assert engine.rate(Feel.RED) == []  # rated once
    rating = engine.snapshot().rating
    assert rating is not None and rating.feel is Feel.AMBER and rating.offer is None
    assert engine.deadline == deadline and names(engine)[3] == "plank"


def test_red_offers_the_easier_variant_and_e_takes_it_for_the_exercise_rated(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(LADDERS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 78)  # the rest after the second set of planks, before the side plank
    engine.rate(Feel.RED)
    rating = engine.snapshot().rating
    assert rating is not None and rating.offer is not None and rating.offer.id == "knee-plank"  # a plank comes again
    (eased,) = [e for e in engine.ease() if isinstance(e, Eased)]
    assert (eased.exercise.id, eased.easier.id) == ("plank", "knee-plank")  # not the side plank coming next
    assert names(engine)[5] == "side-plank" and names(engine)[11] == "knee-plank"
    rating = engine.snapshot().rating
    assert rating is not None and rating.offer is None  # taken
    (side,) = [e for e in engine.ease() if isinstance(e, Eased)]  # E again: the exercise coming next, as ever
    assert side.exercise.id == "side-plank"


def test_red_after_the_last_time_of_an_exercise_offers_nothing_now(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(LADDERS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 145)  # cat-cow: no ladder
    run_until(engine, clock, 1000 + 155)  # the rest after it
    engine.rate(Feel.RED)
    rating = engine.snapshot().rating
    assert rating is not None and rating.feel is Feel.RED and rating.offer is None
    run_to_end(engine, clock)
    assert engine.felt == {9: Feel.RED}


SHORT_RESTS = (
    "version: 1\nname: t\ndefaults: {prepare: 5, rest: 5}\nsteps:\n"
    "  - {exercise: plank, duration: 20}\n"
    "  - {exercise: cat-cow, reps: 4, tempo: 3}\n"
    "  - {exercise: plank, duration: 20}\n"
)
# prepare 0-5 · plank 5-25 · rest 25-30 · cat-cow 30-42 · rest 42-47 · plank 47-67


def test_a_key_at_the_very_end_of_a_short_rest_is_kept_for_the_exercise_just_done(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(SHORT_RESTS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 30 - 0.05)  # the rest's last moment
    (first,) = [e for e in engine.rate(Feel.AMBER) if isinstance(e, Felt)]
    assert (first.index, first.exercise.id, first.feel) == (1, "plank", Feel.AMBER)
    run_until(engine, clock, 1000 + 47 + 0.5)  # half a second into the plank after cat-cow's rest
    assert engine.segment is not None and engine.segment.index == 5
    (second,) = [e for e in engine.rate(Feel.RED) if isinstance(e, Felt)]
    assert (second.index, second.exercise.id, second.feel) == (3, "cat-cow", Feel.RED)
    assert engine.rate(Feel.GREEN) == []  # rated once, in the grace as in the rest
    assert engine.felt == {1: Feel.AMBER, 3: Feel.RED}


def test_a_key_after_the_grace_or_for_a_rated_rest_changes_nothing(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(SHORT_RESTS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 27)
    engine.rate(Feel.GREEN)
    run_until(engine, clock, 1000 + 30.5)  # in the grace, but the rest is rated already
    assert engine.rate(Feel.RED) == []
    run_until(engine, clock, 1000 + 47 + GRACE + 0.01)  # the grace after cat-cow's rest is over
    assert engine.rate(Feel.RED) == []
    assert engine.felt == {1: Feel.GREEN}


def test_a_key_pressed_as_the_rest_ends_reaches_the_engine_after_its_wake_up(load: Load, clock: FakeClock) -> None:
    """The driver's timer moved the engine on a moment before the key was handled: the key still counts."""
    engine = SessionEngine(build_timeline(load(SHORT_RESTS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 30 + 0.02)
    felt = [e for e in engine.rate(Feel.GREEN) if isinstance(e, Felt)]
    assert [(e.index, e.exercise.id) for e in felt] == [(1, "plank")]


def test_no_rating_after_an_exercise_skipped(load: Load, clock: FakeClock) -> None:
    """→ during the plank: the rest after it asks nothing about a plank not done, and a key there or in its grace
    keeps nothing; the exercise after it, done, is asked about as ever."""
    engine = SessionEngine(build_timeline(load(SHORT_RESTS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 10)
    engine.skip()
    assert engine.segment is not None and engine.segment.index == 2  # the rest after the plank
    assert engine.snapshot().rating is None and not [e for e in engine.rate(Feel.RED) if isinstance(e, Felt)]
    run_until(engine, clock, 1000 + 15 + 0.5)  # in cat-cow's first moments: the grace of the rest skipped into
    assert not [e for e in engine.rate(Feel.RED) if isinstance(e, Felt)] and engine.felt == {}
    run_until(engine, clock, 1000 + 29)  # the rest after cat-cow, done
    rating = engine.snapshot().rating
    assert rating is not None and rating.work.exercise is not None and rating.work.exercise.id == "cat-cow"
    assert engine.skipped == {1}


def test_an_exercise_skipped_then_gone_back_to_and_done_is_asked_about(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(SHORT_RESTS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 10)
    engine.skip()
    run_until(engine, clock, 1000 + 11)
    engine.previous()  # at once: back to the plank, from its start
    assert engine.segment is not None and engine.segment.index == 1
    run_until(engine, clock, 1000 + 11 + 20 + 1)  # the plank done, in the rest after it
    rating = engine.snapshot().rating
    assert rating is not None and rating.work.index == 1 and rating.feel is None
    (felt,) = [e for e in engine.rate(Feel.GREEN) if isinstance(e, Felt)]
    assert (felt.index, felt.feel) == (1, Feel.GREEN) and engine.skipped == frozenset()
