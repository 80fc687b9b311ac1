"""Ctrl+, in the player opens the settings over it, as F1 opens the guide there: the menus are hidden in the player,
so the language and the sound beyond M could not be changed mid-session, though the README told of a change of
language with a session running. Like the stop question, the session pauses while they are open and goes on exactly
where it was when they close; a session paused before stays paused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, start_from_the_preview
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.snapshot import State
from workout_timer.qt.preferences.settings_dialog import SettingsDialog
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    """The window in the plank of the short routine, started from its preview, the keys in the player."""
    main = app_window(qtbot, clock, tmp_path)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    start_from_the_preview(qtbot, main, clock)
    assert main.current_view() is main.session.player_view and not main.menuBar().isVisible()
    driver = main.session.driver
    assert driver is not None
    clock.advance(7.0)  # into the plank: 18 s of it left
    driver.wake()
    yield main
    main.close()


def ctrl_comma(qtbot: QtBot, main: MainWindow) -> SettingsDialog:
    """Ctrl+, pressed in the player: the settings, open over it."""
    qtbot.keyClick(QApplication.focusWidget() or main, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = main.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible(), "Ctrl+, opens the settings in the player"
    assert main.current_view() is main.session.player_view, "over the player"
    return dialog


def closed(qtbot: QtBot, dialog: SettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_ctrl_comma_in_the_player_opens_the_settings_and_the_session_waits_for_them(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    driver = window.session.driver
    assert driver is not None
    player = window.session.player_view
    assert player.timer.digits.text() == "18"
    dialog = ctrl_comma(qtbot, window)
    assert driver.engine.state is State.PAUSED, "paused while the settings are open"
    clock.advance(30.0)  # time spent in the settings
    driver.wake()
    assert player.timer.digits.text() == "18" and player.name.text() == "Plank"
    qtbot.keyClick(dialog.first_control() or dialog, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)  # the keys are the dialog's
    assert driver.engine.state is State.PAUSED
    closed(qtbot, dialog)
    assert window.session.driver is driver and driver.engine.state is State.RUNNING, "on again as they close"
    assert player.timer.digits.text() == "18", "exactly where it was"
    clock.advance(1.0)
    driver.wake()
    assert player.timer.digits.text() == "17"


def test_a_session_paused_before_stays_paused_after_the_settings(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    driver = window.session.driver
    assert driver is not None
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Space)  # paused by the runner
    assert driver.engine.state is State.PAUSED
    dialog = ctrl_comma(qtbot, window)
    closed(qtbot, dialog)
    assert driver.engine.state is State.PAUSED, "still paused: the runner's own pause"
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Space)
    assert driver.engine.state is State.RUNNING


def test_a_remote_that_starts_the_session_again_meanwhile_is_not_undone_as_they_close(
    qtbot: QtBot, window: MainWindow
) -> None:
    from workout_timer.domain.session.remote import Command

    driver = window.session.driver
    assert driver is not None
    dialog = ctrl_comma(qtbot, window)
    window.session.remote.command(Command.PLAY_PAUSE)  # a headphones' button, across the room
    assert driver.engine.state is State.RUNNING
    closed(qtbot, dialog)
    assert driver.engine.state is State.RUNNING, "left going"
