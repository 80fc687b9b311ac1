"""Music players paused for a session and played again after it: a real D-Bus daemon and stand-in players."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from workout_timer.qt.audio.media_players import MediaPlayers

HELPER = Path(__file__).parents[2] / "helpers" / "fake_media_player.py"


@pytest.fixture
def bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    command = ["dbus-daemon", "--session", "--nofork", "--print-address=1"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as daemon:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
        daemon.terminate()


@contextmanager
def player(bus: str, name: str, status: str) -> Iterator[subprocess.Popen[str]]:
    command = [sys.executable, str(HELPER), bus, name, status]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        yield process
        process.terminate()


def status_of(bus: str, name: str) -> str:
    connection = QDBusConnection.connectToBus(bus, "test-status-" + bus)  # one per daemon
    message = QDBusMessage.createMethodCall(
        "org.mpris.MediaPlayer2." + name, "/org/mpris/MediaPlayer2", "org.freedesktop.DBus.Properties", "Get"
    )
    message.setArguments(["org.mpris.MediaPlayer2.Player", "PlaybackStatus"])
    value = connection.call(message).arguments()[0]
    return str(value.variant() if hasattr(value, "variant") else value)


def tell(process: subprocess.Popen[str], line: str) -> None:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(line + "\n")
    process.stdin.flush()
    assert process.stdout.readline().strip() == "status set"


def test_playing_players_are_paused_for_the_session_and_played_again_after_it(qtbot: QtBot, bus: str) -> None:
    with player(bus, "music", "Playing") as music, player(bus, "podcast", "Paused"):
        players = MediaPlayers(bus_address=bus)
        players.session_started()
        qtbot.waitUntil(lambda: status_of(bus, "music") == "Paused", timeout=5000)
        assert status_of(bus, "podcast") == "Paused"
        players.session_ended()
        qtbot.waitUntil(lambda: status_of(bus, "music") == "Playing", timeout=5000)
        assert status_of(bus, "podcast") == "Paused", "only those we paused play again"
        assert music.stdout is not None
        assert [music.stdout.readline().strip() for _ in range(2)] == ["pause", "play"]
        players.settle()


def test_a_player_the_user_stopped_meanwhile_is_left_stopped(qtbot: QtBot, bus: str) -> None:
    with player(bus, "music", "Playing") as music:
        players = MediaPlayers(bus_address=bus)
        players.session_started()
        qtbot.waitUntil(lambda: status_of(bus, "music") == "Paused", timeout=5000)
        assert music.stdout is not None and music.stdout.readline().strip() == "pause"
        tell(music, "status Stopped")
        players.session_ended()
        players.settle()  # as the app quits: waits for the answers
        assert status_of(bus, "music") == "Stopped"


def test_quitting_right_after_the_session_still_plays_them_again(qtbot: QtBot, bus: str) -> None:
    with player(bus, "music", "Playing"):
        players = MediaPlayers(bus_address=bus)
        players.session_started()
        qtbot.waitUntil(lambda: status_of(bus, "music") == "Paused", timeout=5000)
        players.session_ended()
        players.settle()  # no event loop runs after this: the answers are waited for
        assert status_of(bus, "music") == "Playing"
