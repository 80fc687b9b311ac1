"""The player and the summary, driven through the real window with real keys, on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from workout_timer.domain.clock import FakeClock
from workout_timer.qt.main_window import MainWindow
from workout_timer.qt.settings_dialog import SettingsDialog

from .helpers.app_window import app_window


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def key(qtbot: QtBot, main: MainWindow, name: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    focused = QApplication.focusWidget() or main
    if modifier is None:
        qtbot.keyClick(focused, name)
    else:
        qtbot.keyClick(focused, name, modifier)


def tick(main: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert main.driver is not None
    main.driver.wake()


def start(qtbot: QtBot, main: MainWindow, search: str) -> None:
    """From the library: type to search, Enter for the preview, Enter to start."""
    view = main.library_view
    view.search.clear()
    qtbot.keyClicks(view.search, search)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert main.current_view() is main.preview_view
    key(qtbot, main, Qt.Key.Key_Return)
    assert main.current_view() is main.player_view


def stop_now(qtbot: QtBot, main: MainWindow) -> None:
    """Skip to the end of the session and leave the summary."""
    while main.driver is not None:
        key(qtbot, main, Qt.Key.Key_Right)
    key(qtbot, main, Qt.Key.Key_Return)
    assert main.current_view() is main.library_view


def close(qtbot: QtBot, dialog: SettingsDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def sound_off(note: str) -> bool:
    """The player's sound note says the sound is off ("Sound off (M)", or a cue's words "· sound off")."""
    return "sound off" in note.lower()


def test_the_sound_has_one_owner_that_the_player_the_voice_and_the_dialog_follow(
    qtbot: QtBot, window: MainWindow
) -> None:
    start(qtbot, window, "short test")
    player = window.player_view
    key(qtbot, window, Qt.Key.Key_M)
    assert sound_off(player.sound_note.text()) and window.announcer.audio.muted
    stop_now(qtbot, window)

    key(qtbot, window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Ctrl+, : Sound and voice
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.muted.isChecked()
    qtbot.mouseClick(dialog.muted, Qt.MouseButton.LeftButton, pos=dialog.muted.rect().center())
    assert not dialog.muted.isChecked() and not window.settings.muted
    close(qtbot, dialog)

    start(qtbot, window, "short test")
    assert not sound_off(player.sound_note.text()) and not window.announcer.audio.muted  # speaking, and says so
    key(qtbot, window, Qt.Key.Key_M)
    assert sound_off(player.sound_note.text()) and window.announcer.audio.muted and window.settings.muted
    key(qtbot, window, Qt.Key.Key_M)
    assert not sound_off(player.sound_note.text()) and not window.announcer.audio.muted

    stop_now(qtbot, window)
    key(qtbot, window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.muted.isChecked()
    window.settings.muted = True  # any change to the one record shows in the open dialog at once
    assert dialog.muted.isChecked()
    close(qtbot, dialog)
