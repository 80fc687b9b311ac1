"""A home the app can't write to (its folders under a regular file): the app opens, a whole session
runs, and the user is told once what can't be kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.file_modes import without_root_bypass
from tests.qt.editor.test_editor import answer, press
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.session.wake_lock import WakeLock
from workout_timer.qt.shell.app import make_library
from workout_timer.qt.shell.main_window import MainWindow
from workout_timer.qt.shell.unsaved_history import TITLE as UNSAVED_TITLE

FOLDERS = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def test_an_unwritable_home_costs_the_files_never_the_workout(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    not_a_folder = tmp_path / "home"
    not_a_folder.write_text("a file where the user's folders should be")
    for name in FOLDERS:
        monkeypatch.setenv(name, str(not_a_folder / name.lower()))
    window = MainWindow(
        make_library(), Settings(), clock=clock, wake_lock=WakeLock(bus_address=f"unix:path={tmp_path}/no-bus")
    )
    qtbot.addWidget(window)
    window.settings.check_ins = False
    window.settings.keep_event_log = True  # asked for, and can't be written either
    window.show()
    qtbot.waitExposed(window)

    def told() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.name == "workout_timer.window"]

    qtbot.waitUntil(lambda: len(told()) >= 1, timeout=20000)  # said once the window is up; a busy machine is slow
    assert told()[0] == (
        "The app can't keep your settings; your routines, your history and unsaved edits; or the timing logs and "
        f"the app's log (“{not_a_folder}” is a file where a folder should be). Your workouts run as usual; only "
        "these are not saved."
    )

    entry = window.library.find("core-for-runners")
    assert entry is not None
    window.show_preview(entry)
    clock.advance(GUARD)  # the moment it takes to read it
    qtbot.keyClick(window.preview_view, Qt.Key.Key_Return)  # Start
    assert window.current_view() is window.session.player_view and window.session.driver is not None
    while window.session.driver is not None:  # the whole session, step by step
        clock.advance(1.0)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Right)
    assert window.current_view() is window.session.summary_view
    screen, timing_log, history = sorted(told()[1:], key=lambda words: ("history" in words, "log" in words))
    assert screen.startswith("Your screen may go dark during the session")  # no session bus here either
    assert history.startswith("Your workout history can't be opened (a part of the path to")
    assert timing_log.startswith("The timing log ") and "the session goes on without it" in timing_log
    asked = answer(qtbot, press("Quit anyway"))  # the session could not be kept: quitting says so first
    window.close()
    assert asked == [UNSAVED_TITLE]


@pytest.mark.slow
def test_workout_timer_start_runs_in_an_unwritable_home(tmp_path: Path) -> None:
    """The command a launcher runs: it crashed in the history's mkdir before the first step."""
    import os
    import signal
    import subprocess
    import sys

    from workout_timer.domain.history.event_log import read_event_log

    not_a_folder = tmp_path / "home"
    not_a_folder.write_text("a file where the user's folders should be")
    config = tmp_path / "config"  # read-only, with the settings of a runner who asked for no check-ins (nobody
    settings_file = config / "workout-timer" / "settings.ini"  # here answers the one before the session)
    Settings(settings_file).check_ins = False
    for folder in (settings_file.parent, config):
        folder.chmod(0o555)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    log = tmp_path / "events.jsonl"
    env = {
        **os.environ,
        **{name: str(not_a_folder / name.lower()) for name in FOLDERS},
        "XDG_CONFIG_HOME": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "SPEECHD_CMD": "/bin/false",
    }
    command = [sys.executable, "-m", "workout_timer", "start", "core-for-runners", "--event-log", str(log)]
    command = without_root_bypass(command)
    with subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True) as app:
        try:
            deadline = 60.0
            while not (log.exists() and any(r["event"] == "segment_started" for r in read_event_log(log))):
                assert app.poll() is None and deadline > 0, "the session did not start"
                try:
                    app.wait(timeout=0.1)
                except subprocess.TimeoutExpired:
                    deadline -= 0.1
            app.send_signal(signal.SIGTERM)
            status = app.wait(timeout=20)
        finally:
            if app.poll() is None:
                os.killpg(app.pid, signal.SIGKILL)
                app.wait(timeout=10)
        assert app.stderr is not None
        errors = app.stderr.read()
    assert status == 128 + signal.SIGTERM, errors
    assert "Traceback" not in errors, errors
    assert errors.count("The app can't keep your settings") == 1  # said once (the log goes to the terminal)
    assert read_event_log(log)[-1]["result"] == "abandoned"
