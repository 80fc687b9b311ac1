"""Writing the history under faults: a lock, a full disk, a read-only folder, a write refused, a reused process id,
an app that died mid-session (a damaged file: test_damaged_history).

Only a damaged file is ever set aside; reading never changes anything; what can't be written yet is kept
and written later; the user is told once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.file_modes import without_root_bypass
from tests.helpers.history_files import PAGE, write_sessions
from tests.helpers.recording import recording, run_for
from workout_timer.cli import main
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import history_path
from workout_timer.domain.history.store import HistoryStore, Result
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.engine import SessionEngine


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB file system of its own (a tmpfs), unmounted afterwards."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True, text=True, check=False
    )
    if mounted.returncode != 0:
        reason = f"a full disk needs a tmpfs this test can mount: {mounted.stderr.strip()}"
        if os.environ.get("CI") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Fill the disk `folder` is on, to the last byte; the file that fills it."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"x" * PAGE)
                out.flush()
        except OSError:
            pass
    return filler


@pytest.mark.slow  # mounts a tmpfs
def test_a_full_disk_never_sets_the_history_aside_and_the_session_is_written_when_space_comes_back(
    small_disk: Path, short_timeline: Timeline, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(small_disk))
    path = history_path()
    write_sessions(path, short_timeline, 1)
    filler = fill(small_disk)

    code, out, err = cli(capsys, "history")  # reading, on the full disk
    assert code == 0 and "Short test session" in out, err
    told: list[str] = []
    store = HistoryStore(path, on_problem=told.append)  # the app opening, on the full disk
    engine = SessionEngine(short_timeline, FakeClock())
    _session, record_session = recording(store, short_timeline)
    record_session(engine.start() + engine.abandon())
    assert store.pending
    assert len(told) == 1 and "the disk is full" in told[0]
    assert not list(path.parent.glob("*unreadable*")), "a full disk was taken for a damaged file"

    filler.unlink()
    assert store.flush()
    assert [r.result for r in store.sessions()] == [Result.ABANDONED, Result.ABANDONED]
    store.close()
    assert not list(path.parent.glob("*unreadable*")) and len(told) == 1


def test_a_session_whose_process_id_was_taken_by_another_program_is_interrupted(
    short_timeline: Timeline,
) -> None:
    path = history_path()
    store = HistoryStore(path)
    _session, record_session = recording(store, short_timeline)
    record_session(SessionEngine(short_timeline, FakeClock()).start())
    store.close()  # the app died; its process id now belongs to another program, still running (here: init)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sessions SET owner_pid = 1")
    db.close()
    (record,) = HistoryStore(path, read_only=True).sessions()
    assert record.result is Result.INTERRUPTED
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT result FROM sessions").fetchone() == ("running",)  # reading wrote nothing
    db.close()
    (record,) = HistoryStore(path).sessions()  # the app, opening, marks it for good
    assert record.result is Result.INTERRUPTED
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT result FROM sessions").fetchone() == ("interrupted",)
    db.close()


@pytest.mark.slow
def test_a_read_only_history_is_read_as_it_is(short_timeline: Timeline) -> None:
    path = history_path()
    write_sessions(path, short_timeline, 1)
    store = HistoryStore(path)  # and one left running by an app that is gone
    _session, record_session = recording(store, short_timeline)
    record_session(SessionEngine(short_timeline, FakeClock()).start())
    store.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sessions SET owner_pid = 0 WHERE result = 'running'")
    db.close()
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        done = subprocess.run(
            without_root_bypass([sys.executable, "-m", "workout_timer", "history", "--json"]),
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    finally:
        path.parent.chmod(0o755)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [row["result"] for row in rows] == ["abandoned", "interrupted"]
    assert files(path.parent) == ["history.sqlite"]


def test_a_read_only_file_at_the_start_is_said_and_the_session_kept(short_timeline: Timeline) -> None:
    path = history_path()
    write_sessions(path, short_timeline, 1)
    told: list[str] = []
    store = HistoryStore(path, on_problem=told.append)
    assert store._db is not None
    store._db.close()  # the file as one the app may read but not write (root would write it anyway)
    store._db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    session, record_session = recording(store, short_timeline)
    record_session(SessionEngine(short_timeline, FakeClock()).start())
    assert session is not None and store.pending
    assert told == [
        "Your workout history can't be saved just now (the file can't be written). This session is kept and "
        "will be saved as soon as it can be, while the app stays open."
    ]
    assert [r.result for r in store.sessions()] == [Result.ABANDONED]  # still read
    store.close()
    assert not list(path.parent.glob("*unreadable*"))


class CommitFails:
    """A connection whose next COMMIT fails as on a full disk (SQLITE_FULL), the rest passed through."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.fail = True

    def execute(self, sql: str, *args: object) -> object:
        if sql == "COMMIT" and self.fail:
            self.fail = False
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
            raise error
        return self.db.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self.db, name)


def test_begin_never_gives_out_the_id_of_a_row_that_was_rolled_back(short_timeline: Timeline) -> None:
    path = history_path()
    store = HistoryStore(path)
    assert store._db is not None
    store._db = CommitFails(store._db)  # type: ignore[assignment]
    session, record_session = recording(store, short_timeline)
    assert session is not None and session < 0 and store.pending  # a stand-in: the row was rolled back
    other = HistoryStore(path)  # another instance takes the row id this one was about to have
    taken, record_taken = recording(other, short_timeline)
    assert taken == 1
    record_taken(SessionEngine(short_timeline, FakeClock()).start())
    other.close()

    assert store.flush()
    engine = SessionEngine(short_timeline, FakeClock())
    record_session(engine.start() + engine.abandon())
    records = store.sessions()
    assert {r.id: r.result for r in records} == {1: Result.RUNNING, 2: Result.ABANDONED}
    assert "session_finished" not in [e["event"] for e in store.events(1)]  # the other's, untouched
    store.close()


def test_a_write_the_file_refuses_for_good_is_left_out_and_never_holds_back_the_others(
    short_timeline: Timeline,
) -> None:
    path = history_path()
    told: list[str] = []
    store = HistoryStore(path, on_problem=told.append)
    _gone, record_gone = recording(store, short_timeline)
    with sqlite3.connect(path) as other:  # its row removed behind the app's back: its events have nowhere to go
        other.execute("DELETE FROM sessions")
    other.close()
    engine = SessionEngine(short_timeline, FakeClock())
    record_gone(engine.start() + engine.abandon())  # FOREIGN KEY constraint failed
    later, record_later = recording(store, short_timeline)
    record_later(SessionEngine(short_timeline, FakeClock()).start())
    assert not store.pending
    assert [r.id for r in store.sessions()] == [later]
    assert told == [
        "Part of a session could not be saved to your workout history and was left out. Everything else is saved."
    ]
    store.close()


def test_a_history_read_where_nothing_can_be_written_keeps_the_sessions_only_its_wal_holds(
    short_timeline: Timeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = history_path()
    write_sessions(path, short_timeline, 1)
    store = HistoryStore(path)  # the app killed mid-session: its session is in the -wal only
    _session, record_session = recording(store, short_timeline)
    record_session(SessionEngine(short_timeline, FakeClock()).start())
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("history.sqlite", "history.sqlite-wal"):
        (crashed / name).write_bytes((path.parent / name).read_bytes())
    store.close()
    connect = sqlite3.connect

    def no_shm(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(database).endswith("?mode=ro"):  # a read-only folder or a full disk: no -shm can be made
            error = sqlite3.OperationalError("unable to open database file")
            error.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN  # type: ignore[attr-defined]
            raise error
        return connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("workout_timer.domain.history.file.database.sqlite3.connect", no_shm)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temporary))
    store = HistoryStore(crashed / "history.sqlite", read_only=True)
    assert [r.result for r in store.sessions()] == [Result.ABANDONED, Result.RUNNING]  # (its app: this test)
    assert len(store.events(2)) >= 2
    store.close()
    assert files(crashed) == ["history.sqlite", "history.sqlite-wal"] and files(temporary) == []


def test_a_history_read_only_at_the_start_is_saved_once_it_can_be_written_again(short_timeline: Timeline) -> None:
    """The file was read-only when the app opened it (faked at the connection: root writes any file) and
    is writable again mid-session: what waits is written on a fresh connection, not refused for ever."""
    path = history_path()
    write_sessions(path, short_timeline, 1)
    told: list[str] = []
    store = HistoryStore(path, on_problem=told.append)
    assert store._db is not None
    store._db.close()
    store._db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    _session, record_session = recording(store, short_timeline)
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    record_session(engine.start())
    assert store.pending and len(told) == 1
    clock.advance(12)
    record_session(engine.update() + engine.abandon())  # the file can be written again by now
    assert store.flush() and not store.pending
    assert [r.result for r in store.sessions()] == [Result.ABANDONED, Result.ABANDONED]
    assert len(told) == 1  # told once, and nothing more once it is saved
    store.close()


def test_a_session_running_when_the_app_stopped_is_marked_interrupted(tmp_path: Path, short_timeline: Timeline) -> None:
    path = tmp_path / "history.sqlite"
    crashed = HistoryStore(path)
    engine = SessionEngine(short_timeline, FakeClock())
    _session, record_session = recording(crashed, short_timeline)
    record_session(engine.start())
    # no close, no end: the app died here (a process id that no running program has)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sessions SET owner_pid = ?", (2**22 + 12345,))
    after = HistoryStore(path)
    (record,) = after.sessions()
    assert record.result is Result.INTERRUPTED
    assert after.events(record.id)[0]["event"] == "session_started"


def test_a_lock_never_stalls_a_write_and_the_session_is_written_when_it_goes(
    tmp_path: Path, short_timeline: Timeline
) -> None:
    path = tmp_path / "history.sqlite"
    HistoryStore(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    told: list[str] = []
    waiting: list[bool] = []
    store = HistoryStore(path, on_problem=told.append, on_waiting=lambda: waiting.append(store.pending))
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    started = time.monotonic()
    _session, record_session = recording(store, short_timeline)
    record_session(engine.start())
    run_for(engine, clock, record_session, 20)
    record_session(engine.abandon())
    assert time.monotonic() - started < 1.0  # 22 writes: none waits for the lock for long
    assert store.pending and told == []  # a moment's lock is not worth a word...
    assert waiting == [True]  # the app is told once that something waits: it tries again until it is written
    assert store.flush() is False  # ...but one still held when the app tries again is
    assert len(told) == 1
    assert "can't be saved just now (another program is using it)" in told[0] and "kept" in told[0]
    assert store.flush() is False  # still held
    holder.execute("ROLLBACK")
    holder.close()
    assert store.flush() is True and not store.pending
    (record,) = store.sessions()
    assert record.result is Result.ABANDONED and record.active_seconds == 20.0
    assert len(store.events(record.id)) > 3 and len(told) == 1 and waiting == [True]


def test_nothing_needs_trying_again_while_every_write_goes_through(tmp_path: Path, short_timeline: Timeline) -> None:
    waiting: list[bool] = []
    store = HistoryStore(tmp_path / "history.sqlite", on_waiting=lambda: waiting.append(True))
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    _session, record_session = recording(store, short_timeline)
    record_session(engine.start())
    run_for(engine, clock, record_session, 20)
    record_session(engine.abandon())
    assert not store.pending and waiting == []  # so the app's retry timer never runs
    store.close()


def test_reads_go_on_while_another_connection_writes(tmp_path: Path, short_timeline: Timeline) -> None:
    path = tmp_path / "history.sqlite"
    writer = HistoryStore(path)
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    _session, record_session = recording(writer, short_timeline)
    record_session(engine.start())
    seen: list[int] = []

    def read() -> None:
        reader = HistoryStore(path)
        for _ in range(20):
            seen.append(len(reader.events(reader.sessions()[0].id)))
        reader.close()

    thread = threading.Thread(target=read)
    thread.start()
    run_for(engine, clock, record_session, 40)
    thread.join(10)
    assert seen and all(count >= 3 for count in seen) and seen == sorted(seen)


def test_a_file_locked_before_it_was_ever_set_up_is_reported_as_in_use(
    tmp_path: Path, short_timeline: Timeline
) -> None:
    path = tmp_path / "history.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE other (x)")
    holder.execute("BEGIN EXCLUSIVE")
    store = HistoryStore(path)
    assert store.problem is not None and "another program is using it" in store.problem
    assert not list(tmp_path.glob("*.unreadable-*"))  # a busy file is not a broken one
    session, _record_session = recording(store, short_timeline)
    holder.execute("ROLLBACK")
    holder.close()
    assert session is not None and store.flush()
    assert [r.routine_name for r in store.sessions()] == ["Short test session"]
