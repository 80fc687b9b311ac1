"""A version-7 history, where each routine kept its own state of each exercise on the rung it had reached, brought
to version 8: one state a ladder, the newest, under the ladder's key, and a story that tells it as the update found
it. The file is written here by SQL, with version 7's schema as it shipped."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from workout_timer.domain.care.exercise_progress import Dose, Move, State
from workout_timer.domain.care.reasons import Reason, Why
from workout_timer.domain.common import language
from workout_timer.domain.history.exercise_states import keep_states, ladder_changes, states_of
from workout_timer.domain.history.ladder_story import ladder_stories
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.routine import Catalogue, Routine

VERSION_7 = (
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY, routine_id TEXT NOT NULL, routine_name TEXT NOT NULL, timeline TEXT NOT NULL,
        started_at REAL NOT NULL, ended_at REAL, result TEXT NOT NULL, active_seconds REAL, owner_pid INTEGER,
        owner_start TEXT, work_seconds REAL, dial TEXT NOT NULL DEFAULT 'normal'
    )""",
    """CREATE TABLE events (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
        event TEXT NOT NULL, t REAL NOT NULL, planned REAL NOT NULL, wall REAL NOT NULL, data TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
    )""",
    "CREATE INDEX sessions_by_start ON sessions(started_at)",
    """CREATE TABLE checkins (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, moment TEXT NOT NULL, at REAL NOT NULL,
        pain INTEGER, effort TEXT, signs TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (session_id, moment)
    )""",
    "CREATE TABLE programme_starts (at REAL NOT NULL, programme_id TEXT, started_on TEXT)",
    """CREATE TABLE exercise_progress (
        routine_id TEXT NOT NULL, exercise_id TEXT NOT NULL, state TEXT NOT NULL, at REAL NOT NULL,
        PRIMARY KEY (routine_id, exercise_id)
    )""",
    """CREATE TABLE next_day (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE, answer TEXT NOT NULL,
        at REAL NOT NULL
    )""",
    "PRAGMA user_version = 7",
)
"""Version 7's schema as its migrations left it."""

OLDER = dt.datetime(2026, 2, 27, 18).timestamp()
NEWER = dt.datetime(2026, 3, 20, 18).timestamp()
"""When "Back on track" last kept its states, and when "Stronger back", on the higher rungs, kept its own."""


def old(dose: Dose, before: Dose | None, move: str, reason: str) -> dict[str, object]:
    """A state as version 7 kept it: under the exercise as the routine names it, its reason a sentence."""

    def record(d: Dose) -> dict[str, object]:
        return {"exercise": d.exercise, "amount": d.amount, "timed": d.timed}

    return {
        "key": dose.exercise,
        "dose": record(dose),
        "easy": 1,
        "amber": 0,
        "move": move,
        "before": None if before is None else record(before),
        "reason": reason,
    }


ROWS = [
    # Back on track grew the bridge and the knee plank to their targets, then Stronger back went on a rung higher.
    ("back-on-track", "glute-bridge", old(Dose("glute-bridge", 12, False), Dose("glute-bridge", 10, False), "up", "3 easy sessions in a row"), OLDER),
    ("back-on-track", "knee-plank", old(Dose("knee-plank", 30, True), Dose("knee-plank", 25, True), "up", "3 easy sessions in a row"), OLDER),
    ("back-on-track", "bent-knee-dead-bug", old(Dose("bent-knee-dead-bug", 12, False), Dose("bent-knee-dead-bug", 10, False), "up", "3 easy sessions in a row"), OLDER),
    ("back-on-track", "bird-dog", old(Dose("bird-dog", 8, False), None, "none", ""), OLDER),  # never moved
    ("stronger-back", "marching-bridge", old(Dose("marching-bridge", 10, False), Dose("glute-bridge", 12, False), "up", "3 easy sessions in a row"), NEWER),
    ("stronger-back", "plank", old(Dose("plank", 20, True), Dose("knee-plank", 30, True), "up", "3 easy sessions in a row"), NEWER),
    ("stronger-back", "dead-bug", old(Dose("dead-bug", 8, False), Dose("bent-knee-dead-bug", 12, False), "up", "3 easy sessions in a row"), NEWER),
]  # fmt: skip

ROUTINE = """\
version: 1
name: Back on track
steps:
  - {exercise: glute-bridge, reps: 10}
  - {exercise: knee-plank, duration: 20}
  - {exercise: bent-knee-dead-bug, reps: 8}
  - {exercise: bird-dog, reps: 6}
"""


@pytest.fixture
def version_7(tmp_path: Path) -> Path:
    path = tmp_path / "history.sqlite"
    with sqlite3.connect(path) as db:
        for statement in VERSION_7:
            db.execute(statement)
        db.executemany(
            "INSERT INTO exercise_progress (routine_id, exercise_id, state, at) VALUES (?, ?, ?, ?)",
            [(routine, exercise, json.dumps(state), at) for routine, exercise, state, at in ROWS],
        )
    db.close()
    return path


@pytest.fixture
def routine(load) -> Routine:  # type: ignore[no-untyped-def]
    found: Routine = load(ROUTINE)
    return found


def test_each_ladder_keeps_its_newest_state_under_its_key(version_7: Path, routine: Routine) -> None:
    store = HistoryStore(version_7)
    assert store.problem is None
    kept = states_of(store, routine)
    assert kept["glute-bridge"].dose == Dose("marching-bridge", 10, False)  # not the older Glute bridge 12
    assert kept["knee-plank"].dose == Dose("plank", 20, True)
    assert kept["bent-knee-dead-bug"].dose == Dose("dead-bug", 8, False)
    assert kept["knee-plank"].reason == Reason(Why.EASY, 3)
    with sqlite3.connect(version_7) as db:
        rows = db.execute("SELECT ladder, timed, at FROM ladder_progress ORDER BY ladder").fetchall()
    db.close()
    assert rows == [
        ("bent-knee-dead-bug", 0, NEWER),
        ("bird-dog", 0, OLDER),
        ("glute-bridge", 0, NEWER),
        ("knee-plank", 1, NEWER),
    ]  # one row a ladder, under its key
    assert [change.state.dose for change in ladder_changes(store, "glute-bridge", timed=False)] == [
        Dose("marching-bridge", 10, False)
    ]
    store.close()


def test_the_first_write_after_the_update_keeps_the_newest_progress(version_7: Path, routine: Routine) -> None:
    store = HistoryStore(version_7)
    before = states_of(store, routine)
    after = dict(before)
    after["knee-plank"] = State("knee-plank", Dose("plank", 20, True), easy=2)  # one more easy session
    keep_states(store, routine, before, after, None)
    store.close()
    store = HistoryStore(version_7)
    kept = states_of(store, routine)
    assert kept["knee-plank"].dose == Dose("plank", 20, True) and kept["knee-plank"].easy == 2
    assert kept["glute-bridge"].dose == Dose("marching-bridge", 10, False)  # the other ladders as they were
    store.close()


def test_the_story_tells_each_ladder_once_as_the_update_found_it_and_only_those_that_moved(
    version_7: Path, catalogue: Catalogue
) -> None:
    store = HistoryStore(version_7)
    names = {exercise_id: exercise.name for exercise_id, exercise in catalogue.items()}
    told = {story.key: story for story in ladder_stories(store, names)}
    assert sorted(told) == ["bent-knee-dead-bug", "glute-bridge", "knee-plank"]  # the bird dog never moved
    bridge = told["glute-bridge"]
    assert bridge.steps == () and bridge.start.dose == Dose("marching-bridge", 10, False)
    assert bridge.summary() == "Marching bridge, 10 reps, as of the update on 20 March 2026; no change since."
    assert "since it started" not in " ".join(story.accessible() for story in told.values())
    store.close()


def test_a_step_after_the_update_is_told_from_where_the_update_found_the_ladder(
    version_7: Path, routine: Routine, catalogue: Catalogue
) -> None:
    store = HistoryStore(version_7)
    before = states_of(store, routine)
    after = dict(before)
    after["knee-plank"] = State(
        "knee-plank", Dose("plank", 25, True), move=Move.UP, before=Dose("plank", 20, True), reason=Reason(Why.EASY, 3)
    )
    keep_states(store, routine, before, after, None)
    names = {exercise_id: exercise.name for exercise_id, exercise in catalogue.items()}
    plank = next(story for story in ladder_stories(store, names) if story.key == "knee-plank")
    assert plank.summary() == "Plank, 20 seconds, as of the update on 20 March 2026; now Plank, 25 seconds."
    assert plank.summary(by=dt.date(2026, 3, 21)).startswith("Plank, 20 seconds, as of the update on 20 March 2026; on")
    store.close()


def test_the_update_is_told_in_german(version_7: Path) -> None:
    HistoryStore(version_7).close()  # brought up to date
    language.use("de_DE")
    store = HistoryStore(version_7, read_only=True)
    bridge = next(story for story in ladder_stories(store) if story.key == "glute-bridge")
    said = "marching-bridge, 10 Wiederholungen, Stand bei der Aktualisierung am 20. März 2026; seitdem keine Änderung."
    assert bridge.summary() == said  # (no session named it: its id)
    store.close()


MINE = """\
version: 1
name: Mine
exercises:
  stability-plank:
    name: Plank on a cushion
    kind: core
    instructions: [Forearms on a cushion, then hold a plank]
    duration: 20s
    easier: plank-leg-lift
steps:
  - {exercise: knee-plank, duration: 20}
  - {exercise: stability-plank, duration: 20}
"""


def test_a_rung_of_the_runners_own_newer_than_the_ladders_row_carries_on(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "history.sqlite"
    on_cushion = old(Dose("stability-plank", 20, True), Dose("plank-leg-lift", 30, True), "up", "")
    with sqlite3.connect(path) as db:
        for statement in VERSION_7:
            db.execute(statement)
        db.executemany(
            "INSERT INTO exercise_progress (routine_id, exercise_id, state, at) VALUES (?, ?, ?, ?)",
            [(routine, exercise, json.dumps(state), at) for routine, exercise, state, at in ROWS[1:2]]
            + [("mine", "stability-plank", json.dumps(on_cushion), NEWER)],
        )
    db.close()
    store = HistoryStore(path)
    mine: Routine = load(MINE)
    assert states_of(store, mine)["knee-plank"].dose == Dose(
        "stability-plank", 20, True
    )  # the catalogue knew no cushion
    store.close()


def test_reading_a_version_7_file_without_writing_shows_its_ladders_and_leaves_it_as_it_is(
    version_7: Path, routine: Routine
) -> None:
    """The command line's `history` and `report` and the reminder read the file without writing it: an older
    version's file is read as today's, from a copy brought up to date in memory, the file left untouched."""
    before = version_7.read_bytes()
    store = HistoryStore(version_7, read_only=True)
    assert store.problem is None
    assert states_of(store, routine)["knee-plank"].dose == Dose("plank", 20, True)
    assert sorted(story.key for story in ladder_stories(store)) == ["bent-knee-dead-bug", "glute-bridge", "knee-plank"]
    store.close()
    assert version_7.read_bytes() == before
    with sqlite3.connect(version_7) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 7
    db.close()
