"""The audio host's side of the voice's process (`voice_host`): starts it, passes it the voice's commands,
passes its events on to the app, and gives up a voice that takes too long to start, or dies.

The audio host goes on playing the tones whatever the voice does: a speech engine stuck while it starts
(speech-dispatcher stopped, say) holds only the voice's process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer

from workout_timer.domain.audio import causes
from workout_timer.qt.audio.json_lines import EventLines, command_line

VOICE_COMMAND = ["-m", "workout_timer.qt.audio.voice_host"]
"""The voice's arguments to the Python interpreter."""
VOICE_START_LIMIT = 15.0
"""Seconds the voice may take to start (speech-dispatcher lists ~1500 voices in about 2 s); then it is
given up, alone: the tones are not touched. The app waits a little longer (audio_client.START_TIMEOUT)."""
SILENT_ENGINES = ("mock",)
"""Engines that make no sound of their own (for tests): what they report is all there is to hear."""
QUIT_WAIT_MS = 200
"""How long a voice that is speaking gets to stop and quit when asked before it is killed."""


class VoiceProcess(QObject):
    """One voice's process for the life of the audio host.

    `send(event, **fields)` writes an event to the app; `duck(True)` lowers the other sound as the voice
    is about to speak, `duck(False)` brings it back once the voice fell silent (or failed);
    `no_output()` says whether no sound output was found, so that nothing said can be heard: a speech
    engine then still reports it speaking (speech-dispatcher does, and never finishes), and `began`
    goes to the app marked `unheard`."""

    def __init__(
        self,
        send: Callable[..., None],
        duck: Callable[[bool], None],
        no_output: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._send_event = send
        self._duck = duck
        self._no_output = no_output
        self._silent = False
        self._events = EventLines()
        self.ready = False
        self.failed = False
        self._closing = False
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        self._process.readyReadStandardOutput.connect(self._on_output)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self._on_too_slow)

    def start(self, settings: dict[str, Any]) -> None:
        self._silent = settings.get("engine") in SILENT_ENGINES
        self._process.start(sys.executable, [*VOICE_COMMAND, "--parent", str(os.getpid())])
        self.send("start_speech", **settings)
        self._start_timer.start(round(VOICE_START_LIMIT * 1000))

    def send(self, command: str, **fields: Any) -> None:
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.write(command_line(command, **fields))

    def close(self) -> None:
        """Ask a ready voice to stop and quit, and kill it if it has not soon after; a voice still
        starting is killed at once (it may be stuck in the speech engine's C++ code, answering nothing)."""
        self._closing = True
        self._start_timer.stop()
        if self._process.state() == QProcess.ProcessState.NotRunning:
            return
        if self.ready and not self.failed:
            self.send("quit")
            self._process.closeWriteChannel()
            if self._process.waitForFinished(QUIT_WAIT_MS):
                return
        self._process.kill()
        self._process.waitForFinished(QUIT_WAIT_MS)

    def _on_output(self) -> None:
        for event, message in self._events.feed(bytes(self._process.readAllStandardOutput().data())):
            if event == "duck":
                self._duck(True)
            elif event == "quiet":
                self._duck(False)
            elif event == "speech_failed":
                self._fail(str(message.get("reason", "")), str(message.get("no_voice", "")))
                self.close()
            else:
                if event == "speech_ready":
                    self._start_timer.stop()
                    self.ready = True
                elif event == "began" and self._no_output() and not self._silent:
                    message["unheard"] = True
                self._send_event(event, **message)

    def _on_too_slow(self) -> None:
        self._fail(causes.ENGINE_TOO_SLOW.format(seconds=f"{VOICE_START_LIMIT:g}"))
        self.close()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fail(causes.VOICE_DID_NOT_START)

    def _on_finished(self) -> None:
        if not self._closing:
            self._fail(causes.VOICE_STOPPED)

    def _fail(self, reason: str, no_voice: str = "") -> None:
        """Tell the app once that the voice is gone (the tones are not touched), and bring the other
        sound back. `no_voice`: the language no voice speaks, when that is why."""
        self._start_timer.stop()
        self._duck(False)
        if not self.failed:
            self.failed = True
            self._send_event("speech_failed", reason=reason, **({"no_voice": no_voice} if no_voice else {}))
