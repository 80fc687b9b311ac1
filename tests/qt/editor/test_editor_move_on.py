"""The editor's "Move on by itself", for steps at your own pace: chosen with the keyboard, saved, read back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.editor_window import answer, editor_of, pick, refocus, window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.routines.loading import load_routine
from workout_timer.domain.routines.routine import Catalogue


def test_move_on_is_chosen_saved_and_shown_again(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, catalogue: Catalogue
) -> None:
    main = window(qtbot, clock, tmp_path)
    refocus(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    qtbot.keyClicks(view.routine_page.name, "Push-ups from the mat")
    answer(qtbot, pick(qtbot, "knee push-up"))
    qtbot.keyClick(view.tree, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.current_path() == ("steps", 0)
    refocus(qtbot, main)
    view.tree.setCurrentIndex(view.model.index(-1, 0))  # back to "About this routine"
    combo = view.routine_page.move_on
    assert combo.currentText() == "As the app's setting says (Session menu)"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Yes, a while after the step's estimate"
    assert view.editor.value(("defaults", "move_on")) is True
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = user_routines_dir() / "push-ups-from-the-mat.yaml"
    assert "move_on: true" in path.read_text()
    assert load_routine(path, catalogue).defaults.move_on is True


def test_a_time_written_in_the_file_is_shown_as_it_is(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    routines = user_routines_dir()
    routines.mkdir(parents=True, exist_ok=True)
    (routines / "timed.yaml").write_text(
        "version: 1\nname: Timed\ndefaults: {move_on: 1m}\nsteps:\n  - {exercise: knee-push-up, reps: 8, tempo: none}\n"
    )
    main = window(qtbot, clock, tmp_path)
    refocus(qtbot, main)
    qtbot.keyClicks(main.library_view.search, "Timed")
    qtbot.keyClick(main.library_view.search, Qt.Key.Key_Return)  # the preview
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Routine → Edit
    view = editor_of(main)
    assert view.routine_page.move_on.currentText() == "Yes, 1m after the step starts"
