"""The screen stays awake during a session: a real D-Bus daemon and a stand-in screen saver."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from workout_timer.qt.wake_lock import WakeLock

HELPER = Path(__file__).parent / "helpers" / "fake_screensaver.py"


@pytest.fixture
def bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    command = ["dbus-daemon", "--session", "--nofork", "--print-address=1"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as daemon:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
        daemon.terminate()


@pytest.fixture
def screen_saver(bus: str) -> Iterator[subprocess.Popen[str]]:
    with subprocess.Popen([sys.executable, str(HELPER), bus], stdout=subprocess.PIPE, text=True) as saver:
        assert saver.stdout is not None and saver.stdout.readline().strip() == "ready"
        yield saver
        saver.terminate()


def names_on(bus: str) -> list[str]:
    watcher = QDBusConnection.connectToBus(bus, "test-watcher")
    message = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/", "org.freedesktop.DBus", "ListNames")
    reply = watcher.call(message)
    return [str(name) for name in reply.arguments()[0]]


def test_a_session_inhibits_the_screen_saver_and_gives_it_back(
    qtbot: QtBot, bus: str, screen_saver: subprocess.Popen[str]
) -> None:
    lock = WakeLock(bus_address=bus)
    with qtbot.waitSignal(lock.changed, timeout=5000) as held:
        lock.acquire("Following the routine Core for runners")
    assert held.args == [True] and lock.held
    assert screen_saver.stdout is not None
    assert screen_saver.stdout.readline().strip() == "inhibit workout-timer Following the routine Core for runners"
    before = names_on(bus)
    with qtbot.waitSignal(lock.changed, timeout=5000) as released:
        lock.release()
    assert released.args == [False] and not lock.held
    # the lock's own connection has left the bus, which ends the inhibition
    qtbot.waitUntil(lambda: len(names_on(bus)) < len(before), timeout=5000)


def test_no_screen_saver_or_no_bus_is_not_an_error(qtbot: QtBot, bus: str, tmp_path: Path) -> None:
    lock = WakeLock(bus_address=bus)
    lock.acquire("no one listens")
    qtbot.waitUntil(lambda: lock.problem is not None, timeout=5000)
    assert not lock.held
    lock.release()
    nowhere = WakeLock(bus_address="unix:path=" + str(tmp_path / "none"))
    nowhere.acquire("no bus")
    assert nowhere.problem == "no session bus" and not nowhere.held
    nowhere.release()
