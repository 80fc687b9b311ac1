"""The gentler-today dial kept with each session: a version 4 history gains it, older sessions read as written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.history.file.database import MIGRATIONS
from workout_timer.domain.history.store import VERSION, HistoryStore
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.summary import SessionSummary


def test_a_version_4_history_gains_the_dial_and_keeps_its_sessions_as_written(
    tmp_path: Path, short_timeline: Timeline
) -> None:
    path = tmp_path / "history.sqlite"
    with sqlite3.connect(path) as db:  # a file as the release before the dial wrote it
        for migration in MIGRATIONS[:4]:
            for statement in migration:
                db.execute(statement)
        db.execute("PRAGMA user_version = 4")
        db.execute(
            "INSERT INTO sessions (routine_id, routine_name, timeline, started_at, ended_at, result, active_seconds,"
            " work_seconds) VALUES ('core', 'Core', '[]', 1.0, 601.0, 'completed', 600.0, 500.0)"
        )
    store = HistoryStore(path)
    assert store.problem is None
    (old,) = store.sessions()
    assert old.dial is Dial.NORMAL and old.work_seconds == 500.0
    store.begin(SessionSummary(short_timeline), Dial.GENTLEST)
    store.begin(SessionSummary(short_timeline))
    assert [record.dial for record in store.sessions()] == [Dial.NORMAL, Dial.GENTLEST, Dial.NORMAL]
    store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION >= 5


def test_a_dial_this_version_does_not_know_reads_as_written(tmp_path: Path, short_timeline: Timeline) -> None:
    path = tmp_path / "history.sqlite"
    store = HistoryStore(path)
    store.begin(SessionSummary(short_timeline), Dial.GENTLER)
    store.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sessions SET dial = 'feather-light'")
    again = HistoryStore(path)
    (record,) = again.sessions()
    assert record.dial is Dial.NORMAL
    again.close()


def test_a_sessions_details_say_it_was_chosen_gentler_and_made_easier(tmp_path: Path, short_timeline: Timeline) -> None:
    from workout_timer.domain.common.clock import FakeClock
    from workout_timer.domain.history.report import session_details
    from workout_timer.domain.session.engine import SessionEngine

    store = HistoryStore(tmp_path / "history.sqlite")
    summary = SessionSummary(short_timeline)
    session = store.begin(summary, Dial.GENTLER)
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    for batch in (engine.start(), engine.skip(), engine.ease(), engine.abandon()):
        summary.feed(batch)
        store.record(session, batch)
    (record,) = store.sessions()
    lines = session_details(record, store.events(record.id), []).splitlines()
    assert lines[2:] == ["Gentler than written.", "Made an exercise easier once."]  # getting ready skipped: no exercise
    store.close()
