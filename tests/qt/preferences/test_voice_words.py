"""The voice in the preferences, in German: its language in German words, its own name only where that says more,
and the voice the speech engine really uses, also after another is chosen in the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.preferences.settings_dialog import SettingsDialog

VOICES = ["German", "German+Adam", "English (America)", "English (Caribbean)"]
LOCALES = ["de_DE", "de_DE", "en_GB", "en_US"]


@pytest.mark.usefixtures("german")
def test_the_voice_is_named_in_german_as_the_engine_really_uses_it(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    host = window.announcer.host
    # What the voice's process says once the engine has started (qt/audio/voice_host.py).
    fields = {"voices": VOICES, "voice_locales": LOCALES, "voice": "German", "voice_locale": "de_DE", "language": "de"}
    host._on_message("speech_ready", fields)
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    assert dialog.voice_status.text() == "Die Stimme spricht Deutsch (Deutschland)."  # it said "Es spricht German."
    listed = [dialog.voice.itemText(index) for index in range(dialog.voice.count())]
    assert listed[1:] == [
        "Deutsch (Deutschland)", "Deutsch (Deutschland) · Adam", "Englisch (Vereinigte Staaten)", "Englisch (Karibik)"
    ]  # fmt: skip
    dialog.voice.setFocus()
    qtbot.keyClick(dialog.voice, Qt.Key.Key_Down)  # the real box: from Automatic to the first voice
    qtbot.keyClick(dialog.voice, Qt.Key.Key_Down)
    assert window.settings.voice == "German+Adam"
    host._on_message("voice", {"voice": "German+Adam", "voice_locale": "de_DE"})  # the engine took it
    assert dialog.voice_status.text() == "Die Stimme „Adam“ spricht Deutsch (Deutschland)."
    # A voice called "English (America)" that the engine reports under en_GB (as a trial saw), and speech-dispatcher's
    # "English (Caribbean)" under en_US (as it does here): the voice that speaks is the one its name says, and its
    # English name, which says only that, is left out.
    host._on_message("voice", {"voice": "English (America)", "voice_locale": "en_GB"})
    assert dialog.voice_status.text() == "Die Stimme spricht Englisch (Vereinigte Staaten)."
    host._on_message("voice", {"voice": "English (Caribbean)", "voice_locale": "en_US"})
    assert dialog.voice_status.text() == "Die Stimme spricht Englisch (Karibik)."
    dialog.close()
    window.close()
