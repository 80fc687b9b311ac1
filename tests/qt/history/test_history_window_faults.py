"""The history under faults, in the real window: a lock never freezes the player, a damaged file never
breaks View → History, and the user is told once."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.history_files import damage, write_sessions
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import history_path
from workout_timer.domain.history.store import Result
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.history.history_view import HistoryView
from workout_timer.qt.shell import unsaved_history
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(unsaved_history, "RETRY_MS", 20)
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def key(
    qtbot: QtBot, main: MainWindow, name: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(QApplication.focusWidget() or main, name, modifier)


def start_short_routine(qtbot: QtBot, main: MainWindow, clock: FakeClock) -> None:
    entry = main.library.find("short-test")
    assert entry is not None
    main.show_preview(entry)
    clock.advance(GUARD)  # the moment it takes to read it
    qtbot.keyClick(main.preview_view, Qt.Key.Key_Return)  # Start
    assert main.current_view() is main.session.player_view and main.session.driver is not None


def view_history(main: MainWindow) -> None:
    """View → History, from the menu."""
    (action,) = [a for a in main.findChildren(QAction) if a.text() == "&History"]
    action.trigger()


def told(caplog: pytest.LogCaptureFixture, words: str) -> int:
    return sum(words in record.getMessage() for record in caplog.records if record.name == "workout_timer.window")


def test_a_lock_mid_session_never_freezes_the_player_and_the_session_is_saved_when_it_goes(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    start_short_routine(qtbot, window, clock)
    holder = sqlite3.connect(history_path(), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program takes the file, mid-session
    slowest = 0.0
    for _ in range(40):
        clock.advance(1.0)
        started = time.monotonic()
        window.session.driver.wake()  # type: ignore[union-attr]
        slowest = max(slowest, time.monotonic() - started)
    key(qtbot, window, Qt.Key.Key_Escape)
    clock.advance(1.0)  # an answer is a fresh key press
    key(qtbot, window, Qt.Key.Key_Return)  # yes, stop
    assert window.current_view() is window.session.summary_view
    assert slowest < 0.5, f"a write held the player for {slowest:.2f} s"
    words = "can't be saved just now (another program is using it)"
    qtbot.waitUntil(lambda: told(caplog, words) == 1, timeout=5000)  # once the retry finds it still held
    assert window.history.pending and [r.result for r in window.history.sessions()] == [Result.RUNNING]

    holder.execute("ROLLBACK")  # the lock goes: the retry writes what waited
    holder.close()
    qtbot.waitUntil(lambda: not window.history.pending, timeout=5000)
    (record,) = window.history.sessions()
    assert record.result is Result.ABANDONED and record.active_seconds is not None and record.active_seconds >= 35
    assert told(caplog, "can't be saved") == 1


def test_view_history_on_a_damaged_file_says_so_and_where_the_old_one_is(
    qtbot: QtBot,
    clock: FakeClock,
    tmp_path: Path,
    short_timeline,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    write_sessions(history_path(), short_timeline, 2)
    damage(history_path(), "sessions")
    window = app_window(qtbot, clock, tmp_path)
    view_history(window)
    view = window.current_view()
    assert isinstance(view, HistoryView)
    assert "Your workout history can't be read (the file is damaged). Nothing was changed." in view.streak.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.current_view() is window.library_view

    start_short_routine(qtbot, window, clock)  # the first write finds the damage: the file is set aside
    window.session.driver.stop()  # type: ignore[union-attr]
    (backup,) = window.history.set_aside()
    assert told(caplog, f"It is kept as {backup}") == 1
    view_history(window)
    view = window.current_view()
    assert isinstance(view, HistoryView) and view.sessions.count() == 1
    assert view.streak.text().count(str(backup)) == 1  # where the damaged file is kept, said once
    window.close()

    again = app_window(qtbot, clock, tmp_path)  # the next time the app opens
    view_history(again)
    view = again.current_view()
    assert isinstance(view, HistoryView) and view.sessions.count() == 1
    assert f"A history that could not be read is kept as {backup}." in view.streak.text()
    again.close()
