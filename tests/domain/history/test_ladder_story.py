"""How each exercise grew, told from the change rows real sessions wrote through the flow (`ladder_history`):
three easy sessions step each ladder up, red in the rest after the plank steps it back to the plank on your knees."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.conftest import SHORT_ROUTINE
from tests.helpers.ladder_history import FIRST_DAY, at, ladder_history
from workout_timer.domain.care.exercise_progress import Dose, Move
from workout_timer.domain.common import language
from workout_timer.domain.history.ladder_story import ladder_stories, stories
from workout_timer.domain.routines.routine import Catalogue


def test_each_ladder_tells_where_it_started_and_each_change_of_dose_with_why(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    store = ladder_history(tmp_path / "history.sqlite", load(SHORT_ROUTINE))
    told = ladder_stories(store)
    assert [story.key for story in told] == ["knee-plank", "wall-push-up", "knee-side-plank"]  # changed latest first
    plank = told[0]
    assert plank.start.dose == Dose("plank", 20.0, True)
    assert [(step.day, step.to.dose, step.move) for step in plank.steps] == [
        (FIRST_DAY.replace(day=4), Dose("plank", 25.0, True), Move.UP),
        (FIRST_DAY.replace(day=5), Dose("knee-plank", 25.0, True), Move.BACK),
    ]
    assert [step.words() for step in plank.newest_first()] == [
        "5 Nov: knee-plank, 25 seconds, back because your back said red after it.",  # no session ran it yet
        "4 Nov: Plank, 25 seconds, up after 3 easy sessions in a row.",
    ]
    assert plank.summary() == "Started at Plank, 20 seconds; now knee-plank, 25 seconds."
    push_ups = told[1]
    assert push_ups.summary() == "Started at Knee push-up, 8 reps; now Knee push-up, 10 reps."
    assert push_ups.accessible() == (
        "Knee push-up: Started at Knee push-up, 8 reps; now Knee push-up, 10 reps. "
        "4 Nov: Knee push-up, 10 reps, up after 3 easy sessions in a row."
    )
    store.close()


def test_the_catalogue_names_a_rung_no_session_ran_and_a_report_leaves_out_what_came_after_it(
    tmp_path: Path, load, catalogue: Catalogue
) -> None:  # type: ignore[no-untyped-def]
    store = ladder_history(tmp_path / "history.sqlite", load(SHORT_ROUTINE))
    names = {exercise_id: exercise.name for exercise_id, exercise in catalogue.items()}
    plank = ladder_stories(store, names)[0]
    assert plank.title == "Plank on your knees" and plank.now.words() == "Plank on your knees, 25 seconds"
    before_red = {story.key: story for story in ladder_stories(store, names, until=at(FIRST_DAY.replace(day=4), 23))}
    assert before_red["knee-plank"].now.dose == Dose("plank", 25.0, True)
    store.close()


def test_a_row_that_keeps_the_dose_is_no_step_and_a_row_that_cant_be_read_is_left_out(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "history.sqlite"
    store = ladder_history(path, load(SHORT_ROUTINE))
    store.close()
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT session_id, ladder, timed, state, at FROM ladder_changes ORDER BY id").fetchall()
    held = sum(1 for _s, _l, _t, text, _a in rows if json.loads(text)["move"] == "hold")
    assert held >= 3  # the first two sessions held every ladder: kept, and no step
    told = stories([*rows, (4, "side-plank", 1, "{not json", at(FIRST_DAY.replace(day=9)))], {})
    assert sum(len(story.steps) for story in told) == 4


def test_the_story_speaks_german(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    store = ladder_history(tmp_path / "history.sqlite", load(SHORT_ROUTINE))
    language.use("de_DE")
    push_ups = ladder_stories(store, {"knee-push-up": "Liegestütz auf den Knien"})[1]
    assert push_ups.newest_first()[0].words() == (
        "4. Nov.: Liegestütz auf den Knien, 10 Wiederholungen, gesteigert: 3 leichte Einheiten hintereinander."
    )
    store.close()
