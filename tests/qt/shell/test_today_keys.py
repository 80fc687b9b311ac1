"""Today's keys and Start, through the real window: Ctrl+F and letters typed go to the routines' search (a space
typed after them with them, never to Start), Start looks and asks as the preview's main Start does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.editor_window import refocus
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.following import Following
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.common.theme.look import look
from workout_timer.qt.library.today_view import TodayView
from workout_timer.qt.shell.main_window import MainWindow


def on_today(qtbot: QtBot, clock: FakeClock, tmp_path: Path, check_ins: bool = False) -> tuple[MainWindow, TodayView]:
    main = app_window(qtbot, clock, tmp_path, check_ins=check_ins)
    refocus(qtbot, main)  # the keys go where the focus is, as on a desktop
    main.history.follow(Following("back-on-track", dt.date.today()))
    main.show_today()
    clock.advance(GUARD)  # Today has been on screen a while: its keys are meant for it
    today = main.today_screen.view
    assert main.current_view() is today and QApplication.focusWidget() is today.start_button
    return main, today


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main, _today = on_today(qtbot, clock, tmp_path)
    yield main
    main.close()


def typed(qtbot: QtBot, text: str) -> None:
    """Type `text` as a runner does: each key to whatever has the focus when it comes."""
    for character in text:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, character)


def no_session(main: MainWindow) -> bool:
    return main._session is None or (main._session.driver is None and main._session._check_in is None)


def test_ctrl_f_on_today_goes_to_the_routines_search(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    library = window.library_view
    library.search.setText("short test")  # a search left from before: chosen, to type over
    today = window.today_screen.view
    qtbot.keyClick(today.start_button, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is library and QApplication.focusWidget() is library.search
    assert library.search.selectedText() == "short test"
    qtbot.keyClick(library.search, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view
    assert window.preview_view.back_button.text() == "←  Routines"  # the way back is to the search, not Today

    window.history.follow(None)
    window.show_today()  # the programmes to choose from: Ctrl+F goes to the search from there too
    assert not today.showing_plan()
    qtbot.keyClick(today.programmes, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is library and QApplication.focusWidget() is library.search


def test_typing_on_today_searches_the_routines_and_the_space_in_it_starts_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    library = window.library_view
    library.search.setText("short test")  # an old search, out of sight: the typing begins a new one
    typed(qtbot, "core for")
    assert window.current_view() is library and QApplication.focusWidget() is library.search
    assert library.search.text() == "core for"
    assert no_session(window)  # the space went into the search, not to Start
    entry = library.current_entry()
    assert entry is not None and entry.id == "core-for-runners"  # the best match, chosen: Enter opens it
    qtbot.keyClick(library.search, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view and window.preview_view.entry() == entry


def test_a_letter_typed_in_the_weeks_list_searches_too_and_p_still_previews(qtbot: QtBot, window: MainWindow) -> None:
    today = window.today_screen.view
    today.week.setFocus()
    qtbot.keyClick(today.week, Qt.Key.Key_P)  # Today's own key, wherever the focus is on it
    assert window.current_view() is window.preview_view
    qtbot.keyClick(window.preview_view.start_button, Qt.Key.Key_Escape)
    assert window.current_view() is today
    today.week.setFocus()
    typed(qtbot, "dead")
    assert window.current_view() is window.library_view and window.library_view.search.text() == "dead"


def test_todays_start_is_the_main_button_as_the_previews_is(qtbot: QtBot, window: MainWindow) -> None:
    today = window.today_screen.view
    entry = window.library.find("back-care-mobility")
    assert entry is not None
    window.show_preview(entry)
    preview_start = window.preview_view.start_button
    window.show_today()

    def edge(button: QPushButton) -> QColor:
        image = button.grab().toImage()
        return image.pixelColor(4, image.height() // 2)  # inside its edge, beside its words

    accent = QColor(look().palette.accent)
    assert today.start_button.objectName() == preview_start.objectName() == "mainButton"
    assert edge(today.start_button) == accent
    assert today.start_button.font().bold() and today.start_button.font() == preview_start.font()


def test_todays_start_asks_how_the_back_is_first_as_the_previews_does(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """The same road as the preview's Start (`SessionHost.start_routine`): the check-in before, when wanted, then the
    session at the week's dose."""
    main, today = on_today(qtbot, clock, tmp_path, check_ins=True)
    qtbot.keyClick(today.start_button, Qt.Key.Key_Return)
    check_in = main.session.check_in_view
    assert main.current_view() is check_in and main.session.driver is None
    assert main.session.flow.week is not None and main.session.flow.entry is not None
    assert main.session.flow.entry.id == "back-care-mobility"
    main.close()


def held(widget: QWidget, key: Qt.Key) -> None:
    """`key` held down since the screen before: a repeat of its press reaches `widget`."""
    QApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "\x1b", autorep=True)
    )


def test_esc_on_the_routines_searched_from_today_clears_the_search_then_leads_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    library = window.library_view
    today = window.today_screen.view
    typed(qtbot, "dead")
    assert window.current_view() is library and library.search.text() == "dead"
    qtbot.keyClick(library.search, Qt.Key.Key_Escape)  # the search cleared first, as ever
    assert window.current_view() is library and library.search.text() == ""
    library.kind.setCurrentIndex(1)
    qtbot.keyClick(library.search, Qt.Key.Key_Escape)  # then the filters
    assert window.current_view() is library and library.kind.currentIndex() == 0
    qtbot.keyClick(library.search, Qt.Key.Key_Escape)  # nothing left to clear: back where the runner came from
    assert window.current_view() is today and QApplication.focusWidget() is today.start_button


def test_esc_or_backspace_in_the_routines_list_leads_back_to_today_and_a_held_esc_goes_nowhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    library = window.library_view
    today = window.today_screen.view
    qtbot.keyClick(today.start_button, Qt.Key.Key_Escape)  # All routines
    assert window.current_view() is library and QApplication.focusWidget() is library.routines
    held(library.routines, Qt.Key.Key_Escape)  # the Esc that led here, still down: not a way back
    assert window.current_view() is library
    qtbot.keyClick(library.routines, Qt.Key.Key_Backspace)
    assert window.current_view() is today
    held(today.start_button, Qt.Key.Key_Escape)  # nor back to the routines again
    assert window.current_view() is today
    qtbot.keyClick(today.start_button, Qt.Key.Key_Escape)
    entry = library.current_entry()
    assert entry is not None
    qtbot.keyClick(library.routines, Qt.Key.Key_Return)  # a routine's preview, and back to the routines from it
    assert window.current_view() is window.preview_view
    qtbot.keyClick(window.preview_view.start_button, Qt.Key.Key_Escape)
    assert window.current_view() is library
    qtbot.keyClick(library.routines, Qt.Key.Key_Escape)  # still reached from Today
    assert window.current_view() is today


def test_esc_on_the_routines_leads_to_today_only_once_the_runner_came_from_it(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    main = app_window(qtbot, clock, tmp_path)  # no programme followed: the window opens on the routines
    refocus(qtbot, main)
    library = main.library_view
    assert main.current_view() is library
    qtbot.keyClick(library.routines, Qt.Key.Key_Escape)
    assert main.current_view() is library
    main.show_today()  # Ctrl+T: the programmes to choose from, and back to the routines
    qtbot.keyClick(main.today_screen.view.programmes, Qt.Key.Key_Escape)
    assert main.current_view() is library
    main.show_history()  # and the routines again by way of the history: Today is still the way back
    qtbot.keyClick(main._history_view, Qt.Key.Key_Escape)
    assert main.current_view() is library
    qtbot.keyClick(library.routines, Qt.Key.Key_Escape)
    assert main.current_view() is main.today_screen.view
    main.close()


def test_the_programmes_start_is_the_main_button_and_a_letter_finds_a_programme_by_its_name(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    main = app_window(qtbot, clock, tmp_path)  # no programme followed: Today lists the programmes
    refocus(qtbot, main)
    main.show_today()
    today = main.today_screen.view
    assert not today.showing_plan() and QApplication.focusWidget() is today.programmes
    follow = today.follow_button
    assert follow.objectName() == today.start_button.objectName() == "mainButton"
    image = follow.grab().toImage()
    assert image.pixelColor(4, image.height() // 2) == QColor(look().palette.accent) and follow.font().bold()

    def chosen() -> str:
        item = today.programmes.currentItem()
        return item.text().split("  ·  ")[0] if item is not None else ""

    names = [today.programmes.item(row).text().split("  ·  ")[0] for row in range(today.programmes.count())]
    assert names == ["Back on track", "Runner's core"] and chosen() == "Back on track"
    typed(qtbot, "runner")  # the list's own type-ahead, to the programme of that name: not the routines' search
    assert main.current_view() is today and chosen() == "Runner's core"
    qtbot.keyClick(today.programmes, Qt.Key.Key_Return)  # and Enter starts following the one found
    following = main.history.following()
    assert today.showing_plan() and following is not None and following.programme_id == "runners-core"
    main.close()
