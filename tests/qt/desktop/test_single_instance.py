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

from workout_timer.domain.desktop.second_launch import Ask, Reply, Request, encode, refused
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


def _done(_request: Request) -> Reply:
    return Reply()


def test_the_first_claims_and_hears_what_a_later_launch_asks(qtbot: QtBot, address: str) -> None:
    first = SingleInstance(address)
    assert first.claim() and first.owns_drafts
    first.listen(_done)
    try:
        assert not SingleInstance(address).claim(), "a second claim must fail while the first holds it"
        with qtbot.waitSignal(first.answered, timeout=5000) as heard:
            client = _send(address, encode(Request(Ask.START, "core-for-runners")), qtbot)
        assert heard.args == [Request(Ask.START, "core-for-runners"), Reply()]
        qtbot.waitUntil(lambda: client.bytesAvailable() > 0 or bool(client.waitForReadyRead(10)), timeout=5000)
        assert bytes(client.readAll().data()) == b"ok\n", "done is said as it always was: an older launch hears it"
        client.abort()
    finally:
        first.release()


def test_the_reply_says_whether_it_was_done_and_why_not(qtbot: QtBot, address: str) -> None:
    first = SingleInstance(address)
    assert first.claim()
    busy = refused("A session is running. Stop it first (Esc) to start another.")
    first.listen(lambda request: busy if request.ask is Ask.START else Reply())
    try:
        with qtbot.waitSignal(first.answered, timeout=5000) as heard:
            client = _send(address, encode(Request(Ask.START, "core-for-runners")), qtbot)
        assert heard.args[1] == busy
        qtbot.waitUntil(lambda: client.bytesAvailable() > 0 or bool(client.waitForReadyRead(10)), timeout=5000)
        line = bytes(client.readAll().data())
        assert line.endswith(b"\n") and b"A session is running." in line
        client.abort()
    finally:
        first.release()


def test_an_error_while_answering_is_still_a_reply(qtbot: QtBot, address: str) -> None:
    """The launch must not wait in vain and open a second window: it hears the app could not do it."""
    first = SingleInstance(address)
    assert first.claim()

    def broken(_request: Request) -> Reply:
        raise RuntimeError("boom")

    first.listen(broken)
    try:
        with qtbot.captureExceptions() as raised:
            client = _send(address, encode(Request(Ask.HISTORY)), qtbot)
            qtbot.waitUntil(lambda: client.bytesAvailable() > 0 or bool(client.waitForReadyRead(10)), timeout=5000)
        assert [type(error) for _, error, _ in raised] == [RuntimeError]
        line = bytes(client.readAll().data())
        assert b'"done": false' in line and b"ran into a problem" in line
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
        first.listen(_done)
        first.listen(_done)  # once painted, and at the latest a moment after the start: the second call does nothing
        with qtbot.waitSignal(first.answered, timeout=5000) as heard:
            client = _send(address, encode(Request(Ask.HISTORY)), qtbot)
        assert heard.args == [Request(Ask.HISTORY), Reply()]
        client.abort()
    finally:
        first.release()


def test_only_the_instance_holding_the_lock_listens(qapp: object, address: str) -> None:
    first = SingleInstance(address)
    assert first.claim()
    try:
        second = SingleInstance(address)
        assert not second.claim()
        second.listen(_done)  # would take the socket from under the first
        probe = QLocalSocket()
        probe.connectToServer(address)
        assert not probe.waitForConnected(200)
    finally:
        first.release()


def test_garbage_is_not_acted_on(qtbot: QtBot, address: str) -> None:
    first = SingleInstance(address)
    assert first.claim()
    first.listen(_done)
    try:
        with qtbot.assertNotEmitted(first.answered, wait=200):
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
    instance.listen(_done)
    try:
        with qtbot.waitSignal(instance.answered, timeout=5000) as heard:
            client = _send(address, encode(Request()), qtbot)
        assert heard.args == [Request(), Reply()]
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
        assert instance.hand_over(Request(), timeout=0.3, clock=lambda: next(ticks) * 0.1) is None
        assert not instance.owns_drafts
    finally:
        held.unlock()


AN_OPEN_APP = """
import socket, sys
server = socket.socket(socket.AF_UNIX)
server.bind(sys.argv[1])
server.listen(1)
print("listening", flush=True)
connection = server.accept()[0]
connection.makefile("rb").readline()
connection.sendall(sys.argv[2].encode() + b"\\n")
connection.recv(1)
"""
"""An open app of any version, as a later launch meets it: it reads the request and answers its one line (a
process of its own: QLocalSocket's waits hold Python's interpreter lock, so no thread of this one could answer)."""


@pytest.mark.slow  # the open app is a process of its own
@pytest.mark.parametrize(
    ("line", "heard"),
    [
        ("ok", Reply()),  # an app older than the reply's words: it did it
        ('{"done": false, "words": "A session is running."}', refused("A session is running.")),
    ],
)
def test_a_later_launch_hears_the_reply(qapp: object, address: str, line: str, heard: Reply) -> None:
    held = QLockFile(address + ".lock")
    assert held.tryLock(0)
    app = subprocess.Popen([sys.executable, "-c", AN_OPEN_APP, address, line], stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None and app.stdout.readline() == "listening\n"
        later = SingleInstance(address)
        assert not later.claim()
        assert later.hand_over(Request(Ask.START, "core-for-runners")) == heard
        assert app.wait(timeout=10) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        assert app.stdout is not None
        app.stdout.close()
        held.unlock()
