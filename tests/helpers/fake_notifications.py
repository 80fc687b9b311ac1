"""A stand-in org.freedesktop.Notifications on a private bus: a desktop's notification server, driven by hand.

Run as `python fake_notifications.py BUS_ADDRESS`; it prints "ready" once it owns the name, then one JSON line
for each notification shown ({"id", "app", "icon", "summary", "body", "actions", "hints", "timeout"}). Lines on
its standard input act as the user: "invoke ID KEY" clicks an action, "close ID" dismisses a notification.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusConnection

INTERFACE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": INTERFACE})
class Notifications(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self.bus = bus
        self.last = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self, app: str, replaces: int, icon: str, summary: str, body: str, actions: list[str], hints: dict, timeout: int
    ) -> int:
        self.last += 1
        shown = {"id": self.last, "app": app, "replaces": replaces, "icon": icon, "summary": summary, "body": body,
                 "actions": list(actions), "hints": {k: str(v) for k, v in hints.items()}, "timeout": timeout}  # fmt: skip
        print(json.dumps(shown), flush=True)
        return self.last

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body"]


def main() -> None:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-notifications")
    server = Notifications(bus)
    assert bus.registerService(INTERFACE)
    options = QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllSignals
    assert bus.registerObject(PATH, server, options)
    reader = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    pending = b""

    def on_input() -> None:
        nonlocal pending
        data = os.read(sys.stdin.fileno(), 4096)  # unbuffered: lines that come together are all seen
        if not data:
            app.quit()
            return
        pending += data
        *lines, pending = pending.split(b"\n")
        for line in lines:
            words = line.decode().split()
            if words and words[0] == "invoke":
                server.ActionInvoked.emit(int(words[1]), words[2])
            elif words and words[0] == "close":
                server.NotificationClosed.emit(int(words[1]), 2)  # 2: dismissed by the user

    reader.activated.connect(on_input)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
