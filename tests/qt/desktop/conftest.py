"""A private session bus with a stand-in notification server on it."""

from __future__ import annotations

import json
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.media_bus import private_bus

HELPER = Path(__file__).parents[2] / "helpers" / "fake_notifications.py"


@pytest.fixture
def bus() -> Iterator[str]:
    with private_bus() as address:
        yield address


class FakeServer:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    def shown(self) -> dict[str, object]:
        """The next notification shown; fails after 10 s without one."""
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], 10)
        assert ready, "no notification was shown"
        shown: dict[str, object] = json.loads(self.process.stdout.readline())
        return shown

    def user(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()


@pytest.fixture
def server(bus: str) -> Iterator[FakeServer]:
    command = [sys.executable, str(HELPER), bus]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        yield FakeServer(process)
        process.terminate()
