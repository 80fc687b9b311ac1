"""Qt's model tester watches the editor's list of steps while a routine is built, reordered, dragged,
pruned, undone and redone through the real editor: every row, parent and index stays consistent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.helpers.editor_window import answer, editor_of, names, pick, refocus
from workout_timer.qt.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize("python_tester", [False, True], ids=["qt-tester", "python-tester"])
def test_the_step_model_stays_consistent_through_every_kind_of_edit(
    qtbot: QtBot, qtmodeltester: ModelTester, main: MainWindow, python_tester: bool
) -> None:
    qtbot.keyClick(main, Qt.Key.Key_N, CTRL)
    view = editor_of(main)
    model = view.model
    qtmodeltester.check(model, force_py=python_tester)  # from here on it checks after every change

    qtbot.mouseClick(view.steps.add_rest, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.steps.add_circuit, Qt.MouseButton.LeftButton)
    answer(qtbot, pick(qtbot, "plank"))
    qtbot.mouseClick(view.steps.add_exercise, Qt.MouseButton.LeftButton)  # into the chosen circuit
    refocus(qtbot, main)
    answer(qtbot, pick(qtbot, "dead bug"))
    qtbot.mouseClick(view.steps.add_exercise, Qt.MouseButton.LeftButton)  # after the plank, in the circuit
    refocus(qtbot, main)
    assert names(view) == ["Rest · 30 secs", "Circuit · 2 rounds", "  Plank · 30 secs", "  Dead bug · 8 reps"]

    view.tree.setFocus()
    view.select(("steps", 1, "circuit", "steps", 0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, CTRL)  # out of the circuit, above it
    assert names(view) == ["Rest · 30 secs", "Plank · 30 secs", "Circuit · 2 rounds", "  Dead bug · 8 reps"]
    qtbot.keyClick(view.tree, Qt.Key.Key_Down, CTRL)  # past the circuit, not into it
    assert names(view) == ["Rest · 30 secs", "Circuit · 2 rounds", "  Dead bug · 8 reps", "Plank · 30 secs"]

    dragged = model.mimeData([model.index_of(("steps", 0))])  # the rest, dropped on the circuit
    assert not model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, 0, model.index_of(("steps", 1)))
    assert names(view) == ["Circuit · 2 rounds", "  Dead bug · 8 reps", "  Rest · 30 secs", "Plank · 30 secs"]

    view.select(("steps", 0, "circuit", "steps", 0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert names(view) == ["Circuit · 2 rounds", "  Rest · 30 secs", "Plank · 30 secs"]
    view.select(("steps", 0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)  # the circuit, with what is in it
    assert names(view) == ["Plank · 30 secs"]

    for _ in range(3):  # the two removals and the drop
        qtbot.keyClick(view.tree, Qt.Key.Key_Z, CTRL)
    assert names(view) == ["Rest · 30 secs", "Circuit · 2 rounds", "  Dead bug · 8 reps", "Plank · 30 secs"]
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, CTRL | SHIFT)
    assert names(view) == ["Circuit · 2 rounds", "  Rest · 30 secs", "Plank · 30 secs"]
    while view.editor.undo_stack.canUndo():
        qtbot.keyClick(view.tree, Qt.Key.Key_Z, CTRL)
    assert names(view) == [] and model.rowCount() == 1  # the routine's own row is always there
