"""Ctrl+C in a terminal quits the app the way the Quit menu does, with no traceback.

Python only runs a signal handler when it next runs Python code, and Qt's event loop may sit in C++
for as long as nothing happens. So the signal's C handler writes to a socket (`signal.set_wakeup_fd`)
that Qt watches: the loop wakes, the window closes (ending the session and the audio host), and the
app ends with status 130, as a program ended by Ctrl+C does. If the window stays open (it asks about
unsaved changes), a second Ctrl+C quits at once.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

INTERRUPTED = 130
"""The exit status of a program ended by Ctrl+C (128 + SIGINT)."""


class Interrupt(QObject):
    """Watches for SIGINT while installed: the first calls `close`, the next `quit_now(130)`."""

    def __init__(
        self, close: Callable[[], object], quit_now: Callable[[int], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.interrupted = False
        self._close = close
        self._quit = quit_now
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wake)
        self._previous_fd = -1
        self._previous_handler: object = None

    def install(self) -> None:
        self._previous_handler = signal.signal(signal.SIGINT, lambda *_: None)  # the work is done in `_on_wake`
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)

    def uninstall(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        signal.signal(signal.SIGINT, self._previous_handler)  # type: ignore[arg-type]
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    def _on_wake(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except BlockingIOError:
            return
        if signal.SIGINT not in numbers:
            return
        if self.interrupted:
            self._quit(INTERRUPTED)
            return
        self.interrupted = True
        self._close()
