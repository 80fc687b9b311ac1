"""History files as the fault tests need them: sessions written, a table damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.helpers.recording import recording
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Event, SegmentStarted, SessionFinished

PAGE = 4096
"""SQLite's page size in these files."""


def write_sessions(path: Path, timeline: Timeline, count: int, seconds: int = 30) -> None:
    """`count` whole sessions (abandoned after `seconds`), as the app writes them."""
    store = HistoryStore(path)
    for _ in range(count):
        clock = FakeClock()
        engine = SessionEngine(timeline, clock)
        _session, record_session = recording(store, timeline)
        record_session(engine.start())
        for _ in range(seconds):
            clock.advance(1.0)
            record_session(engine.update())
        record_session(engine.abandon())
    assert not store.pending
    store.close()


def damage(path: Path, table: str) -> None:
    """Overwrite the first page of `table`'s rows with noise (as a failing disk or a stray write does)."""
    with sqlite3.connect(path) as db:
        (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    db.close()
    with path.open("r+b") as out:
        out.seek((root - 1) * PAGE)
        out.write(bytes((i * 37 + 11) % 256 for i in range(PAGE)))


def ran_to_its_end(timeline: Timeline, seconds: float) -> list[Event]:
    """A whole session's events as the history keeps them: every step started in turn, none skipped, and the
    session finished after `seconds` (what tells a programme's session done: `plan.routines_finished`)."""
    at, started = 0.0, list[Event]()
    for segment in timeline.segments:
        started.append(SegmentStarted(at, at, segment))
        at += segment.estimate
    return [*started, SessionFinished(seconds, seconds, completed=True, active=seconds)]
