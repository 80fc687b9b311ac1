"""What a session amounted to: work time only, and every step told apart (done, skipped, stopped, not reached)."""

from __future__ import annotations

import pytest

from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.summary import SessionSummary


def test_only_work_counts_as_exercise_and_steps_never_reached_are_told(
    short_timeline: Timeline, clock: FakeClock
) -> None:
    engine = SessionEngine(short_timeline, clock)
    summary = SessionSummary(short_timeline)
    summary.feed(engine.start())
    clock.advance(5 + 20 + 10 + 3)  # get ready, the plank, a rest, 3 s of the left side plank
    summary.feed(engine.update())
    summary.feed(engine.pause())
    clock.advance(100)
    summary.feed(engine.resume())
    clock.advance(1)
    summary.feed(engine.skip())  # the rest of the left side: skipped, on to "switch sides"
    clock.advance(2)
    summary.feed(engine.abandon())
    assert summary.work == pytest.approx(20 + 3 + 1)
    assert summary.active == pytest.approx(5 + 20 + 10 + 3 + 1 + 2)
    assert summary.steps_line() == "1 of 4 steps done, 1 skipped, 2 not reached"


def test_a_step_stopped_partway_is_neither_done_nor_unreached(short_timeline: Timeline, clock: FakeClock) -> None:
    engine = SessionEngine(short_timeline, clock)
    summary = SessionSummary(short_timeline)
    summary.feed(engine.start())
    clock.advance(5 + 12)
    summary.feed(engine.abandon())
    assert summary.work == pytest.approx(12)
    assert summary.steps_line() == "0 of 4 steps done, 1 stopped partway, 3 not reached"


def test_a_whole_session_counts_every_second_of_work_and_one_step_is_one_step(load, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    from workout_timer.domain.routines.timeline import build_timeline

    timeline = build_timeline(
        load("version: 1\nname: One\ndefaults: {prepare: 5}\nsteps:\n  - {exercise: plank, duration: 20}\n")
    )
    engine = SessionEngine(timeline, clock)
    summary = SessionSummary(timeline)
    summary.feed(engine.start())
    clock.advance(30)
    summary.feed(engine.update())
    assert summary.completed and summary.work == pytest.approx(20) and summary.active == pytest.approx(25)
    assert summary.steps_line() == "1 of 1 step done"


def test_praise_only_for_a_session_mostly_done(short_timeline: Timeline, clock: FakeClock) -> None:
    """Holding → to the end once ended with "Well done!" and 0 of 19 steps done."""
    engine = SessionEngine(short_timeline, clock)
    skipped = SessionSummary(short_timeline)
    skipped.feed(engine.start())
    while engine.state.value == "running":
        clock.advance(0.5)
        skipped.feed(engine.skip() if engine.segment is not None and engine.segment.reps is None else engine.done())
    assert skipped.completed and skipped.done_share < 0.75
    assert skipped.headline == "The routine is over"
    assert skipped.closing.startswith("Most steps were skipped this time.")

    clock.advance(1)
    engine = SessionEngine(short_timeline, clock)
    whole = SessionSummary(short_timeline)
    whole.feed(engine.start())
    while engine.state.value == "running":
        clock.advance(1)
        whole.feed(engine.update())
        if engine.segment is not None and engine.segment.reps is not None and engine.deadline is None:
            whole.feed(engine.done())
    assert whole.completed and whole.done_share == 1.0
    assert whole.headline == "Well done!" and whole.closing.startswith("Drink some water")
