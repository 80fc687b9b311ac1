"""A ladder's progress as the history file keeps it: the state as JSON, and version 8's change from the state
of each routine's exercise (version 7) to the state of each ladder, its reasons as codes.

Version 7 kept a state a routine and exercise, its reason an English sentence. Version 8 keeps one a ladder
(`ladder_progress`), shared by the routines, and a row for each change a session or a next-day answer made
(`ladder_changes`). A file at version 7 keeps its progress: each old state is moved across, its reason turned into
its code (`reasons.from_sentence`; a sentence not known is kept as it was); where several routines kept a state on
one ladder, the one written last is the runner's latest, and it carries on. The history knows no catalogue, so a
moved state is kept under the rung it is on; the first routine to read it finds it by its rung and keeps it
under the ladder's key from then on (`exercise_states`). The moved states start the change rows, with no session.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import replace
from typing import Any

from workout_timer.domain.care.exercise_progress import Dose, Move, State
from workout_timer.domain.care.reasons import reason_from

log = logging.getLogger("workout_timer.history")

LADDER_TABLES = (
    """CREATE TABLE ladder_progress (
        ladder TEXT NOT NULL,
        timed INTEGER NOT NULL,
        state TEXT NOT NULL,
        at REAL NOT NULL,
        PRIMARY KEY (ladder, timed)
    )""",
    """CREATE TABLE ladder_changes (
        id INTEGER PRIMARY KEY,
        session_id INTEGER,
        ladder TEXT NOT NULL,
        timed INTEGER NOT NULL,
        state TEXT NOT NULL,
        at REAL NOT NULL
    )""",
    "CREATE INDEX ladder_changes_by_ladder ON ladder_changes(ladder, id)",
)
"""`ladder_changes.session_id` is the session that made the change (the one asked about, for a next-day answer),
or NULL for a state moved across from version 7. It is no foreign key: a deleted session's changes stay, as the
record of what happened, for a replay to leave out."""


def state_record(state: State) -> dict[str, Any]:
    return {
        "key": state.key,
        "dose": _dose_record(state.dose),
        "easy": state.easy,
        "amber": state.amber,
        "move": state.move.value,
        "before": None if state.before is None else _dose_record(state.before),
        "reason": state.reason.record(),
    }


def state_from(data: dict[str, Any]) -> State:
    """A state as kept (a reason kept as a sentence, by version 7, is turned into its code)."""
    before = data.get("before")
    return State(
        str(data["key"]),
        _dose_from(data["dose"]),
        int(data.get("easy", 0)),
        int(data.get("amber", 0)),
        Move(data.get("move", Move.NONE.value)),
        None if before is None else _dose_from(before),
        reason_from(data.get("reason", "")),
    )


def to_ladders(db: sqlite3.Connection) -> None:
    """Version 8: the tables of each ladder's progress and its changes, with version 7's states moved into them
    (then its table dropped). A state that can't be read is left behind: that exercise starts again, as it would
    have."""
    for statement in LADDER_TABLES:
        db.execute(statement)
    latest: dict[tuple[str, bool], tuple[float, State]] = {}
    for routine_id, exercise_id, text, at in db.execute(
        "SELECT routine_id, exercise_id, state, at FROM exercise_progress ORDER BY at, routine_id, exercise_id"
    ):
        try:
            state = state_from(json.loads(text))
        except (ValueError, KeyError, TypeError) as error:
            log.warning("The progress of %s in %s can't be read (%s): it starts again", exercise_id, routine_id, error)
            continue
        rung = state.dose.exercise
        latest[rung, state.dose.timed] = (float(at), replace(state, key=rung))
    for (rung, timed), (at, state) in latest.items():
        kept = json.dumps(state_record(state))
        values = (rung, timed, kept, at)
        db.execute("INSERT INTO ladder_progress (ladder, timed, state, at) VALUES (?, ?, ?, ?)", values)
        db.execute(
            "INSERT INTO ladder_changes (session_id, ladder, timed, state, at) VALUES (NULL, ?, ?, ?, ?)",
            (rung, timed, kept, at),
        )
    db.execute("DROP TABLE exercise_progress")


def _dose_record(dose: Dose) -> dict[str, Any]:
    return {"exercise": dose.exercise, "amount": dose.amount, "timed": dose.timed}


def _dose_from(data: dict[str, Any]) -> Dose:
    return Dose(str(data["exercise"]), float(data["amount"]), bool(data["timed"]))
