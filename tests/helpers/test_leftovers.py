"""No test leaves a process behind: each has its own runtime folder, and what names it afterwards is ended."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import leftovers

STUBBORN = """
import signal, sys
signal.signal(signal.SIGTERM, signal.SIG_IGN)  # as a speech-dispatcher stuck without a sound server does
print("ready", flush=True)
sys.stdin.read()
"""


def test_every_test_has_a_private_runtime_folder(user_folders: Path) -> None:
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    assert runtime.is_relative_to(user_folders) and runtime.is_dir()
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700


@pytest.mark.slow
def test_a_process_left_behind_is_found_by_its_folder_and_ended_even_if_it_ignores_sigterm(
    user_folders: Path, tmp_path: Path
) -> None:
    command = [sys.executable, "-c", STUBBORN]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as stubborn:
        try:
            assert stubborn.stdout is not None and stubborn.stdout.readline() == "ready\n"
            found = leftovers.processes_using(user_folders)
            assert [p.pid for p in found] == [stubborn.pid]
            assert "test_leftovers.py" in found[0].test
            assert leftovers.processes_using(tmp_path / "elsewhere") == []
            leftovers.end(found, grace=0.3)
            assert stubborn.wait(timeout=10) == -9  # SIGTERM was ignored: it took SIGKILL
        finally:
            if stubborn.poll() is None:
                stubborn.kill()
    assert leftovers.processes_using(user_folders) == []  # a zombie, now reaped, is no leftover


@pytest.mark.slow
def test_a_process_still_ending_gets_its_moment_and_one_that_stays_is_named(user_folders: Path) -> None:
    """A helper that ends on its own (its stdin closed, as when its parent has gone) is not left behind;
    one that stays past the moment it is given is, and is ended."""
    quits = [sys.executable, "-c", "import sys; print('ready', flush=True); sys.stdin.read()"]
    with (
        subprocess.Popen(quits, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as ending,
        subprocess.Popen(
            [sys.executable, "-c", STUBBORN], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        ) as staying,
    ):
        try:
            for process in (ending, staying):
                assert process.stdout is not None and process.stdout.readline() == "ready\n"
            found = leftovers.processes_using(user_folders)
            assert sorted(p.pid for p in found) == sorted([ending.pid, staying.pid])
            assert ending.stdin is not None
            ending.stdin.close()  # it goes on its own, in its own time
            assert leftovers.still_running_after([p for p in found if p.pid == ending.pid], seconds=60) == []
            assert ending.poll() is not None  # waited for, not given up on
            left = leftovers.still_running_after(found, seconds=0.3)
            assert [p.pid for p in left] == [staying.pid]
            leftovers.end(left, grace=0.3)
            assert staying.wait(timeout=10) == -9
        finally:
            for process in (ending, staying):
                if process.poll() is None:
                    process.kill()
