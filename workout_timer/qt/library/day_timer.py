"""The day turning at midnight, for screens that show "today": it tells them when "today" is no longer the day they
were brought to.

"Today" has one owner, the function given (Today's, by the history's wall clock); this only checks it, at these
moments:

- the next local midnight by the wall clock (`clock.until_midnight`), a second past it, precisely (a coarse timer
  may fire minutes early over hours): one single-shot timer, set again each time it fires. A timer that fires while
  it is still the same day (the clock was set back) only sets itself again;
- a timer runs on the monotonic clock, which stops while the computer sleeps: a laptop asleep across midnight would
  wake with the timer hours late. So the timer never waits more than `LONGEST_WAIT`, and the day is checked again
  whenever the application becomes active or the watched window is shown or activated (as it is when the runner
  comes back to it after a wake; Qt says nothing of the wake itself on every desktop).

`dayChanged` says the day turned.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from workout_timer.domain.common.clock import WallClock, until_midnight

PAST_MIDNIGHT = 1.0
"""Seconds after midnight the timer fires: the new day, with no doubt about it."""
LONGEST_WAIT = 15 * 60.0
"""The longest the timer waits before checking the day again: after a sleep across midnight, the day turns within
this much time awake, even if the window is never activated."""
CHECKED_ON = (QEvent.Type.Show, QEvent.Type.WindowActivate)
"""The watched window's events that check the day again."""


class DayTimer(QObject):
    """Emits `dayChanged` when `today` (the one source of the screens' day) turns to another day; `wall_clock` (the
    clock `today` goes by) says when midnight is. `watch`: the window whose showing or activation checks again.

    Signals:
        dayChanged: it is a new day.
    """

    dayChanged = Signal()

    def __init__(
        self,
        today: Callable[[], dt.date],
        wall_clock: WallClock,
        parent: QObject | None = None,
        watch: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._wall_clock = wall_clock
        self._told = today()
        """The day the screens were last brought to: the day `today` said when last checked (not a second
        "today": it is what a check compares `today` with)."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.check)
        if watch is not None:
            watch.installEventFilter(self)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
        self._arm()

    def _arm(self) -> None:
        wait = min(until_midnight(self._wall_clock) + PAST_MIDNIGHT, LONGEST_WAIT)
        self.timer.start(math.ceil(wait * 1000))

    def check(self) -> None:
        """Tell the screens if the day turned since they were last brought to it, and set the timer again (after a
        sleep the time left to midnight is not what it was)."""
        day = self._today()
        turned, self._told = day != self._told, day
        self._arm()
        if turned:
            self.dayChanged.emit()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state is Qt.ApplicationState.ApplicationActive:
            self.check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in CHECKED_ON:
            self.check()
        return super().eventFilter(watched, event)
