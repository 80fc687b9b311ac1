"""How late a bare timer fires on this machine right now: the yardstick for timing checks under load.

A test whose point is timing (a tone at its planned moment) runs a probe alongside the app and allows
the app the lateness the machine itself gave a plain timed wait in the same minutes, over its own budget:
the app's own lateness still fails the test, a machine busy with other work does not.
"""

from __future__ import annotations

import threading
import time
from types import TracebackType

TICK = 0.05
"""Seconds each of the probe's timed waits asks for."""


class TimerProbe:
    """Waits TICK again and again in a thread of its own while in use, noting how late each wake-up was."""

    def __init__(self) -> None:
        self.lateness: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="timer-probe")

    def __enter__(self) -> TimerProbe:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(10)

    def _run(self) -> None:
        """Each wait is a timed one on purpose: its lateness is what is measured. Ending the probe cuts the wait
        short, and that last one is not counted."""
        while True:
            asked = time.monotonic() + TICK
            if self._stop.wait(TICK):
                return
            self.lateness.append(max(0.0, time.monotonic() - asked))

    def worst(self) -> float:
        """The latest a wake-up came, in seconds (0 before the first)."""
        return max(self.lateness, default=0.0)
