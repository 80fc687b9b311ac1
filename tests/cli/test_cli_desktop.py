"""install-desktop into the user's data folder (XDG_DATA_HOME), its validators, its --uninstall; start --last,
--history and the console-less entry point."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.programs import need
from workout_timer.cli import desktop as desktop_cli
from workout_timer.cli import gui_main, main
from workout_timer.domain.desktop.identity import APP_ID

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """What the window would be opened with (it is not opened)."""
    import workout_timer.qt.shell.app as app

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(app, "run_app", lambda _refused, **kwargs: calls.append(kwargs) or 0)
    return calls


def test_install_desktop_puts_the_app_in_the_menu_and_takes_it_out(capsys: pytest.CaptureFixture[str]) -> None:
    data = Path(os.environ["XDG_DATA_HOME"])
    code, out, err = run(capsys, "install-desktop")
    assert code == 0, err
    launcher = data / "applications" / f"{APP_ID}.desktop"
    assert str(launcher) in out and "Workout Timer is in your app menu." in out
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(launcher)
    program = entry["Desktop Entry"]["Exec"].split()[0]
    assert Path(program).is_file() and os.access(program, os.X_OK), "Exec runs this installation's entry point"
    assert Path(program).parent == Path(sys.executable).parent or program == sys.executable
    assert entry["Desktop Action start-last"]["Exec"] == f"{program} start --last"
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in ("16x16", "48x48", "512x512", "scalable"):
        assert list((data / "icons" / "hicolor" / size / "apps").glob(f"{APP_ID}.*")), size

    reminder = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / f"{APP_ID}.Reminder.desktop"
    reminder.parent.mkdir(parents=True)
    reminder.write_text("[Desktop Entry]\n")
    code, out, _ = run(capsys, "install-desktop", "--uninstall")
    assert code == 0 and "Workout Timer is out of your app menu." in out
    assert not launcher.exists() and not reminder.exists()
    assert not [p for p in data.rglob("*") if p.is_file()]
    code, out, _ = run(capsys, "install-desktop", "--uninstall")
    assert code == 0 and "Workout Timer was not in your app menu." in out


@pytest.mark.slow  # desktop-file-validate and appstreamcli
def test_the_installed_files_pass_the_validators(capsys: pytest.CaptureFixture[str]) -> None:
    need("desktop-file-validate", "appstreamcli")
    assert run(capsys, "install-desktop")[0] == 0
    data = Path(os.environ["XDG_DATA_HOME"])
    launcher = subprocess.run(
        ["desktop-file-validate", str(data / "applications" / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert launcher.returncode == 0 and not launcher.stdout.strip(), launcher.stdout
    metainfo = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(data / "metainfo" / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, env={**os.environ, "LANG": "C.UTF-8"},
    )  # fmt: skip
    assert metainfo.returncode == 0, metainfo.stdout


def test_install_desktop_elsewhere_says_so(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    code, _, err = run(capsys, "install-desktop")
    assert code == 1 and "puts the app in the menu of Linux desktops" in err and "workout-timer-app" in err
    assert not Path(os.environ["XDG_DATA_HOME"], "applications").exists()


def test_start_last_starts_the_latest_sessions_routine(
    capsys: pytest.CaptureFixture[str], opened: list[dict[str, object]], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "start", "--last")
    assert code == 0 and "no session in your history yet" in err
    assert opened == [{"verbose": False}], "with nothing done yet, the app opens on the routines"
    monkeypatch.setattr(desktop_cli, "last_routine_id", lambda: "core-for-runners")
    assert run(capsys, "start", "--last")[0] == 0
    entry = opened[-1]["start"]
    assert getattr(entry, "id", None) == "core-for-runners"


def test_start_wants_a_routine_or_last(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["start"])
    assert stopped.value.code == 2
    with pytest.raises(SystemExit):
        main(["start", "core-for-runners", "--last"])
    capsys.readouterr()


def test_history_opens_the_app_on_the_history(opened: list[dict[str, object]]) -> None:
    assert main(["--history"]) == 0
    assert opened == [{"verbose": False, "history": True}]


def test_the_entry_point_without_a_console_runs_with_nowhere_to_print(
    monkeypatch: pytest.MonkeyPatch, opened: list[dict[str, object]]
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["workout-timer-app"])
    assert gui_main() == 0
    assert opened == [{"verbose": False}]
    for stream in (sys.stdout, sys.stderr):
        assert stream is not None and stream.name == os.devnull
        stream.close()


def test_the_gui_entry_point_is_declared() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert (
        '[project.gui-scripts]\n# Windows opens no console window behind the app started this way; elsewhere it is the same as workout-timer.\nworkout-timer-app = "workout_timer.cli:gui_main"'
        in text
    )
