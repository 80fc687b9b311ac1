"""Keeping the screen awake during a session, and letting it sleep again after.

Linux: the freedesktop ScreenSaver D-Bus service's Inhibit, sent asynchronously so the window never
waits for the bus. The call goes over a connection of its own, and releasing closes that connection:
screen savers drop an inhibition when its owner leaves the bus (GNOME, KDE and Xfce all do). That is
also the only reliable way from Python, which cannot send UnInhibit's unsigned cookie as a uint32.
Windows: SetThreadExecutionState. Elsewhere (macOS) it does nothing; the README says so. No session
bus, or no screen saver on it, is not an error: the lock is not held, and the user is told so once
(`unavailable`), as the screen may go dark mid-session.
"""

from __future__ import annotations

import itertools
import logging
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from workout_timer.domain.common.language import N_, _

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"

_ES_CONTINUOUS = 0x80000000
_ES_SYSTEM_REQUIRED = 0x00000001
_ES_DISPLAY_REQUIRED = 0x00000002
_names = itertools.count(1)
log = logging.getLogger("workout_timer.wake_lock")
UNAVAILABLE = N_(
    "Your screen may go dark during the session: the app could not ask your desktop to keep it on. "
    "Touch a key now and then, or turn off screen blanking while you train."
)


class WakeLock(QObject):
    """Asks the desktop not to blank the screen between `acquire()` and `release()`.

    `bus_address` picks a bus other than the user's session bus (the tests use a private one).

    Signals:
        changed(bool): the lock is now held (True) or not (False).
        unavailable(str): the lock could not be held, in words for the user; emitted once (the first
            time), as it will not be held for later sessions either.
    """

    changed = Signal(bool)
    unavailable = Signal(str)

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = bus_address
        self._connection: str | None = None
        self._watcher: QDBusPendingCallWatcher | None = None
        self.held = False
        self.problem: str | None = None
        self._told = False

    def acquire(self, reason: str) -> None:
        if self._connection is not None or self.held:
            return
        self.problem = None
        if sys.platform == "win32":
            self._set_windows_state(_ES_CONTINUOUS | _ES_SYSTEM_REQUIRED | _ES_DISPLAY_REQUIRED)
            return
        name = f"workout-timer-wake-lock-{next(_names)}"
        if self._address is None:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        else:
            bus = QDBusConnection.connectToBus(self._address, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)
            self._failed("no session bus")
            return
        self._connection = name
        message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "Inhibit")
        message.setArguments(["workout-timer", reason])
        self._watcher = QDBusPendingCallWatcher(bus.asyncCall(message), self)
        self._watcher.finished.connect(self._on_inhibit_finished)

    def release(self) -> None:
        if sys.platform == "win32":
            if self.held:
                self._set_windows_state(_ES_CONTINUOUS)
            return
        if self._connection is not None:
            QDBusConnection.disconnectFromBus(self._connection)  # the screen saver forgets us
            self._connection = None
        self._forget_watcher()
        self._set_held(False)

    def _on_inhibit_finished(self, watcher: QDBusPendingCallWatcher) -> None:
        reply = watcher.reply()
        self._forget_watcher()
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self._set_held(True)
        else:
            self._failed(reply.errorMessage() or "the screen saver did not answer")

    def _forget_watcher(self) -> None:
        if self._watcher is not None:
            self._watcher.finished.disconnect(self._on_inhibit_finished)
            self._watcher.deleteLater()
            self._watcher = None

    def _set_held(self, held: bool) -> None:
        if held != self.held:
            self.held = held
            self.changed.emit(held)

    def _set_windows_state(self, flags: int) -> None:
        import ctypes

        windll = getattr(ctypes, "windll", None)
        if windll is not None and windll.kernel32.SetThreadExecutionState(flags):
            self._set_held(bool(flags & _ES_DISPLAY_REQUIRED))
        else:
            self._failed("SetThreadExecutionState failed")

    def _failed(self, problem: str) -> None:
        self.problem = problem
        log.warning("The screen may blank during the session: it could not be kept awake (%s).", problem)
        if not self._told:
            self._told = True
            self.unavailable.emit(_(UNAVAILABLE))
