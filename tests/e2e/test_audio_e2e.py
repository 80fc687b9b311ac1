"""The real audio path: the app, its audio host, speech-dispatcher with espeak-ng and PulseAudio.

The sound server plays into a null sink whose monitor is recorded; the recording must hold the
tones and the speech at the times the app's event log says they were played and spoken. Skipped on a machine without those
programs, required under CI (./dev test installs them; the test starts and stops its own servers).
It runs in real time on purpose, the way a user hears it: its waits poll real programs for what they wait for
(a line in the log, sound recorded), with deadlines, and end as soon as it is there.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.audio_rig import loudness, need_programs, onsets, running_rig, sound_at
from tests.helpers.timer_probe import TimerProbe
from tests.helpers.waiting import wait_for
from workout_timer import resources
from workout_timer.domain.audio import causes
from workout_timer.domain.history.event_log import read_event_log
from workout_timer.qt.audio.audio_client import AudioHost
from workout_timer.qt.common.settings import AudioSettings

SOUND_CHECK = """\
version: 1
name: Sound check
defaults: {prepare: 6}
steps:
  - {exercise: plank, duration: 20}
"""
"""prepare 6 (beeps at 3, 4, 5) · plank 20 (tone and name at 6, form tip at 11, halfway at 16,
beeps at 23, 24, 25) · finish at 26. The app opens straight into the session, whose clock starts
once the voice is ready."""


LAST_WORDS = 1.7
"""Seconds of sound recorded after the finish's words begin before the app is ended: the chime and "Workout
complete" are checked over 1.5 s."""

SLOW = ("did not start within", causes.SLOW_START)
"""How the voice's being given up for a slow start reads (the host's VOICE_START_LIMIT, the app's START_TIMEOUT)."""


def run_and_record(folder: Path) -> tuple[list[dict[str, Any]], list[float], float, float]:
    """Run the sound check with everything real; the event log, the loudness, the recording's start, and
    how late a bare timer woke meanwhile (the machine's own lateness, which the app's is measured against)."""
    need_programs()
    routine = folder / "sound-check.yaml"
    routine.write_text(SOUND_CHECK)
    log = folder / "events.jsonl"
    raw = folder / "recording.raw"
    with running_rig(folder) as rig, rig.recording(raw) as recording, TimerProbe() as probe:
        env = {**rig.env, "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, "-m", "workout_timer", "start", str(routine), "--event-log", str(log)]
        with subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as app:
            missing = "the session did not finish"
            with contextlib.suppress(RuntimeError):
                wait_for(lambda: logged(log, "session_finished"), 60, missing, 0.1, app)
                missing = "the last words were not logged"
                words = wait_for(lambda: last_words(log), 10, missing, 0.1, app)
                missing = "the last words were not recorded in full"
                wait_for(lambda: recording.until() > float(words["wall"]) + LAST_WORDS, 10, missing, 0.05, app)
                missing = ""
            app.terminate()
            _, errors = app.communicate(timeout=10)
        assert not missing, f"{missing}: {errors.decode()[-2000:]}"
    assert recording.lost() < 0.1, f"the recorder lost {recording.lost():.2f} s of sound: the machine is too busy"
    return read_event_log(log), loudness(raw), recording.started, probe.worst()


def logged(log: Path, event: str) -> list[dict[str, Any]]:
    """The records of `event` in the event log so far."""
    return [r for r in read_event_log(log) if r["event"] == event] if log.exists() else []


def last_words(log: Path) -> dict[str, Any] | None:
    """The finish's words, once they and the finish's tone are logged as heard."""
    if not any(r["sound"] == "finish" for r in logged(log, "cue_played")):
        return None
    return next((r for r in logged(log, "cue_spoken") if r["kind"] == "finish"), None)


def heard_at(record: dict[str, Any], start: float) -> float:
    """When a logged event happened, in seconds into the recording (its line is written at once)."""
    return float(record["wall"]) - start


def lateness(record: dict[str, Any], found: list[float], start: float, early: float, late: float) -> float | None:
    at = heard_at(record, start)
    near = [onset - at for onset in found if -early <= onset - at <= late]
    return min(near, key=abs) if near else None


def what(record: dict[str, Any]) -> tuple[int, str, str]:
    return record["index"], record["kind"], record.get("text") or record.get("sound", "")


@pytest.mark.slow
def test_tones_and_speech_are_heard_when_the_log_says(tmp_path: Path) -> None:
    """The session starts the moment the app opens, and every cue is heard, from the first."""
    records, levels, start, machine_late = run_and_record(tmp_path)
    print(f"\na bare timer on this machine woke up to {machine_late:.3f} s late during the session")
    found = onsets(levels)
    events = [r["event"] for r in records]
    assert events[:3] == ["session_started", "audio_wait", "segment_started"]
    assert records[1]["voice"] == "ready" and records[1]["tones"] == "ready", records[1]
    assert [r for r in records if r["event"] == "cue_dropped"] == []

    cues = [r for r in records if r["event"] == "cue"]
    spoken = [r for r in records if r["event"] == "cue_spoken"]
    played = [r for r in records if r["event"] == "cue_played"]
    assert [what(r) for r in spoken] == [what(r) for r in cues if r["kind"] != "countdown"]
    assert spoken[0]["text"] == "Get ready." and spoken[0]["t"] < 0.5
    assert [(r["index"], r["sound"]) for r in played] == [(0, "countdown")] * 3 + [(1, "work")] + [
        (1, "countdown")
    ] * 3 + [(2, "finish")]
    assert all(0 <= r["t"] - r["planned"] < 0.1 + machine_late for r in played), played  # on time

    for record in played[:-1]:  # each tone is heard when the log says it was played
        assert lateness(record, found, start, 0.1, 0.25 + machine_late) is not None, record

    work = next(r for r in records if r["event"] == "segment_started" and r["phase"] == "work")
    name_due = heard_at(work, start)
    assert sound_at(levels, name_due + 0.6, name_due + 1.4) > 0.5  # the name, after the tone has faded

    for record in (r for r in spoken if r["kind"] in ("form", "halfway")):  # alone in their moment
        late = lateness(record, found, start, 0.1, 0.5 + machine_late)
        assert late is not None, record
        at = heard_at(record, start) + late
        assert sound_at(levels, at, at + 0.4) > 0.6, record

    finish = next(r for r in spoken if r["kind"] == "finish")
    at = heard_at(finish, start)
    assert sound_at(levels, at, at + 1.5) > 0.5  # chime and "Workout complete"


STORM = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from workout_timer import resources
from workout_timer.qt.audio.audio_client import AudioHost
from workout_timer.qt.common.settings import AudioSettings
import logging
notes = []
class Notes(logging.Handler):
    def emit(self, record):
        notes.append(record.getMessage())
logging.getLogger("workout_timer.audio_host").addHandler(Notes())
logging.getLogger("workout_timer.audio_host").setLevel(logging.INFO)
app = QCoreApplication([])
host = AudioHost("speechd")
left = [40]
def burst():
    host.stop()
    host.play("work" if left[0] % 2 else "rest")  # two different tones, as the steps of a routine alternate
    host.say("Side plank, left side, twenty seconds.", 2.9)
    left[0] -= 1
    QTimer.singleShot(40 if left[0] else 1500, burst if left[0] else app.quit)
host.voicesReady.connect(lambda *_: QTimer.singleShot(300, burst))
QTimer.singleShot(30000, app.quit)
host.start(resources.assets_dir() / "sounds", AudioSettings())
app.exec()
host.shut_down()
print("sounds", host.sounds_ready, "voice", host.voice_ready, flush=True)
print("spinning", sum("QSocketNotifier" in note or "more lines" in note for note in notes), flush=True)
"""


@pytest.mark.slow
def test_skipping_fast_through_tones_and_speech_leaves_the_audio_host_calm(tmp_path: Path) -> None:
    """Two tones in turn every 40 ms with speech cut short each time, as when someone holds → down."""
    need_programs()
    with running_rig(tmp_path) as rig:
        env = {**rig.env, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [sys.executable, "-c", STORM], env=env, capture_output=True, text=True, timeout=60, check=True
        )
    assert "sounds True voice True" in done.stdout, done.stderr[-3000:]
    assert "spinning 0" in done.stdout, done.stdout  # the host's own notes, which the app keeps in its log


@pytest.mark.slow
def test_the_tones_are_ready_before_the_voice(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The speech engine holds the host for seconds while it starts: the tones load first, so a session
    whose voice is slow still has its beeps. On a machine so busy that the voice takes longer than it is
    given, the tones still come first, and the voice is given up for its slowness, not for anything else."""
    need_programs()
    ready: list[str] = []
    with running_rig(tmp_path) as rig:
        for name in ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH"):
            monkeypatch.setenv(name, rig.env[name])
        host = AudioHost("speechd")
        host.soundsReady.connect(lambda: ready.append("tones"))
        host.voicesReady.connect(lambda *_: ready.append("voice"))
        host.voiceFailed.connect(
            lambda reason: ready.append("voice too slow" if any(w in reason for w in SLOW) else reason)
        )
        try:
            host.start(resources.assets_dir() / "sounds", AudioSettings())
            qtbot.waitUntil(lambda: len(ready) == 2, timeout=60000)  # the voice ready, or given up
        finally:
            host.shut_down()
    assert ready in (["tones", "voice"], ["tones", "voice too slow"])
