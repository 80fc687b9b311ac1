"""An own exercise's place on a ladder survives a change made in the exercise dialog."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workout_timer.qt.editor.exercise_dialog import ExerciseDialog


def test_an_own_exercise_keeps_its_easier_and_harder_variants_through_the_dialog(qtbot: QtBot) -> None:
    data = {"name": "Cushion plank", "kind": "core", "instructions": ["Hold"], "easier": "plank", "harder": "x-plank"}
    dialog = ExerciseDialog("cushion-plank", data)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, " hold")
    changed = dialog.data()
    assert changed["name"] == "Cushion plank hold"
    assert (changed["easier"], changed["harder"]) == ("plank", "x-plank")
