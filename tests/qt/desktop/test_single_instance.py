"""One instance: the first claims the name and hears later launches; a crashed one's leftovers are taken over."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from workout_timer.domain.desktop.second_launch import Ask, Request, encode
from workout_timer.qt.desktop.single_instance import SingleInstance


@pytest.fixture
def address(tmp_path: Path) -> str:
    return str(Path(os.environ["XDG_RUNTIME_DIR"]) / "instance")


def _send(address: str, data: bytes, qtbot: QtBot) -> QLocalSocket:
    client = QLocalSocket()
    client.connectToServer(address)
    assert client.waitForConnected(2000)
    client.write(data)
    client.flush()
    return client


def test_the_first_claims_and_hears_what_a_later_launch_asks(qtbot: QtBot, address: str) -> None:
    first = SingleInstance(address)
    assert first.claim() and first.owns_drafts
    first.listen()
    try:
        assert not SingleInstance(address).claim(), "a second claim must fail while the first holds it"
        with qtbot.waitSignal(first.requested, timeout=5000) as heard:
            client = _send(address, encode(Request(Ask.START, "core-for-runners")), qtbot)
        assert heard.args == [Request(Ask.START, "core-for-runners")]
        qtbot.waitUntil(lambda: client.bytesAvailable() > 0 or bool(client.waitForReadyRead(10)), timeout=5000)
        assert bytes(client.readAll().data()) == b"ok\n"
        client.abort()
    finally:
        first.release()


def test_the_lock_is_taken_at_once_and_later_launches_are_heard_from_listen_on(qtbot: QtBot, address: str) -> None:
    """The window shows before the app listens (QtNetwork would delay its first paint): a launch in between
    finds the lock held, cannot connect yet, and tries again until the first one listens."""
    first = SingleInstance(address)
    assert first.claim()
    try:
        assert not SingleInstance(address).claim(), "the lock alone keeps a second instance out"
        early = QLocalSocket()
        early.connectToServer(address)
        assert not early.waitForConnected(200), "nobody listens before listen()"
        first.listen()
        first.listen()  # once painted, and at the latest a moment after the start: the second call does nothing
        with qtbot.waitSignal(first.requested, timeout=5000) as heard:
            client = _send(address, encode(Request(Ask.HISTORY)), qtbot)
        assert heard.args == [Request(Ask.HISTORY)]
        client.abort()
    finally:
        first.release()


def test_only_the_instance_holding_the_lock_listens(qapp: object, address: str) -> None:
    first = SingleInstance(address)
    assert first.claim()
    try:
        second = SingleInstance(address)
        assert not second.claim()
        second.listen()  # would take the socket from under the first
        probe = QLocalSocket()
        probe.connectToServer(address)
        assert not probe.waitForConnected(200)
    finally:
        first.release()


def test_garbage_is_not_acted_on(qtbot: QtBot, address: str) -> None:
    first = SingleInstance(address)
    assert first.claim()
    first.listen()
    try:
        with qtbot.assertNotEmitted(first.requested, wait=200):
            client = _send(address, b'{"ask": "rm -rf"}\n', qtbot)
            qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    finally:
        first.release()


@pytest.mark.slow  # a process run to have a pid that is gone
def test_a_crashed_instances_lock_and_socket_are_taken_over(qtbot: QtBot, address: str) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(gone.stdout)
    Path(address + ".lock").write_text(f"{dead_pid}\nworkout-timer\n{socket.gethostname()}\n")
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(address)  # a socket file nobody listens on, as a crash leaves it
    stale.close()

    instance = SingleInstance(address)
    assert instance.claim() and instance.owns_drafts
    instance.listen()
    try:
        with qtbot.waitSignal(instance.requested, timeout=5000) as heard:
            client = _send(address, encode(Request()), qtbot)
        assert heard.args == [Request()]
        client.abort()
    finally:
        instance.release()
    assert not Path(address + ".lock").exists()


def test_a_lock_held_by_a_live_app_out_of_reach_lets_this_one_start_without_the_drafts(
    qapp: object, address: str
) -> None:
    held = QLockFile(address + ".lock")  # held by a live app whose socket is elsewhere (another login's)
    assert held.tryLock(0)
    try:
        instance = SingleInstance(address)
        assert not instance.claim()
        ticks = iter(range(100))
        assert not instance.hand_over(Request(), timeout=0.3, clock=lambda: next(ticks) * 0.1)
        assert not instance.owns_drafts
    finally:
        held.unlock()
