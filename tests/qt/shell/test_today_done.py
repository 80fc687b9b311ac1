"""Today says a programme's session is done only when it was: short attempts stopped early never add up to it, and
a session skipped through to its end is not it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_programmes_dir
from workout_timer.domain.history.following import Following
from workout_timer.domain.history.records import Result
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell.main_window import MainWindow

PLAN = "version: 1\nname: Short plan\nweeks:\n  - days: {1: short-test, 3: short-test}\n"


def tick(main: MainWindow, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1.0)
        assert main.session.driver is not None
        main.session.driver.wake()


def start_from_today(qtbot: QtBot, main: MainWindow, clock: FakeClock) -> None:
    today = main.today_screen.view
    assert main.current_view() is today
    clock.advance(GUARD + 0.1)  # the moment it takes to read it
    qtbot.keyClick(today, Qt.Key.Key_Return)
    assert main.current_view() is main.session.player_view


def stop(qtbot: QtBot, main: MainWindow, clock: FakeClock) -> None:
    """Esc and Enter: stopped, then back from the summary."""
    player = main.session.player_view
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert player.asking_to_stop()
    clock.advance(1.0)
    qtbot.keyClick(player, Qt.Key.Key_Return)
    summary = main.session.summary_view
    assert main.current_view() is summary
    clock.advance(GUARD + 0.1)
    qtbot.keyClick(summary, Qt.Key.Key_Return)


def test_two_short_stopped_attempts_leave_todays_session_to_do(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    main = app_window(qtbot, clock, tmp_path)
    user_programmes_dir().mkdir(parents=True, exist_ok=True)
    (user_programmes_dir() / "short-plan.yaml").write_text(PLAN)
    main.history.follow(Following("short-plan", main.today_screen.today()))
    main.show_today()
    headline = main.today_screen.view.headline
    assert headline.text() == "Today: Short test session, as written."
    for _ in range(2):  # 5 s getting ready, the plank's 20 s, a rest, 10 s of side plank: half a minute each
        start_from_today(qtbot, main, clock)
        tick(main, clock, 47)
        stop(qtbot, main, clock)
        assert main.current_view() is main.today_screen.view
    sessions = main.history.sessions()
    assert [(s.result, s.work_seconds) for s in sessions] == [(Result.ABANDONED, 30.0)] * 2, "kept as they were"
    assert headline.text() == "Today: Short test session, as written.", "not done: nothing was finished"
    assert main.today_screen.view.week.item(0).text().endswith("Short test session · today")

    start_from_today(qtbot, main, clock)  # skipped through to its end: "The routine is over", not today's session
    tick(main, clock, 8)  # into the plank: some exercise
    player = main.session.player_view
    while main.session.driver is not None:
        qtbot.keyClick(player, Qt.Key.Key_Right)
    summary = main.session.summary_view
    assert main.current_view() is summary and "The routine is over" in summary.text.toPlainText()
    clock.advance(GUARD + 0.1)
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    assert main.history.sessions()[-1].result is Result.COMPLETED
    assert headline.text() == "Today: Short test session, as written.", "not done: it was skipped through"

    start_from_today(qtbot, main, clock)  # and this time to its end
    tick(main, clock, 80)
    qtbot.keyClick(player, Qt.Key.Key_Return)  # Done with the push-ups
    assert main.current_view() is summary
    clock.advance(GUARD + 0.1)
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    assert main.current_view() is main.today_screen.view
    assert headline.text() == "Done for today: Short test session. Well done!"
    main.close()
