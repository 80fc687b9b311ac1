"""The real app on a real X server (Xvfb), driven by real key presses (xdotool), with its event log.

The app speaks and beeps through a sound server and speech daemon of the test's own (the audio rig), which
end with the test: left to itself, the app's voice would start a speech-dispatcher that outlives the test."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.audio_rig import running_rig
from workout_timer.domain.history.event_log import read_event_log

TINY = """\
version: 1
name: Xvfb check
defaults: {prepare: 2, rest: 2, switch: 1}
steps:
  - {exercise: plank, duration: 3}
  - {exercise: side-plank, duration: 30, sides: both}
  - {exercise: knee-push-up, reps: 5, tempo: none}
"""


def events(log: Path) -> list[str]:
    return [r["event"] for r in read_event_log(log)] if log.exists() else []


@pytest.mark.slow
def test_real_keys_drive_a_real_session(qtbot: QtBot, display: str, tmp_path: Path) -> None:
    routine = tmp_path / "xvfb-check.yaml"
    routine.write_text(TINY)
    log = tmp_path / "events.jsonl"
    command = [sys.executable, "-m", "workout_timer", "start", str(routine), "--event-log", str(log)]
    with running_rig(tmp_path) as rig:
        env = {**rig.env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        with subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True) as app:
            try:
                found = subprocess.run(
                    ["xdotool", "search", "--sync", "--name", "Workout Timer"],
                    env=env, capture_output=True, text=True, timeout=30, check=True,
                )  # fmt: skip
                window = found.stdout.split()[0]

                def wait_for(check: Callable[[], bool]) -> None:
                    qtbot.waitUntil(check, timeout=20_000)  # the app is another process: watch its log

                def press(*keys: str) -> None:
                    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True, timeout=10)
                    # At a person's pace: the same key twice within 0.12 s is a key held down.
                    subprocess.run(["xdotool", "key", "--delay", "200", *keys], env=env, check=True, timeout=10)

                wait_for(lambda: "segment_started" in events(log))
                wait_for(lambda: events(log).count("segment_started") >= 3)  # prepare, plank, rest: on time
                press("space")
                wait_for(lambda: "paused" in events(log))
                press("space")
                wait_for(lambda: "resumed" in events(log))
                press("Right", "Right")  # skip the rest and the left side plank
                wait_for(lambda: events(log).count("skipped") == 2)
                press("plus")
                wait_for(lambda: "extended" in events(log))
                press("Right", "Right", "Right")  # the right side, then the rest: the push-ups
                wait_for(lambda: events(log).count("skipped") == 5)
                press("Return")
                wait_for(lambda: "session_finished" in events(log))
                press("ctrl+q")
                assert app.wait(timeout=20) == 0
            finally:
                if app.poll() is None:
                    app.kill()
            assert app.stderr is not None
            assert "Traceback" not in app.stderr.read()
    records = read_event_log(log)
    (finished,) = [r for r in records if r["event"] == "session_finished"]  # what was heard may be logged after it
    assert finished["result"] == "completed"
    natural = [r for r in records if r["event"] == "segment_started"][1:3]
    assert all(abs(r["t"] - r["planned"]) < 0.1 for r in natural)
    assert any(r["event"] == "done" for r in records)


@pytest.mark.slow
def test_a_key_held_down_skips_one_step_not_the_routine(qtbot: QtBot, display: str, tmp_path: Path) -> None:
    """On X11 Qt marks only some of a held key's repeats as such: holding → once ran through every step."""
    routine = tmp_path / "held.yaml"
    routine.write_text(TINY.replace("prepare: 2", "prepare: 30"))
    log = tmp_path / "events.jsonl"
    command = [sys.executable, "-m", "workout_timer", "start", str(routine), "--event-log", str(log)]
    with running_rig(tmp_path) as rig:
        env = {**rig.env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        with subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL) as app:
            try:
                found = subprocess.run(
                    ["xdotool", "search", "--sync", "--name", "Workout Timer"],
                    env=env, capture_output=True, text=True, timeout=30, check=True,
                )  # fmt: skip
                window = found.stdout.split()[0]
                qtbot.waitUntil(lambda: "segment_started" in events(log), timeout=20_000)
                subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=True, timeout=10)
                held = ["xdotool", "keydown", "Right", "sleep", "1.5", "keyup", "Right", "sleep", "0.5"]
                subprocess.run(held, env=env, check=True, timeout=20)
                app.terminate()  # as a logout does: the session is kept as stopped
                assert app.wait(timeout=20) == 143
            finally:
                if app.poll() is None:
                    app.kill()
    assert events(log).count("skipped") == 1
