"""How late a bare timer fires on this machine right now: the yardstick for timing checks under load.

A test whose point is timing (a tone at its planned moment) runs a probe alongside the app and allows
the app the lateness the machine itself gave a plain sleep in the same minutes, over its own budget:
the app's own lateness still fails the test, a machine busy with other work does not.
"""

from __future__ import annotations

import threading
import time
from types import TracebackType

TICK = 0.05
"""Seconds each of the probe's sleeps asks for."""


class TimerProbe:
    """Sleeps TICK again and again in a thread of its own while in use, noting how late each wake-up was."""

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
        while not self._stop.is_set():
            asked = time.monotonic() + TICK
            time.sleep(TICK)
            self.lateness.append(max(0.0, time.monotonic() - asked))

    def worst(self) -> float:
        """The latest a wake-up came, in seconds (0 before the first)."""
        return max(self.lateness, default=0.0)
