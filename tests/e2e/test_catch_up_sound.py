"""The real app stopped for 12 s (SIGSTOP, as Ctrl+Z or a paused VM does) and let go on: still heard after.

Before, the catch-up sent a tone for every step it passed, in the same millisecond, and in most runs
the audio host went silent for the rest of the session, flooding its stderr. Now only what is still
due is played, one tone at most, and the tones and the voice go on as before. Everything is real:
the app, its audio host, speech-dispatcher and PulseAudio, recorded from a null sink.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.audio_rig import loudness, need_programs, running_rig, sound_at
from workout_timer.domain.history.event_log import read_event_log

STEPS = """\
version: 1
name: Short steps
defaults: {prepare: 3, rest: 3}
steps:
  - circuit:
      rounds: 6
      steps:
        - {exercise: plank, duration: 4}
"""
"""prepare 3 · then plank 4 and rest 3 in turn: a tone every 3 or 4 seconds."""
STOPPED_FOR = 12.0


@pytest.mark.slow
def test_after_a_stop_only_what_is_due_is_played_and_the_sound_goes_on(tmp_path: Path) -> None:
    need_programs()
    routine = tmp_path / "short-steps.yaml"
    routine.write_text(STEPS)
    log = tmp_path / "events.jsonl"
    raw = tmp_path / "recording.raw"
    state = tmp_path / "state"
    with running_rig(tmp_path) as rig, rig.recording(raw) as recording:
        env = {**rig.env, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(state)}
        command = [sys.executable, "-m", "workout_timer", "start", str(routine), "--event-log", str(log)]
        with subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as app:
            try:
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline and app.poll() is None:  # into the first plank
                    records = read_event_log(log) if log.exists() else []
                    if any(r["event"] == "cue_played" and r.get("sound") == "work" for r in records):
                        break
                    time.sleep(0.1)
                else:
                    pytest.fail("the session did not reach its first step")
                app.send_signal(signal.SIGSTOP)
                time.sleep(STOPPED_FOR)
                resumed = time.time()
                app.send_signal(signal.SIGCONT)
                time.sleep(10.0)  # three more steps: their tones must be heard
            finally:
                app.send_signal(signal.SIGCONT)
                app.terminate()
                _, errors = app.communicate(timeout=15)
    records = read_event_log(log)
    catch_up = [r for r in records if resumed - 0.2 <= r["wall"] <= resumed + 0.5]
    played = [r for r in catch_up if r["event"] == "cue_played"]
    assert len(played) <= 1, played
    late = [r for r in catch_up if r["event"] == "cue_dropped" and r["reason"] == "late" and "sound" in r]
    assert late, catch_up  # the steps' tones it passed are said to be let go
    after = [r for r in records if r["event"] == "cue_played" and r["wall"] > resumed + 0.5]
    assert len(after) >= 3, records[-20:]
    levels = loudness(raw)
    for record in after:
        at = record["wall"] - recording.started
        assert sound_at(levels, at - 0.1, at + 0.35) > 0.1, record
    app_log = "".join(path.read_text(errors="replace") for path in state.glob("**/*.log*"))
    assert "QSocketNotifier" not in app_log + errors.decode(errors="replace")
    assert "started afresh" not in app_log  # the host never misbehaved
