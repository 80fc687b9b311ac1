"""The command line: exit codes, output, and errors a runner can act on."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.helpers.recording import recording
from workout_timer import __version__
from workout_timer.cli import main
from workout_timer.domain.common.paths import user_routines_dir


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_exit_codes_and_messages(capsys: pytest.CaptureFixture[str]) -> None:
    valid = str(FIXTURES / "valid" / "minimal.yaml")
    invalid = str(FIXTURES / "invalid" / "negative-duration.yaml")
    code, out, err = run(capsys, "validate", valid)
    assert code == 0 and out == f"{valid}: ok (Just a plank, 0:40)\n" and err == ""
    code, out, err = run(capsys, "validate", valid, invalid, str(FIXTURES / "invalid" / "unknown-key.yaml"))
    assert code == 1
    assert f"{invalid}:5:15: `duration` must be a positive number" in err
    assert "unknown-key.yaml:5:5: unknown key `duraton` in an exercise step; did you mean `duration`?" in err


def test_validate_needs_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["validate"])
    assert caught.value.code == 2
    assert "the following arguments are required: PATH" in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["validate"], ["list"], ["show"], ["start"], ["schema"]])
def test_help_everywhere(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main([*command, "--help"])
    assert caught.value.code == 0
    assert "usage: workout-timer" in capsys.readouterr().out


def test_start_tells_of_the_check_in_before_the_session(capsys: pytest.CaptureFixture[str]) -> None:
    """`start` asks the check-in first when check-ins are on, as Start in the app does: its help says so, not
    "straight into the player"."""
    with pytest.raises(SystemExit):
        main(["start", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "after the check-in when you have check-ins on" in help_text and "straight into" not in help_text


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == f"workout-timer {__version__}\n"


def test_list_shows_built_in_and_user_routines_and_broken_ones(capsys: pytest.CaptureFixture[str]) -> None:
    folder = user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "my-plank.yaml").write_text("version: 1\nname: My plank\nsteps: [{exercise: plank}]\n")
    (folder / "broken.yaml").write_text("version: 1\nname: Broken\nsteps: [{exercise: nope}]\n")
    code, out, err = run(capsys, "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "LENGTH", "SOURCE"]
    assert any(
        line.startswith("my-plank") and "My plank" in line and "0:40" in line and line.endswith("user")
        for line in lines
    )
    assert any(line.startswith("core-for-runners") and line.endswith("built-in") for line in lines)
    assert any(line.startswith("broken") and "cannot be loaded" in line for line in lines)
    assert f"{folder / 'broken.yaml'}:3:20: unknown exercise nope" in err

    code, out, _ = run(capsys, "list", "--json")
    listed = {item["id"]: item for item in json.loads(out)}
    assert listed["my-plank"]["source"] == "user" and listed["my-plank"]["duration"] == 40
    assert listed["core-for-runners"]["duration_is_estimate"] is True
    assert listed["broken"]["problems"][0].endswith(
        "unknown exercise nope; define it under `exercises:` or pick one from the catalogue"
    )


def test_show_by_id_and_by_path(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "post-run-stretch")
    assert code == 0
    assert out.startswith("Post-run stretch (post-run-stretch, built-in)\nTotal: 9:55\n")
    assert "START  LENGTH  PHASE    EXERCISE" in out
    assert " 0:10    0:30  work     Calf stretch" in out
    assert "0:00.0  announce   Get ready." in out
    assert "(beep 3)" in out

    code, out, _ = run(capsys, "show", str(FIXTURES / "valid" / "issue-example.yaml"), "--json")
    shown = json.loads(out)
    assert shown["source"] == "file"
    assert shown["duration"] == 756 and shown["duration_is_estimate"] is True
    assert len(shown["segments"]) == 30
    assert shown["segments"][15]["duration"] is None and shown["segments"][15]["estimate"] == 36
    assert shown["cues"][-1] == {
        "offset": 756,
        "index": 30,
        "at": 0.0,
        "kind": "finish",
        "text": "Workout complete. Well done.",
        "speech": 2.04,
    }


def test_show_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "show", "no-such-routine")
    assert code == 1 and "no routine called “no-such-routine”" in err
    code, _, err = run(capsys, "show", str(tmp_path / "missing.yaml"))
    assert code == 1 and err == f"{tmp_path / 'missing.yaml'}: there is no such file\n"


def test_show_by_name_and_a_hint_at_the_closest_routines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "post-run  STRETCH")  # the name as the list shows it, case and spacing aside
    assert code == 0 and out.startswith("Post-run stretch (post-run-stretch, built-in)\n")
    code, _, err = run(capsys, "show", "core-for-runers")  # a slip
    assert code == 1
    assert err.startswith("workout-timer: no routine called “core-for-runers”; did you mean core-for-runners (Core for")
    code, _, err = run(capsys, "show", "post run")  # a part of a name
    assert code == 1 and "did you mean post-run-stretch (Post-run stretch)?" in err
    code, _, err = run(capsys, "show", "xyz")
    assert code == 1 and "did you mean" not in err


def test_a_name_two_routines_share_asks_for_an_id(capsys: pytest.CaptureFixture[str]) -> None:
    folder = user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for routine_id in ("morning-a", "morning-b"):
        (folder / f"{routine_id}.yaml").write_text(
            "version: 1\nname: Morning\nsteps:\n  - {exercise: plank, duration: 20}\n"
        )
    code, _, err = run(capsys, "show", "morning")
    assert code == 1
    assert err == (
        "workout-timer: 2 routines are called “morning”: morning-a, morning-b; name the one you mean by its id\n"
    )
    code, out, _ = run(capsys, "show", "morning-b")
    assert code == 0 and out.startswith("Morning (morning-b, ")


def test_schema_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out)["title"].startswith("workout-timer routine")


@pytest.mark.slow
def test_python_dash_m_works() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "workout_timer", "show", "pre-run-warm-up", "--json"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert json.loads(done.stdout)["id"] == "pre-run-warm-up"


def test_start_refuses_unknown_and_broken_routines_before_opening_a_window(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "start", "no-such-routine")
    assert code == 1 and "no routine called “no-such-routine”" in err
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: x\nsteps:\n  - exercise: brige\n")
    code, _out, err = run(capsys, "start", str(broken), "--event-log", str(tmp_path / "log.jsonl"))
    assert code == 1 and "broken.yaml:4:15: unknown exercise brige" in err
    assert not (tmp_path / "log.jsonl").exists()


def test_history_lists_sessions_as_a_table_json_and_csv(capsys: pytest.CaptureFixture[str], short_timeline) -> None:  # type: ignore[no-untyped-def]
    from workout_timer.domain.common.clock import FakeClock
    from workout_timer.domain.common.paths import history_path
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.session.engine import SessionEngine

    assert run(capsys, "history") == (0, "No sessions yet. Your first one will show here.\n", "")
    store = HistoryStore(history_path())
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    _session, record_session = recording(store, short_timeline)
    record_session(engine.start())
    clock.advance(12)
    record_session(engine.update() + engine.abandon())
    store.close()

    status, out, _ = run(capsys, "history")
    assert status == 0 and "Short test session" in out and "stopped" in out
    assert out.split()[-1] == "0:07"  # exercised: 7 s of plank, the 5 s of getting ready left out (as in the summary)
    (row,) = json.loads(run(capsys, "history", "--json")[1])
    assert row["routine_name"] == "Short test session" and row["active_seconds"] == 12.0
    assert row["exercised_seconds"] == 7.0 and row["exercised"] == "0:07"
    header, line = run(capsys, "history", "--csv")[1].splitlines()
    assert header.startswith("id,started,ended,routine_id") and ",abandoned,12.0,7.0,0:07" in line


def test_history_rounds_the_time_exercised_down_as_its_numbers_do(
    capsys: pytest.CaptureFixture[str], short_timeline
) -> None:  # type: ignore[no-untyped-def]
    from workout_timer.domain.common.clock import FakeClock
    from workout_timer.domain.common.paths import history_path
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.session.engine import SessionEngine

    store = HistoryStore(history_path())
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    _session, record_session = recording(store, short_timeline)
    record_session(engine.start())
    clock.advance(5.0156)  # the 5 s of getting ready, then 0.0156 s of plank
    record_session(engine.update() + engine.abandon())
    store.close()

    assert run(capsys, "history")[1].split()[-1] == "0:00"  # not a second nobody did
    (row,) = json.loads(run(capsys, "history", "--json")[1])
    assert row["exercised_seconds"] == 0.0 and row["exercised"] == "0:00"
    assert ",abandoned,5.0,0.0,0:00" in run(capsys, "history", "--csv")[1]


def test_history_keeps_the_check_in_answers_in_json_and_csv(capsys: pytest.CaptureFixture[str], short_timeline) -> None:  # type: ignore[no-untyped-def]
    from workout_timer.domain.care.back_care import CheckIn, Effort, Moment, WarningSign
    from workout_timer.domain.common.clock import FakeClock
    from workout_timer.domain.common.paths import history_path
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.session.engine import SessionEngine

    store = HistoryStore(history_path())
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    session, record_session = recording(store, short_timeline)
    store.check_in(session, CheckIn(Moment.BEFORE, 4, signs=frozenset({WarningSign.NIGHT_PAIN, WarningSign.NUMBNESS})))
    record_session(engine.start())
    clock.advance(60)
    record_session(engine.update())
    store.check_in(session, CheckIn(Moment.AFTER, 2, Effort.TOO_HARD))
    store.close()

    (row,) = json.loads(run(capsys, "history", "--json")[1])
    assert row["pain_before"] == 4 and row["warning_signs_before"] == ["numbness", "night-pain"]
    assert row["pain_after"] == 2 and row["effort"] == "too-hard" and row["warning_signs_after"] == []
    header, line = run(capsys, "history", "--csv")[1].splitlines()
    assert header.endswith(
        ",pain_before,warning_signs_before,pain_after,effort,warning_signs_after,dial,routine_name_now"
    )
    assert line.endswith(",4,numbness; night-pain,2,too-hard,,normal,Short test session")


@pytest.fixture
def one_hour_east(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC+01:00, all year."""
    monkeypatch.setenv("TZ", "XYZ-1")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_history_times_are_iso_8601_with_seconds_and_offset(
    capsys: pytest.CaptureFixture[str],
    short_timeline,  # type: ignore[no-untyped-def]
    one_hour_east: None,
) -> None:
    from workout_timer.domain.common.clock import FakeClock
    from workout_timer.domain.common.paths import history_path
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.session.engine import SessionEngine

    wall = FakeClock(1_796_530_353.0)  # 2026-12-06 04:12:33 UTC
    store = HistoryStore(history_path(), wall_clock=wall)
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    session, record_session = recording(store, short_timeline)
    record_session(engine.start())
    clock.advance(12)
    wall.advance(12)
    record_session(engine.update())
    store.progress(session, engine.snapshot())
    store.close()  # and never ended: the app was killed

    (row,) = json.loads(run(capsys, "history", "--json")[1])
    assert row["started"] == "2026-12-06T05:12:33+01:00" and row["ended"] == "2026-12-06T05:12:45+01:00"
    assert row["active_seconds"] == 12.0 and row["result"] == "running"
    header, line = run(capsys, "history", "--csv")[1].splitlines()
    assert header == (
        "id,started,ended,routine_id,routine_name,result,active_seconds,exercised_seconds,exercised,"
        "pain_before,warning_signs_before,pain_after,effort,warning_signs_after,dial,routine_name_now"
    )
    assert line == (
        "1,2026-12-06T05:12:33+01:00,2026-12-06T05:12:45+01:00,test,Short test session,running,12.0,7.0,0:07,,,,,,"
        "normal,Short test session"
    )  # 12 s taken, 7 s of them in the plank: killed mid-step, the step's time so far is kept
    table = run(capsys, "history")[1]
    assert "2026-12-06 05:12" in table and table.split()[-1] == "0:07"


def test_export_then_import_round_trips_with_clear_clashes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from workout_timer.domain.routines.routine_files import routine_files

    exported = tmp_path / "shared" / "core-for-friends.yaml"
    status, out, _ = run(capsys, "export", "core-for-runners", str(exported))
    assert status == 0 and exported.is_file() and "Core for runners" in out
    assert run(capsys, "validate", str(exported))[0] == 0

    status, out, _ = run(capsys, "import", str(exported))
    assert status == 0 and "as core-for-friends" in out
    assert [p.name for p in routine_files(user_routines_dir())] == ["core-for-friends.yaml"]
    status, _, err = run(capsys, "import", str(exported))
    assert status == 1 and "already have a routine called “core-for-friends”" in err and "--as" in err
    assert run(capsys, "import", str(exported), "--as", "Core Two")[0] == 0
    assert run(capsys, "import", str(exported), "--replace")[0] == 0
    assert [p.name for p in routine_files(user_routines_dir())] == ["core-for-friends.yaml", "core-two.yaml"]

    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: Broken\nsteps:\n  - exercise: no-such-thing\n")
    status, _, err = run(capsys, "import", str(broken))
    assert status == 1 and "broken.yaml:4:" in err
    assert run(capsys, "export", "no-such-routine", str(tmp_path / "x.yaml"))[0] == 1


def test_list_reads_only_the_routines_that_changed_since_the_last_look(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from workout_timer.domain.library import library as library_module
    from workout_timer.domain.library.entry import Entry, Source
    from workout_timer.domain.library.library import Library

    folder = user_routines_dir()
    folder.mkdir(parents=True)
    for number in range(5):
        (folder / f"mine-{number}.yaml").write_text(
            f"version: 1\nname: Mine {number}\nsteps:\n  - exercise: plank\n    duration: 30s\n"
        )
    assert run(capsys, "list")[0] == 0
    loaded: list[Path] = []
    real = Library.load

    def load(self: Library, path: Path, source: Source) -> Entry:
        loaded.append(path)
        return real(self, path, source)

    monkeypatch.setattr(library_module.Library, "load", load)
    code, out, _ = run(capsys, "list")
    assert code == 0 and "Mine 4" in out and loaded == []
    (folder / "mine-2.yaml").write_text(
        "version: 1\nname: Mine, edited\nsteps:\n  - exercise: plank\n    duration: 5s\n"
    )
    code, out, _ = run(capsys, "list")
    assert "Mine, edited" in out and loaded == [folder / "mine-2.yaml"]


def test_export_keeps_the_times_as_the_file_writes_them(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from workout_timer.domain.common.paths import user_routines_dir

    folder = user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(
        "version: 1\nname: Mine\nsteps:\n  - {exercise: plank, duration: '1:15'}\n  - {rest: 45s}\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "export", "mine", str(tmp_path / "out.yaml"))
    assert code == 0, err
    written = (tmp_path / "out.yaml").read_text(encoding="utf-8")
    assert "duration: '1:15'" in written and "rest: 45s" in written and "1m15s" not in written


def test_show_says_when_a_step_at_your_own_pace_moves_on_by_itself(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", str(FIXTURES / "valid" / "move-on.yaml"))
    assert code == 0
    assert "Knee push-up (8 reps), moves on by itself at 1:00" in out


def test_validate_speaks_german_under_a_german_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    valid = str(FIXTURES / "valid" / "minimal.yaml")
    invalid = str(FIXTURES / "invalid" / "unknown-key.yaml")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, out, err = run(capsys, "validate", valid, invalid)
    assert code == 1
    assert out == f"{valid}: in Ordnung (Just a plank, 0:40)\n"
    assert f"{invalid}:5:5: ein Übungsschritt kennt keinen Schlüssel `duraton`; meintest du `duration`?" in err


def test_the_language_setting_wins_over_the_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from workout_timer.domain.common import language
    from workout_timer.domain.common.paths import user_config_dir

    invalid = str(FIXTURES / "invalid" / "unknown-key.yaml")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    user_config_dir().mkdir(parents=True, exist_ok=True)
    section, _, key = language.SETTING.partition("/")
    (user_config_dir() / "settings.ini").write_text(f"[{section}]\n{key}=en\n", encoding="utf-8")
    assert "unknown key `duraton` in an exercise step" in run(capsys, "validate", invalid)[2]
    (user_config_dir() / "settings.ini").write_text(f"[{section}]\n{key}=\n", encoding="utf-8")
    assert "kennt keinen Schlüssel `duraton`" in run(capsys, "validate", invalid)[2]


def test_show_speaks_german_under_a_german_locale_content_included(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, out, _err = run(capsys, "show", "core-for-runners")
    assert code == 0
    assert out.startswith("Rumpfkraft für Läufer (core-for-runners, mitgeliefert)\nGesamt: etwa ")
    assert "START  DAUER  ABSCHNITT" in out and "\nHINWEISE\n" in out and "Mach dich bereit." in out
    assert "Unterarmstütz" in out and "Seitstütz" in out and "Brücke" in out and "Gesäß anspannen" in out
    english = {"Total", "about", "LENGTH", "PHASE", "CUES", "KIND", "SAYS", "work", "rest", "prepare", "left", "right",
               "beep", "announce", "halfway", "countdown", "seconds", "reps", "Rest", "Next", "Halfway", "Get", "ready",
               "Core", "Plank", "Side", "plank", "Glute", "bridge", "Squeeze", "your", "glutes"}  # fmt: skip
    assert not english & set(re.findall(r"[A-Za-z]+", out))
