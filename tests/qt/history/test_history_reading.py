"""The history's pictures read by a screen reader: the calendar and the charts say in words what they draw."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, start_from_the_preview
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.dates import short_day
from workout_timer.qt.history.history_view import HistoryView
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path, check_ins=True)
    yield main
    main.close()


def read(widget: QWidget) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_the_calendar_and_the_charts_say_what_they_show(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start_from_the_preview(qtbot, window, clock)
    clock.advance(1.0)
    for key in (Qt.Key.Key_4, Qt.Key.Key_Return):  # pain 4 before
        qtbot.keyClick(window.session.check_in_view, key)
    for _ in range(70 + 30):  # to the push-ups (40 s of work before them), then 30 s of push-ups
        clock.advance(1.0)
        window.session.driver.wake()  # type: ignore[union-attr]
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Return)  # done: 70 s exercised, an active day
    clock.advance(1.0)
    for key in (Qt.Key.Key_2, Qt.Key.Key_Return):  # 2 after
        qtbot.keyClick(window.session.check_in_view, key)
    clock.advance(1.0)
    qtbot.keyClick(window.session.summary_view, Qt.Key.Key_Return)
    window.show_history()
    view = window.current_view()
    assert isinstance(view, HistoryView)

    today = short_day(dt.date.today())
    assert read(view.calendar) == ("Active days", f"1 active day in the last 4 weeks: {today}.")
    name, minutes = read(view.minutes_chart)
    assert name == "Minutes a week" and minutes.startswith("Week of ") and minutes.endswith(": 1 minute.")
    assert read(view.pain_chart) == (
        "How your back felt",
        f"2 check-ins. The latest: 2 of 10, after a session on {today}. Lowest 2, highest 4.",
    )


def test_the_calendars_own_buttons_and_year_field_have_names(window: MainWindow) -> None:
    """Qt leaves the month arrows unnamed ("button") and the year field named by its number."""
    window.show_history()
    view = window.current_view()
    assert isinstance(view, HistoryView)
    parts = {
        part.objectName(): read(part)[0]
        for part in view.calendar.findChildren(QWidget)
        if part.objectName() in ("qt_calendar_prevmonth", "qt_calendar_nextmonth", "qt_calendar_yearedit")
    }
    assert parts == {
        "qt_calendar_prevmonth": "Previous month",
        "qt_calendar_nextmonth": "Next month",
        "qt_calendar_yearedit": "Year",
    }
