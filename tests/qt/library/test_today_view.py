"""Today through the real window: choosing a programme with the keyboard, today's plan, Start at the week's
dose, stopping, and the window opening on Today for a runner who follows a programme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, skip_to_the_end
from tests.helpers.editor_window import answer, press
from tests.helpers.reading import described
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import history_path, user_programmes_dir, user_routines_dir
from workout_timer.domain.history.following import Following
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.library.entry import Source
from workout_timer.domain.routines.timeline import Phase
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.library.preview_view import PreviewView
from workout_timer.qt.library.today_view import TodayView
from workout_timer.qt.shell.app import make_library
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def test_a_programme_is_chosen_and_started_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.library_view.routines.setFocus()
    qtbot.keyClick(window.library_view.routines, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    today = window.today_screen.view
    assert window.current_view() is today and not today.showing_plan()
    names = [today.programmes.item(row).text() for row in range(today.programmes.count())]
    assert names == [
        "Back on track  ·  6 weeks, 20 sessions: 3 a week, 4 in weeks 5 and 6",
        "Runner's core  ·  8 weeks, 28 sessions: 3 a week, 4 in weeks 5 to 8",
    ]
    assert QApplication.focusWidget() is today.programmes
    assert today.description.text().startswith("From gentle to strong")
    assert today.description.text().endswith("\n\nEquipment: mat.")  # what the programme's routines need
    qtbot.keyClick(today.programmes, Qt.Key.Key_Down)
    assert today.description.text().endswith("\n\nEquipment: mat, wall, kettlebell, sturdy table.")
    qtbot.keyClick(today.programmes, Qt.Key.Key_Up)
    qtbot.keyClick(today.programmes, Qt.Key.Key_Return)

    assert today.showing_plan()
    assert window.history.following() == Following("back-on-track", dt.date.today())
    assert today.headline.text() == "Today: Gentle back care, at its gentlest."
    assert today.where.text() == "Back on track · Week 1 of 6 · 0 sessions done"
    assert today.early.text() == "First two weeks: 0 of 6 sessions. 6 more sessions and the habit is made."
    assert today.early_bar.value() == 0 and today.streak.isHidden()
    days = [today.week.item(row).text() for row in range(today.week.count())]
    assert len(days) == 7 and days[0].endswith("Gentle back care · today") and days[1].endswith("Rest")
    assert QApplication.focusWidget() is today.start_button

    qtbot.keyClick(today.start_button, Qt.Key.Key_Return)  # typed as Today appeared: not a start
    assert window.current_view() is today
    clock.advance(GUARD)
    qtbot.keyClick(today.start_button, Qt.Key.Key_Return)
    assert window.current_view() is window.session.player_view
    assert window.session.flow.dial is Dial.GENTLEST  # the first week's dose
    assert window.session.flow.week is Dial.GENTLEST  # a programme's week: its sessions count at its dose
    assert window.session.flow.entry is not None and window.session.flow.entry.id == "back-care-mobility"


def test_what_start_starts_is_heard_where_the_focus_lands_on_today_and_the_preview(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Over AT-SPI both screens opened on "Start, push button, Key: Enter": today's routine was on labels no focus
    reaches."""
    window.history.follow(Following("back-on-track", dt.date.today()))
    window.show_today()
    today = window.today_screen.view
    assert window.focusWidget() is today.start_button
    assert described(today.start_button) == ("Start", "Today: Gentle back care, at its gentlest. Key: Enter")
    clock.advance(GUARD)
    qtbot.keyClick(today.start_button, Qt.Key.Key_P)
    preview = window.preview_view
    assert window.current_view() is preview and window.focusWidget() is preview.start_button
    assert described(preview.start_button) == ("Start", "Gentle back care. Key: Enter")


def test_p_opens_the_preview_at_the_weeks_dose_to_go_gentler_still(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.history.follow(Following("back-on-track", dt.date.today() - dt.timedelta(days=7)))
    window.show_today()
    today = window.today_screen.view
    assert today.headline.text() == "Today: Gentle back care, at its gentlest."  # a week of days missed: day 1 waits
    qtbot.keyClick(today.start_button, Qt.Key.Key_P)
    preview = window.preview_view
    assert window.current_view() is preview and preview.dial.dial() is Dial.GENTLEST
    qtbot.mouseClick(preview.dial.buttons[Dial.GENTLER], Qt.MouseButton.LeftButton)
    preview.start_button.setFocus()
    clock.advance(GUARD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.session.flow.dial is Dial.GENTLER  # the runner's choice on the day has the last word
    assert window.session.flow.week is Dial.GENTLEST  # and it is still the programme's session, as from Start


def test_a_missed_day_waits_esc_goes_to_the_routines_and_stopping_offers_the_programmes(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.history.follow(Following("runners-core", dt.date.today() - dt.timedelta(days=1)))
    window.show_today()
    today = window.today_screen.view
    # yesterday's session was not done: it is today's now, and nothing says it was missed
    assert today.showing_plan() and today.headline.text() == "Today: Core for runners, at its gentlest."
    assert "miss" not in " ".join(label.text() for label in (today.where, today.note, today.early)).lower()
    assert today.start_button.isVisible()
    asked = answer(qtbot, press("Keep it"))
    qtbot.mouseClick(today.stop_button, Qt.MouseButton.LeftButton)
    assert asked == ["Stop this programme?"] and window.history.following() is not None and today.showing_plan()
    asked = answer(qtbot, press("Stop following"))
    qtbot.mouseClick(today.stop_button, Qt.MouseButton.LeftButton)
    assert asked == ["Stop this programme?"]
    assert window.history.following() is None and not today.showing_plan()
    qtbot.keyClick(today.programmes, Qt.Key.Key_Escape)
    assert window.current_view() is window.library_view


def test_the_window_opens_on_today_for_a_runner_who_follows_a_programme(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    store = HistoryStore(history_path())
    store.follow(Following("back-on-track", dt.date.today()))
    store.close()
    settings = Settings(tmp_path / "settings.ini")
    main = MainWindow(make_library(), settings, clock=clock)  # not yet shown, nor painted
    qtbot.addWidget(main)
    assert main.current_view() is main.today_screen.view and main.today_screen.view.showing_plan()
    main.show()
    qtbot.waitExposed(main)
    QApplication.processEvents()  # what waits for the first paint is done
    assert main.current_view() is main.today_screen.view  # and nothing moved the runner since
    main.close()


def test_without_a_programme_the_window_stays_on_the_routines(qtbot: QtBot, window: MainWindow) -> None:
    window.open_on_today()
    assert window.current_view() is window.library_view
    assert not history_path().exists()  # a first start opens no history for it: nothing to follow yet


def test_a_programme_followed_that_is_gone_or_broken_is_explained_and_another_can_be_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.history.follow(Following("gone-now", dt.date.today()))
    window.show_today()
    today = window.today_screen.view
    assert not today.showing_plan() and today.problem.isVisible()
    assert today.problem.text().startswith("The programme you follow, gone-now, is no longer there.")
    mine = user_programmes_dir()
    mine.mkdir(parents=True)
    (mine / "broken.yaml").write_text("version: 1\nname: Broken\nweeks:\n  - days: {1: nothing-here}\n")
    window.history.follow(Following("broken", dt.date.today()))
    window.show_today()
    assert (
        "can't be read" in today.problem.text()
        and "broken.yaml:4:15: unknown routine nothing-here" in today.problem.text()
    )
    assert today.programmes.count() == 2  # the two that load, to choose from


def test_back_from_todays_preview_is_today_and_from_the_routines_preview_the_routines(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.history.follow(Following("back-on-track", dt.date.today()))
    window.show_today()
    today = window.today_screen.view
    qtbot.keyClick(today.start_button, Qt.Key.Key_P)
    assert window.current_view() is window.preview_view
    assert window.preview_view.back_button.text() == "←  Today"  # the way back names where it goes
    qtbot.keyClick(window.preview_view.start_button, Qt.Key.Key_Escape)
    assert window.current_view() is today  # back where the runner came from

    qtbot.keyClick(today.start_button, Qt.Key.Key_Escape)  # All routines
    assert window.current_view() is window.library_view
    qtbot.keyClicks(window.library_view.search, "short test")
    qtbot.keyClick(window.library_view.search, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view and window.preview_view.back_button.text() == "←  Routines"
    qtbot.keyClick(window.preview_view.start_button, Qt.Key.Key_Escape)
    assert window.current_view() is window.library_view  # Today waits for Ctrl+T now


def todays_preview(qtbot: QtBot, window: MainWindow) -> tuple[TodayView, PreviewView]:
    """Back on track followed from today, and Today's P: the preview of its routine at the week's dose."""
    window.history.follow(Following("back-on-track", dt.date.today()))
    window.show_today()
    today, preview = window.today_screen.view, window.preview_view
    qtbot.keyClick(today.start_button, Qt.Key.Key_P)
    return today, preview


def test_the_weeks_dose_stays_with_the_programmes_routine_and_never_reaches_another(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Found by a new user: after Today's P, every routine opened from the routines ran at the week's gentlest."""
    today, preview = todays_preview(qtbot, window)
    assert window.current_view() is preview and preview.dial.dial() is Dial.GENTLEST  # the week's dose
    qtbot.keyClick(preview.start_button, Qt.Key.Key_Escape)
    qtbot.keyClick(today.start_button, Qt.Key.Key_Escape)  # All routines
    qtbot.keyClicks(window.library_view.search, "short test")
    qtbot.keyClick(window.library_view.search, Qt.Key.Key_Return)
    assert window.current_view() is preview and preview.dial.dial() is Dial.NORMAL
    assert preview.applied.text() == ""  # nothing made lighter
    preview.start_button.setFocus()
    clock.advance(GUARD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.session.flow.dial is Dial.NORMAL and window.session.flow.week is None
    assert window.current_view() is window.session.player_view  # (no check-ins in this test)
    window.session.driver.stop()  # type: ignore[union-attr]
    window.show_today()
    qtbot.keyClick(today.start_button, Qt.Key.Key_P)
    assert window.current_view() is preview and preview.dial.dial() is Dial.GENTLEST  # the week's again


def test_the_programmes_routine_opened_from_the_routines_after_todays_p_starts_at_normal(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Today's P, then the same routine from the routines: the dial at the week's dose, without the week, ran the
    session at the week's gentlest as the runner's own choice (kept as gentlest, never counting toward a step up)."""
    today, preview = todays_preview(qtbot, window)
    assert window.current_view() is preview and preview.dial.dial() is Dial.GENTLEST and preview.week() is Dial.GENTLEST
    qtbot.keyClick(preview.start_button, Qt.Key.Key_Escape)
    qtbot.keyClick(today.start_button, Qt.Key.Key_Escape)  # All routines
    qtbot.keyClicks(window.library_view.search, "gentle back care")
    qtbot.keyClick(window.library_view.search, Qt.Key.Key_Return)
    assert window.current_view() is preview and preview.week() is None
    assert preview.dial.dial() is Dial.NORMAL  # as when opened from the routines first
    assert preview.applied.text() == ""  # nothing made lighter


def test_the_original_of_the_programmes_routine_keeps_the_weeks_dose_and_the_runners_choice(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """ "Show the original" from today's preview is the same routine of the programme, at the same week's dose."""
    today, preview = todays_preview(qtbot, window)
    original = preview.entry()
    assert original is not None and original.source is Source.BUILT_IN
    (user_routines_dir() / original.path.name).write_text(original.path.read_text(encoding="utf-8"), encoding="utf-8")
    qtbot.keyClick(preview.start_button, Qt.Key.Key_Escape)
    qtbot.keyClick(today.start_button, Qt.Key.Key_P)  # now the runner's own version of it
    mine = preview.entry()
    assert mine is not None and mine.source is Source.USER and preview.week() is Dial.GENTLEST
    qtbot.mouseClick(preview.other_button, Qt.MouseButton.LeftButton)  # Show the original
    assert preview.entry() is not None and preview.entry().source is Source.BUILT_IN  # type: ignore[union-attr]
    assert preview.week() is Dial.GENTLEST and preview.dial.dial() is Dial.GENTLEST
    preview.start_button.setFocus()
    clock.advance(GUARD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.session.flow.week is Dial.GENTLEST  # still the programme's session, as from Start
    window.session.driver.stop()  # type: ignore[union-attr]


def test_the_summary_of_a_session_started_on_today_names_today_as_the_way_back(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.history.follow(Following("back-on-track", dt.date.today()))
    window.show_today()
    today = window.today_screen.view
    clock.advance(GUARD)
    qtbot.keyClick(today.start_button, Qt.Key.Key_Return)
    assert window.current_view() is window.session.player_view
    skip_to_the_end(qtbot, window)
    summary = window.session.summary_view
    assert window.current_view() is summary
    assert summary.library_button.text() == "Back to Today  (Enter)"
    clock.advance(GUARD)
    qtbot.keyClick(summary.library_button, Qt.Key.Key_Return)
    assert window.current_view() is today


def test_the_historys_way_back_names_today_when_it_leads_there_and_the_routines_otherwise(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_today()  # no programme followed: the programmes to choose from are no home to come back to
    qtbot.keyClick(window.today_screen.view.programmes, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = window._history_view
    assert history is not None and window.current_view() is history
    assert history.back_button.text() == "←  Routines  (Esc)"
    qtbot.keyClick(history, Qt.Key.Key_Escape)
    assert window.current_view() is window.library_view

    window.history.follow(Following("back-on-track", dt.date.today()))
    window.show_today()  # a plan: Today is where the runner came from, and the way back says so
    qtbot.keyClick(window.today_screen.view.start_button, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is history and history.back_button.text() == "←  Today  (Esc)"
    assert history.back_button.accessibleName() == "Today"
    qtbot.keyClick(history, Qt.Key.Key_Escape)
    assert window.current_view() is window.today_screen.view


def test_a_session_started_over_the_programmes_to_choose_from_leads_back_to_the_routines(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.show_today()  # no programme followed; a later launch starts a routine (`workout-timer start`)
    entry = window.library.find("short-test")
    assert entry is not None
    window.start_session(entry)
    skip_to_the_end(qtbot, window)
    summary = window.session.summary_view
    assert window.current_view() is summary
    assert summary.library_button.text() == "Back to routines  (Enter)"
    clock.advance(GUARD)
    qtbot.keyClick(summary.library_button, Qt.Key.Key_Return)
    assert window.current_view() is window.library_view


def test_the_programme_weeks_dose_is_the_same_and_said_the_same_on_every_screen(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """The lighter of the dial and the programme week composes the session: the preview's steps, the player's, the
    summary and the history show that one dose, and say that the week's dose applied, with the numbers."""
    window.history.follow(Following("back-on-track", dt.date.today()))
    window.show_today()
    today = window.today_screen.view
    qtbot.keyClick(today.start_button, Qt.Key.Key_P)
    preview = window.preview_view
    # the first exercise dosed, by name, and the others counted
    said = (
        "This week of your programme, a gentle start: Bird dog (3 instead of 6 reps), and 1 other exercise lighter too."
    )
    assert preview.applied.isVisibleTo(preview) and preview.applied.text() == said
    assert "Bird dog" in preview.text.toPlainText() and "3 reps" in preview.text.toPlainText()
    preview.start_button.setFocus()
    clock.advance(GUARD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    driver = window.session.driver
    assert driver is not None
    segments = driver.engine.timeline.segments
    birds = [s for s in segments if s.phase is Phase.WORK and s.exercise is not None and s.exercise.id == "bird-dog"]
    assert birds and {segment.reps for segment in birds} == {3}  # the player runs that dose
    while window.session.driver is not None:  # to the end
        driver = window.session.driver
        if driver.engine.snapshot().length is None:
            clock.advance(20.0)
            driver.done()
        else:
            clock.advance(1.0)
            driver.wake()
    summary = window.session.summary_view
    assert window.current_view() is summary and said in summary.text.toPlainText()
    (record,) = window.history.sessions()
    assert record.dial is Dial.GENTLEST  # what ran, though the dial was left alone: the week applied
    assert {s["reps"] for s in record.segments if s.get("exercise") == "bird-dog" and s.get("reps")} == {3}
