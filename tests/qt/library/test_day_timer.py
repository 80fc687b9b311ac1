"""The day turning at midnight: one timer set for the next local midnight, set again each time it fires."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from workout_timer.domain.common.clock import FakeClock, until_midnight
from workout_timer.qt.library.day_timer import PAST_MIDNIGHT, DayTimer

DAY = dt.date(2026, 12, 6)


def at(day: dt.date, hour: int, minute: int = 0) -> float:
    return dt.datetime.combine(day, dt.time(hour, minute)).timestamp()


def test_until_midnight_is_the_rest_of_the_local_day() -> None:
    assert until_midnight(lambda: at(DAY, 23, 59)) == 60.0
    assert until_midnight(lambda: at(DAY, 0)) == at(DAY + dt.timedelta(days=1), 0) - at(DAY, 0)


def test_set_for_just_past_midnight_and_again_each_time_it_fires(qtbot: QtBot) -> None:
    wall = FakeClock(at(DAY, 23, 59))
    days = DayTimer(wall)
    assert days.timer.isActive() and days.timer.isSingleShot()  # one timer, nothing polls
    assert days.timer.interval() == (60 + PAST_MIDNIGHT) * 1000
    with qtbot.assertNotEmitted(days.dayChanged):
        days.timer.timeout.emit()  # fired early, the wall clock still on the same day (set back): set again only
    assert days.timer.isActive() and days.day == DAY
    wall.set(at(DAY + dt.timedelta(days=1), 0) + PAST_MIDNIGHT)
    with qtbot.waitSignal(days.dayChanged, timeout=1000):
        days.timer.timeout.emit()
    assert days.day == DAY + dt.timedelta(days=1)
    tomorrow = at(DAY + dt.timedelta(days=2), 0) - wall()
    assert days.timer.isActive() and days.timer.interval() == round((tomorrow + PAST_MIDNIGHT) * 1000)
