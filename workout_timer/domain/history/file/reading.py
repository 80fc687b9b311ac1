"""Reading the history: what every `HistoryStore` answers, whatever state its file is in."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workout_timer.domain.care.back_care import CheckIn
from workout_timer.domain.history.event_log import current_record
from workout_timer.domain.history.file import problem_words
from workout_timer.domain.history.file.database import why
from workout_timer.domain.history.following import Following, latest_following
from workout_timer.domain.history.records import SessionRecord, check_in_records, session_records

log = logging.getLogger("workout_timer.history")


class HistoryReading:
    """The sessions, events and check-ins of an open history file (none while it isn't open), and the
    problem told once of each kind."""

    def __init__(self, path: Path, wall_clock: Callable[[], float], on_problem: Callable[[str], None] | None) -> None:
        self.path = path
        self.problem: str | None = None
        self._wall = wall_clock
        self._on_problem = on_problem
        self._told: set[str] = set()
        self._db: sqlite3.Connection | None = None

    def check_ins(self) -> list[tuple[int, float, CheckIn]]:
        """Every check-in as (session id, Unix time, answer), oldest first."""
        return check_in_records(
            self._read("SELECT session_id, at, moment, pain, effort, signs FROM checkins ORDER BY at, session_id")
        )

    def pain_so_far(self) -> list[int]:
        """The pain of every answered check-in, oldest first (for the trend and the advice)."""
        return [answer.pain for _, _, answer in self.check_ins() if answer.pain is not None]

    def sessions(self) -> list[SessionRecord]:
        """Every session, oldest first; one whose app is gone reads as interrupted, whatever its row says."""
        owner = "owner_start" if self._has_column("sessions", "owner_start") else "NULL"  # older files, read only
        work = "work_seconds" if self._has_column("sessions", "work_seconds") else "NULL"
        dial = "dial" if self._has_column("sessions", "dial") else "'normal'"
        rows = self._read(
            "SELECT id, routine_id, routine_name, started_at, ended_at, result, active_seconds, timeline, "
            f"owner_pid, {owner}, coalesce({work}, active_seconds), {dial} FROM sessions ORDER BY started_at, id"
        )
        return session_records(rows, self._wall())

    def following(self) -> Following | None:
        """The programme followed now, and the day it started; None when none is (or none ever was)."""
        return latest_following(self._read("SELECT programme_id, started_on FROM programme_starts ORDER BY at, rowid"))

    def events(self, session: int) -> list[dict[str, Any]]:
        """A session's events (by row id) as the event log writes them, in order."""
        rows = self._read(
            "SELECT event, t, planned, wall, data FROM events WHERE session_id = ? ORDER BY seq", (session,)
        )
        return [
            current_record({"event": r[0], "t": r[1], "planned": r[2], "wall": r[3], **json.loads(r[4])}) for r in rows
        ]

    def now(self) -> float:
        """The wall clock's time (Unix seconds), as the history writes it."""
        return self._wall()

    def read(self, sql: str, values: tuple[Any, ...] = ()) -> list[Any]:
        """Rows of a query of the file (none while it isn't open or can't be read), for the modules that keep
        tables of their own in it (`exercise_states`)."""
        return self._read(sql, values)

    def _read(self, sql: str, values: tuple[Any, ...] = ()) -> list[Any]:
        if self._db is None:
            return []
        try:
            return self._db.execute(sql, values).fetchall()
        except sqlite3.DatabaseError as error:
            if "no such table" in str(error):  # an empty file nobody has written to yet
                return []
            self._tell("read", problem_words.cannot_read(why(error)))
            return []

    def _has_column(self, table: str, column: str) -> bool:
        return any(row[1] == column for row in self._read(f"PRAGMA table_info({table})"))

    def _tell(self, kind: str, message: str) -> None:
        """Keep `message` as the problem, and tell it the first time something of its kind goes wrong."""
        self.problem = message
        if kind in self._told:
            return
        self._told.add(kind)
        log.warning("%s", message)
        if self._on_problem is not None:
            self._on_problem(message)
