"""A history whose ladders moved, written the way the app writes it: the real workout flow over a real history
file, each session a real engine on a fake clock, on days a fake wall clock sets.

Days 1 to 3: three easy sessions of the short routine (plank 20 s, side plank 10 s, knee push-ups 8 reps), so
each ladder steps up after the third. Day 4: red in the rest after the plank, so the plank steps back to the
plank on your knees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workout_timer.domain.care.back_care import CheckIn, Effort, Moment
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import Phase, build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.feel import Feel
from workout_timer.domain.session.summary import SessionSummary
from workout_timer.domain.workout.flow import Run, WorkoutFlow

FIRST_DAY = dt.date(2026, 11, 2)
"""The first session's day (a Monday); one a day after it."""


def at(day: dt.date, hour: int = 7) -> float:
    return dt.datetime(day.year, day.month, day.day, hour).timestamp()


def ladder_history(path: Path, routine: Routine) -> HistoryStore:
    """The history file at `path` after four sessions of `routine` (`SHORT_ROUTINE`), open."""
    wall = FakeClock()
    store = HistoryStore(path, wall_clock=wall)
    flow = WorkoutFlow(lambda: store, lambda: True)
    entry = Entry(routine.id, path.parent / f"{routine.id}.yaml", Source.USER, routine)
    for n in range(4):
        wall.now = at(FIRST_DAY + dt.timedelta(days=n))
        flow.start(entry)
        (run,) = flow.answered(CheckIn(Moment.BEFORE, 1))
        assert isinstance(run, Run)
        timeline = build_timeline(run.routine)
        clock = FakeClock()
        engine, summary = SessionEngine(timeline, clock), SessionSummary(timeline)

        def feed(events: list, summary: SessionSummary = summary, engine: SessionEngine = engine) -> None:  # type: ignore[type-arg]
            summary.feed(events)
            flow.events(events, summary)
            flow.progress(engine.snapshot())

        feed(engine.start())
        rated = n < 3
        while summary.completed is None:
            clock.advance(1.0)
            wall.advance(1.0)
            feed(engine.update())
            segment = engine.segment
            if not rated and segment is not None and segment.phase is Phase.REST:  # the rest after the plank: red
                feed(engine.rate(Feel.RED))
                rated = True
            if engine.snapshot().length is None:  # push-ups wait for Done, done in their own time
                clock.advance(30.0)  # more than the minute of exercise a session needs to count
                wall.advance(30.0)
                feed(engine.done())
        flow.finished_session(summary, editor_open=False)
        flow.answered(CheckIn(Moment.AFTER, 1, Effort.ABOUT_RIGHT))
        flow.summary_left(editor_open=False)
    store.flush()
    return store
