"""The history in the real window: what counts as a session, the pain chart, and the CSV export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QCategoryAxis, QLegend, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, start_from_the_preview
from workout_timer.domain.care.back_care import CheckIn, Effort, Moment
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.history.history_view import HistoryView
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def tick(main: MainWindow, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1.0)
        assert main.session.driver is not None
        main.session.driver.wake()


def history_view(main: MainWindow) -> HistoryView:
    main.show_history()
    view = main.current_view()
    assert isinstance(view, HistoryView)
    return view


def test_a_trial_from_the_editor_is_not_a_session(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    window.library_view.select("short-test")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = window.current_view()
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    tick(window, clock, 90)
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Return)  # done with the push-ups
    assert window.current_view() is window.session.summary_view
    qtbot.mouseClick(window.session.summary_view.again_button, Qt.MouseButton.LeftButton)  # once more: still a trial
    tick(window, clock, 30)
    window.session.driver.stop()  # type: ignore[union-attr]
    qtbot.mouseClick(window.session.summary_view.library_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is editor
    assert window.history.sessions() == []
    view = history_view(window)
    assert view.sessions.count() == 0 and view.streak.text() == "No sessions yet: your first one will show here."

    qtbot.keyClick(view, Qt.Key.Key_Escape)  # a real session after the trials is kept
    start_from_the_preview(qtbot, window, clock)
    tick(window, clock, 90)
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Return)
    assert [record.routine_id for record in window.history.sessions()] == ["short-test"]


def test_the_time_exercised_is_kept_as_the_session_goes(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    start_from_the_preview(qtbot, window, clock)
    tick(window, clock, 12)  # 5 s getting ready, 7 s of plank
    (running,) = window.history.sessions()
    assert running.result.value == "running" and running.ended_at is not None
    assert running.active_seconds == 10.0  # kept when the plank began, and 5 s into it
    tick(window, clock, 10)
    assert window.history.sessions()[0].active_seconds == 20.0  # and every 5 s within the step


def export_to(qtbot: QtBot, view: HistoryView, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Export as CSV… with `path` chosen in the file dialog."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path), "CSV (*.csv)"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)


def test_export_says_what_it_saved_and_what_failed(
    qtbot: QtBot,
    window: MainWindow,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    start_from_the_preview(qtbot, window, clock)
    tick(window, clock, 12)
    window.session.driver.stop()  # type: ignore[union-attr]
    (session,) = window.history.sessions()
    window.history.check_in(session.id, CheckIn(Moment.AFTER, 3, Effort.ABOUT_RIGHT))
    view = history_view(window)
    assert not view.export_note.isVisibleTo(view)

    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    export_to(qtbot, view, monkeypatch, a_file / "history.csv")
    note = view.export_note.text()
    assert view.export_note.isVisibleTo(view)
    assert note.startswith(f"Your history could not be saved to {a_file / 'history.csv'}: a part of the path")
    assert "Nothing was lost" in note
    assert "could not be exported" in caplog.text

    export_to(qtbot, view, monkeypatch, tmp_path)  # a folder, not a file
    assert "is a folder, not a file" in view.export_note.text()

    export_to(qtbot, view, monkeypatch, tmp_path / "history.csv")
    assert view.export_note.text() == f"Saved 1 session to {tmp_path / 'history.csv'}."
    lines = (tmp_path / "history.csv").read_text().splitlines()
    assert len(lines) == 2 and ",short-test,Short test session,abandoned," in lines[1]
    assert lines[0].endswith(",pain_after,effort,warning_signs_after,dial,routine_name_now")
    assert lines[1].endswith(",3,about-right,,normal,Short test session")

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)  # the disk fills while a new export is written
    export_to(qtbot, view, monkeypatch, tmp_path / "history.csv")
    monkeypatch.undo()
    assert "the disk is full" in view.export_note.text()
    assert (tmp_path / "history.csv").read_text().splitlines() == lines  # the earlier export, whole
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no half-written file


def test_the_pain_chart_shows_each_check_in_as_a_point_with_a_legend(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.settings.check_ins = True
    for before, after in ((Qt.Key.Key_4, Qt.Key.Key_2), (Qt.Key.Key_5, Qt.Key.Key_3)):
        start_from_the_preview(qtbot, window, clock)
        clock.advance(1.0)
        for key in (before, Qt.Key.Key_Return):
            qtbot.keyClick(window.session.check_in_view, key)
        window.session.driver.stop()  # type: ignore[union-attr]
        clock.advance(1.0)
        for key in (after, Qt.Key.Key_Return):
            qtbot.keyClick(window.session.check_in_view, key)
        clock.advance(1.0)
        qtbot.keyClick(window.session.summary_view, Qt.Key.Key_Return)
    view = history_view(window)
    chart = view.pain_chart.chart()
    series = chart.series()
    assert all(isinstance(s, QScatterSeries) for s in series)  # points, no line drawn through them
    before, after = series
    assert (before.name(), after.name()) == ("Before a session", "After a session")
    assert [p.y() for p in before.points()] == [4, 5] and [p.y() for p in after.points()] == [2, 3]
    assert before.markerShape() != after.markerShape() and before.color() != after.color()
    assert all(b.x() < a.x() for b, a in zip(before.points(), after.points(), strict=True))
    legend = chart.legend()
    assert legend.isVisible() and legend.markerShape() is QLegend.MarkerShape.MarkerShapeFromSeries
    assert [marker.label() for marker in legend.markers()] == ["Before a session", "After a session"]
    (x_axis,) = chart.axes(Qt.Orientation.Horizontal)
    assert isinstance(x_axis, QCategoryAxis)
    today = dt.date.today()
    assert x_axis.categoriesLabels() == [f"{today.day} {today.strftime('%b')}"]  # one label for the one day


def test_the_history_says_exercised_for_the_same_time_as_the_summary(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start_from_the_preview(qtbot, window, clock)
    tick(window, clock, 90)
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Return)  # done with the push-ups
    assert window.current_view() is window.session.summary_view
    said = window.session.summary_view.text.toPlainText()
    assert "1:00 of exercise, 1:30 in all" in said  # 90 s less getting ready and rests
    qtbot.mouseClick(window.session.summary_view.library_button, Qt.MouseButton.LeftButton)
    view = history_view(window)
    assert view.sessions.item(0).text().split("\n")[1].strip() == "1:00 exercised"
    view.sessions.setCurrentRow(0)
    assert "Finished after 1:30, with 1:00 of exercise." in view.details.text()
    assert view.streak.text() == "Streak: 1 day. This week: 1 minute."  # the minute exercised, not the 1:30 taken


def test_a_part_of_a_second_is_counted_alike_on_the_summary_and_in_the_history(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """The summary said "0:45 of exercise" (rounded up) where the history said "0:44" (rounded down)."""
    start_from_the_preview(qtbot, window, clock)
    tick(window, clock, 74)  # 40 s of exercise, 4 into the push-ups
    clock.advance(0.6)
    window.session.driver.wake()  # type: ignore[union-attr]
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Return)  # done with the push-ups after 4.6 s
    (record,) = window.history.sessions()
    assert record.work_seconds == pytest.approx(44.6)
    said = window.session.summary_view.text.toPlainText()
    assert "0:44 of exercise, 1:14 in all" in said
    qtbot.mouseClick(window.session.summary_view.library_button, Qt.MouseButton.LeftButton)
    view = history_view(window)
    assert view.sessions.item(0).text().split("\n")[1].strip() == "0:44 exercised"
    view.sessions.setCurrentRow(0)
    assert "Finished after 1:14, with 0:44 of exercise." in view.details.text()


def test_the_calendar_speaks_the_apps_language_on_a_german_desktop(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """A German desktop got "Dezember" amid English words."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QToolButton

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))  # the desktop's language
    try:
        german = app_window(qtbot, clock, tmp_path)
        view = history_view(german)
        month = view.calendar.findChild(QToolButton, "qt_calendar_monthbutton")
        english = QLocale(QLocale.Language.English).monthName(view.calendar.monthShown())
        assert month is not None and month.text().replace("&", "") == english
        german.close()
    finally:
        QLocale.setDefault(before)


def test_dates_are_written_in_the_apps_words() -> None:
    import datetime as dt

    from workout_timer.domain.common.dates import long_moment, short_day, short_moment

    moment = dt.datetime(2026, 12, 6, 7, 5)
    assert long_moment(moment) == "Sunday, 6 December 2026, 07:05"
    assert short_moment(moment) == "6 Dec 07:05" and short_day(moment.date()) == "6 Dec"


def test_the_history_by_keyboard_alone(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    qtbot.keyClick(window.library_view.routines, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    view = window.current_view()
    assert isinstance(view, HistoryView)
    focus = QApplication.focusWidget
    assert focus() is view.sessions and view.sessions.accessibleName() == "Sessions"  # opens on a named list
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is view.goal and view.goal.accessibleName() == "Daily goal"
    qtbot.keyClick(focus(), Qt.Key.Key_Down)
    qtbot.keyClick(focus(), Qt.Key.Key_Down)
    assert window.settings.daily_goal == 10
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is view.export_button and view.export_button.accessibleName() == "Export as CSV…"
    path = tmp_path / "by-keys.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path), "CSV (*.csv)"))
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert path.exists() and "by-keys.csv" in view.export_note.text()
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is view.report_button
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is view.back_button and view.back_button.accessibleName() == "Routines"
    assert view.back_button.accessibleDescription() == "Key: Esc"
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is view.routines and view.routines.accessibleName() == "Routines you did"
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)
    assert window.current_view() is window.library_view


def test_the_history_opens_on_its_sessions_and_a_screen_reader_hears_its_title_and_week(
    qtbot: QtBot, window: MainWindow, heard: list[str]
) -> None:
    """Over AT-SPI the history opened on "Sessions, list": its title and the week so far were labels no focus
    reaches."""
    focus: list[QWidget | None] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: focus.append(new))  # type: ignore[union-attr]
    qtbot.keyClick(window.library_view.routines, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    view = window.current_view()
    assert isinstance(view, HistoryView) and QApplication.focusWidget() is view.sessions
    assert focus == [view.sessions]  # by no chart: each would be read on the way
    assert heard == [f"Your history\n{view.streak.text()}"] and view.streak.text().startswith("No sessions yet")


def test_a_stopped_session_is_listed_as_stopped_as_the_summary_says(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """The summary said "Session stopped" and the history's list "abandoned"."""
    start_from_the_preview(qtbot, window, clock)
    tick(window, clock, 30)
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Escape)  # stop? It pauses and asks
    clock.advance(GUARD)
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Return)  # stop
    assert window.current_view() is window.session.summary_view
    assert "Session stopped" in window.session.summary_view.text.toPlainText()
    qtbot.mouseClick(window.session.summary_view.library_button, Qt.MouseButton.LeftButton)
    view = history_view(window)
    assert view.sessions.item(0).text().split("\n")[1].strip().endswith("exercised, stopped")
