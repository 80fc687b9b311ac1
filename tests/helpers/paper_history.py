"""A month of history written the way the app writes it: the real store, the real engine, a fake wall
clock and a fake monotonic clock moved by hand, with check-ins before and after."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.helpers.recording import recording
from workout_timer.domain.care.back_care import CheckIn, Effort, Moment, WarningSign
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.timeline import Phase, Timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.snapshot import State

FIRST_DAY = dt.date(2026, 11, 2)  # a Monday
"""The first day with a session."""


def at(day: dt.date, hour: int = 7) -> float:
    return dt.datetime(day.year, day.month, day.day, hour).timestamp()


def a_session(
    store: HistoryStore,
    wall: FakeClock,
    timeline: Timeline,
    day: dt.date,
    before: CheckIn | None = None,
    after: CheckIn | None = None,
    skip_first: bool = False,
    stop_after: float | None = None,
) -> None:
    """One session on `day` at 7:00: run to the end (Done on steps that wait for it), or stopped after
    `stop_after` seconds; the first work step skipped when `skip_first`."""
    wall.now = at(day)
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    session, record = recording(store, timeline)
    if before is not None:
        store.check_in(session, before)
    record(engine.start())
    skipped = False
    began = clock.now
    while engine.state is State.RUNNING:
        segment = engine.segment
        assert segment is not None
        if stop_after is not None and clock.now - began >= stop_after:
            record(engine.abandon())
            break
        if skip_first and not skipped and segment.phase is Phase.WORK:
            skipped = True
            record(engine.skip())
        elif segment.duration is None:  # waits for Done
            clock.advance(segment.estimate)
            wall.advance(segment.estimate)
            record(engine.update() + engine.done())
        else:
            clock.advance(1.0)
            wall.advance(1.0)
            record(engine.update())
    if after is not None:
        store.check_in(session, after)


def a_month(path: Path, timeline: Timeline, longer: Timeline | None = None) -> HistoryStore:
    """Four weeks from `FIRST_DAY`: three sessions a week (one skipped step in week 2, one session stopped
    early in week 3), pain before falling from 6 to 3, a warning sign once, and from week 3 on the routine
    `longer` (the same one with a longer plank) when it is given."""
    wall = FakeClock(at(FIRST_DAY))
    store = HistoryStore(path, wall_clock=wall)
    pains = [6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 3]
    for number, pain in enumerate(pains):
        week, turn = divmod(number, 3)
        day = FIRST_DAY + dt.timedelta(weeks=week, days=2 * turn)
        signs = frozenset({WarningSign.NUMBNESS}) if number == 4 else frozenset()
        effort = Effort.TOO_HARD if number < 2 else Effort.ABOUT_RIGHT
        a_session(
            store,
            wall,
            longer if longer is not None and week >= 2 else timeline,
            day,
            CheckIn(Moment.BEFORE, pain, signs=signs),
            None if number == 7 else CheckIn(Moment.AFTER, max(0, pain - 1), effort),
            skip_first=number == 4,
            stop_after=30.0 if number == 7 else None,
        )
    return store
