"""Each ladder's progress and its changes, and the answers to the next-day question, kept in the history file.

`ladder_progress` holds one row a ladder (by its key, the first rung's id, and whether it is held or counted in
reps) with its state as JSON (`ladder_rows`); `ladder_changes` a row for each change a session, or a next-day
answer about it, made to a ladder, with the session's id, so that how a dose grew can be told, and replayed;
`next_day` one row a session whose next-day question was answered or put away. All are written through the
store's queue, in order with the sessions they follow, so a locked or full file loses none.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from workout_timer.domain.care.exercise_plan import limits_of
from workout_timer.domain.care.exercise_progress import NextDay, State
from workout_timer.domain.history.ladder_rows import state_from, state_record
from workout_timer.domain.history.records import Ran, Result

if TYPE_CHECKING:
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.routines.routine import Routine

log = logging.getLogger("workout_timer.history")

PUT_AWAY = "put-away"
"""A next-day question closed without an answer: not asked again."""


@dataclass(frozen=True)
class LadderChange:
    """What one session (None: the state kept before changes were) did to one ladder: its state after."""

    session: int | None
    state: State
    at: float


def states_of(history: HistoryStore, routine: Routine) -> dict[str, State]:
    """The kept state of each progressing ladder of `routine`, by the ladder's key: the latest row kept under its key
    or one of its rungs (a rung of the runner's own exercises moved from an older history, or before the ladder
    grew)."""
    found: dict[str, State] = {}
    for key, limits in limits_of(routine).items():
        marks = ", ".join("?" * len(limits.ladder))
        rows = history.read(
            f"SELECT ladder, state FROM ladder_progress WHERE timed = ? AND ladder IN ({marks}) ORDER BY at DESC",
            (limits.timed, *limits.ladder),
        )
        for ladder, text in rows:
            try:
                found[key] = replace(state_from(json.loads(text)), key=key)
                break
            except (ValueError, KeyError, TypeError) as error:  # a row this version can't read: as written again
                log.warning("The progress of %s can't be read (%s): it starts again", ladder, error)
    return found


def keep_states(
    history: HistoryStore,
    routine: Routine,
    before: Mapping[str, State],
    after: Mapping[str, State],
    session: int | None,
) -> None:
    """Keep each state of `after` that differs from `before` (both by ladder key, around `session` of `routine`,
    or a next-day answer about it), and a change row for it."""
    at = history.now()
    limits = limits_of(routine)
    changed = [(state, limits[key]) for key, state in after.items() if key in limits and before.get(key) != state]
    if not changed:
        return

    def write(db: sqlite3.Connection) -> None:
        try:
            row = None if session is None else history.row_of(session)
        except sqlite3.IntegrityError:  # the session's row was refused: its progress is kept all the same
            row = None
        for state, each in changed:
            kept, others = json.dumps(state_record(state)), [rung for rung in each.ladder if rung != each.key]
            marks = ", ".join("?" * len(others))
            db.execute(f"DELETE FROM ladder_progress WHERE timed = ? AND ladder IN ({marks})", (each.timed, *others))
            db.execute(
                "INSERT OR REPLACE INTO ladder_progress (ladder, timed, state, at) VALUES (?, ?, ?, ?)",
                (each.key, each.timed, kept, at),
            )
            db.execute(
                "INSERT INTO ladder_changes (session_id, ladder, timed, state, at) VALUES (?, ?, ?, ?, ?)",
                (row, each.key, each.timed, kept, at),
            )

    history.write(write)


def ladder_changes(history: HistoryStore, key: str, timed: bool) -> list[LadderChange]:
    """What each session did to the ladder `key` (held, or counted in reps), oldest first."""
    rows = history.read(
        "SELECT session_id, state, at FROM ladder_changes WHERE ladder = ? AND timed = ? ORDER BY id", (key, timed)
    )
    found = []
    for session, text, at in rows:
        try:
            found.append(LadderChange(session, replace(state_from(json.loads(text)), key=key), float(at)))
        except (ValueError, KeyError, TypeError) as error:
            log.warning("A change of %s can't be read (%s): left out", key, error)
    return found


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
