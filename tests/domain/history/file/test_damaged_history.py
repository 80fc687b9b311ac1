"""A damaged history: read without a traceback and never renamed by reading; when writing, set aside with what can
still be read copied into a new one, the session under way kept, and the user told once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.history_files import PAGE, damage, write_sessions
from tests.helpers.recording import recording
from workout_timer.cli import main
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import history_path
from workout_timer.domain.history.store import HistoryStore, Result
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.summary import SessionSummary


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_damaged_history_is_read_without_a_traceback_and_never_renamed_by_reading(
    short_timeline: Timeline, capsys: pytest.CaptureFixture[str]
) -> None:
    path = history_path()
    write_sessions(path, short_timeline, 2)
    damage(path, "sessions")
    before = path.read_bytes()
    code, out, err = cli(capsys, "history")
    assert code == 1 and out == ""
    assert err.count("Your workout history can't be read (the file is damaged). Nothing was changed.") == 1
    assert "something went wrong" not in err
    assert path.read_bytes() == before and not list(path.parent.glob("*unreadable*"))


@pytest.mark.slow
def test_the_real_command_says_a_damaged_history_once(short_timeline: Timeline) -> None:
    """Python's last-resort log handler printed every warning a second time, without the app's prefix."""
    path = history_path()
    write_sessions(path, short_timeline, 2)
    damage(path, "sessions")
    done = subprocess.run(
        [sys.executable, "-m", "workout_timer", "history"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1
    assert done.stderr.count("can't be read (the file is damaged)") == 1, done.stderr


def test_a_damaged_history_is_set_aside_with_what_can_be_read_and_the_session_is_kept(
    short_timeline: Timeline, capsys: pytest.CaptureFixture[str]
) -> None:
    path = history_path()
    write_sessions(path, short_timeline, 3, seconds=120)  # the events take many pages
    damage(path, "events")
    told: list[str] = []
    store = HistoryStore(path, on_problem=told.append)  # the file opens: the damage shows at the first write
    engine = SessionEngine(short_timeline, FakeClock())
    _session, record_session = recording(store, short_timeline)
    record_session(engine.start() + engine.abandon())
    assert not store.pending
    (backup,) = store.set_aside()
    assert told == [store.problem] and f"It is kept as {backup}" in told[0]
    assert "4 sessions could be read back into a new history" in told[0]
    records = store.sessions()
    assert [r.result for r in records] == [Result.ABANDONED] * 4
    assert [e["event"] for e in store.events(records[-1].id)][-1] == "session_finished"
    store.close()

    code, out, err = cli(capsys, "history")  # the CLI says where the damaged file is
    assert code == 0 and out.count("Short test session") == 4
    assert f"a history that could not be read is kept as {backup}" in err


def test_what_can_be_read_of_a_damaged_history_is_kept_even_when_some_sessions_are_lost(
    short_timeline: Timeline,
) -> None:
    path = history_path()
    write_sessions(path, short_timeline, 30, seconds=2)  # the sessions take several pages
    with sqlite3.connect(path) as db:
        (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sessions'").fetchone()
    db.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * PAGE)
        page = file.read(PAGE)
        assert page[0] == 0x05  # an interior page: the rows are on the pages it points to
        last = int.from_bytes(page[8:12], "big")  # the page of the newest sessions
        file.seek((last - 1) * PAGE)
        file.write(bytes((i * 37 + 11) % 256 for i in range(PAGE)))
    told: list[str] = []
    store = HistoryStore(path, on_problem=told.append)
    _session, record_session = recording(store, short_timeline)
    record_session(SessionEngine(short_timeline, FakeClock()).start())
    assert store.set_aside() and not store.pending
    kept = [r for r in store.sessions() if r.result is Result.ABANDONED]
    assert 0 < len(kept) < 30
    assert f"{len(kept)} sessions could be read back into a new history" in told[0]
    assert all(store.events(r.id)[-1]["event"] == "session_finished" for r in kept)  # with their events
    store.close()


def test_a_history_damaged_mid_session_keeps_saving_this_session_and_the_next(short_timeline: Timeline) -> None:
    path = history_path()
    told: list[str] = []
    store = HistoryStore(path, on_problem=told.append)
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    session, record_session = recording(store, short_timeline)
    record_session(engine.start())
    assert not store.pending
    with sqlite3.connect(path) as other:  # everything in the file itself, then the whole file overwritten
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    other.close()
    path.write_bytes(bytes((i * 37 + 11) % 256 for i in range(path.stat().st_size)))  # SQLITE_NOTADB from now on

    clock.advance(5.0)
    record_session(engine.update())  # the damage shows: set aside, nothing of it can be read back
    clock.advance(5.0)
    record_session(engine.abandon())
    later, record_later = recording(store, short_timeline)
    record_later(SessionEngine(short_timeline, FakeClock()).start() + engine.abandon())
    assert not store.pending
    assert store.set_aside() and "0 sessions could be read back" in told[0]
    assert len(told) == 1, told  # nothing about saving later: it is saved
    records = store.sessions()
    assert [(r.id, r.result) for r in records] == [(session, Result.ABANDONED), (later, Result.RUNNING)]
    assert records[0].active_seconds == pytest.approx(10.0)
    assert store.events(records[0].id)[-1]["event"] == "session_finished"
    store.close()


def test_a_corrupt_file_is_kept_aside_and_a_new_history_started(tmp_path: Path, short_timeline: Timeline) -> None:
    path = tmp_path / "history.sqlite"
    path.write_bytes(b"this is not a database, just some bytes " * 100)
    store = HistoryStore(path, wall_clock=lambda: 1_763_750_000.0)
    assert store.problem is not None and "kept as" in store.problem
    (backup,) = tmp_path.glob("history.unreadable-*.sqlite")
    assert backup.read_bytes().startswith(b"this is not a database")
    assert store.begin(SessionSummary(short_timeline)) is not None and not store.pending  # written to the new file
