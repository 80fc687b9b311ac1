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


def test_a_new_language_is_spoken_after_the_cue_being_said_never_cutting_it_off(qtbot: QtBot) -> None:
    told = Told()
    voice = VoiceProcess(told.send, lambda _on: None)
    settings = {"engine": "mock", "voice": "", "locale": "en_GB", "rate": 0.0, "pitch": 0.0, "volume": 1.0}
    try:
        voice.start({**settings, "language": "en", "english": False})
        qtbot.waitUntil(lambda: any(event == "speech_ready" for event, _ in told.events), timeout=10000)
        voice.send("say", n=1, text="Plank, thirty seconds.")
        voice.send("speech_language", language="fi", english=False, voice="")
        qtbot.waitUntil(lambda: [e for e, _ in told.events].count("speech_ready") == 2, timeout=10000)
    finally:
        voice.close()
    events = [(event, fields.get("n"), fields.get("language")) for event, fields in told.events]
    said = events.index(("said", 1, None))
    finnish = events.index(("speech_ready", None, "fi"))
    assert said < finnish, "the cue was said to its end before the voice changed"
    assert [event for event, *_ in events[: said + 1]].count("said") == 1


def test_the_app_switching_to_a_language_no_voice_speaks_says_so_once_then_english_when_allowed_then_back(
    qtbot: QtBot,
) -> None:
    from workout_timer import resources
    from workout_timer.domain.common import language
    from workout_timer.qt.audio.audio_client import AudioHost
    from workout_timer.qt.common.settings import AudioSettings

    host = AudioHost("mock")
    failures: list[str] = []
    host.voiceFailed.connect(failures.append)
    try:
        with qtbot.waitSignal(host.voicesReady, timeout=20000):
            host.start(resources.assets_dir() / "sounds", AudioSettings())
        assert language.spoken().language == "en"
        language.use("de_DE")
        with qtbot.waitSignal(host.voiceFailed, timeout=10000):
            host.speak_language(english=False)  # the mock engine has no German voice
        assert len(failures) == 1 and "Deutsch" in failures[0] and not host.voice_ready
        with qtbot.waitSignal(host.voicesReady, timeout=20000):
            host.speak_language(english=True)  # a voice started afresh: English it is
        assert host.voice_ready and language.spoken().language == "en" and len(failures) == 1
        language.use("en_GB")
        with qtbot.waitSignal(host.voicesReady, timeout=20000):
            host.speak_language(english=False)
        assert host.voice_ready and failures == [failures[0]]
    finally:
        language.use("en_GB")
        host.shut_down()


def test_the_voice_speaks_the_apps_language_and_region_whatever_the_systems_locale(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app in British English under LANG=C (or a German system) speaks with a British voice, not the engine's
    American one; and after a change of language, in the new language's region. The mock engine lists en_GB and
    en_US."""
    from workout_timer import resources
    from workout_timer.domain.common import language
    from workout_timer.qt.audio.audio_client import AudioHost
    from workout_timer.qt.common.settings import AudioSettings

    for key in language.ENVIRONMENT:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "C")
    language.use(language.choose("", language.system_locale()))
    assert language.current_locale() == "en_GB"
    host = AudioHost("mock")
    try:
        with qtbot.waitSignal(host.voicesReady, timeout=20000):
            host.start(resources.assets_dir() / "sounds", AudioSettings(english=True))
        assert host.voice_locale == "en_GB"
        language.use("de_DE")  # no German voice: English, of no German region, the language's usual one first
        with qtbot.waitSignal(host.voicesReady, timeout=20000):
            host.speak_language(english=True)
        assert host.voice_locale == "en_US"
        language.use("en_GB")
        with qtbot.waitSignal(host.voicesReady, timeout=20000):
            host.speak_language(english=True)
        assert host.voice_locale == "en_GB"
    finally:
        language.use("en_GB")
        host.shut_down()
