"""A real `workout-timer start` killed a few seconds in: its history row keeps the time exercised."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SHORT_ROUTINE
from tests.helpers.quiet_app import processes_using, quiet_app, running_session
from workout_timer.domain.common.paths import history_path


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
