"""Session → Daily reminder…: the dialog through its real controls, the autostart entry it puts in place and
takes away, and the reminder's process it starts."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.desktop.identity import APP_ID
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.desktop import reminder_setup
from workout_timer.qt.desktop.reminder_dialog import ReminderDialog
from workout_timer.qt.desktop.reminder_process import run_reminder
from workout_timer.qt.desktop.reminder_setup import apply_reminder

ENTRY = f"{APP_ID}.Reminder.desktop"


def open_dialog(qtbot: QtBot, main: object) -> ReminderDialog:
    (item,) = [a for a in main.findChildren(QAction) if a.text() == "Daily &reminder…"]  # type: ignore[attr-defined]
    item.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReminderDialog) and w.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


def press_ok(qtbot: QtBot, dialog: ReminderDialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_on_at_a_time_then_off_again(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        reminder_setup, "_start_detached", lambda program, args: started.append((program, list(args))) or True
    )
    main = app_window(qtbot, clock, tmp_path)
    dialog = open_dialog(qtbot, main)
    assert not dialog.on.isChecked() and not dialog.time.isEnabled()
    qtbot.mouseClick(dialog.on, Qt.MouseButton.LeftButton)
    assert dialog.on.isChecked() and dialog.time.isEnabled()
    dialog.activateWindow()
    dialog.time.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab gives it: the hours chosen, ready to type over
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.time, timeout=5000)
    qtbot.keyClicks(dialog.time, "2359")
    assert dialog.chosen_time() == dt.time(23, 59)
    press_ok(qtbot, dialog)

    entry = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / ENTRY
    assert entry.is_file() and "remind\n" in entry.read_text()
    assert main.settings.reminder and main.settings.reminder_time == "23:59"
    ((program, arguments),) = started
    assert program.endswith("workout-timer") or arguments[:2] == ["-m", "workout_timer"]
    assert arguments[-1] == "remind"
    assert "You'll be reminded each day at 23:59, unless today's goal is met by then." in main.notices.messages()

    dialog = open_dialog(qtbot, main)
    assert dialog.on.isChecked() and dialog.chosen_time() == dt.time(23, 59)
    qtbot.mouseClick(dialog.on, Qt.MouseButton.LeftButton)
    press_ok(qtbot, dialog)
    assert not entry.exists() and not main.settings.reminder
    assert "The daily reminder is off." in main.notices.messages()
    main.close()


def test_a_time_already_past_starts_tomorrow_and_a_failed_start_is_said(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    now = dt.datetime(2026, 12, 6, 20, 0)
    words = apply_reminder(
        settings, True, dt.time(18, 0), ["wt"], tmp_path, now=now, start=lambda _program, _arguments: False
    )
    assert words.endswith("The reminder starts with your next login.")
    assert settings.reminder_done_on == "2026-12-06", "never asks the moment it is set"
    apply_reminder(settings, True, dt.time(21, 0), ["wt"], tmp_path, now=now, start=lambda _program, _arguments: True)
    assert settings.reminder_done_on == ""


def test_where_reminders_cant_work_it_says_so_and_sets_nothing(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    words = apply_reminder(settings, True, dt.time(18, 0), ["wt"], tmp_path, platform="win32")
    assert words.startswith("Daily reminders need a Linux desktop for now")
    assert not settings.reminder and not (tmp_path / ENTRY).exists()


def test_the_process_ends_at_once_when_off_or_when_another_waits(qapp: object, tmp_path: Path) -> None:
    assert run_reminder(["wt"], bus_address="unix:path=" + str(tmp_path / "no-bus")) == 0  # off: nothing to wait for
    held = QLockFile(str(Path(os.environ["XDG_RUNTIME_DIR"]) / f"{APP_ID}.Reminder.lock"))
    assert held.tryLock(0)
    try:
        Settings().reminder = True
        assert run_reminder(["wt"], bus_address="unix:path=" + str(tmp_path / "no-bus")) == 0
    finally:
        held.unlock()
