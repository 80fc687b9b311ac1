"""The audio host's process, as the app runs it: started with its arguments, written to and read from in JSON lines,
its notes on stderr passed to the log and watched for a flood, and ended: asked to quit, then terminated, then
killed. Also the short-lived host that only brings back the other sound an ended one left lowered.

What a host's death or flood means (start it afresh, or give its sound up) is `audio_client`'s to decide.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, Signal

from workout_timer.qt.audio.host_log import HostLines
from workout_timer.qt.audio.json_lines import EventLines, command_line

HOST_COMMAND = ["-m", "workout_timer.qt.audio.audio_host"]
"""The host's arguments to the Python interpreter (a test may run a stand-in)."""
QUIT_WAIT_MS = 500
"""How long the host gets to quit when asked, and then to end when terminated, before it is killed."""
FLOOD_BYTES = 1_000_000
"""Bytes on the host's stderr within FLOOD_WINDOW seconds that mean it is stuck in a loop (its usual notes
are a few hundred bytes a start)."""
FLOOD_WINDOW = 10.0


class HostProcess(QObject):
    """One host process at a time, and the one that brings back the other sound.

    Signals:
        message(str, object): an event line from the host: its name, and its other fields as a dict.
        flooded(str): the host wrote over FLOOD_BYTES on its stderr within FLOOD_WINDOW seconds; in words.
        ended(str): the host ended (a crash, a kill, an exit), in words; also when it was ended from here.
        failedToStart: the program could not be started.
    """

    message = Signal(str, object)
    flooded = Signal(str)
    ended = Signal(str)
    failedToStart = Signal()

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._events = EventLines()
        self._process = QProcess(self)
        self._process.readyReadStandardOutput.connect(self._on_output)
        self._process.readyReadStandardError.connect(self._on_host_messages)
        self._process.errorOccurred.connect(self._on_error)
        self._process.finished.connect(self._on_finished)
        self._host_lines = HostLines()
        self._stderr_window = (-FLOOD_WINDOW, 0)
        """When the current stderr window began, and the bytes in it."""
        self._bring_back = QProcess(self)
        """Brings back the other sound a host that ended suddenly left lowered."""

    @property
    def running(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    def pid(self) -> int:
        """The host's process id (0 when none runs)."""
        return self._process.processId()

    def start(self) -> None:
        """Start a host that ends with this app (it is told the app's process id)."""
        self._process.start(sys.executable, [*HOST_COMMAND, "--parent", str(os.getpid())])

    def send(self, command: str, **fields: object) -> None:
        """Write a command line to a running host (nothing when none runs)."""
        if self.running:
            self._process.write(command_line(command, **fields))

    def end_now(self) -> None:
        """Kill the host and wait for it to end, forgetting what it had half written (before a new one starts)."""
        self._process.kill()
        self._process.waitForFinished(QUIT_WAIT_MS)
        self._events.clear()
        self._stderr_window = (-FLOOD_WINDOW, 0)

    def shut_down(self, bring_back: bool) -> None:
        """Ask the host to quit; terminate it if it has not soon after, and kill it if even that fails
        (a host stuck in the speech engine's C++ code answers nothing), then (with `bring_back`, when other sound
        may have been lowered) bring back what it could not. Waits a second and a half at most."""
        if not self.running:
            self._bring_back.waitForFinished(2 * QUIT_WAIT_MS)
            return
        self.send("quit")
        self._process.closeWriteChannel()
        if self._process.waitForFinished(QUIT_WAIT_MS):
            return
        self._process.terminate()
        if not self._process.waitForFinished(QUIT_WAIT_MS):
            self._process.kill()
            self._process.waitForFinished(QUIT_WAIT_MS)
        if bring_back:  # a host that had to be ended could not bring it back itself
            self.bring_back_sound()
        if not self._bring_back.waitForFinished(2 * QUIT_WAIT_MS):
            self._bring_back.kill()
            self._bring_back.waitForFinished(QUIT_WAIT_MS)

    def bring_back_sound(self) -> None:
        """Run a host that only brings back the other sound the last one left lowered (its record says
        what), and ends; the app waits for none of it."""
        if self._bring_back.state() == QProcess.ProcessState.NotRunning:
            self._bring_back.start(sys.executable, [*HOST_COMMAND, "--bring-back"])

    # -- slots -----------------------------------------------------------------------------

    def _on_host_messages(self) -> None:
        data = bytes(self._process.readAllStandardError().data())
        self._host_lines.feed(data)
        began, size = self._stderr_window
        now = self._clock()
        if now - began >= FLOOD_WINDOW:
            began, size = now, 0
        self._stderr_window = (began, size + len(data))
        if size + len(data) > FLOOD_BYTES:
            self.flooded.emit(f"wrote over {FLOOD_BYTES // 1_000_000} MB of messages in {now - began:.1f} s")

    def _on_output(self) -> None:
        for event, fields in self._events.feed(bytes(self._process.readAllStandardOutput().data())):
            self.message.emit(event, fields)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failedToStart.emit()

    def _on_finished(self, code: int = 0, status: QProcess.ExitStatus = QProcess.ExitStatus.NormalExit) -> None:
        self.ended.emit("crashed" if status == QProcess.ExitStatus.CrashExit else f"ended (exit status {code})")
