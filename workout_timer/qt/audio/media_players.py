"""The user's media players over MPRIS (the desktop's session bus, with QtDBus): paused for a session,
played again after it. What to pause and what to play again is `domain.audio.media_pause`'s.

Every call is asynchronous: the window never waits for the bus, nor for a player that does not answer.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from workout_timer.domain.audio.media_pause import MediaPause, Player, is_player

BUS = "org.freedesktop.DBus"
BUS_PATH = "/org/freedesktop/DBus"
PATH = "/org/mpris/MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
PROPERTIES = "org.freedesktop.DBus.Properties"
_connections = itertools.count(1)
TIMEOUT_MS = 2000
"""How long a player may take to answer; one that does not is left as it is."""
SETTLE_MS = 300
"""How long each player may take to answer as the app quits (see `settle`)."""


def media_players_reachable() -> bool:
    """Media players can be reached here: a Linux desktop's session bus answers."""
    return sys.platform.startswith("linux") and QDBusConnection.sessionBus().isConnected()


class MediaPlayers(QObject):
    """Pauses the playing media players at `session_started` and plays them again at `session_ended`.

    `bus_address` picks a bus other than the user's session bus (the tests use a private one)."""

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if bus_address is None:
            self._bus = QDBusConnection.sessionBus()
        else:
            self._bus = QDBusConnection.connectToBus(bus_address, f"workout-timer-players-{next(_connections)}")
        self._pause = MediaPause(os.getpid())
        self._watchers: set[QDBusPendingCallWatcher] = set()
        self._resuming: dict[str, str] = {}
        """Players we paused, being asked whether they are still paused (well-known name by connection)."""

    def session_started(self) -> None:
        self._pause.session_started()
        self._each_player(self._pause_if_playing)

    def session_ended(self) -> None:
        paused = self._pause.session_ended()
        self._resuming.update(paused)
        for owner, name in paused.items():
            self._look_at(name, owner, partial(self._play_if_ours, paused=paused))

    def settle(self) -> None:
        """The app is quitting: play again, waiting for each answer, the players whose answers are still due."""
        resuming, self._resuming = self._resuming, {}
        for watcher in self._watchers:  # their answers are asked for again below, and waited for
            watcher.finished.disconnect()
            watcher.deleteLater()
        self._watchers.clear()
        for owner, name in resuming.items():
            status = self._call_now(owner, PROPERTIES, "Get", [PLAYER, "PlaybackStatus"])
            if status is not None and self._pause.to_resume(Player(name, owner, 0, _text(status)), resuming):
                self._call_now(owner, PLAYER, "Play", [])

    # -- inside ----------------------------------------------------------------------------

    def _pause_if_playing(self, player: Player) -> None:
        if self._pause.to_pause(player):
            self._call(player.owner, PLAYER, "Pause", [], lambda _: None)

    def _play_if_ours(self, player: Player, paused: dict[str, str]) -> None:
        if self._resuming.pop(player.owner, None) is not None and self._pause.to_resume(player, paused):
            self._call(player.owner, PLAYER, "Play", [], lambda _: None)

    def _each_player(self, then: Callable[[Player], None]) -> None:
        if not self._bus.isConnected():
            return

        def listed(names: list[object]) -> None:
            for name in names[0] if names and isinstance(names[0], list) else []:
                if isinstance(name, str) and is_player(name):
                    self._call(BUS, BUS, "GetNameOwner", [name], partial(self._owner_known, name, then))

        self._call(BUS, BUS, "ListNames", [], listed)

    def _owner_known(self, name: str, then: Callable[[Player], None], answer: list[object]) -> None:
        self._look_at(name, _text(answer), then)

    def _look_at(self, name: str, owner: str, then: Callable[[Player], None]) -> None:
        """Ask the player at connection `owner` for its process and status, then hand it to `then`."""
        if not owner:
            return

        def got_pid(answer: list[object]) -> None:
            pid = answer[0] if answer and isinstance(answer[0], int) else 0
            self._call(
                owner,
                PROPERTIES,
                "Get",
                [PLAYER, "PlaybackStatus"],
                lambda status: then(Player(name, owner, pid, _text(status))),
                path=PATH,
            )

        self._call(BUS, BUS, "GetConnectionUnixProcessID", [owner], got_pid)

    def _call(
        self,
        service: str,
        interface: str,
        method: str,
        arguments: list[object],
        on_reply: Callable[[list[object]], None],
        path: str = "",
    ) -> None:
        message = _message(service, interface, method, arguments, path)
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, TIMEOUT_MS), self)
        self._watchers.add(watcher)

        def finished(done: QDBusPendingCallWatcher) -> None:
            self._watchers.discard(done)
            reply = done.reply()
            done.deleteLater()
            if reply.type() == QDBusMessage.MessageType.ReplyMessage:
                on_reply(list(reply.arguments()))

        watcher.finished.connect(finished)

    def _call_now(self, service: str, interface: str, method: str, arguments: list[object]) -> list[object] | None:
        reply = self._bus.call(_message(service, interface, method, arguments), QDBus.CallMode.Block, SETTLE_MS)
        return list(reply.arguments()) if reply.type() == QDBusMessage.MessageType.ReplyMessage else None


def _message(service: str, interface: str, method: str, arguments: list[object], path: str = "") -> QDBusMessage:
    message = QDBusMessage.createMethodCall(service, path or (BUS_PATH if service == BUS else PATH), interface, method)
    message.setArguments(arguments)
    return message


def _text(answer: list[object]) -> str:
    """The first value of an answer as text (a variant unwrapped)."""
    if not answer:
        return ""
    value = answer[0]
    variant = getattr(value, "variant", None)
    if callable(variant):
        value = variant()
    return value if isinstance(value, str) else ""
