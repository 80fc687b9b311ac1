"""A wait on a real program ends when what it waits for is there, fails with its reason when it does not come in
time, and fails at once when the program that should bring it has ended."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers.waiting import wait_for


def test_the_wait_ends_with_what_the_condition_found() -> None:
    looks = iter([None, None, {"event": "session_finished"}])
    assert wait_for(lambda: next(looks), 5, "never", poll=0) == {"event": "session_finished"}


def test_a_condition_that_never_holds_fails_with_its_reason() -> None:
    with pytest.raises(RuntimeError, match="parec recorded nothing"):
        wait_for(lambda: False, 0, "parec recorded nothing", poll=0)


@pytest.mark.slow  # runs a program
def test_a_program_that_ended_fails_the_wait_at_once() -> None:
    gone = subprocess.Popen([sys.executable, "-c", ""])
    gone.wait(10)
    with pytest.raises(RuntimeError, match="did not start"):
        wait_for(lambda: False, 60, "PulseAudio did not start", poll=0, process=gone)
