"""The audio host's side of the voice's process: a voice too slow to start, or that dies, is given up alone.

Real processes stand in for the voice (a Python that never answers, or one that ends), run by the real
`VoiceProcess`; what it tells the app is what the app would read from the audio host.
"""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from workout_timer.qt.audio import voice_process
from workout_timer.qt.audio.voice_process import VoiceProcess

pytestmark = pytest.mark.slow  # each test runs the audio host, a process of its own

HANGS = ["-c", "import time\nwhile True: time.sleep(1)"]
"""A voice stuck while it starts (speech-dispatcher stopped): it reads nothing and answers nothing."""
DIES = ["-c", "import sys; sys.stdin.readline(); sys.exit(3)"]


class Told:
    def __init__(self) -> None:
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.ducked: list[bool] = []

    def send(self, event: str, **fields: Any) -> None:
        self.events.append((event, fields))


def test_a_voice_that_takes_too_long_to_start_is_ended_and_given_up_alone(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice_process, "VOICE_COMMAND", HANGS)
    monkeypatch.setattr(voice_process, "VOICE_START_LIMIT", 0.3)
    told = Told()
    voice = VoiceProcess(told.send, told.ducked.append)
    voice.start({"engine": "speechd"})
    qtbot.waitUntil(lambda: told.events != [], timeout=5000)
    assert told.events == [("speech_failed", {"reason": "The speech engine did not start within 0.3 seconds."})]
    assert voice._process.state() == voice._process.ProcessState.NotRunning  # ended, not left stuck
    assert told.ducked == [False] and voice.failed
    voice.close()
    assert len(told.events) == 1


def test_a_voice_whose_process_dies_is_given_up_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice_process, "VOICE_COMMAND", DIES)
    told = Told()
    voice = VoiceProcess(told.send, told.ducked.append)
    voice.start({"engine": "speechd"})
    qtbot.waitUntil(lambda: told.events != [], timeout=5000)
    assert told.events == [("speech_failed", {"reason": "The voice's process stopped."})]
    voice.close()
    assert len(told.events) == 1


SPEAKS = [
    "-c",
    "import json, sys\n"
    "for line in sys.stdin:\n"
    "    cmd = json.loads(line)\n"
    "    if cmd['cmd'] == 'start_speech': print(json.dumps({'event': 'speech_ready', 'voices': [], 'voice': 'v'}))\n"
    "    if cmd['cmd'] == 'say': print(json.dumps({'event': 'began', 'n': cmd['n'], 'latency': 0.01}))\n"
    "    sys.stdout.flush()\n",
]
"""A voice that starts and reports every utterance begun, as speech-dispatcher does with no sound server."""


@pytest.mark.parametrize(
    ("engine", "no_output", "unheard"), [("speechd", True, True), ("speechd", False, False), ("mock", True, False)]
)
def test_speech_begun_with_no_sound_output_is_marked_unheard(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, engine: str, no_output: bool, unheard: bool
) -> None:
    """The `mock` engine makes no sound of its own: what it reports is all there is."""
    monkeypatch.setattr(voice_process, "VOICE_COMMAND", SPEAKS)
    told = Told()
    voice = VoiceProcess(told.send, told.ducked.append, lambda: no_output)
    try:
        voice.start({"engine": engine})
        qtbot.waitUntil(lambda: voice.ready, timeout=5000)
        voice.send("say", n=1, text="Get ready.")
        qtbot.waitUntil(lambda: told.events[-1][0] == "began", timeout=5000)
        assert told.events[-1][1] == (
            {"n": 1, "latency": 0.01, "unheard": True} if unheard else {"n": 1, "latency": 0.01}
        )
    finally:
        voice.close()
