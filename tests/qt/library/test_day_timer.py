"""The day turning at midnight: one timer set for the next local midnight, set again each time it fires."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from workout_timer.domain.common.clock import FakeClock, today_by, until_midnight
from workout_timer.qt.library.day_timer import LONGEST_WAIT, PAST_MIDNIGHT, DayTimer

DAY = dt.date(2026, 12, 6)


def at(day: dt.date, hour: int, minute: int = 0) -> float:
    return dt.datetime.combine(day, dt.time(hour, minute)).timestamp()


def test_until_midnight_is_the_rest_of_the_local_day() -> None:
    assert until_midnight(lambda: at(DAY, 23, 59)) == 60.0
    assert until_midnight(lambda: at(DAY, 0)) == at(DAY + dt.timedelta(days=1), 0) - at(DAY, 0)


def test_set_for_just_past_midnight_and_again_each_time_it_fires(qtbot: QtBot) -> None:
    wall = FakeClock(at(DAY, 23, 59))
    days = DayTimer(lambda: today_by(wall), wall)
    assert days.timer.isActive() and days.timer.isSingleShot()  # one timer, nothing polls
    assert days.timer.interval() == (60 + PAST_MIDNIGHT) * 1000
    with qtbot.assertNotEmitted(days.dayChanged):
        days.timer.timeout.emit()  # fired early, the wall clock still on the same day (set back): set again only
    assert days.timer.isActive()
    wall.set(at(DAY + dt.timedelta(days=1), 0) + PAST_MIDNIGHT)
    with qtbot.waitSignal(days.dayChanged, timeout=1000):
        days.timer.timeout.emit()
    with qtbot.assertNotEmitted(days.dayChanged):
        days.timer.timeout.emit()  # the same new day: told once
    assert days.timer.isActive() and days.timer.interval() == LONGEST_WAIT * 1000  # midnight is far: checks again


def test_a_sleep_across_midnight_is_caught_when_the_window_is_shown_or_activated_or_the_app_active(
    qtbot: QtBot,
) -> None:
    """The bug: one long timer on the monotonic clock, which stops while the laptop sleeps: Today kept yesterday
    after a night asleep. Each of these checks the day again, and the timer never waits long."""
    wall = FakeClock(at(DAY, 22))
    window = QWidget()
    qtbot.addWidget(window)
    days = DayTimer(lambda: today_by(wall), wall, watch=window)
    assert days.timer.interval() == LONGEST_WAIT * 1000  # two hours to midnight: checked again sooner
    with qtbot.assertNotEmitted(days.dayChanged):
        window.show()  # the same day: nothing to tell
        qtbot.waitExposed(window)
    window.hide()
    wall.set(at(DAY + dt.timedelta(days=1), 7))  # asleep all night: the timer never fired
    with qtbot.waitSignal(days.dayChanged, timeout=1000):
        window.show()
    wall.set(at(DAY + dt.timedelta(days=2), 7))
    with qtbot.waitSignal(days.dayChanged, timeout=1000):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    wall.set(at(DAY + dt.timedelta(days=3), 7))
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    with qtbot.waitSignal(days.dayChanged, timeout=1000):
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # as Qt says it after a wake


def test_the_day_is_the_owners_today_not_a_copy(qtbot: QtBot) -> None:
    """The timer keeps no "today" of its own: it asks the one it was given, whatever its clock says."""
    wall = FakeClock(at(DAY, 12))
    shown = [DAY]
    days = DayTimer(lambda: shown[0], wall)
    wall.set(at(DAY + dt.timedelta(days=1), 12))
    with qtbot.assertNotEmitted(days.dayChanged):
        days.check()  # the owner's today has not turned
    shown[0] = DAY + dt.timedelta(days=1)
    with qtbot.waitSignal(days.dayChanged, timeout=1000):
        days.check()
