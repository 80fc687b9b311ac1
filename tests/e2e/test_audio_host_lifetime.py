"""The audio host never outlives the app, and Ctrl+C in a terminal quits the app cleanly.

Real processes: the host is stopped with SIGSTOP to stand for a host stuck in the speech engine's C++
code (where no Python runs, so neither its own threads nor a signal handler can help). Every process
started here is ended here; the leftover check in conftest would name any that was not.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import leftovers
from tests.helpers.audio_rig import need_programs, running_rig
from workout_timer.domain.history.event_log import read_event_log

APP = """
import os, signal, sys, time
from PySide6.QtCore import QCoreApplication
from workout_timer import resources
from workout_timer.qt.audio.audio_client import AudioHost
from workout_timer.qt.common.settings import AudioSettings
app = QCoreApplication([])
host = AudioHost("mock")
def ready(*_):
    pid = host._process.pid()
    os.kill(pid, signal.SIGSTOP)  # stuck: nothing runs in the host from now on
    print(pid, flush=True)
    if sys.argv[1] == "close":
        began = time.monotonic()
        host.shut_down()
        print(round(time.monotonic() - began, 2), host.running, flush=True)
        app.quit()
host.voicesReady.connect(ready)
host.voiceFailed.connect(lambda reason: print("failed", reason, flush=True))
host.start(resources.assets_dir() / "sounds", AudioSettings())
app.exec()
"""

ROUTINE = """\
version: 1
name: Interrupted
steps:
  - {exercise: plank, duration: 60}
"""


def ended_within(pid: int, seconds: float) -> bool:
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        ready, _, _ = select.select([handle], [], [], seconds)
        return bool(ready)
    finally:
        os.close(handle)


@contextmanager
def app_with_stuck_host(mode: str) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """The app script in `mode`, and its host's pid once stuck; both ended after, whatever happened."""
    with subprocess.Popen([sys.executable, "-c", APP, mode], stdout=subprocess.PIPE, text=True) as app:
        host = 0
        try:
            assert app.stdout is not None
            line = app.stdout.readline()
            assert line.strip().isdigit(), line
            host = int(line)
            yield app, host
        finally:
            if app.poll() is None:
                app.kill()
            if host and not ended_within(host, 0):
                os.kill(host, signal.SIGKILL)


@pytest.mark.slow
def test_an_audio_host_stuck_in_the_speech_engine_ends_when_the_app_dies() -> None:
    with app_with_stuck_host("die") as (app, host):
        app.kill()  # no goodbye: the app is gone at once
        app.wait(10)
        assert ended_within(host, 10), "the audio host outlived the app"


@pytest.mark.slow
def test_closing_the_app_ends_a_stuck_audio_host_within_two_seconds() -> None:
    with app_with_stuck_host("close") as (app, host):
        assert app.stdout is not None
        took, running = app.stdout.readline().split()
        assert running == "False" and float(took) < 2.0
        assert ended_within(host, 0)
        assert app.wait(10) == 0


@pytest.mark.slow
def test_ctrl_c_in_a_terminal_quits_the_app_cleanly(tmp_path: Path, user_folders: Path) -> None:
    need_programs()
    routine = tmp_path / "interrupted.yaml"
    routine.write_text(ROUTINE)
    log = tmp_path / "events.jsonl"
    command = [sys.executable, "-m", "workout_timer", "start", str(routine), "--event-log", str(log)]
    with running_rig(tmp_path) as rig:
        env = {**rig.env, "QT_QPA_PLATFORM": "offscreen"}
        # A terminal's Ctrl+C goes to its whole foreground process group: the app and its audio host.
        with subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True) as app:
            try:
                deadline = 30.0
                while not (log.exists() and any(r["event"] == "segment_started" for r in read_event_log(log))):
                    assert app.poll() is None and deadline > 0, "the session did not start"
                    ended_within(app.pid, 0.1)  # a tenth of a second, unless the app ends sooner
                    deadline -= 0.1
                hosts = [p for p in leftovers.processes_using(user_folders) if "audio_host" in p.command]
                assert len(hosts) == 1
                os.killpg(app.pid, signal.SIGINT)
                assert app.wait(timeout=20) == 130
            finally:
                if app.poll() is None:
                    app.kill()
            assert app.stderr is not None
            errors = app.stderr.read()
        assert errors == "", errors  # nothing on the terminal: the notes of Qt and the audio host are in the log
        assert ended_within(hosts[0].pid, 5), "the audio host outlived the app"
    kept = (user_folders / "xdg_state_home" / "workout-timer" / "log" / "workout-timer.log").read_text()
    assert "INFO workout_timer.audio_host: qt.multimedia" in kept
    finished = [r for r in read_event_log(log) if r["event"] == "session_finished"]
    assert [r["result"] for r in finished] == ["abandoned"]  # the session was kept, as stopped
