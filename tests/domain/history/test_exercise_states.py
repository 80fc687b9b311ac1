"""Each ladder's progress, its changes and the next-day answers, kept in the history file (versions 7 and 8)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from workout_timer.domain.care.exercise_plan import plan
from workout_timer.domain.care.exercise_progress import Dose, Move, NextDay, State
from workout_timer.domain.care.reasons import Reason, Why
from workout_timer.domain.common import language
from workout_timer.domain.history.exercise_states import (
    keep_next_day,
    keep_states,
    ladder_changes,
    next_day_answers,
    states_of,
)
from workout_timer.domain.history.file.database import MIGRATIONS
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.summary import SessionSummary

CORE = """\
version: 1
name: Core
steps:
  - {exercise: plank, duration: 20}
  - {exercise: glute-bridge, reps: 10}
"""
HARDER = """\
version: 1
name: Harder
steps:
  - {exercise: plank-leg-lift, duration: 30, sets: 2}
"""
PLANK = State(
    "knee-plank",
    Dose("plank-leg-lift", 20, True),
    easy=0,
    amber=1,
    move=Move.UP,
    before=Dose("plank", 30, True),
    reason=Reason(Why.EASY, 3),
)
BRIDGE = State("glute-bridge", Dose("glute-bridge", 12, False), easy=2)


@pytest.fixture
def core(load) -> Routine:  # type: ignore[no-untyped-def]
    routine: Routine = load(CORE)
    return routine


@pytest.fixture
def harder(load) -> Routine:  # type: ignore[no-untyped-def]
    routine: Routine = load(HARDER)
    return routine


def test_states_are_kept_by_ladder_and_every_routine_on_it_reads_them(
    tmp_path: Path, core: Routine, harder: Routine
) -> None:
    store = HistoryStore(tmp_path / "history.sqlite")
    keep_states(store, core, {}, {"knee-plank": PLANK, "glute-bridge": BRIDGE}, None)
    store.close()
    again = HistoryStore(tmp_path / "history.sqlite", read_only=True)
    assert states_of(again, core) == {"knee-plank": PLANK, "glute-bridge": BRIDGE}
    assert states_of(again, harder) == {"knee-plank": PLANK}  # another routine, the same ladder


def test_a_later_state_replaces_the_one_before_and_each_change_is_a_row_with_its_session(
    tmp_path: Path, core: Routine, harder: Routine, short_timeline: Timeline
) -> None:
    store = HistoryStore(tmp_path / "history.sqlite")
    session = store.begin(SessionSummary(short_timeline))
    assert session is not None
    first = State("knee-plank", Dose("plank", 20, True), easy=1)
    keep_states(store, core, {}, {"knee-plank": first, "glute-bridge": BRIDGE}, session)
    keep_states(store, harder, {"knee-plank": first}, {"knee-plank": PLANK}, session + 1)
    keep_states(store, core, {"knee-plank": PLANK}, {"knee-plank": PLANK}, session + 2)  # unchanged: no row
    assert states_of(store, core) == {"knee-plank": PLANK, "glute-bridge": BRIDGE}
    changes = ladder_changes(store, "knee-plank", timed=True)
    assert [(change.session, change.state) for change in changes] == [(session, first), (session + 1, PLANK)]
    assert [change.state for change in ladder_changes(store, "glute-bridge", timed=False)] == [BRIDGE]


def test_a_row_this_version_cannot_read_starts_that_ladder_again(tmp_path: Path, core: Routine) -> None:
    store = HistoryStore(tmp_path / "history.sqlite")
    keep_states(store, core, {}, {"knee-plank": PLANK, "glute-bridge": BRIDGE}, None)
    with sqlite3.connect(tmp_path / "history.sqlite") as db:
        db.execute("UPDATE ladder_progress SET state = '{\"key\": 1}' WHERE ladder = 'knee-plank'")
    assert states_of(store, core) == {"glute-bridge": BRIDGE}


def test_a_version_6_history_gains_the_tables_and_keeps_its_sessions(tmp_path: Path, short_timeline: Timeline) -> None:
    path = tmp_path / "history.sqlite"
    with sqlite3.connect(path) as db:
        for migration in MIGRATIONS[:6]:
            for statement in migration:
                assert isinstance(statement, str)
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


def version_7(path: Path, rows: list[tuple[str, str, dict[str, object], float]]) -> None:
    """A history as version 7 of the app wrote it: a state a routine and exercise, its reason a sentence."""
    with sqlite3.connect(path) as db:
        for migration in MIGRATIONS[:7]:
            for statement in migration:
                assert isinstance(statement, str)
                db.execute(statement)
        db.execute("PRAGMA user_version = 7")
        db.executemany(
            "INSERT INTO exercise_progress (routine_id, exercise_id, state, at) VALUES (?, ?, ?, ?)",
            [(routine, exercise, json.dumps(state), at) for routine, exercise, state, at in rows],
        )


def old_state(key: str, written: Dose, dose: Dose, reason: str, move: str = "up") -> dict[str, object]:
    def record(d: Dose) -> dict[str, object]:
        return {"exercise": d.exercise, "amount": d.amount, "timed": d.timed}

    before = Dose(dose.exercise, dose.amount - 5, dose.timed)
    return {
        "key": key,
        "written": record(written),
        "dose": record(dose),
        "easy": 0,
        "amber": 0,
        "move": move,
        "before": record(before),
        "reason": reason,
    }


def test_a_version_7_history_keeps_its_progress_by_ladder_and_its_reasons_as_codes(
    tmp_path: Path, core: Routine, harder: Routine
) -> None:
    path = tmp_path / "history.sqlite"
    version_7(
        path,
        [
            # "Core" built the knee plank up to 25 s; "Harder" was only ever run as written, earlier
            ("harder", "plank-leg-lift", old_state("plank-leg-lift", *[Dose("plank-leg-lift", 30, True)] * 2, ""), 5.0),
            (
                "core",
                "plank",
                old_state("plank", Dose("plank", 20, True), Dose("knee-plank", 25, True), "3 easy sessions in a row"),
                9.0,
            ),
            (
                "core",
                "glute-bridge",
                old_state(
                    "glute-bridge",
                    Dose("glute-bridge", 10, False),
                    Dose("glute-bridge", 8, False),
                    "a sore knee",
                    "back",
                ),
                9.0,
            ),
        ],
    )
    store = HistoryStore(path)
    assert store.problem is None
    kept = states_of(store, harder)
    plank = State(
        "knee-plank",
        Dose("knee-plank", 25, True),
        move=Move.UP,
        before=Dose("knee-plank", 20, True),
        reason=Reason(Why.EASY, 3),
    )
    assert kept == {"knee-plank": plank}  # the latest on the ladder carries on, into a routine that asks for more
    assert states_of(store, core)["knee-plank"] == plank
    bridge = states_of(store, core)["glute-bridge"]
    assert bridge.dose == Dose("glute-bridge", 8, False) and bridge.reason == Reason(Why.TEXT, text="a sore knee")
    assert [change.session for change in ladder_changes(store, "knee-plank", timed=True)] == [None]
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "exercise_progress" not in tables


def test_a_reason_kept_then_shown_in_german_reads_german(tmp_path: Path, core: Routine) -> None:
    path = tmp_path / "history.sqlite"
    sentence = "hard on your back 2 sessions in a row"
    version_7(
        path,
        [
            (
                "core",
                "plank",
                old_state("plank", Dose("plank", 20, True), Dose("knee-plank", 20, True), sentence, "back"),
                1,
            )
        ],
    )
    store = HistoryStore(path)
    stepped_back = State(
        "glute-bridge",
        Dose("glute-bridge", 8, False),
        move=Move.BACK,
        before=Dose("glute-bridge", 10, False),
        reason=Reason(Why.PAIN, 7),
    )
    keep_states(store, core, {}, {"glute-bridge": stepped_back}, None)
    store.close()
    language.use("de_DE")
    again = HistoryStore(path, read_only=True)
    plank, bridge = [str(change) for change in plan(core, states_of(again, core)).changes]
    # (the exercises' names are the catalogue's, translated apart)
    assert ": zurückgenommen auf " in plank and ", 20 Sekunden (bisher " in plank and ", 15 Sekunden): " in plank
    assert plank.endswith(": 2 Einheiten hintereinander schwer für deinen Rücken (in der Routine: Plank, 20 Sekunden)")
    assert bridge.endswith(
        ": zurückgenommen auf 8 Wiederholungen (bisher 10 Wiederholungen): dein Rücken tat danach weh, 7 von 10"
    )


def test_writes_wait_for_a_locked_file_and_follow_in_order(tmp_path: Path, core: Routine) -> None:
    path = tmp_path / "history.sqlite"
    store = HistoryStore(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the file
    keep_states(store, core, {}, {"knee-plank": PLANK}, None)
    assert store.pending
    holder.execute("ROLLBACK")
    holder.close()
    assert store.flush()
    assert states_of(store, core) == {"knee-plank": PLANK}
