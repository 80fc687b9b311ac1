"""Today's keys and Start, through the real window: Ctrl+F and letters typed go to the routines' search (a space
typed after them with them, never to Start), Start looks and asks as the preview's main Start does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton
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
