"""Ctrl+C in a terminal quits the app the way the Quit menu does, with no traceback; SIGTERM (logging
out, shutting down) and SIGHUP (the terminal closed) end it cleanly too.

Python only runs a signal handler when it next runs Python code, and Qt's event loop may sit in C++
for as long as nothing happens. So the signal's C handler writes to a pipe (`signal.set_wakeup_fd`;
a socket pair on Windows, which takes only sockets there) that Qt watches: the loop wakes, the window
closes (ending the session and the audio host), and the app ends with status 130, as a program ended
by Ctrl+C does. If the window stays open (it asks about unsaved changes), a second Ctrl+C quits at
once. SIGTERM and SIGHUP ask nothing (unsaved edits are kept as drafts): the session is ended and kept
as stopped, with its time, and the app ends with 128 + the signal's number.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

INTERRUPTED = 130
"""The exit status of a program ended by Ctrl+C (128 + SIGINT)."""
ENDING = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None)
"""Signals that end the app without a question: the system or the terminal is going away."""


class Interrupt(QObject):
    """Watches for signals while installed. SIGINT: the first calls `close`, the next `quit_now(130)`.
    SIGTERM or SIGHUP: `end_now` (the app ends its session and lets go of what it holds), then
    `quit_now(128 + signal)`."""

    def __init__(
        self,
        close: Callable[[], object],
        quit_now: Callable[[int], None],
        end_now: Callable[[], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.interrupted = False
        self._close = close
        self._quit = quit_now
        self._end_now = end_now if end_now is not None else close
        self._wake = _WakeUp()
        self._notifier = QSocketNotifier(self._wake.reading, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wake)
        self._previous_fd = -1
        self._previous_handlers: dict[int, Callable[[int, FrameType | None], Any] | int | None] = {}

    def install(self) -> None:
        for number in (signal.SIGINT, *ENDING):  # the work is done in `_on_wake`
            self._previous_handlers[number] = signal.signal(number, lambda *_: None)
        self._previous_fd = signal.set_wakeup_fd(self._wake.writing, warn_on_full_buffer=False)

    def uninstall(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler)
        self._notifier.setEnabled(False)
        self._wake.close()

    def _on_wake(self) -> None:
        try:
            numbers = self._wake.read()
        except BlockingIOError:
            return
        for number in ENDING:
            if number in numbers:
                self._end_now()
                self._quit(128 + number)
                return
        if signal.SIGINT not in numbers:
            return
        if self.interrupted:
            self._quit(INTERRUPTED)
            return
        self.interrupted = True
        self._close()


class _WakeUp:
    """Where the signal's C handler writes the signal's number, for Qt to notice: both ends non-blocking.

    A pipe: the socket module (a socket pair) would cost every start 5 to 8 ms before the first paint;
    Windows, where `set_wakeup_fd` and QSocketNotifier take only sockets, has the socket pair."""

    def __init__(self) -> None:
        self._sockets: tuple[Any, Any] | None = None
        if sys.platform == "win32":
            import socket

            self._sockets = socket.socketpair()
            for end in self._sockets:
                end.setblocking(False)
            self.reading, self.writing = (end.fileno() for end in self._sockets)
        else:
            self.reading, self.writing = os.pipe()
            os.set_blocking(self.reading, False)
            os.set_blocking(self.writing, False)

    def read(self) -> bytes:
        """The signals' numbers written since the last read; BlockingIOError when there are none."""
        if self._sockets is not None:
            return bytes(self._sockets[0].recv(64))
        return os.read(self.reading, 64)

    def close(self) -> None:
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
        else:
            os.close(self.reading)
            os.close(self.writing)
