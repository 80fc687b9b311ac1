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
from workout_timer.domain.session.feel import Feel, rated_segment

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
