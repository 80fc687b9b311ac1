"""The catalogue's common mistakes are shown where a routine and an exercise are explained: the
preview before starting, and the picker when adding a step. Through the real window and dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.editor_window import answer, editor_of
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.qt.editor.exercise_picker import ExercisePicker
from workout_timer.qt.shell.main_window import MainWindow


def test_the_preview_lists_the_common_mistakes_of_its_exercises(
    qtbot: QtBot, main: MainWindow, catalogue: Catalogue
) -> None:
    main.library_view.select("core-for-runners")
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_Return)
    text = main.preview_view.text.toPlainText()
    assert "Common mistakes" in text
    for exercise in ("plank", "dead-bug"):
        for mistake in catalogue[exercise].mistakes:
            assert mistake in text
    assert text.index("Common mistakes") < text.index("Stop any exercise")  # before the closing safety note


def test_the_picker_shows_the_mistakes_of_the_chosen_exercise(
    qtbot: QtBot, main: MainWindow, catalogue: Catalogue
) -> None:
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    shown: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ExercisePicker)
        qtbot.keyClicks(dialog.search, "dead bug")
        shown.append(dialog.details.toPlainText())
        qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)

    answer(qtbot, look)
    qtbot.mouseClick(view.steps.add_exercise, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "Common mistakes" in shown[0]
    assert all(mistake in shown[0] for mistake in catalogue["dead-bug"].mistakes)
