"""The day turning at midnight, for screens that show "today": one timer, set for the next local midnight.

A single-shot timer is set for the next midnight by the wall clock (`clock.until_midnight`) and set again each time
it fires: nothing polls. It fires a second after midnight, precisely (a coarse timer may fire minutes early over
hours), and one that fires while it is still the same day by the wall clock (the clock was set back) only sets itself
again. `dayChanged` says the day turned.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from workout_timer.domain.common.clock import WallClock, today_by, until_midnight

PAST_MIDNIGHT = 1.0
"""Seconds after midnight the timer fires: the new day, with no doubt about it."""


class DayTimer(QObject):
    """Emits `dayChanged` when the local day by `wall_clock` turns.

    Signals:
        dayChanged: it is a new day.
    """

    dayChanged = Signal()

    def __init__(self, wall_clock: WallClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wall_clock = wall_clock
        self.day = today_by(wall_clock)
        """The day it is, by the wall clock, as of the last time the timer was set."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._fired)
        self._arm()

    def _arm(self) -> None:
        self.timer.start(math.ceil((until_midnight(self._wall_clock) + PAST_MIDNIGHT) * 1000))

    def _fired(self) -> None:
        day = today_by(self._wall_clock)
        turned, self.day = day != self.day, day
        self._arm()
        if turned:
            self.dayChanged.emit()
