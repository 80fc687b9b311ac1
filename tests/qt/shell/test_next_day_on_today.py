"""The next-day question reaches a runner who follows a programme, whose window opens on Today."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.shell.test_next_day_question import trained
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.dates import Form, written
from workout_timer.domain.common.paths import history_path
from workout_timer.domain.history.exercise_states import next_day_answers
from workout_timer.domain.history.following import Following
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.qt.library.next_day_bar import NextDayBar


def test_a_runner_on_today_sees_the_next_day_question(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    trained(catalogue, days_ago=1)
    store = HistoryStore(history_path())
    store.follow(Following("back-on-track", dt.date.today() - dt.timedelta(days=1)))
    store.close()
    main = app_window(qtbot, clock, tmp_path)
    qtbot.waitUntil(lambda: main._history is not None, timeout=2000)
    main.open_on_today()
    assert main.current_view() is main.today_screen.view
    qtbot.waitUntil(lambda: main.findChild(NextDayBar) is not None, timeout=2000)
    bar = main.findChild(NextDayBar)
    assert bar is not None
    assert bar.isVisible(), "the question is asked on a screen the runner does not see"
    main.close()


def test_the_question_stays_with_the_home_screens_and_never_shows_over_a_session(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    trained(catalogue, days_ago=1)
    main = app_window(qtbot, clock, tmp_path)
    qtbot.waitUntil(lambda: main.findChild(NextDayBar) is not None, timeout=2000)
    bar = main.findChild(NextDayBar)
    assert bar is not None and bar.isVisible()
    main.show_today()
    assert bar.isVisible()  # Today is home too
    qtbot.keyClick(main.today_screen.view.programmes, Qt.Key.Key_Escape)  # Esc on Today: the routines
    assert main.current_view() is main.library_view and bar.isVisible()
    entry = main.library.find("short-test")
    assert entry is not None
    main.show_preview(entry)
    assert not bar.isVisible()
    main.start_session(entry)
    assert main.current_view() is main.session.player_view and not bar.isVisible()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    qtbot.keyClick(main.session.player_view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert next_day_answers(main.history) == {}  # its keys sleep while it is hidden
    main.close()


def test_today_goes_by_the_historys_wall_clock(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    main = app_window(qtbot, clock, tmp_path)
    wall_day = dt.date.today() + dt.timedelta(days=10)
    noon = dt.datetime.combine(wall_day, dt.time(12)).timestamp()
    main._history = HistoryStore(history_path(), wall_clock=lambda: noon)
    main.show_today()
    today = main.today_screen.view
    qtbot.keyClick(today.programmes, Qt.Key.Key_Return)  # started today, by that clock
    assert main.history.following() == Following("back-on-track", wall_day)
    days = [today.week.item(row).text() for row in range(today.week.count())]
    assert days[0] == f"{written(wall_day, Form.WEEKDAY_DAY)}  Gentle back care · today"
    main.close()
