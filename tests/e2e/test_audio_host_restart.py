"""A misbehaving audio host is started afresh with a line in the log, and the user is told nothing false.

A stand-in host (tests/helpers/misbehaving_host.py) speaks the real protocol and misbehaves at its
first tone: it floods its stderr, as the real host did when stuck on a closed socket, or never
answers. Real processes, ended by the client.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workout_timer import resources
from workout_timer.qt.audio import audio_client, host_process
from workout_timer.qt.audio.audio_client import MAX_RESTARTS, AudioHost
from workout_timer.qt.common.settings import AudioSettings

STAND_IN = Path(__file__).parents[1] / "helpers" / "misbehaving_host.py"


def started_host(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, mode: str, starts: Path) -> tuple[AudioHost, list[str]]:
    monkeypatch.setattr(host_process, "HOST_COMMAND", [str(STAND_IN), mode, str(starts)])
    monkeypatch.setattr(audio_client, "ANSWER_TIMEOUT", 0.5)
    monkeypatch.setattr(audio_client, "WATCHDOG_SLACK", 0.1)
    host = AudioHost()
    told: list[str] = []
    host.voiceFailed.connect(told.append)
    host.soundsFailed.connect(told.append)
    host.start(resources.assets_dir() / "sounds", AudioSettings(voice="Stand-in", tone_volume=0.5))
    qtbot.waitUntil(lambda: host.sounds_ready and host.voice_ready, timeout=10000)
    return host, told


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["flood", "silent", "mute-voice"])
def test_a_host_that_floods_or_stops_answering_is_started_afresh(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    starts = tmp_path / "starts"
    host, told = started_host(qtbot, monkeypatch, mode, starts)
    try:
        with qtbot.waitSignal(host.restarted, timeout=10000):
            if mode == "mute-voice":
                host.say("Plank.", 0.1)
            else:
                host.play("rest")
        qtbot.waitUntil(lambda: host.sounds_ready and host.voice_ready, timeout=10000)
        with qtbot.waitSignal(host.played, timeout=5000):
            host.play("work")
        with qtbot.waitSignal(host.said, timeout=5000):
            host.say("Plank.", 0.1)
        assert starts.read_text().splitlines() == ["start", "start"]
        assert told == [] and not host.lost  # nothing for the user: the sound works
        restarts = [r.getMessage() for r in caplog.records if "started afresh" in r.getMessage()]
        assert len(restarts) == 1
        why = {"flood": "wrote over 1 MB", "silent": "did not answer for a tone", "mute-voice": "did not finish"}
        assert why[mode] in restarts[0]
    finally:
        host.shut_down()
    assert not host.running


@pytest.mark.slow
def test_a_host_that_keeps_misbehaving_is_given_up_with_a_true_word(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    starts = tmp_path / "starts"
    host, told = started_host(qtbot, monkeypatch, "always-silent", starts)
    try:
        for _ in range(MAX_RESTARTS):
            with qtbot.waitSignal(host.restarted, timeout=10000):
                host.play("rest")
            qtbot.waitUntil(lambda: host.sounds_ready and host.voice_ready, timeout=10000)
        with qtbot.waitSignal(host.soundsFailed, timeout=10000):
            host.play("rest")
        assert told == ["The audio helper stopped answering.", "The audio helper stopped answering."]
        assert len(starts.read_text().splitlines()) == 1 + MAX_RESTARTS
        assert not host.running
    finally:
        host.shut_down()


@pytest.mark.slow
def test_a_voice_that_never_finishes_for_want_of_a_sound_output_is_given_up_without_restarts(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """No sound server: a new host would speak to nobody too, and "stopped answering" would be untrue."""
    starts = tmp_path / "starts"
    monkeypatch.setattr(host_process, "HOST_COMMAND", [str(STAND_IN), "no-output", str(starts)])
    monkeypatch.setattr(audio_client, "WATCHDOG_SLACK", 0.1)
    host = AudioHost()
    told: list[str] = []
    host.voiceFailed.connect(told.append)
    host.soundsFailed.connect(told.append)
    try:
        with qtbot.waitSignal(host.voicesReady, timeout=10000):
            host.start(resources.assets_dir() / "sounds", AudioSettings(voice="Stand-in"))
        with qtbot.waitSignal(host.voiceFailed, timeout=10000):
            host.say("Get ready.", 0.1)
        assert told == ["No sound output was found.", "No sound output was found."]
        assert starts.read_text().splitlines() == ["start"] and host.restarts == 0
        assert not [r for r in caplog.records if "started afresh" in r.getMessage()]
    finally:
        host.shut_down()
