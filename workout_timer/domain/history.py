"""The history of sessions, in an SQLite file in the user's data folder, written as each session goes.

Every session is a row in `sessions` with a copy of its timeline (so an old record keeps its meaning
after the routine is edited) and every engine event is a row in `events`, committed as it happens.
While a session runs, its row's `active_seconds` and `ended_at` hold the time exercised so far and the
last moment recorded, brought up to date at each step and at least every `PROGRESS_EVERY` seconds: a
session cut short (the app killed, a power cut) keeps its real time. How it ended comes at the end.
A session left "running" by an app that is no longer running (a crash, a power cut) is marked
"interrupted" the next time the store opens; one still being written by a running app is left
alone. The schema carries its version in `PRAGMA user_version` and is brought up to date by the
migrations below, one step at a time.

The history must never cost a workout: a file that is corrupt is moved aside (kept as a backup) and a
new one started; a file that is locked or can't be written turns the history off for this run.
Either way `problem` says what happened, for the user.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from .back_care import CheckIn, Effort, Moment, WarningSign
from .engine import Event, SessionFinished
from .event_log import event_record
from .timeline import Timeline

BUSY_TIMEOUT = 2.0
"""Seconds to wait for another program holding the file before giving up on the history."""
ABANDONED_AFTER = 24 * 3600.0
"""A session "running" for longer than this was interrupted, whatever now has its process id."""
PROGRESS_EVERY = 10.0
"""Seconds of exercise between updates of a running session's time, within a step."""


class Result(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    ABANDONED = "abandoned"
    INTERRUPTED = "interrupted"
    """The app stopped (a crash, a power cut) while the session ran."""


MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # version 1
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            timeline TEXT NOT NULL,
            started_at REAL NOT NULL,
            ended_at REAL,
            result TEXT NOT NULL,
            active_seconds REAL,
            owner_pid INTEGER
        )""",
        """CREATE TABLE events (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            event TEXT NOT NULL,
            t REAL NOT NULL,
            planned REAL NOT NULL,
            wall REAL NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (session_id, seq)
        )""",
        "CREATE INDEX sessions_by_start ON sessions(started_at)",
    ),
    (  # version 2: back-care check-ins
        """CREATE TABLE checkins (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            moment TEXT NOT NULL,
            at REAL NOT NULL,
            pain INTEGER,
            effort TEXT,
            signs TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (session_id, moment)
        )""",
    ),
)
"""Each entry brings the schema from version n to n + 1; never edit one that has shipped, add one."""
VERSION = len(MIGRATIONS)
KNOWN_SIGNS = frozenset(sign.value for sign in WarningSign)


@dataclass(frozen=True)
class SessionRecord:
    """One session as the history keeps it."""

    id: int
    routine_id: str
    routine_name: str
    started_at: float
    ended_at: float | None
    result: Result
    active_seconds: float | None
    segments: tuple[dict[str, Any], ...]


def timeline_record(timeline: Timeline) -> list[dict[str, Any]]:
    """The timeline as plain data: enough to read an old session without the routine file."""
    return [
        {
            "index": s.index,
            "phase": s.phase.value,
            "exercise": s.exercise.id if s.exercise else None,
            "name": s.exercise.name if s.exercise else s.note,
            "side": s.side.value if s.side else None,
            "set": s.set,
            "round": s.round,
            "duration": s.duration,
            "estimate": s.estimate,
            "reps": s.reps,
        }
        for s in timeline.segments
    ]


class HistoryStore:
    """The history file. Every method is safe to call when the history is off: it then does nothing."""

    def __init__(self, path: Path, wall_clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.problem: str | None = None
        self._wall = wall_clock
        self._db: sqlite3.Connection | None = None
        self._seq: dict[int, int] = {}
        self._progress: dict[int, tuple[int, float]] = {}
        """Each running session's step and time exercised when its row was last brought up to date."""
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as error:
            if _is_busy(error):
                self.problem = f"Your workout history is in use by another program ({error}); sessions won't be saved."
                return
            self._start_afresh(error)

    @property
    def is_on(self) -> bool:
        return self._db is not None

    # -- writing ---------------------------------------------------------------------------

    def begin(self, timeline: Timeline) -> int | None:
        """A new session row, marked running; its id, or None when the history is off."""
        routine = timeline.routine
        cursor = self._write(
            "INSERT INTO sessions (routine_id, routine_name, timeline, started_at, result, owner_pid) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                routine.id,
                routine.name,
                json.dumps(timeline_record(timeline)),
                self._wall(),
                Result.RUNNING.value,
                os.getpid(),
            ),
        )
        if cursor is None or cursor.lastrowid is None:
            return None
        self._seq[cursor.lastrowid] = 0
        return cursor.lastrowid

    def record(self, session: int | None, events: Iterable[Event]) -> None:
        """Store events as they happen (one commit a batch); the session's end closes its row."""
        if session is None or self._db is None:
            return
        wall = self._wall()
        rows = []
        finished: SessionFinished | None = None
        for event in events:
            data = event_record(event, wall)
            name, t, planned = data.pop("event"), data.pop("t"), data.pop("planned")
            data.pop("wall")
            seq = self._seq.get(session, 0)
            self._seq[session] = seq + 1
            rows.append((session, seq, name, t, planned, wall, json.dumps(data)))
            if isinstance(event, SessionFinished):
                finished = event
        if not rows:
            return
        statements: list[tuple[str, tuple[Any, ...]]] = [
            ("INSERT INTO events (session_id, seq, event, t, planned, wall, data) VALUES (?, ?, ?, ?, ?, ?, ?)", r)
            for r in rows
        ]
        if finished is not None:
            self._progress.pop(session, None)
            result = Result.COMPLETED if finished.completed else Result.ABANDONED
            statements.append(
                (
                    "UPDATE sessions SET ended_at = ?, result = ?, active_seconds = ? WHERE id = ?",
                    (wall, result.value, finished.active, session),
                )
            )
        self._write_many(statements)

    def progress(self, session: int | None, step: int, active: float) -> None:
        """The session is at `step` with `active` seconds exercised: keep that (and the moment) in its row
        when the step has changed or `PROGRESS_EVERY` seconds have passed since the last time; cheap otherwise."""
        if session is None or self._db is None:
            return
        last = self._progress.get(session)
        if last is not None and last[0] == step and active - last[1] < PROGRESS_EVERY:
            return
        self._progress[session] = (step, active)
        self._write_many(
            [
                (
                    "UPDATE sessions SET ended_at = ?, active_seconds = ? WHERE id = ? AND result = ?",
                    (self._wall(), active, session, Result.RUNNING.value),
                )
            ]
        )

    def check_in(self, session: int | None, answer: CheckIn) -> None:
        """Keep a check-in with its session (a second one for the same moment replaces the first)."""
        if session is None:
            return
        signs = json.dumps(sorted(sign.value for sign in answer.signs))
        effort = answer.effort.value if answer.effort else None
        self._write_many(
            [
                (
                    "INSERT OR REPLACE INTO checkins (session_id, moment, at, pain, effort, signs) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (session, answer.moment.value, self._wall(), answer.pain, effort, signs),
                )
            ]
        )

    # -- reading ---------------------------------------------------------------------------

    def check_ins(self) -> list[tuple[int, float, CheckIn]]:
        """Every check-in as (session id, Unix time, answer), oldest first."""
        if self._db is None:
            return []
        rows = self._db.execute(
            "SELECT session_id, at, moment, pain, effort, signs FROM checkins ORDER BY at, session_id"
        ).fetchall()
        return [
            (
                row[0],
                row[1],
                CheckIn(
                    Moment(row[2]),
                    row[3],
                    Effort(row[4]) if row[4] else None,
                    frozenset(WarningSign(s) for s in json.loads(row[5]) if s in KNOWN_SIGNS),
                ),
            )
            for row in rows
        ]

    def pain_so_far(self) -> list[int]:
        """The pain of every answered check-in, oldest first (for the trend and the advice)."""
        return [answer.pain for _, _, answer in self.check_ins() if answer.pain is not None]

    def sessions(self) -> list[SessionRecord]:
        """Every session, oldest first."""
        if self._db is None:
            return []
        rows = self._db.execute(
            "SELECT id, routine_id, routine_name, started_at, ended_at, result, active_seconds, timeline "
            "FROM sessions ORDER BY started_at, id"
        ).fetchall()
        return [
            SessionRecord(row[0], row[1], row[2], row[3], row[4], Result(row[5]), row[6], tuple(json.loads(row[7])))
            for row in rows
        ]

    def events(self, session: int) -> list[dict[str, Any]]:
        """A session's events as the event log writes them, in order."""
        if self._db is None:
            return []
        rows = self._db.execute(
            "SELECT event, t, planned, wall, data FROM events WHERE session_id = ? ORDER BY seq", (session,)
        ).fetchall()
        return [{"event": r[0], "t": r[1], "planned": r[2], "wall": r[3], **json.loads(r[4])} for r in rows]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- inside ----------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA synchronous = NORMAL")  # with WAL: an app crash loses nothing, commits stay quick
            if db.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
                raise sqlite3.DatabaseError("the history file can't use write-ahead logging")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > VERSION:
                raise sqlite3.DatabaseError(f"the history was written by a newer version (schema {version})")
            for number in range(version, VERSION):
                db.execute("BEGIN IMMEDIATE")
                for statement in MIGRATIONS[number]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number + 1}")
                db.execute("COMMIT")
            self._recover(db)
        except BaseException:
            db.close()
            raise
        return db

    def _recover(self, db: sqlite3.Connection) -> None:
        """Mark the sessions whose app is gone as interrupted."""
        running = db.execute(
            "SELECT id, owner_pid, started_at FROM sessions WHERE result = ?", (Result.RUNNING.value,)
        ).fetchall()
        now = self._wall()
        ended = [id_ for id_, pid, started in running if now - started > ABANDONED_AFTER or not _alive(pid)]
        db.executemany("UPDATE sessions SET result = ? WHERE id = ?", [(Result.INTERRUPTED.value, i) for i in ended])

    def _start_afresh(self, error: sqlite3.DatabaseError) -> None:
        """Keep the unreadable file as a backup and begin a new history."""
        stamp = time.strftime("%Y-%m-%d_%H-%M-%S", time.localtime(self._wall()))
        backup = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}{self.path.suffix}")
        try:
            for suffix in ("", "-wal", "-shm"):
                old = Path(str(self.path) + suffix)
                if old.exists():
                    old.replace(Path(str(backup) + suffix))
            self._db = self._open()
        except (OSError, sqlite3.DatabaseError) as again:
            self.problem = f"Your workout history can't be written ({again}); sessions won't be saved."
            return
        self.problem = (
            f"Your workout history could not be read ({error}). It was kept as {backup.name}, "
            "and a new history was started."
        )

    def _write(self, sql: str, values: tuple[Any, ...]) -> sqlite3.Cursor | None:
        if self._db is None:
            return None
        try:
            return self._db.execute(sql, values)
        except sqlite3.DatabaseError as error:
            self._turn_off(error)
            return None

    def _write_many(self, statements: list[tuple[str, tuple[Any, ...]]]) -> None:
        if self._db is None:
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            for sql, values in statements:
                self._db.execute(sql, values)
            self._db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self._turn_off(error)

    def _turn_off(self, error: sqlite3.DatabaseError) -> None:
        self.problem = f"Your workout history stopped saving ({error}); the workout goes on."
        self.close()


def _alive(pid: int | None) -> bool:
    """Whether a process with this id is running (on Windows there is no safe check: assume not)."""
    if pid is None:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def _is_busy(error: sqlite3.DatabaseError) -> bool:
    return "locked" in str(error) or "busy" in str(error)
