"""Keyboard alone, through the real window: a whole session from the routines to the exported history
with real key presses only, and every screen's controls reached by Tab and named without glyphs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from itertools import chain
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.keyboard_reach import accessible_name, controls, describe, heard_name, reached, tab_stops
from workout_timer.domain.care.back_care import CheckIn, Moment, WarningSign
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.control_names import plain_name
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.desktop.help_window import HelpWindow
from workout_timer.qt.desktop.reminder_dialog import ReminderDialog
from workout_timer.qt.editor.exercise_dialog import ExerciseDialog
from workout_timer.qt.editor.exercise_picker import ExercisePicker
from workout_timer.qt.history.history_view import HistoryView
from workout_timer.qt.paper.paper_dialogs import ReportDates
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path, check_ins=True)
    yield main
    main.close()


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard's focus"
    return widget


def keys(qtbot: QtBot, *pressed: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Keys pressed as a user presses them: each to whatever has the focus now."""
    for key in pressed:
        qtbot.keyClick(focus(), key, modifier)


def read(clock: FakeClock) -> None:
    """The moment a user takes to read a new screen: keys before it belong to the screen before."""
    clock.advance(GUARD + 0.1)


def test_a_whole_session_and_the_history_by_keyboard_alone(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = window.library_view
    assert focus() is library.routines and accessible_name(focus()) == "Routines"
    keys(qtbot, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.ControlModifier)
    assert focus() is library.search
    qtbot.keyClicks(focus(), "short test")
    keys(qtbot, Qt.Key.Key_Return)

    preview = window.preview_view
    assert window.current_view() is preview and focus() is preview.start_button
    assert accessible_name(focus()) == "Start"
    read(clock)
    keys(qtbot, Qt.Key.Key_Return)

    check_in = window.session.check_in_view
    assert window.current_view() is check_in and accessible_name(focus()) == "Pain 0, no pain"
    read(clock)
    keys(qtbot, Qt.Key.Key_3, Qt.Key.Key_Tab)  # a number, then Tab to the first warning sign
    assert accessible_name(focus()) == "Pain spreading into an arm or leg"
    keys(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Return)
    assert check_in.advice.isVisible() and focus() is check_in.go_button and accessible_name(focus()) == "Go on"
    read(clock)
    keys(qtbot, Qt.Key.Key_Return)

    player = window.session.player_view
    assert window.current_view() is player and focus() is player and accessible_name(focus()) == "Workout"
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab)  # into the buttons: Back, then Pause
    assert focus() is player.pause_button
    keys(qtbot, Qt.Key.Key_Space)
    assert accessible_name(player.pause_button) == "Go on"
    keys(qtbot, Qt.Key.Key_Space)
    assert accessible_name(player.pause_button) == "Pause"
    for _ in range(20):  # on through every step with the arrow, the focus still on the button
        if window.current_view() is not player:
            break
        keys(qtbot, Qt.Key.Key_Right)
    assert window.current_view() is check_in and accessible_name(focus()) == "Pain 0, no pain"
    read(clock)
    keys(qtbot, Qt.Key.Key_2, Qt.Key.Key_A, Qt.Key.Key_Return)

    summary = window.session.summary_view
    assert window.current_view() is summary and focus() is summary.library_button
    assert accessible_name(focus()) == "Back to routines"
    read(clock)
    keys(qtbot, Qt.Key.Key_Return)
    assert window.current_view() is library

    keys(qtbot, Qt.Key.Key_H, modifier=Qt.KeyboardModifier.ControlModifier)
    history = window.current_view()
    assert isinstance(history, HistoryView) and focus() is history.sessions and history.sessions.count() == 1
    keys(qtbot, Qt.Key.Key_Tab)
    assert focus() is history.goal
    keys(qtbot, Qt.Key.Key_Down)
    assert window.settings.daily_goal == 5
    keys(qtbot, Qt.Key.Key_Tab)
    assert focus() is history.export_button
    path = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path), "CSV (*.csv)"))
    keys(qtbot, Qt.Key.Key_Return)
    assert "Short test session" in path.read_text()
    before, after = (answer for _, _, answer in window.history.check_ins())
    assert before == CheckIn(Moment.BEFORE, 3, None, frozenset({WarningSign.SPREADING}))
    assert after.moment is Moment.AFTER and after.pain == 2
    keys(qtbot, Qt.Key.Key_Escape)
    assert window.current_view() is library


def check_screen(qtbot: QtBot, root: QWidget) -> list[str]:
    """What is wrong with `root` for someone on a keyboard or a screen reader: the focus on open on
    nothing named, a control that Tab never reaches, a stop with no name or a name with glyphs."""
    wrong = []
    opened_on = focus()
    if not (root is opened_on or root.isAncestorOf(opened_on)) or not accessible_name(opened_on):
        wrong.append(f"opens on {describe(opened_on)}, named {accessible_name(opened_on)!r}")
    stops = tab_stops(qtbot, root)
    wrong += [f"Tab never reaches {describe(widget)}" for widget in controls(root) if widget not in reached(stops)]
    for widget in stops:
        name = accessible_name(widget)
        if not name or plain_name(name) != name:
            wrong.append(f"{describe(widget)} is named {name!r}")
    for widget in controls(root):  # a choice heard by its value alone ("System", not "Colours: System")
        if isinstance(widget, (QComboBox, QAbstractSpinBox)):
            value = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            name = heard_name(widget)
            if not name.strip() or name.strip() == value.strip():
                wrong.append(f"{describe(widget)} is heard by its value {value!r}")
    return wrong


def programme_screens(main: MainWindow, qtbot: QtBot) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """The programmes to choose from (Ctrl+T), Today once one is started, and back to the routines (Esc)."""

    def programmes() -> QWidget:
        qtbot.keyClick(main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        return main.today_screen.view

    def today() -> QWidget:
        qtbot.keyClick(focus(), Qt.Key.Key_Return)  # the first programme, started today
        assert main.today_screen.view.showing_plan()
        return main.today_screen.view

    def routines_again() -> QWidget:
        qtbot.keyClick(focus(), Qt.Key.Key_Escape)  # All routines
        return main.library_view

    yield "the programmes", programmes
    yield "today", today
    yield "the routines again", routines_again


def screens(main: MainWindow, clock: FakeClock, qtbot: QtBot) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """Each screen and dialog, opened as the app opens it."""

    def preview() -> QWidget:
        entry = main.library.find("short-test")
        assert entry is not None
        main.show_preview(entry)
        return main.preview_view

    def check_in() -> QWidget:
        read(clock)
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
        return main.session.check_in_view

    def player() -> QWidget:
        read(clock)
        qtbot.keyClick(focus(), Qt.Key.Key_Escape)
        return main.session.player_view

    def summary() -> QWidget:
        while main.current_view() is main.session.player_view:
            qtbot.keyClick(main.session.player_view, Qt.Key.Key_Right)
        read(clock)
        qtbot.keyClick(focus(), Qt.Key.Key_Escape)
        return main.session.summary_view

    def history() -> QWidget:
        main.show_history()
        view = main.current_view()
        assert view is not None
        return view

    def editor() -> QWidget:
        main.show_library("short-test")
        qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        view = main.current_view()
        assert view is not None
        return view

    def as_text() -> QWidget:
        button = getattr(main.current_view(), "text_button", None)
        assert isinstance(button, QWidget)
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)  # Open as text
        view = main.current_view()
        assert view is not None and view is not button.window()
        return view

    def today() -> QWidget:
        main.show_library()
        qtbot.keyClick(focus(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        view = main.current_view()
        assert view is not None and view is not main.library_view
        return view

    def settings() -> QWidget:
        main.show_settings()
        dialog = main.findChild(QDialog)
        assert dialog is not None
        return dialog

    yield "the routines", lambda: main.library_view

    yield from programme_screens(main, qtbot)
    yield "the preview", preview
    yield "the check-in", check_in
    yield "the player", player
    yield "the summary", summary
    yield "the history", history
    yield "the editor", editor
    yield "the file as text", as_text
    yield "today and programmes", today
    yield "the sound settings", settings


def dialog(qtbot: QtBot, make: Callable[[], QWidget]) -> Callable[[], QWidget]:
    """A dialog (or window) of the app's, opened on its own, with the focus in it."""

    def opened() -> QWidget:
        for other in QApplication.topLevelWidgets():
            if isinstance(other, QDialog):
                other.close()
        shown = make()
        shown.show()
        shown.activateWindow()
        qtbot.waitExposed(shown)
        qtbot.waitUntil(lambda: shown.isActiveWindow(), timeout=2000)
        return shown

    return opened


def dialogs(main: MainWindow, qtbot: QtBot) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """The dialogs and windows beside the main window."""
    yield "your own exercise", dialog(qtbot, lambda: ExerciseDialog("mine", None, main))
    yield "the exercise picker", dialog(qtbot, lambda: ExercisePicker(main.library.catalogue, main))
    yield "the report's dates", dialog(qtbot, lambda: ReportDates(dt.date(2026, 12, 6), main))
    yield "the reminder", dialog(qtbot, lambda: ReminderDialog(main.settings, main))
    yield "the guide", dialog(qtbot, lambda: HelpWindow())


def test_every_control_on_every_screen_is_reached_by_tab_and_named(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    wrong = {}
    for title, opened in chain(screens(window, clock, qtbot), dialogs(window, qtbot)):
        root = opened()
        QApplication.processEvents()
        wrong[title] = check_screen(qtbot, root)
        if isinstance(root, QWidget) and root.isWindow() and root is not window:
            root.close()
    assert {title: problems for title, problems in wrong.items() if problems} == {}
    assert len(wrong) == 18
