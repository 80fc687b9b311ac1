"""Desktop notifications with buttons, through the freedesktop Notifications service on the session bus.

The call goes through a QDBusInterface, which reads the service's own description and so sends the
unsigned numbers the specification asks for (Python alone would send signed ones, which servers refuse).
The interface and the call block for a moment: only the reminder's own process uses them, never the window.
No bus or no notification service is not an error: `show` says False and `problem` says why.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from workout_timer.domain.desktop.identity import APP_ID, NAME

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT_MS = 5000
log = logging.getLogger("workout_timer.notifications")
_names = itertools.count(1)


class Notifier(QObject):
    """Shows one notification at a time and says what became of it.

    Signals:
        chosen(str): the user pressed the button with this key.
        closed(): the notification went away without a button (dismissed, or timed out).
    """

    chosen = Signal(str)
    closed = Signal()

    def __init__(self, bus_address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        name = f"{APP_ID}.notifications-{next(_names)}"  # a connection of its own: a name is reused by Qt
        if bus_address is None:
            self._bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        else:
            self._bus = QDBusConnection.connectToBus(bus_address, name)
        self._name = name
        self._shown: int | None = None
        self.problem: str | None = None
        if not self._bus.isConnected():
            self.problem = "no session bus"
            QDBusConnection.disconnectFromBus(name)
            return
        self._bus.connect(SERVICE, PATH, SERVICE, "ActionInvoked", self, SLOT("_on_action(uint,QString)"))  # type: ignore[call-overload]
        self._bus.connect(SERVICE, PATH, SERVICE, "NotificationClosed", self, SLOT("_on_closed(uint,uint)"))  # type: ignore[call-overload]

    def show(self, title: str, text: str, actions: Sequence[tuple[str, str]]) -> bool:
        """Show a notification with a button for each (key, label); False (and `problem`) when none can be shown."""
        if not self._bus.isConnected():
            return False
        service = QDBusInterface(SERVICE, PATH, SERVICE, self._bus, self)
        service.setTimeout(TIMEOUT_MS)
        if not service.isValid():
            self.problem = service.lastError().message() or "no notification service"
            return False
        flat = [part for key, label in actions for part in (key, label)]
        hints = {"desktop-entry": APP_ID, "category": "x-workout-timer.reminder"}
        shown = QMetaObject.invokeMethod(
            service, "Notify", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("uint"),
            Q_ARG(str, NAME), Q_ARG("uint", self._shown or 0), Q_ARG(str, APP_ID), Q_ARG(str, title), Q_ARG(str, text),
            Q_ARG("QStringList", flat), Q_ARG("QVariantMap", hints), Q_ARG(int, -1),
        )  # fmt: skip
        error = service.lastError()
        service.deleteLater()
        if error.isValid() or not isinstance(shown, int) or shown == 0:
            self.problem = error.message() or "the notification service did not answer"
            return False
        self._shown, self.problem = shown, None
        log.info("Notification %s shown: %s", shown, text)
        return True

    def disconnect_from_bus(self) -> None:
        QDBusConnection.disconnectFromBus(self._name)

    @Slot("uint", str)
    def _on_action(self, notification: int, key: str) -> None:
        if notification == self._shown:
            self._shown = None
            self.chosen.emit(key)

    @Slot("uint", "uint")
    def _on_closed(self, notification: int, _reason: int) -> None:
        if notification == self._shown:
            self._shown = None
            self.closed.emit()
