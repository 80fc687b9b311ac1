"""A stand-in org.freedesktop.ScreenSaver on a private bus: prints each call, one line each.

Run as `python fake_screensaver.py BUS_ADDRESS`; it prints "ready" once it owns the name.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        print(f"inhibit {application} {reason}", flush=True)
        return 42


def main() -> None:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-screensaver")
    saver = ScreenSaver()
    assert bus.registerService("org.freedesktop.ScreenSaver")
    assert bus.registerObject("/org/freedesktop/ScreenSaver", saver, QDBusConnection.RegisterOption.ExportAllSlots)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
