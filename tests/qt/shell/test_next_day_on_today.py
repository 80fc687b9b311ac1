"""The next-day question reaches a runner who follows a programme, whose window opens on Today."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.history_files import ran_to_its_end
from tests.helpers.reading import described
from tests.qt.shell.test_next_day_question import trained
from workout_timer.domain.care.exercise_progress import NextDay
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


def test_today_goes_by_the_windows_wall_clock(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    wall_day = dt.date.today() + dt.timedelta(days=10)
    noon = dt.datetime.combine(wall_day, dt.time(12)).timestamp()
    main = app_window(qtbot, clock, tmp_path, wall_clock=lambda: noon)
    assert main.history.now() == noon  # the history's clock is the window's
    main.show_today()
    today = main.today_screen.view
    qtbot.keyClick(today.programmes, Qt.Key.Key_Return)  # started today, by that clock
    assert main.history.following() == Following("back-on-track", wall_day)
    days = [today.week.item(row).text() for row in range(today.week.count())]
    assert days[0] == f"{written(wall_day, Form.WEEKDAY_DAY)}  Gentle back care · today"
    main.close()


def test_with_the_window_open_across_midnight_today_and_the_question_move_to_the_new_day(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    """Today kept yesterday's plan, its "done", its streak, and the next-day question never came, until the app was
    opened again: the timer set for midnight (fired here by hand) moves them all to the new day."""
    from tests.helpers.paper_history import at

    day = dt.date.today() + dt.timedelta(days=30)
    wall = FakeClock(at(day, 12))
    store = HistoryStore(history_path(), wall_clock=wall)
    store.follow(Following("back-on-track", day))
    store.close()
    trained_on(catalogue, wall)  # today's session, at noon
    wall.set(at(day, 23) + 59 * 60)
    main = app_window(qtbot, clock, tmp_path, wall_clock=wall)
    qtbot.waitUntil(lambda: main.days is not None, timeout=2000)
    today = main.today_screen.view
    assert main.current_view() is today and main.findChild(NextDayBar) is None  # the same day: nothing to ask
    week = [today.week.item(row).text() for row in range(today.week.count())]
    assert week[0] == f"{written(day, Form.WEEKDAY_DAY)}  Gentle back care · done"
    assert today.headline.text().startswith("Done for today")
    assert described(today.week) == ("This week", today.headline.text())  # no Start: the focus lands on the week
    assert main.days is not None
    wall.set(at(day + dt.timedelta(days=1), 0) + 1)
    main.days.timer.timeout.emit()
    bar = main.findChild(NextDayBar)
    assert bar is not None and bar.isVisible()  # how is your back compared to yesterday?
    week = [today.week.item(row).text() for row in range(today.week.count())]
    assert week[1] == f"{written(day + dt.timedelta(days=1), Form.WEEKDAY_DAY)}  Rest"
    assert today.headline.text().startswith("Today is a rest day.")
    assert described(today.week)[1] == today.headline.text()
    assert today.streak.text().startswith("Streak: 1 session") and main.days.timer.isActive()
    main.close()


def test_a_laptop_asleep_across_midnight_moves_to_the_new_day_when_the_window_is_activated(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    """The bug: the midnight timer runs on the monotonic clock, which stops while the laptop sleeps, and Today kept
    yesterday's plan all morning. Coming back to the window checks the day again."""
    from tests.helpers.paper_history import at

    day = dt.date.today() + dt.timedelta(days=30)
    wall = FakeClock(at(day, 12))
    store = HistoryStore(history_path(), wall_clock=wall)
    store.follow(Following("back-on-track", day))
    store.close()
    trained_on(catalogue, wall)
    wall.set(at(day, 22))
    main = app_window(qtbot, clock, tmp_path, wall_clock=wall)
    qtbot.waitUntil(lambda: main.days is not None, timeout=2000)
    today = main.today_screen.view
    assert today.headline.text().startswith("Done for today")
    main.hide()  # the lid closed
    wall.set(at(day + dt.timedelta(days=1), 7))  # asleep all night: no timer fired
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: main.findChild(NextDayBar) is not None, timeout=2000)
    assert today.headline.text().startswith("Today is a rest day.")
    main.close()


def test_the_daily_goal_note_goes_by_the_windows_wall_clock_and_starts_again_at_midnight(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    """The bug: the routines' goal note counted the minutes of the computer's today, not the window's, and kept
    yesterday's minutes after midnight."""
    from tests.helpers.paper_history import at

    day = dt.date.today() + dt.timedelta(days=30)
    wall = FakeClock(at(day, 12))
    trained_on(catalogue, wall)  # five minutes of exercise, today by the window's clock
    wall.set(at(day, 23) + 59 * 60)
    main = app_window(qtbot, clock, tmp_path, wall_clock=wall)
    qtbot.waitUntil(lambda: main.days is not None, timeout=2000)
    main.settings.daily_goal = 15.0
    main.show_library()
    note = main.library_view.goal
    assert note.isVisibleTo(main) and note.text() == "Today: 5 of 15 minutes. A short routine would do it."
    assert main.days is not None
    wall.set(at(day + dt.timedelta(days=1), 0) + 1)
    main.days.timer.timeout.emit()
    assert note.text() == "Today's goal: 15 minutes. Even a short routine counts."
    main.close()


def trained_on(catalogue: Catalogue, wall: FakeClock) -> None:
    """A whole session of the short routine, by `wall`'s clock."""
    from tests.conftest import SHORT_ROUTINE
    from workout_timer.domain.routines.loading import load_routine_text
    from workout_timer.domain.routines.timeline import build_timeline
    from workout_timer.domain.session.summary import SessionSummary

    store = HistoryStore(history_path(), wall_clock=wall)
    routine = load_routine_text(SHORT_ROUTINE, "back-care-mobility.yaml", catalogue, "back-care-mobility")
    summary = SessionSummary(build_timeline(routine))
    session = store.begin(summary)
    summary.work = 300.0
    store.record(session, ran_to_its_end(summary.timeline, 400.0))
    store.close()


def test_answered_next_day_bars_go_and_each_midnight_leaves_one_at_most(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    """The bug: answered bars were never deleted, and a new one came each midnight with the window open."""
    from tests.helpers.paper_history import at

    day = dt.date.today() + dt.timedelta(days=30)
    wall = FakeClock(at(day, 12))
    trained_on(catalogue, wall)
    wall.set(at(day, 23) + 59 * 60)
    main = app_window(qtbot, clock, tmp_path, wall_clock=wall)
    qtbot.waitUntil(lambda: main.days is not None, timeout=2000)
    assert main.days is not None
    for night in (1, 2, 3):
        wall.set(at(day + dt.timedelta(days=night), 0) + 1)
        main.days.timer.timeout.emit()
        (bar,) = main.findChildren(NextDayBar)
        qtbot.mouseClick(bar.buttons[NextDay.BETTER], Qt.MouseButton.LeftButton)  # answered: nothing to reply
        qtbot.waitUntil(lambda: main.findChildren(NextDayBar) == [], timeout=2000)
        wall.set(at(day + dt.timedelta(days=night), 12))
        trained_on(catalogue, wall)  # trained again that day: asked again after midnight
        wall.set(at(day + dt.timedelta(days=night), 23) + 59 * 60)
    wall.set(at(day + dt.timedelta(days=4), 0) + 1)
    main.days.timer.timeout.emit()
    assert len(main.findChildren(NextDayBar)) == 1  # asked, left unanswered
    wall.set(at(day + dt.timedelta(days=5), 0) + 1)  # not answered: about the day before yesterday now
    main.days.timer.timeout.emit()
    qtbot.waitUntil(lambda: main.findChildren(NextDayBar) == [], timeout=2000)
    main.close()
