"""The daily reminder's process (`workout-timer remind`): it waits for the chosen time, asks through a
notification, and carries out the answer. The desktop starts it at each login (an XDG autostart entry);
it ends when the reminder is turned off.

Its clock is the wall clock, read through `now` (tests give their own): the timer only wakes it, at most
`RECHECK` apart, and each wake compares the time with the one due, so a suspended laptop or a changed
clock never makes it late by more than that.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from workout_timer.domain.desktop.reminders import (
    DEFAULT_TIME,
    LATER,
    LATER_BY,
    START,
    buttons,
    done_day,
    next_reminder,
    parse_time,
    when_due,
)
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.desktop.notifications import Notifier

RECHECK = dt.timedelta(minutes=5)
"""The longest the reminder sleeps without reading the clock and the settings again."""
log = logging.getLogger("workout_timer.reminder")


class Reminder(QObject):
    """Asks once a day at the time the settings hold, unless today's goal is met.

    `today_minutes` reads the minutes exercised today from the history; `start_app` opens the app on a
    routine when the user says "Start now".

    Signals:
        finished(): the reminder was turned off; the process may end.
    """

    finished = Signal()

    def __init__(
        self,
        settings: Settings,
        notifier: Notifier,
        today_minutes: Callable[[], float],
        start_app: Callable[[], None],
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.notifier = notifier
        self._today_minutes = today_minutes
        self._start_app = start_app
        self._now = now
        self._later: dt.datetime | None = None
        self.due: dt.datetime | None = None
        self.asking = False
        """A notification is out, waiting for an answer."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.wake)
        notifier.chosen.connect(self._on_chosen)
        notifier.closed.connect(self._on_closed)

    def arm(self) -> None:
        """Work out when to ask next (the settings read afresh: the app may have changed them) and wait."""
        self.settings.store.sync()
        if not self.settings.reminder:
            self.timer.stop()
            self.due = None
            self.finished.emit()
            return
        at = parse_time(self.settings.reminder_time) or DEFAULT_TIME
        now = self._now()
        self.due = next_reminder(now, at, done_day(self.settings.reminder_done_on), self._later)
        wait = min(self.due - now, RECHECK)
        self.timer.start(max(0, int(wait.total_seconds() * 1000)))
        log.info("Next reminder %s", self.due.isoformat(timespec="minutes"))

    def wake(self) -> None:
        if self.asking:
            return
        self.settings.store.sync()
        if not self.settings.reminder or self.due is None or self._now() < self.due:
            self.arm()
            return
        due = when_due(self._today_minutes(), self.settings.daily_goal)
        if not due.ask:
            log.info("Today's goal is met: no reminder today")
            self._day_done()
        elif self.notifier.show(*due.words, buttons()):
            self.asking = True
        else:
            log.warning("The reminder could not be shown: %s", self.notifier.problem)
            self._day_done()

    def _on_chosen(self, key: str) -> None:
        self.asking = False
        log.info("Reminder answered: %s", key)
        if key == LATER:
            self._later = self._now() + LATER_BY
            self.arm()
            return
        if key == START:
            self._start_app()
        self._day_done()

    def _on_closed(self) -> None:
        self.asking = False
        self._day_done()

    def _day_done(self) -> None:
        self._later = None
        self.settings.reminder_done_on = self._now().date().isoformat()
        self.arm()
