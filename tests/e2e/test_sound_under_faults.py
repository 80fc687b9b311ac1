"""The tones keep their time whatever the voice or the audio host goes through: the real audio host, a real
sound server and speech daemon.

- speech-dispatcher stopped (SIGSTOP) holds the speech engine's start, and the interpreter lock with it:
  the tones must still be played, and the voice must come once the daemon goes on.
- The audio host stopped (SIGSTOP, as a machine too busy or a host being started afresh) past a tone's
  time: the tone is let go as late, not played out of its time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_tone_burst import Events, _send
from tests.helpers.audio_rig import need_programs, running_rig
from workout_timer import resources


def host_command() -> list[str]:
    return [sys.executable, "-m", "workout_timer.qt.audio.audio_host"]


@pytest.mark.slow
def test_the_tones_play_while_a_stopped_speech_daemon_holds_the_voice(tmp_path: Path) -> None:
    need_programs()
    with running_rig(tmp_path) as rig:
        assert rig.speechd is not None
        daemon = rig.speechd.pid
        env = {**rig.env, "QT_QPA_PLATFORM": "offscreen"}
        with subprocess.Popen(host_command(), env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE) as host:
            try:
                assert host.stdout is not None
                events = Events(host.stdout)
                events.until("hello")
                _send(host, "start_sounds", folder=str(resources.assets_dir() / "sounds"), volume=1.0)
                events.until("sounds_ready")
                os.kill(daemon, signal.SIGSTOP)
                _send(host, "start_speech", engine="speechd", voice="", locale="en_US", rate=0, pitch=0, volume=1)
                time.sleep(2.0)  # the voice's start is under way, and stuck
                for number in (1, 2, 3):  # a countdown, one a second
                    _send(host, "play", n=number, name="countdown", until=time.monotonic() + 0.5)
                    seen = events.until("played", timeout=0.5)
                    assert seen[-1]["n"] == number and "speech_ready" not in [e["event"] for e in seen]
                    time.sleep(0.5)
                os.kill(daemon, signal.SIGCONT)
                seen = events.until("speech_ready", timeout=15)
                assert "speech_failed" not in [e["event"] for e in seen], seen
                _send(host, "say", n=4, text="Plank.")
                events.until("began", timeout=5)
            finally:
                os.kill(daemon, signal.SIGCONT)
                host.kill()


@pytest.mark.slow
def test_a_tone_the_host_could_only_play_late_is_let_go(tmp_path: Path) -> None:
    need_programs()
    with running_rig(tmp_path) as rig:
        env = {**rig.env, "QT_QPA_PLATFORM": "offscreen"}
        with subprocess.Popen(host_command(), env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE) as host:
            try:
                assert host.stdout is not None
                events = Events(host.stdout)
                events.until("hello")
                _send(host, "start_sounds", folder=str(resources.assets_dir() / "sounds"), volume=1.0)
                events.until("sounds_ready")
                os.kill(host.pid, signal.SIGSTOP)  # busy: nothing runs in the host for a second
                _send(host, "play", n=1, name="countdown", until=time.monotonic() + 0.5)
                time.sleep(1.0)
                os.kill(host.pid, signal.SIGCONT)
                (dropped,) = [e for e in events.until("tone_dropped", timeout=5) if e["event"] == "tone_dropped"]
                assert dropped == {"event": "tone_dropped", "n": 1, "name": "countdown", "late": True}
                _send(host, "play", n=2, name="countdown", until=time.monotonic() + 0.5)  # on time: played
                assert events.until("played", timeout=5)[-1]["n"] == 2
            finally:
                os.kill(host.pid, signal.SIGCONT)
                host.kill()


@pytest.mark.slow
def test_speech_with_no_sound_server_is_reported_unheard(tmp_path: Path) -> None:
    """speech-dispatcher running, PulseAudio gone: the engine reports the cue begun (and never over)."""
    need_programs()
    with running_rig(tmp_path) as rig:
        assert rig.pulse is not None
        rig.pulse.kill()
        rig.pulse.wait(10)
        env = {**rig.env, "QT_QPA_PLATFORM": "offscreen"}
        with subprocess.Popen(host_command(), env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE) as host:
            try:
                assert host.stdout is not None
                events = Events(host.stdout)
                events.until("hello")
                _send(host, "start_sounds", folder=str(resources.assets_dir() / "sounds"), volume=1.0)
                _send(host, "start_speech", engine="speechd", voice="", locale="en_US", rate=0, pitch=0, volume=1)
                seen = events.until("speech_ready", timeout=20)
                assert ("sounds_failed", "No sound output was found.") in [(e["event"], e.get("reason")) for e in seen]
                _send(host, "say", n=1, text="Get ready.")
                began = events.until("began", timeout=5)[-1]
                assert began["n"] == 1 and began["unheard"] is True
            finally:
                host.kill()
