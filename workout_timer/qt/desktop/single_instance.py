"""One app per user session: the first launch listens, a later one hands its wish over and ends.

The first launch takes a lock file beside the socket (QLockFile: a lock left by a process that is gone,
after a crash, is taken over) before its window shows, and listens on a QLocalServer once the window has
painted (QtNetwork and the socket cost the first paint about 15 ms). A later launch finds the lock held,
connects, sends one request line and waits for the reply (done, or the words saying why not), trying again
for a few seconds while the first is still starting (holding the lock, not listening yet). A socket left by a
crashed instance is removed before listening: it is never a reason to refuse starting. When the lock is held but
nobody answers (another login's app, whose runtime folder differs), the app starts anyway, as a second instance
(`owns_drafts` False: the drafts belong to the instance that holds the lock).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from workout_timer.domain.desktop.identity import instance_address

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

    from workout_timer.domain.desktop.second_launch import Reply, Request

log = logging.getLogger("workout_timer.instance")


class SingleInstance(QObject):
    """The app's claim to be the one running.

    Signals:
        answered(Request, Reply): a later launch asked for something, and was told what came of it.
    """

    answered = Signal(object, object)

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address if address is not None else instance_address(os.environ.get("XDG_RUNTIME_DIR"), _user())
        self._lock = QLockFile(self._lock_path())
        self._lock.setStaleLockTime(0)  # held as long as the app runs: stale only when its process is gone
        self._server: QLocalServer | None = None
        self._answer: Callable[[Request], Reply] | None = None
        self.owns_drafts = False

    def _lock_path(self) -> str:
        if Path(self.address).is_absolute():
            return self.address + ".lock"
        from PySide6.QtCore import QDir

        return str(Path(QDir.tempPath()) / f"{self.address}.lock")

    def claim(self) -> bool:
        """True when this process is now the one instance; it hears later launches once it `listen`s."""
        if not self._lock.tryLock(0):
            error = self._lock.error()
            if error == QLockFile.LockError.LockFailedError:
                return False  # another live instance holds it
            log.warning("The single-instance lock %s can't be taken (%s): starting anyway", self._lock_path(), error)
            return True
        self.owns_drafts = True
        return True

    def listen(self, answer: Callable[[Request], Reply]) -> None:
        """Hear later launches, each answered by `answer`, which does what it asks or says why not (once: called
        again, nothing more happens). Only the instance holding the lock listens: another would take the socket
        from under it."""
        if self._server is not None or not self._lock.isLocked():
            return
        self._answer = answer
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.address)  # a socket left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.address):
            log.warning("Later launches can't reach this one: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server
        log.info("Listening for later launches at %s", server.fullServerName())

    def hand_over(
        self, request: Request, timeout: float = 5.0, clock: Callable[[], float] = time.monotonic
    ) -> Reply | None:
        """Send `request` to the running instance; its reply (whether it did it, and why not), or None when
        none came."""
        from PySide6.QtCore import QThread
        from PySide6.QtNetwork import QLocalSocket

        # (the protocol: not before the first paint)
        from workout_timer.domain.desktop.second_launch import decode_reply, encode

        deadline = clock() + timeout
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.address)
            if socket.waitForConnected(_ms(deadline - clock())):
                socket.write(encode(request))
                socket.flush()
                answer = b""
                while b"\n" not in answer and socket.waitForReadyRead(_ms(deadline - clock())):
                    answer += bytes(socket.readAll().data())
                socket.disconnectFromServer()
                if b"\n" in answer:
                    reply = decode_reply(answer.partition(b"\n")[0])
                    if reply is not None:
                        return reply
                    log.warning("The app already open answered something that is not a reply")
            if clock() >= deadline:
                return None
            QThread.msleep(100)  # the instance holding the lock may still be starting: not listening yet

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_ready)
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        from workout_timer.domain.desktop.second_launch import MAX_LINE, decode, encode_reply, failed

        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_LINE:
                socket.disconnectFromServer()
            return
        request = decode(bytes(socket.readLine(MAX_LINE + 1).data()))
        if request is None:
            log.warning("A later launch sent something that is not a request: ignored")
            socket.disconnectFromServer()
            return
        log.info("A later launch asks: %s %s", request.ask.value, request.routine)
        assert self._answer is not None  # (set before listening)
        reply = failed()  # unless the answer comes back: an error is told in the window, and the launch hears so
        try:
            reply = self._answer(request)
        finally:
            socket.write(encode_reply(reply))
            socket.flush()
        self.answered.emit(request, reply)


def _ms(seconds: float) -> int:
    return max(0, int(seconds * 1000))


def _user() -> str:
    try:
        return str(os.getuid())
    except AttributeError:  # Windows
        return os.environ.get("USERNAME", "user")
