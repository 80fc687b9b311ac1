"""The reminder's process: it asks at the chosen time through a real notification (a stand-in server on a
private bus), carries out the answer, keeps quiet once today's goal is met, and ends when turned off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.qt.desktop.conftest import FakeServer
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.desktop.notifications import Notifier
from workout_timer.qt.desktop.reminder import RECHECK, Reminder

pytestmark = pytest.mark.slow  # a private session bus and a fake notification service

DAY = dt.date(2026, 12, 6)


class Wall:
    """A wall clock moved by hand."""

    def __init__(self) -> None:
        self.now = dt.datetime.combine(DAY, dt.time(9, 0))

    def __call__(self) -> dt.datetime:
        return self.now


def make(tmp_path: Path, bus: str, minutes: list[float], started: list[int]) -> tuple[Reminder, Wall, Settings]:
    settings = Settings(tmp_path / "settings.ini")
    settings.reminder = True
    settings.reminder_time = "18:00"
    wall = Wall()
    reminder = Reminder(settings, Notifier(bus), lambda: minutes[-1], lambda: started.append(1), wall)
    return reminder, wall, settings


def test_asks_at_the_time_and_later_asks_again_in_an_hour(
    qtbot: QtBot, tmp_path: Path, bus: str, server: FakeServer
) -> None:
    started: list[int] = []
    reminder, wall, settings = make(tmp_path, bus, [0.0], started)
    reminder.arm()
    assert reminder.due == dt.datetime.combine(DAY, dt.time(18, 0))
    assert reminder.timer.isActive() and reminder.timer.interval() == RECHECK.total_seconds() * 1000

    wall.now = dt.datetime.combine(DAY, dt.time(12, 0))
    reminder.wake()  # woken early (the timer's recheck): nothing yet
    assert not reminder.asking

    wall.now = dt.datetime.combine(DAY, dt.time(18, 0, 1))
    reminder.wake()
    shown = server.shown()
    assert shown["body"] == "10 minutes for your back today?" and reminder.asking
    with qtbot.waitSignal(reminder.notifier.chosen, timeout=5000):
        server.user(f"invoke {shown['id']} later")
    assert reminder.due == dt.datetime.combine(DAY, dt.time(19, 0, 1))

    wall.now = dt.datetime.combine(DAY, dt.time(19, 0, 2))
    reminder.wake()
    again = server.shown()
    with qtbot.waitSignal(reminder.notifier.chosen, timeout=5000):
        server.user(f"invoke {again['id']} start")
    assert started == [1]
    assert settings.reminder_done_on == DAY.isoformat()
    assert reminder.due == dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(18, 0))
    reminder.notifier.disconnect_from_bus()


def test_not_today_and_a_met_goal_keep_it_quiet_until_tomorrow(
    qtbot: QtBot, tmp_path: Path, bus: str, server: FakeServer
) -> None:
    minutes = [0.0]
    reminder, wall, settings = make(tmp_path, bus, minutes, [])
    settings.daily_goal = 15
    wall.now = dt.datetime.combine(DAY, dt.time(18, 30))  # the computer was off at 18:00
    reminder.arm()
    reminder.wake()
    shown = server.shown()
    assert shown["body"] == "15 minutes for your back today?"
    with qtbot.waitSignal(reminder.notifier.chosen, timeout=5000):
        server.user(f"invoke {shown['id']} not-today")
    tomorrow = DAY + dt.timedelta(days=1)
    assert reminder.due == dt.datetime.combine(tomorrow, dt.time(18, 0))

    minutes.append(20.0)  # tomorrow's session is done before the time
    wall.now = dt.datetime.combine(tomorrow, dt.time(18, 0))
    reminder.wake()
    assert not reminder.asking and settings.reminder_done_on == tomorrow.isoformat()
    assert reminder.due == dt.datetime.combine(tomorrow + dt.timedelta(days=1), dt.time(18, 0))
    reminder.notifier.disconnect_from_bus()


def test_turned_off_it_ends(qtbot: QtBot, tmp_path: Path, bus: str) -> None:
    reminder, wall, _settings = make(tmp_path, bus, [0.0], [])
    reminder.arm()
    other = Settings(tmp_path / "settings.ini")  # the app, turning it off
    other.reminder = False
    wall.now = dt.datetime.combine(DAY, dt.time(18, 0))
    with qtbot.waitSignal(reminder.finished, timeout=1000):
        reminder.wake()
    assert not reminder.timer.isActive()
    reminder.notifier.disconnect_from_bus()


def test_no_notification_service_counts_the_day_and_waits_for_tomorrow(tmp_path: Path, bus: str) -> None:
    reminder, wall, settings = make(tmp_path, bus, [0.0], [])
    wall.now = dt.datetime.combine(DAY, dt.time(18, 0))
    reminder.arm()
    reminder.wake()
    assert not reminder.asking and settings.reminder_done_on == DAY.isoformat()
    reminder.notifier.disconnect_from_bus()
