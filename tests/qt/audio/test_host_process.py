"""The audio host's process as the app runs it: JSON lines both ways, a flood on stderr told, an end told, and a
host that answers nothing ended all the same.

Small Python programs stand in for the host, run by the real `HostProcess`.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.audio import host_process
from workout_timer.qt.audio.host_process import QUIT_WAIT_MS, HostProcess

pytestmark = pytest.mark.slow  # each test runs a process of its own

ECHOES = [
    "-c",
    "import json, sys\n"
    'sys.stdout.write(\'not json\\n{"event": "hel\'); sys.stdout.flush()\n'
    'sys.stdout.write(\'lo", "n": 1}\\n\'); sys.stdout.flush()\n'
    "for line in sys.stdin:\n"
    "    command = json.loads(line)\n"
    "    if command['cmd'] == 'quit': break\n"
    "    print(json.dumps({'event': 'got', **command}), flush=True)\n",
]
"""A host that says hello in two pieces after a line that is no JSON, answers each command, and quits when asked."""
FLOODS = ["-c", "import sys\nsys.stderr.write('x' * 1_100_000); sys.stderr.flush()\nsys.stdin.readline()"]
DEAF = ["-c", "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nwhile True: time.sleep(1)"]
"""A host stuck: it reads nothing it understands, ignores being terminated, and never ends by itself."""


def messages_of(host: HostProcess) -> list[tuple[str, dict[str, Any]]]:
    messages: list[tuple[str, dict[str, Any]]] = []
    host.message.connect(lambda event, fields: messages.append((event, fields)))
    return messages


def test_lines_go_out_and_come_back_whole_and_a_host_that_quits_is_told_ended(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(host_process, "HOST_COMMAND", ECHOES)
    host = HostProcess()
    messages = messages_of(host)
    ended: list[str] = []
    host.ended.connect(ended.append)
    host.start()
    qtbot.waitUntil(lambda: messages != [], timeout=5000)
    assert messages == [("hello", {"n": 1})]  # the line that is no JSON is passed over
    assert host.running and host.pid() > 0
    host.send("play", n=2, name="beep")
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=5000)
    assert messages[1] == ("got", {"cmd": "play", "n": 2, "name": "beep"})
    host.shut_down(bring_back=False)
    assert not host.running and ended == ["ended (exit status 0)"]
    host.send("play", n=3)  # nothing to write to: nothing happens


def test_a_flood_on_stderr_is_told_with_its_size_and_time(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(host_process, "HOST_COMMAND", FLOODS)
    clock = FakeClock()
    host = HostProcess(clock=clock)
    flooded: list[str] = []
    host.flooded.connect(flooded.append)
    host.start()
    qtbot.waitUntil(lambda: flooded != [], timeout=5000)
    assert flooded[0].startswith("wrote over 1 MB of messages in 0.0 s")
    ended: list[str] = []
    host.ended.connect(ended.append)
    host.end_now()
    assert not host.running and ended == ["crashed"]


def test_a_host_that_answers_nothing_is_ended_within_its_time(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(host_process, "HOST_COMMAND", DEAF)
    host = HostProcess()
    with qtbot.waitSignal(host._process.started, timeout=5000):
        host.start()
    began = time.monotonic()
    host.shut_down(bring_back=False)
    assert not host.running
    assert time.monotonic() - began < 3 * QUIT_WAIT_MS / 1000 + 2.0  # asked, terminated, killed: no longer
