"""The sound keeps its time and its word whatever the voice or the audio host goes through: the real audio
host, a real sound server and speech daemon.

- The audio host killed (kill -9) mid-session: it is started again, and the rest of the session is
  heard when the log says.
- speech-dispatcher stopped (SIGSTOP) holds the speech engine's start, and the interpreter lock with it:
  the tones must still be played, and the voice must come once the daemon goes on.
- The audio host stopped (SIGSTOP, as a machine too busy or a host being started afresh) past a tone's
  time: the tone is let go as late, not played out of its time.
- No sound server: speech the engine reports begun is marked unheard.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_audio_e2e import SOUND_CHECK
from tests.e2e.test_tone_burst import Events, _send
from tests.helpers.audio_rig import loudness, need_programs, running_rig, sound_at
from workout_timer import resources
from workout_timer.domain.history.event_log import read_event_log


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


def audio_host_of(app: int) -> int | None:
    """The pid of the app's audio host (its child running audio_host), if there is one now."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == app and b"workout_timer.qt.audio.audio_host" in command:
            return int(entry.name)
    return None


@pytest.mark.slow
def test_an_audio_host_killed_mid_session_is_started_again_and_the_rest_is_heard(tmp_path: Path) -> None:
    """kill -9 of the audio host 11 s into the sound check: the cues after it are heard, as the log says."""
    need_programs()
    routine = tmp_path / "sound-check.yaml"
    routine.write_text(SOUND_CHECK)
    log = tmp_path / "events.jsonl"
    raw = tmp_path / "recording.raw"
    killed = None
    with running_rig(tmp_path) as rig, rig.recording(raw) as recording:
        env = {**rig.env, "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, "-m", "workout_timer", "start", str(routine), "--event-log", str(log)]
        with subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as app:
            deadline = time.monotonic() + 60
            finished_at = None
            while finished_at is None and time.monotonic() < deadline and app.poll() is None:
                time.sleep(0.1)
                records = read_event_log(log) if log.exists() else []
                started = next((r["wall"] for r in records if r["event"] == "session_started"), None)
                if killed is None and started is not None and time.time() > started + 11:
                    killed = audio_host_of(app.pid)
                    assert killed is not None
                    os.kill(killed, signal.SIGKILL)
                finished_at = next((r["wall"] for r in records if r["event"] == "session_finished"), None)
            while finished_at is not None and time.time() < finished_at + 3.5:
                time.sleep(0.1)
            host_after = audio_host_of(app.pid)
            app.terminate()
            _, errors = app.communicate(timeout=10)
        assert finished_at is not None, f"the session did not finish: {errors.decode()[-2000:]}"
    assert killed is not None and host_after not in (None, killed)  # a new host
    records = read_event_log(log)
    assert not [r for r in records if r["event"] == "cue_dropped" and r["t"] > 14], "all heard after the restart"
    spoken = {r["text"]: r for r in records if r["event"] == "cue_spoken"}
    played = [r for r in records if r["event"] == "cue_played" and r["t"] > 14]
    assert [(r["index"], r["sound"]) for r in played] == [(1, "countdown")] * 3 + [(2, "finish")]
    levels = loudness(raw)
    for record in [*played[:-1], spoken["Halfway."]]:  # heard when the log says
        at = float(record["wall"]) - recording.started
        assert sound_at(levels, at - 0.05, at + 0.3) > 0.2, record
