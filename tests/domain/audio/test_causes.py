"""Why the sound or the voice failed, as the app words it: read back from the English the audio helper sends
and told in the language in use; the system's own words as they came."""

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


def test_the_systems_own_words_are_quoted_in_english_and_kept_in_the_log_in_another_language(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A German notice once ended in "Connection to speech-dispatcher failed.": the words speech-dispatcher gives are
    the app's own now, and any other the system words in English go to the log, the notice saying where."""
    unknown = "Audio device busy"
    assert causes.in_words(unknown) == unknown  # in English, as it came
    assert causes.in_words("Connection to speech-dispatcher failed") == "Connection to speech-dispatcher failed."
    assert causes.in_words("") == ""
    language.use("de_DE")
    said = causes.in_words("Connection to speech-dispatcher failed")
    assert said == "Die Sprachausgabe des Systems (speech-dispatcher) ist nicht erreichbar."
    with caplog.at_level("WARNING"):
        said = causes.in_words(unknown, "/home/anna/.local/state/workout-timer/log/workout-timer.log")
    assert said == "Was das System dazu sagt, steht in /home/anna/.local/state/workout-timer/log/workout-timer.log."
    assert unknown in caplog.text  # whole, in the log
    assert causes.in_words(unknown) == "Was das System dazu sagt, steht im Protokoll der App."
    assert causes.in_words("") == ""
