"""The screen stays awake during a session: a real D-Bus daemon and a stand-in screen saver."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, skip_to_the_end
from tests.helpers.media_bus import private_bus
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.session.wake_lock import UNAVAILABLE, WakeLock

pytestmark = pytest.mark.slow  # a private dbus-daemon for each test

HELPER = Path(__file__).parents[2] / "helpers" / "fake_screensaver.py"


@pytest.fixture
def bus() -> Iterator[str]:
    with private_bus() as address:
        yield address


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


def test_no_screen_saver_or_no_bus_is_not_an_error_but_is_said_once(qtbot: QtBot, bus: str, tmp_path: Path) -> None:
    lock = WakeLock(bus_address=bus)
    with qtbot.waitSignal(lock.unavailable, timeout=5000) as told:
        lock.acquire("no one listens")
    assert not lock.held and lock.problem is not None
    assert told.args == [UNAVAILABLE]
    lock.release()
    nowhere = WakeLock(bus_address="unix:path=" + str(tmp_path / "none"))
    said: list[str] = []
    nowhere.unavailable.connect(said.append)
    for _ in range(3):  # three sessions: the user hears it once
        nowhere.acquire("no bus")
        assert nowhere.problem == "no session bus" and not nowhere.held
        nowhere.release()
    assert said == [UNAVAILABLE]


def test_a_session_started_without_a_session_bus_says_the_screen_may_go_dark(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    window = app_window(qtbot, clock, tmp_path)  # its wake lock has no bus to talk to
    window.activateWindow()  # as the runner's is: the keys that skip to the end go where the focus is
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClicks(window.library_view.search, "short test")
    qtbot.keyClick(window.library_view.search, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view
    clock.advance(GUARD)  # the moment it takes to read it
    qtbot.keyClick(window.preview_view, Qt.Key.Key_Return)  # Start
    assert window.current_view() is window.session.player_view
    assert UNAVAILABLE in window.notices.messages()
    logged = [r.getMessage() for r in caplog.records if r.name.startswith("workout_timer")]
    assert any("could not be kept awake (no session bus)" in words for words in logged)
    skip_to_the_end(qtbot, window)  # the session over, the screen may sleep: the summary does not say it may not
    assert window.current_view() is window.session.summary_view
    assert UNAVAILABLE not in window.notices.messages()
    window.close()
