"""A private D-Bus daemon and stand-in MPRIS players on it (tests/helpers/fake_media_player.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

HELPER = Path(__file__).parent / "fake_media_player.py"


@contextmanager
def private_bus() -> Iterator[str]:
    """A session bus of our own; its address."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    command = ["dbus-daemon", "--session", "--nofork", "--print-address=1"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as daemon:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
        daemon.terminate()


@contextmanager
def player(bus: str, name: str, status: str) -> Iterator[subprocess.Popen[str]]:
    """A player owning org.mpris.MediaPlayer2.`name`, at `status`; its stdout says "pause" and "play" as asked."""
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
