"""The preferences open again at their top, the keys on their first control: a trial reopened them and pressed Down,
and the tones' volume, the control used last time, went down."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.preferences.settings_dialog import SettingsDialog
from workout_timer.qt.shell.main_window import MainWindow

VOICES = {"voices": ["English (America)"], "voice_locales": ["en_US"], "voice": "English (America)", "language": "en"}
"""What the audio host says once its voice is ready (qt/audio/voice_host.py)."""


def opened(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    """The preferences as Ctrl+, opens them from the window, active, with the keys in them."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def test_the_preferences_open_again_on_their_first_control_at_their_top(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    host = window.announcer.host
    host._on_message("speech_ready", VOICES)  # every control usable
    host._on_message("sounds_ready", {})
    dialog = opened(qtbot, window)
    assert QApplication.focusWidget() is dialog.voice, "the first control"
    while QApplication.focusWidget() is not dialog.tone_volume:  # on to the tones' volume, as a runner goes
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.tone_volume, Qt.Key.Key_Down)
    volume = window.settings.tone_volume
    dialog.scrolled.verticalScrollBar().setValue(dialog.scrolled.verticalScrollBar().maximum())
    qtbot.keyClick(dialog.tone_volume, Qt.Key.Key_Escape)  # closed
    assert not dialog.isVisible()

    dialog = opened(qtbot, window)
    focused = QApplication.focusWidget()
    assert focused is dialog.voice, f"opened again on {focused}, not on the first control"
    assert not isinstance(focused, QAbstractSlider)
    assert dialog.scrolled.verticalScrollBar().value() == 0, "at the top"
    qtbot.keyClick(focused, Qt.Key.Key_Down)
    assert window.settings.tone_volume == volume, "the tones' volume stays as it was"
    dialog.close()
    window.close()


def test_with_no_voice_yet_they_open_on_the_first_control_that_can_be_used(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """The voice's controls wait for the voice: the focus goes to the first that can be used, never a slider."""
    window = app_window(qtbot, clock, tmp_path)
    dialog = opened(qtbot, window)
    assert not dialog.voice.isEnabled()
    assert QApplication.focusWidget() is dialog.reader_speaks_cues
    dialog.close()
    window.close()
