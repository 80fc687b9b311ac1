"""The history of sessions, in an SQLite file in the user's data folder, written as each session goes.

Every session is a row in `sessions` with a copy of its timeline (so an old record keeps its meaning
after the routine is edited) and every engine event is a row in `events`, committed as it happens.
While a session runs, its row's `active_seconds` and `ended_at` hold the time exercised so far and the
last moment recorded, brought up to date at each step and at least every `PROGRESS_EVERY` seconds: a
session cut short (the app killed, a power cut) keeps its real time. How it ended comes at the end.
The schema and its migrations are `database`'s; how a write waits for a file that can't take it yet, and
what becomes of a damaged one, is `writing`'s; the queries are `reading`'s.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from workout_timer.domain.care.back_care import CheckIn
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.history.event_log import event_record
from workout_timer.domain.history.file.database import MIGRATIONS, VERSION, WRITE_WAIT
from workout_timer.domain.history.file.writing import MARKS, SESSION_COLUMNS, HistoryWriting
from workout_timer.domain.history.following import FOLLOWING_COLUMNS, Following, following_row
from workout_timer.domain.history.records import Result, SessionRecord, process_token, timeline_record
from workout_timer.domain.session.events import Eased, Event, SessionFinished
from workout_timer.domain.session.snapshot import Snapshot
from workout_timer.domain.session.summary import SessionSummary

if TYPE_CHECKING:
    from workout_timer.domain.routines.timeline import Timeline

__all__ = ["MIGRATIONS", "VERSION", "WRITE_WAIT", "HistoryStore", "Result", "SessionRecord", "timeline_record"]

PROGRESS_EVERY = 5.0
"""Seconds of exercise between updates of a running session's time, within a step."""


class HistoryStore(HistoryWriting):
    """The history file, for the app (which writes), for a command that writes (`app` False: what it can't
    write is not kept once it ends) or for reading only.

    A session is named by what `begin` returns: its row id, or (while its row can't be written yet) a
    negative stand-in that stays valid after the row is written. Row ids from `sessions()` work too.
    Every method is safe to call whatever state the file is in.
    """

    def __init__(
        self,
        path: Path,
        wall_clock: Callable[[], float] = time.time,
        read_only: bool = False,
        on_problem: Callable[[str], None] | None = None,
        on_waiting: Callable[[], None] | None = None,
        app: bool = True,
    ) -> None:
        self._handles = 0
        self._seq: dict[int, int] = {}
        self._work: dict[int, SessionSummary] = {}
        """Each running session's own summary, fed by whoever runs it: the time exercised is read from it."""
        self._progress: dict[int, tuple[int, float]] = {}
        """Each running session's step and time exercised when its row was last brought up to date."""
        self._token = process_token(os.getpid())
        super().__init__(path, wall_clock, read_only, on_problem, on_waiting, app)

    # -- a session's writes ----------------------------------------------------------------

    def begin(self, summary: SessionSummary, dial: Dial = Dial.NORMAL) -> int | None:
        """A new session, marked running; its row id, or a stand-in while it waits to be written (None only
        for a history opened to read). `summary` is the session's own, fed its events by whoever runs it:
        the time exercised kept in the row is read from it, never worked out a second time here. `dial`:
        how much gentler than written the session was chosen to be."""
        if self.read_only:
            return None
        timeline = summary.timeline
        routine = timeline.routine
        self._handles -= 1
        handle = self._handles
        values = (
            routine.id,
            routine.name,
            json.dumps(timeline_record(timeline)),
            self._wall(),
            Result.RUNNING.value,
            os.getpid(),
            self._token,
            dial.value,
        )

        def insert(db: sqlite3.Connection) -> None:
            cursor = db.execute(f"INSERT INTO sessions ({SESSION_COLUMNS}) VALUES ({MARKS})", values)
            assert cursor.lastrowid is not None
            self._staged[handle] = cursor.lastrowid  # its row id once the transaction commits

        self._seq[handle] = 0
        self._work[handle] = summary
        self._running[handle] = values
        self._write(insert)
        row = self._rows.get(handle)  # only a committed row: a rolled-back id may be given to another app
        if row is None:
            return handle
        self._seq[row] = self._seq.pop(handle)
        self._work[row] = self._work.pop(handle)
        self._running[row] = self._running.pop(handle)
        return row

    def record(self, session: int | None, events: Iterable[Event]) -> None:
        """Store events as they happen (one commit a batch), once the session's summary has been fed them;
        the session's end closes its row."""
        if session is None or session not in self._seq:
            return
        wall = self._wall()
        rows = []
        finished: SessionFinished | None = None
        eased: Timeline | None = None
        for event in events:
            data = event_record(event, wall)
            name, t, planned = data.pop("event"), data.pop("t"), data.pop("planned")
            data.pop("wall")
            seq = self._seq[session]
            self._seq[session] = seq + 1
            rows.append((seq, name, t, planned, wall, json.dumps(data)))
            if isinstance(event, SessionFinished):
                finished = event
            elif isinstance(event, Eased):
                eased = event.timeline
        if not rows:
            return
        tally = self._work.get(session)
        if finished is not None:
            self._progress.pop(session, None)
            self._work.pop(session, None)
            self._ending.add(session)
        result = None if finished is None else Result.COMPLETED if finished.completed else Result.ABANDONED
        active = None if finished is None else finished.active
        work = None if tally is None else tally.work
        timeline = None if eased is None else json.dumps(timeline_record(eased))
        if timeline is not None and session in self._running:  # the copy kept is of what was done
            values = self._running[session]
            self._running[session] = (*values[:2], timeline, *values[3:])

        def insert(db: sqlite3.Connection) -> None:
            row = self.row_of(session)
            db.executemany(
                "INSERT INTO events (session_id, seq, event, t, planned, wall, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(row, *values) for values in rows],
            )
            if timeline is not None:
                db.execute("UPDATE sessions SET timeline = ? WHERE id = ?", (timeline, row))
            if result is not None:
                db.execute(
                    "UPDATE sessions SET ended_at = ?, result = ?, active_seconds = ?, work_seconds = ? WHERE id = ?",
                    (wall, result.value, active, work, row),
                )

        self._write(insert)

    def progress(self, session: int | None, snapshot: Snapshot) -> None:
        """The session is as `snapshot` shows: keep its time so far (and the moment) in its row when the
        step has changed or `PROGRESS_EVERY` seconds have passed since the last time; cheap otherwise."""
        if session is None or session not in self._work:
            return
        step, active = snapshot.index, snapshot.session_elapsed
        last = self._progress.get(session)
        if last is not None and last[0] == step and active - last[1] < PROGRESS_EVERY:
            return
        self._progress[session] = (step, active)
        wall = self._wall()
        work = self._work[session].work_so_far(snapshot)

        def update(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE sessions SET ended_at = ?, active_seconds = ?, work_seconds = ? WHERE id = ? AND result = ?",
                (wall, active, work, self.row_of(session), Result.RUNNING.value),
            )

        self._write(update)

    def check_in(self, session: int | None, answer: CheckIn) -> None:
        """Keep a check-in with its session (a second one for the same moment replaces the first)."""
        if session is None:
            return
        values = (
            answer.moment.value,
            self._wall(),
            answer.pain,
            answer.effort.value if answer.effort else None,
            json.dumps(sorted(sign.value for sign in answer.signs)),
        )

        def insert(db: sqlite3.Connection) -> None:
            db.execute(
                "INSERT OR REPLACE INTO checkins (session_id, moment, at, pain, effort, signs) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (self.row_of(session), *values),
            )

        self._write(insert)

    def follow(self, following: Following | None) -> None:
        """Keep that the user now follows a programme from a day on (None: that they stopped following one)."""
        row = following_row(following, self._wall())

        def insert(db: sqlite3.Connection) -> None:
            db.execute(f"INSERT INTO programme_starts {FOLLOWING_COLUMNS} VALUES (?, ?, ?)", row)

        self._write(insert)
