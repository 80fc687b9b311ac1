"""Driving the check-in and whole sessions through the real window, for the check-in's and the progression's tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell.main_window import MainWindow


def press(qtbot: QtBot, main: MainWindow, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(main.current_view() or main, key)


def start(qtbot: QtBot, main: MainWindow, clock: FakeClock, routine: str = "short-test") -> None:
    """Open a routine's preview, press Start, and take the moment a user needs to read the check-in."""
    entry = main.library.find(routine)
    assert entry is not None
    main.show_preview(entry)
    settle(clock)  # the moment it takes to read the preview
    press(qtbot, main, Qt.Key.Key_Return)
    settle(clock)


def settle(clock: FakeClock) -> None:
    """The moment a user takes to read a new question: keys before it belong to the screen before."""
    clock.advance(GUARD + 0.1)


def do_the_whole_session(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """Every step to its end on the fake clock, the push-ups (the last step, at your own pace) with Done."""
    for _ in range(300):
        assert window.session.driver is not None
        if window.session.driver.snapshot().length is None:
            break
        clock.advance(1.0)
        window.session.driver.wake()
    clock.advance(30.0)  # the push-ups take their time: more than the minute of exercise a session needs to count
    press(qtbot, window, Qt.Key.Key_Return)


def too_easy_session(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """A whole session from the preview, no check-in before, pain 1 and "too easy" after."""
    start(qtbot, window, clock)
    press(qtbot, window, Qt.Key.Key_Escape)  # no check-in before
    do_the_whole_session(qtbot, window, clock)
    settle(clock)
    press(qtbot, window, Qt.Key.Key_1, Qt.Key.Key_E, Qt.Key.Key_Return)
