"""A stand-in MPRIS media player on a private bus: prints each call it gets, one line each.

Run as `python fake_media_player.py BUS_ADDRESS NAME STATUS`; it owns org.mpris.MediaPlayer2.NAME,
starts with PlaybackStatus STATUS, and prints "ready" once it is on the bus. A line "status X" on its
stdin sets the status (as the user pressing play or stop in the player would).
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.mpris.MediaPlayer2.Player"})
class Player(QObject):
    line = Signal(str)

    def __init__(self, status: str) -> None:
        super().__init__()
        self._status = status
        self.line.connect(self._on_line)

    def _get_status(self) -> str:
        return self._status

    PlaybackStatus = Property(str, _get_status)

    @Slot()
    def Pause(self) -> None:
        self._status = "Paused"
        print("pause", flush=True)

    @Slot()
    def Play(self) -> None:
        self._status = "Playing"
        print("play", flush=True)

    def _on_line(self, line: str) -> None:
        if line.startswith("status "):
            self._status = line.split()[1]
            print("status set", flush=True)


def main() -> None:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-player")
    player = Player(sys.argv[3])
    assert bus.registerService("org.mpris.MediaPlayer2." + sys.argv[2])
    options = QDBusConnection.RegisterOption.ExportAllSlots | QDBusConnection.RegisterOption.ExportAllProperties
    assert bus.registerObject("/org/mpris/MediaPlayer2", player, options)

    def read() -> None:
        for line in sys.stdin:
            player.line.emit(line.strip())
        app.quit()

    threading.Thread(target=read, daemon=True).start()
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
