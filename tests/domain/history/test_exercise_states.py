"""Each exercise's progress and the next-day answers, kept in the history file (its version 7)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workout_timer.domain.care.exercise_progress import Dose, Move, NextDay, State
from workout_timer.domain.history.database import MIGRATIONS
from workout_timer.domain.history.exercise_states import keep_next_day, keep_states, next_day_answers, states_of
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.summary import SessionSummary

PLANK = State(
    "plank",
    Dose("plank", 20, True),
    Dose("plank-leg-lift", 20, True),
    easy=0,
    amber=1,
    move=Move.UP,
    before=Dose("plank", 30, True),
    reason="3 easy sessions in a row",
)
BRIDGE = State("glute-bridge", Dose("glute-bridge", 10, False), Dose("glute-bridge", 12, False), easy=2)


def test_states_are_kept_by_routine_and_read_back_whole(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite")
    keep_states(store, "core", {"plank": PLANK, "glute-bridge": BRIDGE})
    keep_states(store, "other", {"plank": BRIDGE})
    store.close()
    again = HistoryStore(tmp_path / "history.sqlite", read_only=True)
    assert states_of(again, "core") == {"plank": PLANK, "glute-bridge": BRIDGE}
    assert states_of(again, "nothing") == {}


def test_a_later_state_replaces_the_one_before(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite")
    keep_states(store, "core", {"plank": PLANK})
    keep_states(store, "core", {"plank": BRIDGE})
    assert states_of(store, "core") == {"plank": BRIDGE}


def test_a_row_this_version_cannot_read_starts_that_exercise_again(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite")
    keep_states(store, "core", {"plank": PLANK, "glute-bridge": BRIDGE})
    with sqlite3.connect(tmp_path / "history.sqlite") as db:
        db.execute("UPDATE exercise_progress SET state = '{\"key\": 1}' WHERE exercise_id = 'plank'")
    assert states_of(store, "core") == {"glute-bridge": BRIDGE}


def test_a_version_6_history_gains_the_tables_and_keeps_its_sessions(tmp_path: Path, short_timeline: Timeline) -> None:
    path = tmp_path / "history.sqlite"
    with sqlite3.connect(path) as db:
        for migration in MIGRATIONS[:6]:
            for statement in migration:
                db.execute(statement)
        db.execute("PRAGMA user_version = 6")
        db.execute(
            "INSERT INTO sessions (routine_id, routine_name, timeline, started_at, ended_at, result, active_seconds)"
            " VALUES ('core', 'Core', '[]', 1.0, 601.0, 'completed', 600.0)"
        )
    store = HistoryStore(path)
    (old,) = store.sessions()
    keep_next_day(store, old.id, NextDay.WORSE)
    session = store.begin(SessionSummary(short_timeline))
    assert session is not None
    keep_next_day(store, session, None)  # put away unanswered
    assert next_day_answers(store) == {old.id: NextDay.WORSE, session: None}
    assert store.problem is None


def test_writes_wait_for_a_locked_file_and_follow_in_order(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    store = HistoryStore(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the file
    keep_states(store, "core", {"plank": PLANK})
    assert store.pending
    holder.execute("ROLLBACK")
    holder.close()
    assert store.flush()
    assert states_of(store, "core") == {"plank": PLANK}
