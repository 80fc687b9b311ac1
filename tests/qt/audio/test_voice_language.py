"""The voice speaks the app's language: the real voice process picks a voice of it, says when none speaks
it, and takes English only when the user agreed. Qt's `mock` speech engine offers English, Norwegian and
Finnish voices, and no German one."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from workout_timer.qt.audio.voice_process import VoiceProcess

pytestmark = pytest.mark.slow  # the real voice's process


class Told:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []

    def send(self, event: str, **fields: Any) -> None:
        self.events.append((event, fields))


def start(qtbot: QtBot, language: str, english: bool) -> tuple[str, dict[str, Any]]:
    told = Told()
    voice = VoiceProcess(told.send, lambda _on: None)
    settings = {"engine": "mock", "voice": "", "locale": f"{language}_XX", "rate": 0.0, "pitch": 0.0, "volume": 1.0}
    try:
        voice.start({**settings, "language": language, "english": english})
        qtbot.waitUntil(lambda: any(event.startswith("speech_") for event, _ in told.events), timeout=10000)
    finally:
        voice.close()
    return next((event, fields) for event, fields in told.events if event.startswith("speech_"))


def test_a_voice_of_the_apps_language_is_chosen(qtbot: QtBot) -> None:
    event, fields = start(qtbot, "fi", english=False)
    assert event == "speech_ready" and fields["language"] == "fi"
    assert fields["voices"] and "English" not in " ".join(fields["voices"])
    # what the engine really uses, with its locale, for the preferences to show in the app's words
    assert fields["voice"] in fields["voices"] and fields["voice_locale"].startswith("fi")
    assert len(fields["voice_locales"]) == len(fields["voices"])
    assert all(locale.startswith("fi") for locale in fields["voice_locales"])


def test_no_voice_of_the_apps_language_is_said_and_english_is_not_taken_unasked(qtbot: QtBot) -> None:
    event, fields = start(qtbot, "de", english=False)
    assert event == "speech_failed" and fields["no_voice"] == "de"


def test_english_is_spoken_when_the_user_agreed(qtbot: QtBot) -> None:
    event, fields = start(qtbot, "de", english=True)
    assert event == "speech_ready" and fields["language"] == "en" and fields["voice_locale"].startswith("en")
