"""The MPRIS adaptor on a private D-Bus daemon, called by another connection as a desktop widget would."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
from pytestqt.qtbot import QtBot

from tests.conftest import SHORT_ROUTINE
from tests.helpers.media_bus import private_bus
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.remote import Command, SessionState, remote_view
from workout_timer.qt.common.theme.palettes import LIGHT
from workout_timer.qt.remote.mpris import PATH, PLAYER, ROOT, SERVICE, MprisRemote


@pytest.fixture
def bus() -> Iterator[str]:
    with private_bus() as address:
        yield address


class Client(QObject):
    """Another program on the bus: calls methods without blocking, and hears PropertiesChanged."""

    changed = Signal(str, dict)
    answered = Signal(object)

    def __init__(self, address: str) -> None:
        super().__init__()
        self.bus = QDBusConnection.connectToBus(address, "test-client")
        self._watchers: list[QDBusPendingCallWatcher] = []
        assert self.bus.connect(
            "",
            PATH,
            "org.freedesktop.DBus.Properties",
            "PropertiesChanged",
            self,
            "1on_changed(QString,QVariantMap,QStringList)",
        )

    @Slot(str, "QVariantMap", "QStringList")
    def on_changed(self, interface: str, changed: dict[str, Any], invalidated: list[str]) -> None:
        assert invalidated == []
        self.changed.emit(interface, changed)

    def call(self, qtbot: QtBot, interface: str, method: str, *arguments: Any) -> list[Any]:
        message = QDBusMessage.createMethodCall(SERVICE, PATH, interface, method)
        message.setArguments(list(arguments))
        watcher = QDBusPendingCallWatcher(self.bus.asyncCall(message), self)
        self._watchers.append(watcher)
        with qtbot.waitSignal(watcher.finished, timeout=5000):
            pass
        reply = watcher.reply()
        assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
        return list(reply.arguments())

    def names(self, qtbot: QtBot) -> list[str]:
        """The names on the bus, asked without blocking (a blocking call could wait on this very process)."""
        message = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/", "org.freedesktop.DBus", "ListNames")
        watcher = QDBusPendingCallWatcher(self.bus.asyncCall(message), self)
        self._watchers.append(watcher)
        with qtbot.waitSignal(watcher.finished, timeout=5000):
            pass
        return [str(name) for name in watcher.reply().arguments()[0]]


@pytest.mark.slow  # a private dbus-daemon
def test_a_session_is_a_player_that_remotes_can_read_and_drive(qtbot: QtBot, bus: str, load) -> None:  # type: ignore[no-untyped-def]
    timeline = build_timeline(load(SHORT_ROUTINE))
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    engine.start()
    clock.advance(7.5)
    engine.update()
    remote = MprisRemote(bus_address=bus)
    client = Client(bus)
    assert SERVICE not in client.names(qtbot)  # no session yet: not listed
    assert remote.publish()
    assert SERVICE in client.names(qtbot) and SERVICE == "org.mpris.MediaPlayer2.io.github.workout_timer.WorkoutTimer"
    with qtbot.waitSignal(client.changed, timeout=5000) as first:
        remote.show(remote_view(timeline, SessionState(engine.snapshot())), "file:///cache/plank.png")
    interface, changed = first.args
    assert interface == PLAYER and changed["PlaybackStatus"] == "Playing" and "Metadata" in changed
    # PySide leaves a nested map undecoded on the receiving side: what was sent is read here, and a real
    # client reads the title over the bus in tests/e2e/test_media_remote.py.
    sent = remote.properties["Metadata"]
    assert isinstance(sent, dict)
    assert sent["xesam:title"] == "Plank" and sent["xesam:artist"] == ["Short test session"]
    assert sent["mpris:artUrl"] == "file:///cache/plank.png" and sent["mpris:length"] == 20_000_000

    def get(interface: str, name: str) -> Any:
        (value,) = client.call(qtbot, "org.freedesktop.DBus.Properties", "Get", interface, name)
        return value.variant()

    assert get(ROOT, "Identity") == "Workout Timer"
    assert get(ROOT, "DesktopEntry") == "io.github.workout_timer.WorkoutTimer"
    assert get(ROOT, "CanQuit") is False and get(ROOT, "CanRaise") is True
    assert get(PLAYER, "Position") == 2_500_000 and get(PLAYER, "PlaybackStatus") == "Playing"
    assert all(get(PLAYER, name) for name in ("CanPlay", "CanPause", "CanGoNext", "CanControl"))

    for method, command in [("PlayPause", Command.PLAY_PAUSE), ("Next", Command.NEXT), ("Stop", Command.STOP)]:
        with qtbot.waitSignal(remote.commanded, timeout=5000) as asked:
            client.call(qtbot, PLAYER, method)
        assert asked.args == [command]
    with qtbot.waitSignal(remote.raiseRequested, timeout=5000):
        client.call(qtbot, ROOT, "Raise")

    engine.pause()
    with qtbot.waitSignal(client.changed, timeout=5000) as paused:
        remote.show(remote_view(timeline, SessionState(engine.snapshot())), "file:///cache/plank.png")
    assert paused.args[1] == {"PlaybackStatus": "Paused"}  # only what changed

    remote.withdraw()
    qtbot.waitUntil(lambda: SERVICE not in client.names(qtbot), timeout=5000)
    QDBusConnection.disconnectFromBus("test-client")


def test_no_bus_is_no_remote_and_no_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    remote = MprisRemote(bus_address=f"unix:path={tmp_path}/no-bus")
    assert not remote.publish() and not remote.published
    remote.withdraw()


@pytest.mark.slow  # a private dbus-daemon
def test_the_picture_is_the_exercise_s_figure_drawn_once_into_the_cache(qtbot: QtBot, bus: str, load) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    from workout_timer.qt.remote.session_remote import SessionRemote

    timeline = build_timeline(load(SHORT_ROUTINE))
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    engine.start()
    clock.advance(6)
    engine.update()  # the plank
    window = QWidget()
    qtbot.addWidget(window)
    remote = SessionRemote(lambda: window, MprisRemote(bus_address=bus))
    remote.begin(timeline)
    remote.show(engine.snapshot())
    url = remote.mpris.art_url
    assert url is not None and url.startswith("file://")
    path = QUrl(url).toLocalFile()
    image = QImage(path)
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(2, 2).name() == LIGHT.work  # the work colour around the figure
    assert any(
        image.pixelColor(x, y).name() == LIGHT.player_text for x in range(256) for y in range(0, 256, 4)
    )  # the figure
    remote.show(engine.snapshot())
    assert remote.mpris.art_url == url  # drawn once
    remote.end()
    assert not remote.mpris.published
