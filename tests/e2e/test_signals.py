"""Logging out (SIGTERM) or closing the terminal (SIGHUP) ends a real app's session cleanly: kept as
stopped, with its time, and nothing left running."""

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
from workout_timer.cli import main
from workout_timer.domain.common.paths import history_path


@pytest.mark.slow
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_the_system_ending_the_app_keeps_the_session_as_stopped_with_its_time(
    number: signal.Signals, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = tmp_path / "short-test.yaml"
    routine.write_text(SHORT_ROUTINE)
    env, runtime = quiet_app(tmp_path)
    command = [sys.executable, "-m", "workout_timer", "start", str(routine)]
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        seen = None
        deadline = time.monotonic() + 60
        while (seen is None or seen[0] < 3) and time.monotonic() < deadline and app.poll() is None:
            try:
                app.wait(timeout=0.2)  # poll the history while the app runs
            except subprocess.TimeoutExpired:
                seen = running_session(history_path())
        assert seen is not None, f"the session did not start: {app.stderr.read().decode()[-2000:]}"  # type: ignore[union-attr]
        app.send_signal(number)
        status = app.wait(timeout=20)
        errors = app.stderr.read().decode()  # type: ignore[union-attr]
    finally:
        if app.poll() is None:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait(timeout=10)
        app.stderr.close()  # type: ignore[union-attr]
    left = processes_using(runtime)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert status == 128 + number, errors
    assert "Traceback" not in errors, errors
    assert left == [], "a process outlived the app"

    assert main(["history", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["result"] == "abandoned"  # stopped, as the summary says, not "interrupted"
    assert row["active_seconds"] >= 3 and row["ended"] is not None
