"""A ladder's progress as the history file keeps it: the state as JSON, and version 8's change from the state
of each routine's exercise (version 7) to the state of each ladder, its reasons as codes.

Version 7 kept a state a routine and exercise, its reason an English sentence. Version 8 keeps one a ladder
(`ladder_progress`), shared by the routines, and a row for each change a session or a next-day answer made
(`ladder_changes`). A file at version 7 keeps its progress: each old state is moved across, its reason turned into
its code (`reasons.from_sentence`; a sentence not known is kept as it was). The old states of one ladder (the
routines that used any rung of it, each on the rung it had reached) fold into one row under the ladder's key, as the
shipped catalogue's ladders give it: the one written last is the runner's latest, and it carries on. A rung the
catalogue does not know (an exercise of the runner's own routine) keeps its state under the rung it is on, the
latest of that rung. The moved states start the change rows, with no session: what a ladder was at the update,
not where it started (`ladder_story`).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from workout_timer import resources
from workout_timer.domain.care.exercise_progress import Dose, Move, State
from workout_timer.domain.care.reasons import reason_from
from workout_timer.domain.routines.ladders import Ladders
from workout_timer.domain.routines.loading import load_catalogue
from workout_timer.domain.routines.problems import LoadError

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


def shipped_ladders() -> dict[str, str]:
    """Each rung of the shipped catalogue's ladders, by its id, and its ladder's key (the first rung's id)."""
    try:
        known = load_catalogue(resources.catalogue_path())
    except (OSError, LoadError) as error:
        log.warning("The catalogue can't be read (%s): progress is kept by the rung it is on", error)
        return {}
    ladders = Ladders(known)
    return {exercise_id: ladders.ladder(exercise)[0].id for exercise_id, exercise in known.items()}


def to_ladders(db: sqlite3.Connection, ladders: Callable[[], Mapping[str, str]] = shipped_ladders) -> None:
    """Version 8: the tables of each ladder's progress and its changes, with version 7's states moved into them,
    one a ladder (the key of each rung's ladder from `ladders`), then its table dropped. A state that can't be read
    is left behind: that exercise starts again, as it would have."""
    for statement in LADDER_TABLES:
        db.execute(statement)
    rows = db.execute(
        "SELECT routine_id, exercise_id, state, at FROM exercise_progress ORDER BY at, routine_id, exercise_id"
    ).fetchall()
    keys = ladders() if rows else {}
    latest: dict[tuple[str, bool], tuple[float, State]] = {}
    for routine_id, exercise_id, text, at in rows:
        try:
            state = state_from(json.loads(text))
        except (ValueError, KeyError, TypeError) as error:
            log.warning("The progress of %s in %s can't be read (%s): it starts again", exercise_id, routine_id, error)
            continue
        ladder = keys.get(state.dose.exercise, state.dose.exercise)
        latest[ladder, state.dose.timed] = (float(at), replace(state, key=ladder))  # read oldest first: newest wins
    for (ladder, timed), (at, state) in latest.items():
        kept = json.dumps(state_record(state))
        values = (ladder, timed, kept, at)
        db.execute("INSERT INTO ladder_progress (ladder, timed, state, at) VALUES (?, ?, ?, ?)", values)
        db.execute(
            "INSERT INTO ladder_changes (session_id, ladder, timed, state, at) VALUES (NULL, ?, ?, ?, ?)", values
        )
    db.execute("DROP TABLE exercise_progress")


def _dose_record(dose: Dose) -> dict[str, Any]:
    return {"exercise": dose.exercise, "amount": dose.amount, "timed": dose.timed}


def _dose_from(data: dict[str, Any]) -> Dose:
    return Dose(str(data["exercise"]), float(data["amount"]), bool(data["timed"]))
