"""A real `workout-timer start` killed a few seconds in: its history row keeps the time exercised."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SHORT_ROUTINE
from workout_timer.domain.common.paths import history_path


def running_session(path: Path) -> tuple[float, float] | None:
    """(active seconds, last moment) of the session being written, once it has some; else None."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            row = db.execute("SELECT active_seconds, ended_at FROM sessions WHERE result = 'running'").fetchone()
    except sqlite3.OperationalError:  # not set up yet
        return None
    return None if row is None or row[0] is None else (row[0], row[1])


def processes_using(runtime: Path) -> list[int]:
    """Processes of ours whose environment names this private runtime folder."""
    found = []
    marker = f"XDG_RUNTIME_DIR={runtime}".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def quiet_app(folder: Path) -> tuple[dict[str, str], Path]:
    """The environment of an app run with no sound at all (no sound server or speech daemon started, none
    left behind), and its own runtime folder, where a process left behind would show."""
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    client_conf = folder / "pulse-client.conf"
    client_conf.write_text("autospawn = no\n")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "SPEECHD_CMD": "/bin/false",
        "PULSE_CLIENTCONFIG": str(client_conf),
    }
    return env, runtime


@pytest.mark.slow
def test_a_killed_session_keeps_its_time_and_last_moment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routine = tmp_path / "short-test.yaml"
    routine.write_text(SHORT_ROUTINE)
    env, runtime = quiet_app(tmp_path)
    command = [sys.executable, "-m", "workout_timer", "start", str(routine), "--event-log", str(tmp_path / "e.jsonl")]
    path = history_path()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        seen = None
        deadline = time.monotonic() + 60
        while (seen is None or seen[0] < 5) and time.monotonic() < deadline and app.poll() is None:
            try:
                app.wait(timeout=0.2)  # poll the history while the app runs
            except subprocess.TimeoutExpired:
                seen = running_session(path)
        assert seen is not None and seen[0] >= 5, f"no time was recorded: {app.stderr.read().decode()[-2000:]}"  # type: ignore[union-attr]
        os.killpg(app.pid, signal.SIGKILL)  # the app and everything it started, with no chance to write more
        app.wait(timeout=10)
    finally:
        if app.poll() is None:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait(timeout=10)
        app.stderr.close()  # type: ignore[union-attr]
    left = processes_using(runtime)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == [], "a process outlived the app"

    from workout_timer.cli import main

    assert main(["history", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["result"] == "interrupted"
    assert row["active_seconds"] >= 5 and row["exercised"] != ""
    assert row["ended"] is not None and row["ended"] > row["started"]
    assert row["started"][10] == "T" and row["started"][-6] in "+-" and row["started"][-3] == ":"
