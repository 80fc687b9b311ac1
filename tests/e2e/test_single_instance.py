"""Two real launches make one app: the second hands its wish to the first and ends; after a crash the
next launch takes the leftovers over and starts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from tests.conftest import SHORT_ROUTINE
from tests.helpers.quiet_app import quiet_app
from workout_timer.domain.desktop.identity import instance_name
from workout_timer.logs import log_path


@contextmanager
def app(env: dict[str, str], *args: str) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "workout_timer", *args],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        assert process.stderr is not None
        process.stderr.close()


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        assert process.poll() is None, f"the app ended before {what}"
        assert time.monotonic() < deadline, f"no sign of {what} in a minute in {log_path()}"
        with suppress(subprocess.TimeoutExpired):
            process.wait(timeout=0.1)


def logged(text: str) -> Callable[[], bool]:
    return lambda: log_path().is_file() and text in log_path().read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_second_launch_hands_over_and_a_crash_leaves_nothing_in_the_way(tmp_path: Path) -> None:
    routine = tmp_path / "short-test.yaml"
    routine.write_text(SHORT_ROUTINE)
    env, _ = quiet_app(tmp_path)
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])  # the test's own, short enough for a socket's path
    env["XDG_RUNTIME_DIR"] = str(runtime)
    with app(env) as first:
        wait_for(logged("Listening for later launches"), first, "the first app listening")
        second = subprocess.run(
            [sys.executable, "-m", "workout_timer"], env=env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        wait_for(logged("Answered a later launch (show): done"), first, "the first app coming forward")

        third = subprocess.run(
            [sys.executable, "-m", "workout_timer", "start", str(routine)],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert third.returncode == 0, third.stderr
        wait_for(logged(f"A later launch asks: start {routine}"), first, "the routine handed over")
        wait_for(logged("Answered a later launch (start): done"), first, "the session started")
        assert first.poll() is None

        refused = subprocess.run(  # the workout under way is never cut into: the launch says so, and fails
            [sys.executable, "-m", "workout_timer", "start", str(routine)],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert refused.returncode == 1, refused.stderr
        assert refused.stderr == (  # in a terminal's words: Esc is a key in the window, not here
            "workout-timer: A session is running in the open window. "
            "Stop it there first (Esc in the window) to start another.\n"
        ), refused.stderr
        wait_for(logged("Answered a later launch (start): A session is "), first, "the window telling the same")
        assert first.poll() is None

        first.send_signal(signal.SIGKILL)  # a crash: the lock file and the socket stay behind
        first.wait(timeout=10)
    assert (runtime / instance_name()).exists() and (runtime / f"{instance_name()}.lock").exists()
    before = log_path().read_text(encoding="utf-8").count("Listening for later launches")

    with app(env) as after_crash:
        wait_for(
            lambda: log_path().read_text(encoding="utf-8").count("Listening for later launches") > before,
            after_crash,
            "the next app taking over",
        )
        answered = log_path().read_text(encoding="utf-8").count("Answered a later launch (show)")
        again = subprocess.run([sys.executable, "-m", "workout_timer"], env=env, capture_output=True, timeout=60)
        assert again.returncode == 0
        wait_for(  # it answers: its window is up, its handlers in place
            lambda: log_path().read_text(encoding="utf-8").count("Answered a later launch (show)") > answered,
            after_crash,
            "the new app answering",
        )
        after_crash.send_signal(signal.SIGTERM)
        assert after_crash.wait(timeout=20) == 128 + signal.SIGTERM
    assert not (runtime / f"{instance_name()}.lock").exists(), "the lock is let go on the way out"


@pytest.mark.slow
def test_a_launch_while_the_first_is_still_opening_its_window_hands_over_too(tmp_path: Path) -> None:
    """The first app listens only once its window has painted; a launch in the moment before waits for it
    instead of opening a second window."""
    env, _ = quiet_app(tmp_path)
    env["XDG_RUNTIME_DIR"] = os.environ["XDG_RUNTIME_DIR"]
    with app(env) as first:
        lock = Path(env["XDG_RUNTIME_DIR"]) / f"{instance_name()}.lock"
        wait_for(lock.exists, first, "the first app taking the lock")  # long before its window paints
        second = subprocess.run(
            [sys.executable, "-m", "workout_timer"], env=env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        wait_for(logged("Answered a later launch (show): done"), first, "the first app coming forward")
        log = log_path().read_text(encoding="utf-8")
        assert "The app was already open: it was asked to come forward" in log
        assert "opening a second window" not in log


@pytest.mark.slow
def test_apps_of_two_sessions_with_long_runtime_folders_are_two(tmp_path: Path) -> None:
    """A runtime folder too long for a socket's path must not make two login sessions share one app."""
    env, _ = quiet_app(tmp_path)
    long_folders = [tmp_path / ("session-" + "x" * 60 + str(n)) for n in (1, 2)]
    envs = []
    for folder in long_folders:
        folder.mkdir(mode=0o700)
        envs.append({**env, "XDG_RUNTIME_DIR": str(folder)})
    with app(envs[0]) as first, app(envs[1]) as second:
        for process in (first, second):
            wait_for(
                lambda: (
                    log_path().is_file()
                    and log_path().read_text(encoding="utf-8").count("Listening for later launches") >= 2
                ),
                process,
                "both apps listening",
            )
        assert first.poll() is None and second.poll() is None, "neither handed itself to the other"
