"""What the audio host writes to its stderr, kept in the app's log instead of the user's terminal.

Qt and the sound libraries print notes there on every start ("Using Qt multimedia with FFmpeg…",
"PulseAudioService: pa_context_connect() failed"): useful in a report, noise in a terminal. A host
that misbehaves can print thousands of lines a second, so at most `BURST` lines are kept in any
`WINDOW` seconds, and how many were left out is said with the next line kept.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger("workout_timer.audio_host")

BURST = 20
WINDOW = 10.0
LONGEST = 500
"""Characters of one line that are kept."""


class HostLines:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._pending = b""
        self._window_start = -WINDOW
        self._in_window = 0
        self.left_out = 0

    def feed(self, data: bytes) -> None:
        """Log the complete lines in `data` (a partial last line waits for the rest)."""
        *lines, self._pending = (self._pending + data).split(b"\n")
        if len(self._pending) > LONGEST * 4:  # a line without end: keep its start only
            lines.append(self._pending)
            self._pending = b""
        for raw in lines:
            text = raw.decode("utf-8", "replace").rstrip()
            if text:
                self._log(text[:LONGEST])

    def _log(self, text: str) -> None:
        now = self._clock()
        if now - self._window_start >= WINDOW:
            if self.left_out:
                log.warning("%d more lines from the audio host were left out", self.left_out)
                self.left_out = 0
            self._window_start, self._in_window = now, 0
        if self._in_window >= BURST:
            self.left_out += 1
            return
        self._in_window += 1
        log.info("%s", text)
