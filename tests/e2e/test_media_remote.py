"""The real app as a media player on a private session bus, driven by a real MPRIS client (playerctl).

`dbus-run-session` gives the app a bus of its own, which ends with it; playerctl lists the player,
reads its title and presses pause, play and next, and the event log shows each reaching the session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.audio_rig import need_programs, running_rig
from workout_timer.domain.history.event_log import read_event_log

PLAYER = "io.github.workout_timer.WorkoutTimer"
ROUTINE = """\
version: 1
name: Remote check
defaults: {prepare: 2, rest: 2}
steps:
  - {exercise: plank, duration: 60}
  - {exercise: knee-push-up, reps: 5, tempo: none}
"""


def events(log: Path) -> list[str]:
    return [r["event"] for r in read_event_log(log)] if log.exists() else []


@pytest.mark.slow
def test_playerctl_lists_reads_and_drives_a_session(qtbot: QtBot, tmp_path: Path) -> None:
    need_programs("dbus-run-session", "playerctl")
    routine = tmp_path / "remote-check.yaml"
    routine.write_text(ROUTINE)
    log = tmp_path / "events.jsonl"
    app_command = f'exec "{sys.executable}" -m workout_timer start "{routine}" --event-log "{log}"'
    # The bus's address and the app's pid first, then the app in the shell's place.
    script = f'echo "$DBUS_SESSION_BUS_ADDRESS"; echo $$; {app_command}'
    with running_rig(tmp_path) as rig:
        env = {**rig.env, "QT_QPA_PLATFORM": "offscreen"}
        command = ["dbus-run-session", "--", "sh", "-c", script]
        with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as run:
            assert run.stdout is not None
            address, pid = run.stdout.readline().strip(), int(run.stdout.readline())
            client = {**env, "DBUS_SESSION_BUS_ADDRESS": address}

            def playerctl(*args: str) -> str:
                found = subprocess.run(["playerctl", *args], env=client, capture_output=True, text=True, timeout=10)
                return found.stdout.strip()

            def wait_for(check: object) -> None:
                qtbot.waitUntil(check, timeout=60_000)  # type: ignore[arg-type]  # another process, on a busy machine

            try:
                wait_for(lambda: events(log).count("segment_started") >= 2)  # get ready, then the plank
                assert PLAYER in playerctl("--list-all").split()
                wait_for(lambda: playerctl("-p", PLAYER, "metadata", "title") == "Plank")
                assert playerctl("-p", PLAYER, "metadata", "artist") == "Remote check"
                assert playerctl("-p", PLAYER, "status") == "Playing"
                playerctl("-p", PLAYER, "pause")
                wait_for(lambda: "paused" in events(log))
                assert playerctl("-p", PLAYER, "status") == "Paused"
                playerctl("-p", PLAYER, "play")
                wait_for(lambda: "resumed" in events(log))
                playerctl("-p", PLAYER, "next")  # skips the plank
                wait_for(lambda: "skipped" in events(log))
                wait_for(lambda: playerctl("-p", PLAYER, "metadata", "title") == "Knee push-up · 5 reps")
                playerctl("-p", PLAYER, "next")  # done with the push-ups, at your own pace: the end
                wait_for(lambda: "session_finished" in events(log))
                wait_for(lambda: PLAYER not in playerctl("--list-all").split())  # no session, no player
            finally:
                if run.poll() is None:
                    os.kill(pid, signal.SIGTERM)
                    run.wait(timeout=20)
            assert run.stderr is not None
            assert "Traceback" not in run.stderr.read()
    records = read_event_log(log)
    assert [r["index"] for r in records if r["event"] == "skipped"] == [1]
    assert [r["index"] for r in records if r["event"] == "done"] == [3]
    (finished,) = [r for r in records if r["event"] == "session_finished"]
    assert finished["result"] == "completed"
