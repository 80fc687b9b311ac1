"""Clocks: the engine asks one for the time instead of counting ticks.

Production code uses `time.monotonic`; tests and simulations use `FakeClock` and move it by hand.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

Clock = Callable[[], float]
"""Returns seconds on a clock that never goes backwards."""
WallClock = Callable[[], float]
"""Returns Unix time now: `time.time` in the app and the command line, a fake one in tests. Every "today" of the
app is this clock's local day (`today_by`), injected as the monotonic clock is: a test sets the day by setting it."""
Sleep = Callable[[float], object]
"""Waits so many seconds on a clock, holding up its caller."""


def today_by(wall_clock: WallClock) -> dt.date:
    """The local calendar day it is by `wall_clock`."""
    return dt.date.fromtimestamp(wall_clock())


def until_midnight(wall_clock: WallClock) -> float:
    """Seconds from now to the next local midnight by `wall_clock`: when "today" turns (a day of 23 or 25 hours,
    as the clocks change, included)."""
    now = wall_clock()
    tomorrow = dt.date.fromtimestamp(now) + dt.timedelta(days=1)
    return max(0.0, dt.datetime.combine(tomorrow, dt.time()).timestamp() - now)


def sleep_for(clock: Clock) -> Sleep | None:
    """How to wait on `clock` without a timer: `time.sleep` for the monotonic clock; None for any other
    (a fake clock moves only when a test moves it)."""
    return time.sleep if clock is time.monotonic else None


class FakeClock:
    """A monotonic clock that only moves when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self.now += seconds
        return self.now

    def set(self, when: float) -> None:
        if when < self.now:
            raise ValueError("a monotonic clock never goes back")
        self.now = when
