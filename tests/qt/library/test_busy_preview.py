"""A routine of thousands of steps: its preview and the library's details stay quick, and keys typed
while the window was busy showing it never start a session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.library.routine_text import LISTED


def huge_routine(steps: int) -> str:
    listed = "".join("  - {exercise: plank, duration: 2}\n" for _ in range(steps))
    return f"version: 1\nname: Huge day\ndefaults: {{rest: 1}}\nsteps:\n{listed}"  # 5,000 steps: about 4 hours


def test_a_routine_of_5000_steps_lists_its_first_steps_and_counts_the_rest(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    (user_routines_dir() / "huge.yaml").write_text(huge_routine(5000))
    window.reload_library()
    window.library_view.select("huge")
    more = f"… and {5000 - LISTED:,} more steps"
    assert more == "… and 4,960 more steps"
    details = window.library_view.details.toPlainText()
    assert more in details and details.count("Plank: 2 secs") == LISTED
    qtbot.keyClick(window.library_view.routines, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view
    shown = window.preview_view.text.document()
    assert more in shown.toPlainText() and shown.blockCount() < 3 * LISTED
    window.close()


def test_keys_typed_while_the_preview_was_being_shown_never_start_a_session(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    qtbot.keyClicks(window.library_view.search, "short test")
    qtbot.keyClick(window.library_view.search, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view
    focused = window.preview_view.start_button  # where the keys go: it has the focus
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):  # queued while it was busy
        qtbot.keyClick(focused, key)
        qtbot.keyClick(window.preview_view, key)
    assert window.current_view() is window.preview_view and window.session.driver is None
    clock.advance(GUARD)  # the moment it takes to read it: a fresh Enter starts
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert window.current_view() is window.session.player_view
    window.close()


def test_typing_a_search_works_out_each_routines_length_once(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workout_timer.qt.library import routine_text

    window = app_window(qtbot, clock, tmp_path)
    (user_routines_dir() / "huge.yaml").write_text(huge_routine(5000))
    window.reload_library()
    built: list[str] = []
    real = routine_text.build_timeline

    def counted(routine: Routine) -> Timeline:
        built.append(routine.id)
        return real(routine)

    monkeypatch.setattr(routine_text, "build_timeline", counted)
    qtbot.keyClicks(window.library_view.search, "huge day")  # each keystroke shows the best match's details
    assert "Huge day" in window.library_view.details.toPlainText()
    assert built.count("huge") <= 1
    window.close()
