"""The editor in another language: every word of its pages, its dialogs and the file as text is marked for
translation (the pseudo-language finds any that is not), and in German on a 1024×600 screen nothing is cut
short. Content keeps its own words: the routine's and the exercises' names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.editor_window import answer, editor_of, refocus
from tests.helpers.pseudo_language import pseudo_language, unmarked
from tests.qt.common.test_larger_text import SMALL, cut_short
from workout_timer.qt.editor.editor_view import EditorView
from workout_timer.qt.editor.exercise_dialog import ExerciseDialog
from workout_timer.qt.editor.exercise_picker import ExercisePicker
from workout_timer.qt.shell.main_window import MainWindow

CONTENT = ["Short test session", "Plank", "Side plank", "Knee push-up"]
"""The routine's and its exercises' names: content, not the editor's words."""
QT_OWN = ["Cancel"]
"""A dialog's standard buttons, which Qt's own catalogues translate (`app_language`), not ours."""


def open_editor(qtbot: QtBot, main: MainWindow) -> EditorView:
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return editor_of(main)


def each_page(qtbot: QtBot, view: EditorView, check: Callable[[str], None]) -> None:
    """The routine's page, an exercise's, a rest's and a circuit's, each chosen as a user chooses it."""
    view.select(None)
    view.tree.setFocus()
    check("the routine")
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert view.current_path() == ("steps", 0)
    check("an exercise")
    qtbot.mouseClick(view.steps.add_rest, Qt.MouseButton.LeftButton)
    check("a rest")
    qtbot.mouseClick(view.steps.add_circuit, Qt.MouseButton.LeftButton)
    check("a circuit")


def test_every_word_of_the_editors_pages_is_marked(qtbot: QtBot, main: MainWindow) -> None:
    with pseudo_language():
        view = open_editor(qtbot, main)
        found: dict[str, list[str]] = {}
        each_page(qtbot, view, lambda page: found.__setitem__(page, unmarked(view, allowed=CONTENT)))
    assert found == {"the routine": [], "an exercise": [], "a rest": [], "a circuit": []}
    assert view.header.undo_action.toolTip().startswith("⟦Undo: ⟦Add a circuit⟧")


def test_every_word_of_the_editors_dialogs_is_marked(qtbot: QtBot, main: MainWindow) -> None:
    found: dict[str, list[str]] = {}

    def look_and_leave(dialog: QWidget) -> None:
        assert isinstance(dialog, (ExercisePicker, ExerciseDialog))
        found[type(dialog).__name__] = unmarked(dialog, allowed=[*CONTENT, *QT_OWN])
        assert isinstance(dialog, QDialog)
        dialog.reject()

    with pseudo_language():
        view = open_editor(qtbot, main)
        answer(qtbot, look_and_leave)
        qtbot.mouseClick(view.steps.add_exercise, Qt.MouseButton.LeftButton)
        refocus(qtbot, main)
        answer(qtbot, look_and_leave)
        qtbot.mouseClick(view.steps.add_own, Qt.MouseButton.LeftButton)
    assert found == {"ExercisePicker": [], "ExerciseDialog": []}


def test_every_word_of_the_file_as_text_is_marked(qtbot: QtBot, main: MainWindow) -> None:
    with pseudo_language():
        view = open_editor(qtbot, main)
        qtbot.mouseClick(view.text_button, Qt.MouseButton.LeftButton)
        text_view = main.editing.text_view
        assert text_view is not None and main.current_view() is text_view
        qtbot.keyClicks(text_view.editor, "oops: [")  # a mistake, so the list of mistakes shows too
        qtbot.waitUntil(lambda: text_view.problems.isVisibleTo(text_view), timeout=3000)
        assert unmarked(text_view, allowed=["short-test.yaml"]) == []


@pytest.mark.usefixtures("german")
def test_the_editor_in_german_fits_a_small_screen(qtbot: QtBot, main: MainWindow, tmp_path: Path) -> None:
    main.resize(*SMALL)
    view = open_editor(qtbot, main)
    assert view.save_button.text() == "Speichern  (Strg+S)" and view.routine_page.heading.text() == "Über diese Routine"
    found: dict[str, list[str]] = {}

    def check(page: str) -> None:
        try:  # the window keeps the small screen's size (nothing asks for more) and no word is cut short
            qtbot.waitUntil(lambda: main.size().toTuple() == SMALL and cut_short(main) == [], timeout=2000)
        except qtbot.TimeoutError:
            found[page] = [f"the window is {main.width()}×{main.height()}", *cut_short(main)]

    each_page(qtbot, view, check)
    assert found == {}
    hint = view.steps.drag_hint  # one line beside the arrows, as in English
    assert hint.text() == "Ziehen oder" and hint.fontMetrics().horizontalAdvance(hint.text()) <= hint.width()
    page = view.routine_page  # every hint in an empty field whole ("leer: Du drüc…" was cut)
    fields = [field for field in page.findChildren(QLineEdit) if field.isVisibleTo(page) and field.placeholderText()]
    assert [field.placeholderText() for field in fields if not whole_hint(field)] == []
    assert "Sek. je Wdh., gezählt; leer: du drückst Fertig" in [field.placeholderText() for field in fields]
    buttons: list[str] = []

    def read_and_leave(dialog: QWidget) -> None:
        assert isinstance(dialog, ExerciseDialog)
        buttons.extend(button.text() for button in dialog._buttons.buttons())
        dialog.resize(min(dialog.width(), SMALL[0]), min(dialog.height(), SMALL[1]))
        found["dialog"] = cut_short(dialog)
        dialog.reject()

    answer(qtbot, read_and_leave)
    qtbot.mouseClick(view.steps.add_own, Qt.MouseButton.LeftButton)
    assert sorted(buttons) == ["Abbrechen", "Diese Übung verwenden"]
    assert found == {"dialog": []}


def whole_hint(field: QLineEdit) -> bool:
    """The field's placeholder fits inside its frame."""
    inside = field.width() - field.textMargins().left() - field.textMargins().right() - 12  # frame and its margin
    return field.fontMetrics().horizontalAdvance(field.placeholderText()) <= inside
