"""Each exercise's own dose through the real preview: what changed and why, and the routine as written (W)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, listed_names
from workout_timer.domain.care.exercise_progress import Dose, Move, State
from workout_timer.domain.care.reasons import Reason, Why
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.exercise_states import keep_states
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell.main_window import MainWindow

PLANK_UP = State(
    "knee-plank",
    Dose("plank", 25, True),
    move=Move.UP,
    before=Dose("plank", 20, True),
    reason=Reason(Why.EASY, 3),
)


def short(main: MainWindow) -> Routine:
    entry = main.library.find("short-test")
    assert entry is not None and entry.routine is not None
    return entry.routine


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def open_preview(qtbot: QtBot, main: MainWindow) -> None:
    view = main.library_view
    qtbot.keyClick(view.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # typed over what was there
    qtbot.keyClicks(view.search, "short test")
    assert listed_names(view) == ["Short test session"]
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert main.current_view() is main.preview_view


def start_from_preview(qtbot: QtBot, main: MainWindow, clock: FakeClock) -> float | None:
    """Enter on Start, a moment after the preview appeared; the plank's length in the session that runs."""
    main.preview_view.start_button.setFocus()
    clock.advance(GUARD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert main.current_view() is main.session.player_view
    assert main.session.driver is not None
    plank = main.session.driver.engine.timeline[1]
    main.session.driver.stop()
    return plank.duration


def test_a_routine_without_progress_shows_no_note(qtbot: QtBot, window: MainWindow) -> None:
    open_preview(qtbot, window)
    assert window.preview_view.dose_note.isHidden()


def test_the_preview_says_what_changed_and_why_and_runs_it(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    keep_states(window.history, short(window), {}, {"knee-plank": PLANK_UP}, None)
    open_preview(qtbot, window)
    note = window.preview_view.dose_note
    assert note.isVisibleTo(window.preview_view)
    assert note.as_written.accessibleName() == "Take the routine as written today"
    assert "Plank: 25 seconds, up from 20 seconds: 3 easy sessions in a row." in note.text.text()
    assert "Plank: 25 secs" in window.preview_view.text.toPlainText()
    assert start_from_preview(qtbot, window, clock) == 25


def test_w_takes_the_routine_as_written_today_only(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    keep_states(window.history, short(window), {}, {"knee-plank": PLANK_UP}, None)
    open_preview(qtbot, window)
    preview = window.preview_view
    qtbot.keyClick(preview, Qt.Key.Key_W)
    assert preview.dose_note.as_written.isChecked()
    assert "Plank: 25 secs" not in preview.text.toPlainText()
    assert start_from_preview(qtbot, window, clock) == 20
    window.show_library()
    open_preview(qtbot, window)  # next time: your own doses again
    assert not preview.dose_note.as_written.isChecked()
    box = preview.dose_note.as_written
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the real check box
    assert preview.dose_note.as_written.isChecked()
    qtbot.keyClick(preview, Qt.Key.Key_W)  # and W again: back to your doses
    assert not preview.dose_note.as_written.isChecked()
    assert start_from_preview(qtbot, window, clock) == 25


def test_a_ladder_built_up_in_another_routine_leads_this_ones_step_in_german(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """The knee plank another routine built up to 15 seconds is where this routine's plank starts; the reason,
    kept as a code, reads in the language in use when the preview shows it."""
    from workout_timer.domain.common import language

    knees = State(
        "knee-plank",
        Dose("knee-plank", 15, True),
        move=Move.BACK,
        before=Dose("knee-plank", 20, True),
        reason=Reason(Why.RED),
    )
    keep_states(window.history, short(window), {}, {"knee-plank": knees}, None)
    language.use("de_DE")
    open_preview(qtbot, window)
    text = window.preview_view.dose_note.text.text()
    assert ": zurückgenommen auf " in text and ", 15 Sekunden (bisher " in text
    assert ", 20 Sekunden): dein Rücken sagte danach Rot" in text
    language.use("en_GB")
    assert start_from_preview(qtbot, window, clock) == 15
