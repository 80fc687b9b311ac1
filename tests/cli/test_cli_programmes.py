"""The programme commands: list, show, import, export, start, stop, and today, in text and JSON."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from pathlib import Path

import pytest

from workout_timer.cli import main
from workout_timer.domain.common.paths import history_path, user_programmes_dir
from workout_timer.domain.history.following import Following
from workout_timer.domain.history.store import HistoryStore


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_programmes_lists_built_in_and_own_ones_and_broken_ones(capsys: pytest.CaptureFixture[str]) -> None:
    user_programmes_dir().mkdir(parents=True)
    (user_programmes_dir() / "mine.yaml").write_text(
        "version: 1\nname: Mine\nweeks:\n  - days: {3: core-for-runners}\n"
    )
    (user_programmes_dir() / "broken.yaml").write_text("version: 1\nname: Broken\nweeks:\n  - days: {9: rest}\n")
    code, out, err = run(capsys, "programmes")
    assert code == 0
    assert out.splitlines()[0].split() == ["ID", "NAME", "WEEKS", "SESSIONS", "SOURCE"]
    assert "back-on-track  Back on track" in out and "runners-core" in out and "Mine" in out
    assert "broken.yaml:4:12: a day of the week must be a number from 1 to 7" in err
    listed = {row["id"]: row for row in json.loads(run(capsys, "programmes", "--json")[1])}
    assert listed["back-on-track"]["sessions"] == 20 and listed["mine"]["source"] == "user"
    assert listed["runners-core"]["weeks"][0] == {
        "dose": "gentlest",
        "note": "An easy first week. Learn the moves; it should feel almost too easy.",
        "days": ["core-for-runners", None, "back-care-mobility", None, "core-for-runners", None, None],
    }


def test_programme_show_in_words_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "programme", "show", "back-on-track")
    assert code == 0 and out.startswith("Back on track\n")
    assert "Week 1 (gentlest): The gentlest start." in out and "  day 1  Gentle back care\n  day 2  rest\n" in out
    shown = json.loads(run(capsys, "programme", "show", "runners-core", "--json")[1])
    assert shown["name"] == "Runner's core" and len(shown["weeks"]) == 8
    assert run(capsys, "programme", "show", "nothing")[0] == 1


def test_a_programme_tells_what_its_routines_need_and_back_on_track_asks_for_no_crunches_nor_weights(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = run(capsys, "programme", "show", "back-on-track")[1]
    assert "\nEquipment: mat.\n" in out
    assert "Core and glutes" not in out and "  day 3  Stronger back and glutes\n" in out
    shown = json.loads(run(capsys, "programme", "show", "runners-core", "--json")[1])
    assert shown["equipment"] == ["mat", "wall", "kettlebell", "sturdy table"]  # a kettlebell is needed anyway
    listed = json.loads(run(capsys, "programmes", "--json")[1])
    assert {entry["id"]: entry["equipment"] for entry in listed}["back-on-track"] == ["mat"]
    show = json.loads(run(capsys, "show", "stronger-back", "--json")[1])
    exercises = {segment.get("exercise") for segment in show["segments"]}
    assert "bicycle-crunch" not in exercises and "plank-leg-lift" in exercises


def test_import_and_export_take_the_same_rules_as_routines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shared = str(tmp_path / "shared.yaml")
    assert run(capsys, "programme", "export", "back-on-track", shared)[0] == 0
    code, _, err = run(capsys, "programme", "import", shared, "--as", "back-on-track")
    assert code == 1 and "there is a built-in programme called “back-on-track” (Back on track)" in err
    code, out, _ = run(capsys, "programme", "import", shared)
    assert code == 0 and out.startswith("Imported “Back on track (2)” as shared")
    assert (user_programmes_dir() / "shared.yaml").is_file()
    (tmp_path / "bad.yaml").write_text("version: 1\nname: Bad\nweeks:\n  - days: {1: core-for-runers}\n")
    code, _, err = run(capsys, "programme", "import", str(tmp_path / "bad.yaml"))
    assert code == 1 and "bad.yaml:4:15: unknown routine core-for-runers; did you mean core-for-runners?" in err


def test_today_follows_the_programme_started_and_counts_a_session_done_today(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, "today")[1].startswith("You are not following a programme.")
    assert run(capsys, "today", "--json")[1] == "null\n"
    assert run(capsys, "programme", "start", "back-on-track")[0] == 0
    code, out, _ = run(capsys, "today")
    assert code == 0
    assert out.splitlines()[:2] == [
        "Back on track: Week 1 of 6 · 0 sessions done",
        "Today: Gentle back care, at its gentlest.",
    ]
    assert "First two weeks: 0 of 6 sessions. 6 more sessions and the habit is made." in out
    ended = time.time()  # a session that ended now and began today, even just after midnight
    began = max(ended - 300, dt.datetime.combine(dt.date.fromtimestamp(ended), dt.time()).timestamp())
    with sqlite3.connect(history_path()) as db:  # a session of five minutes at most, today, its one exercise step done
        session = db.execute(
            "INSERT INTO sessions (routine_id, routine_name, timeline, started_at, ended_at, result, active_seconds,"
            " work_seconds) VALUES ('back-care-mobility', 'Gentle back care', ?, ?, ?, 'completed', 300, 300)",
            (json.dumps([{"index": 0, "phase": "work"}]), began, ended),
        ).lastrowid
        db.executemany(
            "INSERT INTO events (session_id, seq, event, t, planned, wall, data) VALUES (?, ?, ?, 0, 0, 0, ?)",
            [
                (session, 1, "segment_started", json.dumps({"index": 0})),
                (session, 2, "session_finished", json.dumps({"result": "completed"})),
            ],
        )
    plan = json.loads(run(capsys, "today", "--json")[1])
    assert plan["done_today"] and plan["routine"] == "back-care-mobility" and plan["sessions_done"] == 1
    assert plan["first_two_weeks"] == {"done": 1, "goal": 6, "open": True} and plan["streak"] == 1
    assert plan["days"][0] == {"date": dt.date.today().isoformat(), "routine": "back-care-mobility", "state": "done"}
    assert "Done for today: Gentle back care. Well done!" in run(capsys, "today")[1]
    assert run(capsys, "programme", "stop")[0] == 0
    store = HistoryStore(history_path(), read_only=True)
    assert store.following() is None
    store.close()


def test_today_of_a_programme_that_no_longer_loads_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    store = HistoryStore(history_path())
    store.follow(Following("gone-now", dt.date.today()))
    store.close()
    code, _, err = run(capsys, "today")
    assert code == 1 and "no programme called “gone-now”" in err


def test_the_programme_schema_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    schema = json.loads(run(capsys, "schema", "--programme")[1])
    assert schema["title"] == "workout-timer programme, format version 1"


def test_validate_checks_a_programme_file_by_the_programme_reader(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from workout_timer import resources

    built_in = str(resources.programmes_dir() / "back-on-track.yaml")
    code, out, err = run(capsys, "validate", built_in)
    assert (code, err) == (0, "")
    assert out == f"{built_in}: ok (the programme Back on track: 20 sessions in 6 weeks)\n"
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: Broken\nweeks:\n  - days: {1: core-for-runer, 9: rest}\n")
    code, out, err = run(capsys, "validate", str(broken))
    assert code == 1 and out == ""
    assert f"{broken}:4:15: unknown routine core-for-runer" in err  # at its place
    assert "core-for-runners" in err  # the closest id
    assert "steps" not in err  # not read as a routine


def test_programme_start_and_today_go_by_the_injected_wall_clock(capsys: pytest.CaptureFixture[str]) -> None:
    """`programme start` followed from the computer's own date (`dt.date.today()`), whatever clock the rest went by:
    the day is the injected clock's, for starting as for today's plan."""
    day = dt.date.today() + dt.timedelta(days=40)
    noon = dt.datetime.combine(day, dt.time(12)).timestamp()
    assert main(["programme", "start", "back-on-track"], wall_clock=lambda: noon) == 0
    capsys.readouterr()
    store = HistoryStore(history_path())
    assert store.following() == Following("back-on-track", day)
    store.close()
    assert main(["today", "--json"], wall_clock=lambda: noon + 86_400) == 0
    plan = json.loads(capsys.readouterr().out)
    next_day = day + dt.timedelta(days=1)  # the first day's session missed: the plan shifts to today, by that clock
    assert plan["days"][0] == {"date": next_day.isoformat(), "routine": "back-care-mobility", "state": "today"}
