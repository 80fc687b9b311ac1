"""The app as an MPRIS 2 media player on the session bus, while a session runs (Linux, QtDBus).

With it the desktop's media keys, a headset's button, Bluetooth remotes, the GNOME and KDE media
widgets and lock screens, and phone remotes (KDE Connect, GSConnect) pause, skip and stop a session.
What the player shows and what its buttons do are decided in `domain.session.remote`; this only
speaks D-Bus: `show` publishes a `RemoteView` (PropertiesChanged for whatever changed), and each
method a client calls comes out as `commanded(Command)`, or `raiseRequested`.

`publish` takes the name `org.mpris.MediaPlayer2.<app id>` and `withdraw` gives it up, so the player
is listed only while a session runs. No session bus (Windows, macOS, a bare console) is not an error:
there is simply no remote.

The connection is made, and the player's object registered on it, once (at the first `publish`), and
both are kept for as long as the app runs: only the name comes and goes. Closing the connection at
each `withdraw` hung the app: Qt deletes a closed connection on its own D-Bus thread, and as the
registered object is a Python object, that deletion waits for Python's interpreter lock, while the
window, holding that lock, waited in the next session's `connectToBus` for the D-Bus thread.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusArgument, QDBusConnection, QDBusMessage, QDBusObjectPath

from workout_timer.domain.desktop.identity import APP_ID, NAME
from workout_timer.domain.session.remote import Command, RemoteView, Status

SERVICE = f"org.mpris.MediaPlayer2.{APP_ID}"
PATH = "/org/mpris/MediaPlayer2"
ROOT = "org.mpris.MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
PROPERTIES = "org.freedesktop.DBus.Properties"
TRACKS = "/" + APP_ID.replace(".", "/") + "/segment/"
"""MPRIS track ids are D-Bus object paths: one per segment of the session."""
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
_names = itertools.count(1)
log = logging.getLogger("workout_timer.remote")


_Adaptor = TypeVar("_Adaptor", bound=QDBusAbstractAdaptor)


def _interface(name: str) -> Callable[[type[_Adaptor]], type[_Adaptor]]:
    """Names the D-Bus interface an adaptor serves (PySide's ClassInfo, whose stubs miss this form)."""
    return ClassInfo({"D-Bus Interface": name})  # type: ignore[call-arg, return-value]


def metadata(view: RemoteView, art_url: str | None) -> dict[str, object]:
    """MPRIS's Metadata map for `view`: the track id, title, artist, length and picture."""
    found: dict[str, object] = {
        "mpris:trackid": QDBusObjectPath(NO_TRACK if view.track is None else f"{TRACKS}{view.track}"),
        "xesam:title": view.title,
        "xesam:artist": [view.artist],
        "xesam:album": view.artist,
    }
    if view.length is not None:
        found["mpris:length"] = view.length
    if art_url is not None:
        found["mpris:artUrl"] = art_url
    return found


def player_properties(view: RemoteView, art_url: str | None) -> dict[str, object]:
    """The Player interface's properties that change with the session (Position is read, never signalled)."""
    return {
        "PlaybackStatus": view.status.value,
        "Metadata": metadata(view, art_url),
        "CanPlay": view.can_play,
        "CanPause": view.can_pause,
        "CanGoNext": view.can_go_next,
        "CanGoPrevious": view.can_go_previous,
    }


@_interface(ROOT)
class _RootAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2: who we are, and Raise."""

    def __init__(self, parent: QObject, remote: MprisRemote) -> None:
        super().__init__(parent)
        self._remote = remote

    @Slot()
    def Raise(self) -> None:
        self._remote.raiseRequested.emit()

    @Slot()
    def Quit(self) -> None:
        """CanQuit is false: a remote never closes the app (the spec has Quit do nothing then)."""

    def _identity(self) -> str:
        return NAME

    def _desktop_entry(self) -> str:
        return APP_ID

    def _false(self) -> bool:
        return False

    def _true(self) -> bool:
        return True

    def _none(self) -> list[str]:
        return []

    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _desktop_entry)
    CanQuit = Property(bool, _false)
    CanRaise = Property(bool, _true)
    HasTrackList = Property(bool, _false)
    # Typed by name, as D-Bus needs them: a list of strings (as), a map (a{sv}), a 64-bit integer (x).
    SupportedUriSchemes = Property("QStringList", _none)  # type: ignore[arg-type]
    SupportedMimeTypes = Property("QStringList", _none)  # type: ignore[arg-type]


@_interface(PLAYER)
class _PlayerAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2.Player: the session's state, and the buttons."""

    def __init__(self, parent: QObject, remote: MprisRemote) -> None:
        super().__init__(parent)
        self._remote = remote

    @Slot()
    def Play(self) -> None:
        self._remote.commanded.emit(Command.PLAY)

    @Slot()
    def Pause(self) -> None:
        self._remote.commanded.emit(Command.PAUSE)

    @Slot()
    def PlayPause(self) -> None:
        self._remote.commanded.emit(Command.PLAY_PAUSE)

    @Slot()
    def Next(self) -> None:
        self._remote.commanded.emit(Command.NEXT)

    @Slot()
    def Previous(self) -> None:
        self._remote.commanded.emit(Command.PREVIOUS)

    @Slot()
    def Stop(self) -> None:
        self._remote.commanded.emit(Command.STOP)

    def _value(self, name: str) -> object:
        return self._remote.properties[name]

    def _status(self) -> str:
        return str(self._value("PlaybackStatus"))

    def _metadata(self) -> dict[str, object]:
        value = self._value("Metadata")
        assert isinstance(value, dict)
        return value

    def _position(self) -> int:
        view = self._remote.view
        return view.position if view is not None else 0

    def _can(self, name: str) -> bool:
        return bool(self._value(name))

    def _can_play(self) -> bool:
        return self._can("CanPlay")

    def _can_pause(self) -> bool:
        return self._can("CanPause")

    def _can_go_next(self) -> bool:
        return self._can("CanGoNext")

    def _can_go_previous(self) -> bool:
        return self._can("CanGoPrevious")

    def _can_control(self) -> bool:
        return True

    def _no(self) -> bool:
        return False

    def _one(self) -> float:
        return 1.0

    PlaybackStatus = Property(str, _status)
    Metadata = Property("QVariantMap", _metadata)  # type: ignore[arg-type]
    Position = Property("qlonglong", _position)  # type: ignore[arg-type]
    CanPlay = Property(bool, _can_play)
    CanPause = Property(bool, _can_pause)
    CanGoNext = Property(bool, _can_go_next)
    CanGoPrevious = Property(bool, _can_go_previous)
    CanControl = Property(bool, _can_control)
    CanSeek = Property(bool, _no)
    Rate = Property(float, _one)
    MinimumRate = Property(float, _one)
    MaximumRate = Property(float, _one)
    Volume = Property(float, _one)


class MprisRemote(QObject):
    """The session as a media player on the bus, between `publish()` and `withdraw()`.

    `bus_address` picks a bus other than the user's session bus (the tests use a private one).
    `art_url` turns a view into the file URL of its picture (None: no picture).

    Signals:
        commanded(Command): a client pressed a button.
        raiseRequested: a client asked to see the window.
    """

    commanded = Signal(object)
    raiseRequested = Signal()

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = bus_address
        self._connection: str | None = None
        """The connection the player's object is registered on (made once, kept until the app ends)."""
        self._listed = False
        self.view: RemoteView | None = None
        self.art_url: str | None = None
        self.properties: dict[str, object] = player_properties(_IDLE, None)
        self._object = QObject(self)
        _RootAdaptor(self._object, self)
        _PlayerAdaptor(self._object, self)

    @property
    def published(self) -> bool:
        return self._listed

    def publish(self) -> bool:
        """Take the player's name on the bus; False when there is no bus, or the name is taken."""
        if self._listed:
            return True
        bus = self._bus()
        if bus is None:
            return False
        if not bus.registerService(SERVICE):
            log.warning("No media remote: %s is taken (another copy of the app is in a session).", SERVICE)
            return False
        self._listed = True
        return True

    def withdraw(self) -> None:
        """Give up the player's name: it is no longer listed, and the media keys go back to other players."""
        if self._listed and self._connection is not None:
            QDBusConnection(self._connection).unregisterService(SERVICE)
        self._listed = False
        self.view = None

    def _bus(self) -> QDBusConnection | None:
        """The connection with the player's object on it, made the first time; None when there is no bus."""
        if self._connection is not None:
            return QDBusConnection(self._connection)
        name = f"workout-timer-mpris-{next(_names)}"
        if self._address is None:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        else:
            bus = QDBusConnection.connectToBus(self._address, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)  # nothing of ours was registered on it yet
            log.info("No media remote: no session bus to offer it on.")
            return None
        if not bus.registerObject(PATH, self._object, QDBusConnection.RegisterOption.ExportAdaptors):
            QDBusConnection.disconnectFromBus(name)  # registering failed: the object is not tied to it
            log.warning("No media remote: its object could not be put on the bus.")
            return None
        self._connection = name
        return bus

    def show(self, view: RemoteView, art_url: str | None = None) -> None:
        """Publish `view`: PropertiesChanged with whatever changed since the last one."""
        self.view, self.art_url = view, art_url
        properties = player_properties(view, art_url)
        changed = {name: value for name, value in properties.items() if self.properties.get(name) != value}
        self.properties = properties
        if changed and self._listed and self._connection is not None:
            signal = QDBusMessage.createSignal(PATH, PROPERTIES, "PropertiesChanged")
            invalidated = QDBusArgument()
            invalidated.beginArray(QMetaType(QMetaType.Type.QString))
            invalidated.endArray()
            signal.setArguments([PLAYER, changed, invalidated])
            QDBusConnection(self._connection).send(signal)


_IDLE = RemoteView(Status.STOPPED, "", "", None, None, 0, None, False, False, False, False)
