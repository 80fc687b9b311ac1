"""Writing the history file so that it never costs a workout, nor stalls the screen.

Writes wait at most `WRITE_WAIT` for a file another program holds; whatever can't be written yet (the file
locked, read-only or missing its folder, the disk full) is kept in memory, in order, and written by `flush`,
which the app calls again later. Only a file SQLite finds damaged is set aside (see `history_file`), with what it
can still read copied into the new one, and the rows of this run's sessions written again. A session left
"running" by an app that is no longer running (a crash, a power cut) is marked "interrupted" the next time the
file opens for writing; one still being written by a running app is left alone. A session not written yet is
named by a stand-in (a negative number) until its row is. Reading (`read_only`) never writes or renames
anything. What went wrong is told once, in plain words, through `on_problem`, and kept in `problem`.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workout_timer.domain.history.file import problem_words
from workout_timer.domain.history.file.database import (
    Unusable,
    is_busy,
    is_damaged,
    open_history,
    salvage,
    set_aside,
    set_aside_files,
    why,
    write_alone,
)
from workout_timer.domain.history.file.reading import HistoryReading
from workout_timer.domain.history.records import Result, owner_gone

log = logging.getLogger("workout_timer.history")
Write = Callable[[sqlite3.Connection], None]

SESSION_COLUMNS = "routine_id, routine_name, timeline, started_at, result, owner_pid, owner_start, dial"
MARKS = ", ".join("?" * len(SESSION_COLUMNS.split(", ")))


class HistoryWriting(HistoryReading):
    """The history file open for writing (or for reading only), and the writes that wait for it."""

    def __init__(
        self,
        path: Path,
        wall_clock: Callable[[], float],
        read_only: bool,
        on_problem: Callable[[str], None] | None,
        on_waiting: Callable[[], None] | None,
        app: bool = True,
    ) -> None:
        super().__init__(path, wall_clock, on_problem)
        self.read_only = read_only
        self.stays = app and not read_only
        """What can't be written yet is kept and tried again while the app runs, and its words say so; a command's
        store (or one opened to read) ends soon after, and its words say nothing was changed."""
        self._on_waiting = on_waiting
        """Told when a write is left waiting (a lock, a full disk): `flush` must be tried again until it
        returns True; nothing needs trying while nothing waits."""
        self._pending: list[Write] = []
        self._rows: dict[int, int] = {}
        """The row id of each stand-in (a negative number `begin` gave out), once the row is written."""
        self._staged: dict[int, int] = {}
        """Row ids given out inside the transaction under way: kept only once it commits."""
        self._running: dict[int, tuple[Any, ...]] = {}
        """What each session of this run was begun with, by stand-in, until its end is written: its row is
        written again into a history begun afresh, so that what it still has to write has somewhere to go."""
        self._ending: set[int] = set()
        """Sessions whose end waits to be written."""
        self._closed = False
        self._failures = 0
        """Attempts in a row that could not write what waits."""
        self._stale = False
        """The last write failed for a reason other than a lock: the connection (which reads go on using)
        is opened again before the next write, since one opened on a read-only file stays read-only."""
        self._connect()

    @property
    def pending(self) -> bool:
        """Whether something is kept in memory, waiting to be written."""
        return bool(self._pending)

    def set_aside(self) -> list[Path]:
        """Damaged histories set aside, oldest first (kept, so nothing is ever thrown away)."""
        return set_aside_files(self.path)

    # -- writing ---------------------------------------------------------------------------

    def write(self, write: Write) -> None:
        """A write of a module that keeps a table of its own here (`exercise_states`), kept in order with the rest."""
        if not self.read_only:
            self._write(write)

    def flush(self, again: bool = True) -> bool:
        """Write what is waiting; whether nothing is left waiting. Quick: a lock is waited for `WRITE_WAIT`."""
        if not self._pending:
            return True
        if self._stale and self._db is not None:  # the next try opens the file afresh, as it is by then
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        self._stale = False
        if self._db is None:
            self._connect()
        if self._db is None:
            return False
        db = self._db
        dropped: list[Write] = []
        try:
            db.execute("BEGIN IMMEDIATE")
            for write in self._pending:
                if not write_alone(db, write):
                    dropped.append(write)
            db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self._staged.clear()
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            if is_damaged(error):
                with contextlib.suppress(sqlite3.Error):
                    db.close()
                self._db = None
                self._start_afresh(error)
                return self.flush(again=False) if again and self._db is not None else False
            self._failures += 1
            if is_busy(error) and self._failures < 2:
                return False  # a moment's lock (another instance writing): tried again before anyone is told
            self._stale = not is_busy(error)  # a connection opened on a read-only file stays read-only
            cause = why(error, self.path.parent)
            log.info("History write failed: %s", error)
            self._tell("write", problem_words.cannot_save(cause, self.stays))
            return False
        if self._failures:
            log.info("The history is saved again")
        self._failures = 0
        self._pending.clear()
        self._rows.update(self._staged)
        self._staged.clear()
        for session in self._ending:
            self._running.pop(session, None)
        self._ending.clear()
        if dropped:
            self._tell("dropped", problem_words.part_left_out())
        return True

    def close(self, wait: float = 0.0) -> None:
        """Close the file, first writing what waits (waiting up to `wait` seconds for another program)."""
        if self._pending and wait > 0 and self._db is not None:
            self._db.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
            self.flush()
        if self._pending:
            log.error("The history could not be saved: %d write(s) lost (%s)", len(self._pending), self.problem)
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        self._closed = True

    # -- inside ----------------------------------------------------------------------------

    def _connect(self) -> None:
        try:
            self._db = open_history(self.path, self.read_only)
        except (OSError, sqlite3.DatabaseError, Unusable) as error:
            if is_damaged(error) and not self.read_only:
                self._start_afresh(error)
                return
            if self.read_only and isinstance(error, FileNotFoundError):
                return
            self._tell("open", problem_words.cannot_open(why(error, self.path.parent), self.stays))
            return
        if not self.read_only:
            self._recover(self._db)

    def _recover(self, db: sqlite3.Connection) -> None:
        """Mark the sessions whose app is gone as interrupted (if the file can't take it, reads still tell)."""
        now = self._wall()
        try:
            running = db.execute(
                "SELECT id, started_at, owner_pid, owner_start FROM sessions WHERE result = ?", (Result.RUNNING.value,)
            ).fetchall()
            ended = [(Result.INTERRUPTED.value, r[0]) for r in running if owner_gone(r[1], r[2], r[3], now)]
            if ended:
                db.executemany("UPDATE sessions SET result = ? WHERE id = ?", ended)
        except sqlite3.DatabaseError as error:
            log.info("Interrupted sessions not marked: %s", error)

    def _start_afresh(self, error: BaseException) -> None:
        """Set the damaged file aside, begin a new history, and copy into it what can still be read."""
        try:
            backup = set_aside(self.path, self._wall())
            self._db = open_history(self.path)
        except (OSError, sqlite3.DatabaseError, Unusable) as again:
            self._tell("open", problem_words.cannot_start_afresh(why(again, self.path.parent), self.stays))
            return
        saved = salvage(backup, self._db)
        self._restore_running(self._db)
        log.warning("History set aside as %s: %s", backup, error)
        self._tell("damaged", problem_words.set_aside(backup, saved))

    def _restore_running(self, db: sqlite3.Connection) -> None:
        """Write again the rows of this run's sessions that the damaged file had (as they were begun;
        their time comes with their next writes), unless they could be read back."""
        rows = []
        for session, values in self._running.items():
            row = session if session > 0 else self._rows.get(session)
            if row is not None:  # (one not written yet is written by its own waiting insert)
                rows.append((row, *values))
        try:
            db.executemany(f"INSERT OR IGNORE INTO sessions (id, {SESSION_COLUMNS}) VALUES ({MARKS}, ?)", rows)
        except sqlite3.DatabaseError as error:
            log.error("The running sessions could not be written into the new history: %s", error)

    def _write(self, write: Write) -> None:
        """Write now, or after what already waits: then the next `flush` (the app retries on a timer) does."""
        if self._closed:
            log.warning("The history was written to after it was closed: not kept")
            return
        self._pending.append(write)
        if len(self._pending) == 1 and not self.flush() and self._on_waiting is not None:
            self._on_waiting()

    def row_of(self, session: int) -> int:
        """The row id of `session` (a stand-in while it waited to be written, once it is); inside a write."""
        if session > 0:
            return session
        row = self._staged.get(session, self._rows.get(session))
        if row is None:  # its row was refused (see `_write_one`): nothing of it can be kept
            raise sqlite3.IntegrityError("the session's row was never written")
        return row
