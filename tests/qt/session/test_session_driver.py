"""The driver wakes the engine on time: Qt counts its timers in whole milliseconds and its event loop rounds
its wait up again, so the timer comes a moment early and the driver sleeps out the rest."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from workout_timer.domain.common.clock import FakeClock, sleep_for
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.events import Event, SegmentStarted
from workout_timer.qt.session.session_driver import EARLY, SessionDriver


def started(driver: SessionDriver) -> tuple[float, list[Event]]:
    happened: list[Event] = []
    driver.happened.connect(happened.extend)
    driver.start()  # no sound to wait for: it starts at once
    assert driver.engine.started_at is not None
    return driver.engine.started_at, happened


def test_a_new_step_starts_on_time_though_the_timer_counts_whole_milliseconds(
    qtbot: QtBot, clock: FakeClock, short_timeline: Timeline
) -> None:
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.advance(seconds)

    driver = SessionDriver(short_timeline, clock, sleep=sleep)
    start, happened = started(driver)
    clock.set(start + 4.0)  # the last second of the 5-s get-ready
    driver.wake()
    assert driver._timer.interval() < 1000, "set a moment before the step is due"
    clock.set(start + 5.0 - 0.0015)  # the timer comes, early as it was set
    driver._timer.timeout.emit()
    assert slept == [pytest.approx(0.0015)]
    plank = [event for event in happened if isinstance(event, SegmentStarted) and event.segment.index == 1]
    assert len(plank) == 1
    assert plank[0].t == pytest.approx(plank[0].planned, abs=1e-9) == 5.0  # not a millisecond late


def test_without_a_way_to_sleep_the_timer_is_never_early_and_an_early_one_changes_nothing(
    qtbot: QtBot, clock: FakeClock, short_timeline: Timeline
) -> None:
    driver = SessionDriver(short_timeline, clock)
    start, happened = started(driver)
    clock.set(start + 4.0)
    driver.wake()
    assert driver._timer.interval() == 1000
    before = len(happened)
    clock.set(start + 5.0 - 0.0015)
    driver._timer.timeout.emit()
    assert len(happened) == before  # nothing due yet: no sleep, and the step waits for its moment
    clock.set(start + 5.0)
    driver._timer.timeout.emit()
    assert any(isinstance(event, SegmentStarted) for event in happened[before:])


def test_a_timer_that_comes_late_or_far_too_early_is_never_slept_on(
    qtbot: QtBot, clock: FakeClock, short_timeline: Timeline
) -> None:
    slept: list[float] = []
    driver = SessionDriver(short_timeline, clock, sleep=slept.append)
    start, _ = started(driver)
    clock.set(start + 5.0 + 0.004)  # late (a busy machine): at once
    driver._timer.timeout.emit()
    clock.set(start + 6.0 - EARLY - 0.1)  # far too early (cannot happen with Qt): woken, nothing slept
    driver._timer.timeout.emit()
    assert slept == []


def test_only_the_real_clock_is_slept_on() -> None:
    assert sleep_for(time.monotonic) is time.sleep
    assert sleep_for(FakeClock()) is None  # a fake clock moves when a test moves it
