"""Why other sound can't be lowered, said in the language the preferences show: switched to German in the dialog, its
note stayed in the English it was first worded in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.audio.causes import NO_SOUND_SERVER
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.preferences.settings_dialog import SettingsDialog


@pytest.mark.usefixtures("qt_language")
def test_why_other_sound_cant_be_lowered_is_said_in_the_language_chosen(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    # What the audio host reports when no sound server answers (qt/audio/pulse_ducker.py).
    window.announcer.host._on_message("ducking", {"available": False, "reason": NO_SOUND_SERVER})
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    assert dialog.others.note.text() == NO_SOUND_SERVER
    dialog.language.combo.setFocus()
    qtbot.keyClick(dialog.language.combo, Qt.Key.Key_End)  # Deutsch
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Ton, Stimme und Sprache", timeout=2000)
    assert dialog.others.note.text() == (
        "Um anderen Ton leiser zu stellen, braucht es einen PulseAudio- oder PipeWire-Tonserver, und keiner hat "
        "geantwortet."
    )
    dialog.close()
    window.close()
