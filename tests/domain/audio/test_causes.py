"""Why the sound or the voice failed, as the app words it: read back from the English the audio helper sends
and told in plain words of the language in use; the speech engines' words it knows in its own words, any other the
system gives in the log."""

from __future__ import annotations

import re

import pytest

from workout_timer.domain.audio import causes
from workout_timer.domain.common import language

FIELDS = {
    "error": "libpulse.so.0: cannot open",
    "path": "/opt/app/sounds/beep.wav",
    "engine": "speechd",
    "seconds": "5",
}
NAMES = {"Qt's", "Qt", "PulseAudio", "PipeWire", "speech", "dispatcher"}
"""Names that stay as they are in every language."""


@pytest.mark.parametrize("cause", causes.CAUSES)
def test_every_cause_reads_in_german_with_its_details_kept(cause: str) -> None:
    sent = cause.format(**FIELDS)  # as the helper writes it, in English
    assert causes.in_words(sent) == sent
    language.use("de_DE")
    german = causes.in_words(sent)
    assert german != sent and "{" not in german
    english = set(re.findall(r"[A-Za-z']+", re.sub(r"\{\w+\}", "", cause))) - NAMES
    assert not english & set(re.findall(r"[A-Za-z']+", german.replace(FIELDS["error"], ""))), german
    for name in re.findall(r"\{(\w+)\}", cause):
        assert FIELDS[name] in german


@pytest.mark.parametrize("engine", causes.ENGINE_WORDS)
def test_a_speech_engines_own_words_are_told_in_the_apps_words_in_english_and_german(engine: str) -> None:
    ours = causes.ENGINE_WORDS[engine]
    assert causes.in_words(engine) == causes.in_words(engine + ".") == ours != engine + "."
    language.use("de_DE")
    german = causes.in_words(engine)
    english = set(re.findall(r"[A-Za-z']+", ours)) - NAMES
    assert german != ours and not english & set(re.findall(r"[A-Za-z']+", german)), german


def test_the_systems_own_words_go_to_the_log_and_the_notice_says_where_in_every_language(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A notice once ended in "Connection to speech-dispatcher failed.", in English as it came: the words the speech
    engines give that the app knows are said in its own words, and any other the system gives goes to the log,
    whole, the notice saying where, in English as in German."""
    unknown = "Audio device busy"
    said = causes.in_words("Connection to speech-dispatcher failed")
    assert said == "The system's speech service (speech-dispatcher) can't be reached."
    log = "/home/anna/.local/state/workout-timer/log/workout-timer.log"
    with caplog.at_level("WARNING"):
        assert causes.in_words(unknown, log) == f"The system's own words for it are in {log}."
    assert unknown in caplog.text  # whole, in the log
    assert causes.in_words(unknown) == "The system's own words for it are in the app's log."
    assert causes.in_words("") == ""
    language.use("de_DE")
    said = causes.in_words("Connection to speech-dispatcher failed")
    assert said == "Die Sprachausgabe des Systems (speech-dispatcher) ist nicht erreichbar."
    assert causes.in_words(unknown, log) == f"Was das System dazu sagt, steht in {log}."
    assert causes.in_words(unknown) == "Was das System dazu sagt, steht im Protokoll der App."
    assert causes.in_words("") == ""


def test_a_cause_is_news_once() -> None:
    told = causes.Told()
    assert told.first_time(causes.NO_OUTPUT) and told.first_time("Connection to speech-dispatcher failed")
    assert not told.first_time(causes.NO_OUTPUT) and not told.first_time("Connection to speech-dispatcher failed")
