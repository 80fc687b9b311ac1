"""Each exercise's progression state, and the answers to the next-day question, kept in the history file.

`exercise_progress` holds one row a routine and exercise (as the routine names it) with its state as JSON;
`next_day` one row a session whose next-day question was answered or put away. Both are written through the
store's queue, in order with the sessions they follow, so a locked or full file loses neither.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from workout_timer.domain.care.exercise_progress import Dose, Move, NextDay, State
from workout_timer.domain.history.records import Ran, Result

if TYPE_CHECKING:
    from workout_timer.domain.history.store import HistoryStore

log = logging.getLogger("workout_timer.history")

PUT_AWAY = "put-away"
"""A next-day question closed without an answer: not asked again."""


def states_of(history: HistoryStore, routine_id: str) -> dict[str, State]:
    """The kept state of each exercise of the routine, by the exercise as the routine names it."""
    rows = history.read("SELECT exercise_id, state FROM exercise_progress WHERE routine_id = ?", (routine_id,))
    found: dict[str, State] = {}
    for key, text in rows:
        try:
            found[key] = state_from(json.loads(text))
        except (ValueError, KeyError, TypeError) as error:  # a row this version can't read: as written again
            log.warning("The progress of %s in %s can't be read (%s): it starts again", key, routine_id, error)
    return found


def keep_states(history: HistoryStore, routine_id: str, states: Mapping[str, State]) -> None:
    at = history.now()
    rows = [(routine_id, key, json.dumps(state_record(state)), at) for key, state in states.items()]

    def write(db: sqlite3.Connection) -> None:
        db.executemany(
            "INSERT OR REPLACE INTO exercise_progress (routine_id, exercise_id, state, at) VALUES (?, ?, ?, ?)", rows
        )

    history.write(write)


def keep_next_day(history: HistoryStore, session: int, answer: NextDay | None) -> None:
    """The next-day answer about `session` (None: the question was put away unanswered)."""
    values = (session, PUT_AWAY if answer is None else answer.value, history.now())

    def write(db: sqlite3.Connection) -> None:
        db.execute("INSERT OR REPLACE INTO next_day (session_id, answer, at) VALUES (?, ?, ?)", values)

    history.write(write)


def trained_since(history: HistoryStore, since: float) -> list[Ran]:
    """The sessions that started at `since` (Unix time) or later and have ended, oldest first: a quick read for
    the next-day question, which needs no more."""
    rows = history.read(
        "SELECT id, routine_id, started_at, work_seconds, result FROM sessions "
        "WHERE started_at >= ? AND result != 'running' ORDER BY started_at, id",
        (since,),
    )
    known = {result.value for result in Result}
    return [Ran(int(row[0]), str(row[1]), float(row[2]), row[3], Result(row[4])) for row in rows if row[4] in known]


def next_day_answers(history: HistoryStore) -> dict[int, NextDay | None]:
    """Every next-day answer by session (None for a question put away)."""
    rows = history.read("SELECT session_id, answer FROM next_day")
    known = {answer.value for answer in NextDay}
    return {session: NextDay(answer) if answer in known else None for session, answer in rows}


def state_record(state: State) -> dict[str, Any]:
    return {
        "key": state.key,
        "written": _dose_record(state.written),
        "dose": _dose_record(state.dose),
        "easy": state.easy,
        "amber": state.amber,
        "move": state.move.value,
        "before": None if state.before is None else _dose_record(state.before),
        "reason": state.reason,
    }


def state_from(data: dict[str, Any]) -> State:
    before = data.get("before")
    return State(
        str(data["key"]),
        _dose_from(data["written"]),
        _dose_from(data["dose"]),
        int(data.get("easy", 0)),
        int(data.get("amber", 0)),
        Move(data.get("move", Move.NONE.value)),
        None if before is None else _dose_from(before),
        str(data.get("reason", "")),
    )


def _dose_record(dose: Dose) -> dict[str, Any]:
    return {"exercise": dose.exercise, "amount": dose.amount, "timed": dose.timed}


def _dose_from(data: dict[str, Any]) -> Dose:
    return Dose(str(data["exercise"]), float(data["amount"]), bool(data["timed"]))
