"""Waiting for a real program outside Qt's event loop: a condition polled briefly until it holds, within a deadline.

For the tests that run real servers and the app as a process of its own, where `qtbot.waitUntil` can't serve: a
wait ends as soon as what it waits for is there, never after a fixed time, and fails with its reason when it
doesn't come in time, or when the program that should bring it has ended.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

POLL = 0.02
"""Seconds between two looks at the condition."""


def wait_for(
    condition: Callable[[], T | None],
    timeout: float,
    failure: str,
    poll: float = POLL,
    process: subprocess.Popen[bytes] | None = None,
) -> T:
    """What `condition` returns once it is true; RuntimeError(`failure`) after `timeout` seconds without, or as soon
    as `process` (the program that should bring it about) has ended."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline or (process is not None and process.poll() is not None):
            raise RuntimeError(failure)
        time.sleep(poll)
