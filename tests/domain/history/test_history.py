"""The history store: each session written as it goes, its time kept, its details read back; the file migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.helpers.recording import recording, run_for
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.store import VERSION, HistoryStore, Result
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Event
from workout_timer.domain.session.summary import SessionSummary


def test_a_session_is_written_as_it_goes_and_closed_at_the_end(tmp_path: Path, short_timeline: Timeline) -> None:
    path = tmp_path / "history.sqlite"
    store = HistoryStore(path, wall_clock=lambda: 1_763_750_000.0)
    assert store.problem is None
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    _session, record_session = recording(store, short_timeline)
    record_session(engine.start())
    run_for(engine, clock, record_session, 30)

    reader = HistoryStore(path, wall_clock=lambda: 1_763_750_100.0)  # another connection, while it runs
    (running,) = reader.sessions()
    assert running.result is Result.RUNNING and running.routine_name == "Short test session"
    assert [e["event"] for e in reader.events(running.id)][:3] == ["session_started", "segment_started", "cue"]
    assert running.segments[1]["exercise"] == "plank" and running.segments[1]["duration"] == 20

    record_session(engine.skip())
    record_session(engine.extend())
    run_for(engine, clock, record_session, 80)
    record_session(engine.done())
    (done,) = store.sessions()
    assert done.result is Result.COMPLETED and done.active_seconds is not None and done.ended_at is not None
    kinds = [e["event"] for e in store.events(done.id)]
    assert {"skipped", "extended", "done", "session_finished"} <= set(kinds)
    done_event = next(e for e in store.events(done.id) if e["event"] == "done")
    assert done_event["index"] == len(short_timeline) - 1 and done_event["t"] > 0
    store.close()
    reader.close()


def test_a_session_cut_short_keeps_its_time_and_last_moment(tmp_path: Path, short_timeline: Timeline) -> None:
    path = tmp_path / "history.sqlite"
    wall = FakeClock(1_763_750_000.0)
    store = HistoryStore(path, wall_clock=wall)
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    session, record_session = recording(store, short_timeline)
    writes: list[str] = []
    assert store._db is not None
    store._db.set_trace_callback(lambda sql: writes.append(sql) if sql.startswith("UPDATE") else None)

    def step(seconds: int) -> None:
        for _ in range(seconds):
            clock.advance(1.0)
            wall.advance(1.0)
            record_session(engine.update())
            store.progress(session, engine.snapshot())

    record_session(engine.start())
    store.progress(session, engine.snapshot())
    step(12)  # get ready (5 s), then 7 s into the plank
    assert len(writes) == 3  # at the start, when the plank began and 5 s later: not every second
    step(10)  # still the plank, 10 s later: twice more
    assert len(writes) == 5
    # the app is killed here: no end, and a process id nobody has
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sessions SET owner_pid = ?", (2**22 + 12345,))
    (record,) = HistoryStore(path).sessions()
    assert record.result is Result.INTERRUPTED
    assert record.active_seconds == 20.0  # the last update, at 20 s (the next was due at 25 s)
    assert record.ended_at == 1_763_750_020.0
    store.close()


def test_the_end_replaces_the_time_so_far(tmp_path: Path, short_timeline: Timeline) -> None:
    store = HistoryStore(tmp_path / "history.sqlite")
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    session, record_session = recording(store, short_timeline)
    record_session(engine.start())
    clock.advance(12)
    record_session(engine.update())
    store.progress(session, engine.snapshot())
    clock.advance(3)
    record_session(engine.abandon())
    clock.advance(99)
    store.progress(session, engine.snapshot())  # a late report after the end changes nothing
    (record,) = store.sessions()
    assert record.result is Result.ABANDONED and record.active_seconds == 15.0


def test_an_empty_file_and_a_version_0_file_are_brought_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    sqlite3.connect(path).close()  # version 0: an empty database
    store = HistoryStore(path)
    assert store.problem is None and store.sessions() == []
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_newer_schema_is_left_as_it_is(tmp_path: Path, short_timeline: Timeline) -> None:
    path = tmp_path / "history.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {VERSION + 1}")
    before = path.read_bytes()
    told: list[str] = []
    store = HistoryStore(path, wall_clock=lambda: 1_763_750_000.0, on_problem=told.append)
    assert store.begin(SessionSummary(short_timeline)) is not None and store.pending  # kept in memory
    assert told == [store.problem] and "newer version" in told[0]
    store.close()
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["history.sqlite"]


def test_a_sessions_details_in_a_few_lines(tmp_path: Path, short_timeline: Timeline) -> None:
    from workout_timer.domain.care.back_care import CheckIn, Effort, Moment
    from workout_timer.domain.history.report import session_details

    store = HistoryStore(tmp_path / "history.sqlite")
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    session, record_session = recording(store, short_timeline)
    record_session(engine.start())
    record_session(engine.skip() + engine.skip() + engine.extend())
    clock.advance(65)
    record_session(engine.update() + engine.abandon())
    store.check_in(session, CheckIn(Moment.AFTER, 2, Effort.ABOUT_RIGHT))
    (record,) = store.sessions()
    answers = [answer for _, _, answer in store.check_ins()]
    lines = session_details(record, store.events(record.id), answers).splitlines()
    assert lines[0].startswith("Short test session, ")
    assert lines[1] == "Stopped early after 1:05, with 0:30 of exercise."  # side plank L and R, push-ups
    assert lines[2] == "Skipped 1 exercise step, added time once."  # the plank: getting ready is no exercise step
    assert lines[3] == "After: pain 2 of 10, about right."


def test_the_history_counts_skipped_steps_as_the_summary_did(tmp_path: Path, short_timeline: Timeline) -> None:
    """One count of skipped steps: a skipped rest, a step gone back to, one restarted, and one skipped then done
    again are not exercise steps skipped, so the history says what the summary said (it once counted presses)."""
    from workout_timer.domain.history.report import session_details, skipped_steps
    from workout_timer.domain.session.summary import SessionSummary

    store = HistoryStore(tmp_path / "history.sqlite")
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    summary = SessionSummary(short_timeline)
    session = store.begin(summary)

    def feed(events: list[Event]) -> None:
        summary.feed(events)
        store.record(session, events)

    feed(engine.start())
    feed(engine.skip())  # getting ready: no exercise step
    feed(engine.skip())  # the plank: skipped
    feed(engine.skip())  # the rest after it: no exercise step
    feed(engine.skip())  # side plank (left): skipped...
    feed(engine.previous())  # ...back from the switch to it...
    clock.advance(10)
    feed(engine.update())  # ...and done this time
    feed(engine.previous())  # back from the switch: side plank (left) again...
    clock.advance(4)
    feed(engine.previous())  # ...restarted
    feed(engine.skip())  # and skipped after all: the last leaving counts
    feed(engine.skip())  # the switch
    feed(engine.skip())  # side plank (right): skipped
    clock.advance(3)
    feed(engine.update() + engine.abandon())  # stopped in the rest

    (record,) = store.sessions()
    events = store.events(record.id)
    skipped = [(s.exercise.id, s.side.value if s.side else None) for s in summary.skipped if s.exercise]
    assert skipped == [("plank", None), ("side-plank", "left"), ("side-plank", "right")]
    assert skipped_steps(record, events) == len(summary.skipped) == 3
    assert "Skipped 3 exercise steps." in session_details(record, events, []).splitlines()
    presses = sum(e["event"] == "skipped" for e in events)
    assert presses > 3  # what the history used to say


def test_the_time_exercised_is_the_summarys_work_kept_as_the_session_goes(
    tmp_path: Path, short_timeline: Timeline
) -> None:
    from workout_timer.domain.session.summary import SessionSummary

    store = HistoryStore(tmp_path / "history.sqlite")
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    summary = SessionSummary(short_timeline)
    session = store.begin(summary)  # the session's own summary, fed below: the history never keeps a second

    def feed(events: list[Event]) -> None:
        summary.feed(events)
        store.record(session, events)
        store.progress(session, engine.snapshot())

    feed(engine.start())
    for seconds in (5, 8):  # getting ready, then 8 s into the plank
        clock.advance(seconds)
        feed(engine.update())
    feed(engine.pause())
    clock.advance(30)
    feed(engine.resume())
    clock.advance(12)  # the plank's last 12 s: the next update is due within the step (10 s on)
    feed(engine.update())
    (running,) = store.sessions()
    assert running.work_seconds == 20.0 and running.active_seconds == 25.0  # the pause and getting ready left out
    clock.advance(14)  # the rest, then 4 s into the side plank
    feed(engine.update())
    assert store.sessions()[0].work_seconds == 24.0
    clock.advance(20)
    feed(engine.update() + engine.abandon())
    (record,) = store.sessions()
    assert record.work_seconds == summary.work == 39.0  # plank 20, first side 10, 9 s into the second
    assert record.active_seconds == 59.0
