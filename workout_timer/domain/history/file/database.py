"""The history's SQLite file: its schema, opening it, telling a damaged file from a busy or full one,
setting a damaged one aside with what can still be read copied out of it.

Only a file SQLite reports as damaged ("not a database", "malformed") is ever set aside: a full disk, a
lock held by another program, a read-only file or folder, or a file from a newer version of the app are
problems of the moment or of the place, and the file is left exactly as it is.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import N_, _
from workout_timer.domain.history.ladder_rows import to_ladders

log = logging.getLogger("workout_timer.history")

WRITE_WAIT = 0.05
"""Seconds a write waits for another program holding the file before it is left for later (the GUI
thread writes: it must never stall for long)."""

Migration = str | Callable[[sqlite3.Connection], None]
"""A statement, or a step that reads what is kept and writes it anew (in the same transaction)."""

MIGRATIONS: tuple[tuple[Migration, ...], ...] = (
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
    (  # version 3: which run of the owning process (a process id alone is reused)
        "ALTER TABLE sessions ADD COLUMN owner_start TEXT",
    ),
    (  # version 4: the seconds of exercise (work steps, pauses left out); before, only the active time was kept
        "ALTER TABLE sessions ADD COLUMN work_seconds REAL",
        "UPDATE sessions SET work_seconds = active_seconds",
    ),
    (  # version 5: the gentler-today dial the session ran with (normal, gentler or gentlest)
        "ALTER TABLE sessions ADD COLUMN dial TEXT NOT NULL DEFAULT 'normal'",
    ),
    (  # version 6: the programmes followed: each start (its id and first day), and each stop (no id)
        """CREATE TABLE programme_starts (
            at REAL NOT NULL,
            programme_id TEXT,
            started_on TEXT
        )""",
    ),
    (  # version 7: each exercise's progression (`exercise_states`), and the answers to the next-day question
        """CREATE TABLE exercise_progress (
            routine_id TEXT NOT NULL,
            exercise_id TEXT NOT NULL,
            state TEXT NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (routine_id, exercise_id)
        )""",
        """CREATE TABLE next_day (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            answer TEXT NOT NULL,
            at REAL NOT NULL
        )""",
    ),
    (  # version 8: progress kept by ladder, shared by the routines, its reasons as codes, and a row a change
        to_ladders,
    ),
)
"""Each entry brings the schema from version n to n + 1; never edit one that has shipped, add one."""
VERSION = len(MIGRATIONS)
TABLES = ("sessions", "events", "checkins", "programme_starts", "ladder_progress", "ladder_changes", "next_day")


class Unusable(Exception):
    """The file is sound but can't be used as it is (a newer version's, or not able to take writes)."""


def open_history(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """The history file, brought up to date (or, `read_only`, as it is: nothing is written, not even
    the `-shm` file when the folder can't take it; an older version's file is read from a copy in memory
    brought up to date). Raises OSError, sqlite3.DatabaseError or Unusable."""
    if read_only:
        return _open_to_read(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir():  # (SQLite would say only that it can't open it)
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    db = sqlite3.connect(path, timeout=WRITE_WAIT, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")  # with WAL: an app crash loses nothing, commits stay quick
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > VERSION:
            raise Unusable("it was written by a newer version of the app, which keeps it as it is")
        if db.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
            raise Unusable("the file can't be written")
        _migrate(db, version)
    except BaseException:
        db.close()
        raise
    return db


def _migrate(db: sqlite3.Connection, version: int) -> None:
    """Brings `db` (in autocommit, at `version`) up to today's version, one committed migration at a time."""
    for number in range(version, VERSION):
        db.execute("BEGIN IMMEDIATE")
        for statement in MIGRATIONS[number]:
            if isinstance(statement, str):
                db.execute(statement)
            else:
                statement(db)
        db.execute(f"PRAGMA user_version = {number + 1}")
        db.execute("COMMIT")


def _open_to_read(path: Path) -> sqlite3.Connection:
    """Raises FileNotFoundError only when there is no history yet: a path that can't be followed (a file where a
    folder should be, links in a circle, no permission) or a folder in place of the file is a problem to tell."""
    if stat.S_ISDIR(path.stat().st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=WRITE_WAIT)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        if _code(error) not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR):
            raise
        # A read-only folder or a full disk: SQLite can't make the `-shm` file a WAL file is read with.
        db = _read_copy(path)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > VERSION:
        db.close()
        raise Unusable("it was written by a newer version of the app")
    if version < VERSION:  # an older version's file: read as today's, from a copy in memory brought up to date
        try:
            current = sqlite3.connect(":memory:", isolation_level=None)
            db.backup(current)
        finally:
            db.close()
        _migrate(current, version)
        return current
    return db


def _read_copy(path: Path) -> sqlite3.Connection:
    """The history as it stands, read from a copy of the file and its `-wal` (which holds the latest
    sessions after a crash) made in a temporary folder, brought into memory, the copy then deleted. Where
    even that can't be made, the file is read alone, without what its `-wal` holds."""
    try:
        with tempfile.TemporaryDirectory(prefix="workout-timer-history-") as folder:
            copy = Path(folder) / path.name
            for suffix in ("", "-wal"):
                if Path(str(path) + suffix).is_file():
                    shutil.copyfile(Path(str(path) + suffix), Path(str(copy) + suffix))
            source = sqlite3.connect(copy)
            try:
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()
                db = sqlite3.connect(":memory:")
                source.backup(db)
            finally:
                source.close()
            return db
    except OSError as error:
        log.warning("The history is read without its latest changes (%s): no room for a copy to read", error)
    db = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return db


def _code(error: sqlite3.Error) -> int:
    return getattr(error, "sqlite_errorcode", 0) & 0xFF


def is_damaged(error: BaseException) -> bool:
    """Whether SQLite says the file itself is broken (the only reason ever to set it aside)."""
    return isinstance(error, sqlite3.DatabaseError) and _code(error) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def is_busy(error: BaseException) -> bool:
    return isinstance(error, sqlite3.DatabaseError) and _code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def why(error: BaseException, folder: Path | None = None) -> str:
    """What is wrong with the history (kept in `folder`), in a few plain words."""
    if folder is not None and _full(folder) and not isinstance(error, Unusable):
        return _("the disk is full")
    if isinstance(error, Unusable):
        return _(str(error)) if str(error) in UNUSABLE else str(error)
    if isinstance(error, OSError):
        return plain_words(error)
    code = _code(error) if isinstance(error, sqlite3.Error) else 0
    if code == sqlite3.SQLITE_FULL:
        return _("the disk is full")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return _("another program is using it")
    if code == sqlite3.SQLITE_READONLY:
        return _("the file can't be written")
    if code == sqlite3.SQLITE_CANTOPEN:
        return _("the file or its folder can't be opened")
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return _("the file is damaged")
    if code == sqlite3.SQLITE_IOERR:
        return _("the disk could not read or write it")
    return _("the file could not be used")  # (SQLite's own words are in the log)


UNUSABLE = (
    N_("it was written by a newer version of the app, which keeps it as it is"),
    N_("the file can't be written"),
    N_("it was written by a newer version of the app"),
)
"""Why the history file can't be used (`Unusable`'s words, kept English in the log), marked for `why`."""


def _full(folder: Path) -> bool:
    try:
        return os.statvfs(folder).f_bavail == 0
    except OSError:
        return False


def set_aside(path: Path, wall: float) -> Path:
    """Move a damaged history (with its `-wal` and `-shm`) to `history.unreadable-<time>.sqlite`; its new name."""
    stamp = time.strftime("%Y-%m-%d_%H-%M-%S", time.localtime(wall))
    backup = path.with_name(f"{path.stem}.unreadable-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        old = Path(str(path) + suffix)
        if old.exists():
            old.replace(Path(str(backup) + suffix))
    return backup


def set_aside_files(path: Path) -> list[Path]:
    """Histories set aside earlier, oldest first."""
    return sorted(path.parent.glob(f"{path.stem}.unreadable-*{path.suffix}")) if path.parent.is_dir() else []


def salvage(backup: Path, db: sqlite3.Connection) -> int:
    """Copy into `db` every row SQLite can still read from the set-aside `backup`; how many sessions."""
    try:
        old = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        sessions = 0
        db.execute("BEGIN IMMEDIATE")
        for table in TABLES:
            wanted = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
            try:
                have = [row[1] for row in old.execute(f"PRAGMA table_info({table})")]
            except sqlite3.Error:
                continue
            columns = [c for c in wanted if c in have]
            if not columns:
                continue
            names = ", ".join(columns)
            marks = ", ".join("?" * len(columns))
            rows = _readable_rows(old, f"SELECT {names} FROM {table}")
            if "session_id" in columns:  # only what belongs to a session that could be read
                kept = {row[0] for row in db.execute("SELECT id FROM sessions")}
                rows = [row for row in rows if row[columns.index("session_id")] in kept | {None}]
            for row in rows:
                cursor = db.execute(f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})", row)
                sessions += cursor.rowcount if table == "sessions" else 0
        db.execute("COMMIT")
        return sessions
    except sqlite3.Error:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        return 0
    finally:
        old.close()


def write_alone(db: sqlite3.Connection, write: Callable[[sqlite3.Connection], None]) -> bool:
    """Run one waiting write inside the transaction under way, on its own: whether it was kept. A write
    the file refuses for good (a broken link, a value it can't hold) is logged and left out, so that it
    never holds back the others; anything that may pass (a lock, a full disk, damage) is raised."""
    db.execute("SAVEPOINT one_write")
    try:
        write(db)
    except (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.InterfaceError, sqlite3.ProgrammingError) as error:
        db.execute("ROLLBACK TO one_write")
        db.execute("RELEASE one_write")
        log.error("A history write was refused and left out: %s", error)
        return False
    db.execute("RELEASE one_write")
    return True


def _readable_rows(db: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    """The rows a scan yields before it meets a damaged page."""
    rows: list[tuple[object, ...]] = []
    try:
        for row in db.execute(sql):
            rows.append(row)
    except sqlite3.Error:
        pass
    return rows
