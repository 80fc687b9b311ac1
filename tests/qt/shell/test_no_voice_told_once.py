"""The voice's problem told once per cause, in plain words of the app's language: with speech-dispatcher out of
reach, a trial read the notice again at every change of language, ending in speech-dispatcher's own English
("Connection to speech-dispatcher failed.") in the English one. Each change of language asks the voice again (for
one of the new language), and it fails again for the same cause: that is no news."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.shell.test_language_live_leftovers import to_english, to_german
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.shell.main_window import MainWindow

UNREACHABLE = {"reason": "Connection to speech-dispatcher failed"}
"""What the audio host reports when speech-dispatcher can't be reached: Qt's speech engine's words
(qt/audio/voice_host.py sends `tts.errorString()`)."""


def out_of_reach(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The window's audio host as one whose speech-dispatcher can't be reached: each time the voice is asked for
    again, it fails as before. The notices told, in order."""
    host = window.announcer.host
    told: list[str] = []
    window.announcer.voiceLost.connect(lambda message: told.append(message) if message else None)

    def send(command: str, **_fields: object) -> None:
        if command == "speech_language":  # the voice of the new language asked for: it fails as before
            QTimer.singleShot(0, lambda: host._on_message("speech_failed", UNREACHABLE))

    monkeypatch.setattr(host, "_send", send)
    host.started = True  # (no process runs: its answers are given above)
    host._on_message("speech_failed", UNREACHABLE)
    return told


@pytest.mark.usefixtures("qt_language")
def test_speech_dispatcher_out_of_reach_is_told_once_in_plain_words_whatever_the_language_changes(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    told = out_of_reach(window, monkeypatch)
    assert len(told) == 1 and window.notices.messages() == told
    assert told[0].startswith("The voice is unavailable, so cues show on screen")
    assert told[0].endswith("The system's speech service (speech-dispatcher) can't be reached."), told[0]
    host = window.announcer.host
    for switch in (to_german, to_english, to_german):
        with qtbot.waitSignal(host.voiceFailed, timeout=2000):  # asked again, failing as before
            switch(qtbot, window)
        assert window.notices.messages() == [] and window.notices.waiting() == [], "not told again"
    assert len(told) == 1
    assert window.announcer.voice_lost, "the voice is still known lost (the player says so in a session)"
    window.close()
