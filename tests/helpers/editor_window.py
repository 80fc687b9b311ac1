"""The editor in the real window, as its tests drive it: modal dialogs answered, fields typed into, the steps read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import BEFORE_WINDOWS_CLOSE
from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.editor.editor_view import EditorView
from workout_timer.qt.editor.exercise_picker import ExercisePicker
from workout_timer.qt.shell.main_window import MainWindow

Answer = Callable[[QWidget], None]


def answer(qtbot: QtBot, act: Answer) -> list[str]:
    """Act on the next modal dialog once it is open (its `exec` blocks the test until then).
    Returns a list that receives the dialog's title, to check that it came."""
    seen: list[str] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        seen.append(dialog.windowTitle())
        act(dialog)

    QTimer.singleShot(0, attempt)
    return seen


def press(text: str) -> Answer:
    """Click the dialog's button whose text is `text`."""

    def act(dialog: QWidget) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {dialog.windowTitle()!r}")

    return act


def pick(qtbot: QtBot, words: str) -> Answer:
    """In the exercise picker: type a search and press Enter, as a user would."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, ExercisePicker)
        qtbot.keyClicks(dialog.search, words)
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    return act


def refocus(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def editor_of(main: MainWindow) -> EditorView:
    view = main.current_view()
    assert isinstance(view, EditorView)
    return view


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    field.editingFinished.emit()


def names(view: EditorView) -> list[str]:
    model = view.model
    rows = []
    for row in range(1, model.rowCount()):
        index = model.index(row, 0)
        rows.append(model.data(index))
        rows += [f"  {model.data(model.index(r, 0, index))}" for r in range(model.rowCount(index))]
    return rows


def forget_edits(window: MainWindow) -> None:
    """Drop what a test left unsaved, so closing the window asks nothing."""
    editing = window._editing
    if editing is not None:
        editing._close_editor()
        if editing.text_view is not None:
            editing.text_view.discard()


def window(qtbot: QtBot, clock: FakeClock, folder: Path) -> MainWindow:
    made = app_window(qtbot, clock, folder)
    BEFORE_WINDOWS_CLOSE.append(lambda: forget_edits(made))
    return made
