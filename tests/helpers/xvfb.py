"""A private X server (Xvfb) for a test, ended with it."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest

from tests.helpers.audio_rig import need_programs


@pytest.fixture
def display() -> Iterator[str]:
    need_programs("Xvfb", "xdotool")
    read, write = os.pipe()
    with subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    ) as server:
        os.close(write)
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        yield f":{number}"
        server.terminate()
