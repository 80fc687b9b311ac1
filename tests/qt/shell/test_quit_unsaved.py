"""Quitting while a session waits to be written to the history asks first; a history that was read-only
is written again on a fresh connection once it can be."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.editor.test_editor import answer, press
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import history_path
from workout_timer.domain.history.file import writing
from workout_timer.domain.history.store import HistoryStore, Result
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell import unsaved_history
from workout_timer.qt.shell.main_window import MainWindow
from workout_timer.qt.shell.unsaved_history import TITLE


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """While its one value is True, the history file opens as one the app may read but not write (faked
    at SQLite's door: root would write a read-only file anyway)."""
    real = writing.open_history
    state = [True]

    def opened(path: Path, read_only: bool = False) -> sqlite3.Connection:
        db = real(path, read_only)
        if state[0] and not read_only:
            db.close()
            return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
        return db

    monkeypatch.setattr(writing, "open_history", opened)
    monkeypatch.setattr(unsaved_history, "RETRY_MS", 20)
    return state


def start_session(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)
    clock.advance(GUARD)
    qtbot.keyClick(window.preview_view, Qt.Key.Key_Return)
    assert window.session.driver is not None and window.history.pending


def quit_keys(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Q: the window's Quit action (the offscreen window has no keyboard focus to take the keys)."""
    (quit_action,) = [action for action in window.actions() if action.text() == "&Quit"]
    assert "Ctrl+Q" in [keys.toString() for keys in quit_action.shortcuts()]
    quit_action.trigger()


def test_ctrl_q_with_a_session_not_saved_asks_and_stay_keeps_it_until_it_is_saved(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, read_only: list[bool]
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    start_session(qtbot, window, clock)
    asked = answer(qtbot, press("Stay"))
    quit_keys(qtbot, window)
    assert asked == [TITLE]
    assert window.isVisible() and window.session.driver is not None and window.session.driver.running

    read_only[0] = False  # the file can be written again: the retry writes what waits, on a new connection
    qtbot.waitUntil(lambda: not window.history.pending, timeout=5000)
    quit_keys(qtbot, window)  # nothing waits: no question
    assert not window.isVisible()
    (record,) = HistoryStore(history_path(), read_only=True).sessions()
    assert record.result is Result.ABANDONED  # stopped with the window, with its time


def test_quit_anyway_closes_and_the_log_says_what_was_lost(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, read_only: list[bool], caplog: pytest.LogCaptureFixture
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    start_session(qtbot, window, clock)
    asked = answer(qtbot, press("Quit anyway"))
    with caplog.at_level(logging.ERROR, logger="workout_timer.history"):
        quit_keys(qtbot, window)
    assert asked == [TITLE] and not window.isVisible()
    assert any("could not be saved" in r.getMessage() and "lost" in r.getMessage() for r in caplog.records)
