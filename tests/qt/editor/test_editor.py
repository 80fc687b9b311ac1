"""The routine editor in the real window: built by keyboard and mouse, reordered, undone, saved,
reopened, protected from crashes and failed saves, plus import, export, delete and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import listed_names
from tests.helpers.editor_window import (
    answer,
    editor_of,
    forget_edits,
    names,
    pick,
    press,
    refocus,
    type_into,
    window,
)
from tests.helpers.keyboard_reach import accessible_name
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_drafts_dir, user_routines_dir
from workout_timer.domain.editing.draft import value_at
from workout_timer.domain.routines.loading import load_routine
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.qt.editor.exercise_picker import ExercisePicker
from workout_timer.qt.shell.main_window import MainWindow


def test_a_rests_note_follows_it_in_the_list_of_steps_as_a_sentence_of_its_own(qtbot: QtBot, main: MainWindow) -> None:
    """As the preview, the player and the voice say it: it came after a "·", its capital letter inside the line."""
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    answer(qtbot, pick(qtbot, "plank"))
    qtbot.keyClick(view.tree, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    refocus(qtbot, main)
    qtbot.mouseClick(view.steps.add_rest, Qt.MouseButton.LeftButton)
    (note,) = [edit for edit in view.pages.rest_page.findChildren(QLineEdit) if edit.accessibleName() == "Note"]
    type_into(qtbot, note, "Have a drink of water, then the stretches")
    assert names(view) == ["Plank · 30 secs", "Rest · 30 secs. Have a drink of water, then the stretches."]
    session = [view.session.timeline.item(row).text() for row in range(view.session.timeline.count())]
    assert "Rest  ·  30 secs. Have a drink of water, then the stretches." in [line[4:].strip() for line in session]
    forget_edits(main)


def test_a_routine_built_from_nothing_by_keyboard_and_mouse(
    qtbot: QtBot, main: MainWindow, catalogue: Catalogue
) -> None:
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    assert view.routine_page.name.hasFocus()
    qtbot.keyClicks(view.routine_page.name, "Morning core")
    assert view.editor.check.routine is None and not view.save_button.isEnabled()  # no steps yet
    assert view.steps.no_steps.isVisible()  # what to do next, where the steps are: no mistake

    answer(qtbot, pick(qtbot, "plank"))
    qtbot.keyClick(view.tree, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.current_path() == ("steps", 0)
    type_into(qtbot, view.exercise_page.amount, "45s")
    qtbot.mouseClick(view.steps.add_rest, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.steps.add_circuit, Qt.MouseButton.LeftButton)
    assert view.current_path() == ("steps", 2)
    assert view.editor.check.routine is None  # an empty circuit is flagged, not lost
    answer(qtbot, pick(qtbot, "dead bug"))
    qtbot.mouseClick(view.steps.add_exercise, Qt.MouseButton.LeftButton)  # goes into the chosen circuit
    assert view.current_path() == ("steps", 2, "circuit", "steps", 0)
    assert names(view) == ["Plank · 45 secs", "Rest · 30 secs", "Circuit · 2 rounds", "  Dead bug · 8 reps"]
    assert view.editor.check.routine is not None and view.save_button.isEnabled()
    assert view.session.total.text() != "—" and view.session.timeline.count() > 5
    refocus(qtbot, main)  # the offscreen platform does not give the window back after a dialog
    view.tree.setFocus()

    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = user_routines_dir() / "morning-core.yaml"
    saved = load_routine(path, catalogue)
    assert saved.name == "Morning core" and len(saved.steps) == 3
    assert "duration: 45s" in path.read_text()
    assert not view.editor.dirty and view.header.state.text() == ""
    assert main.library.find("morning-core") is not None
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)  # back to the routines: the one just saved chosen
    assert main.current_view() is main.library_view
    chosen = main.library_view.current_entry()
    assert chosen is not None and chosen.id == "morning-core"
    assert main.library_view.details.toPlainText().startswith("Morning core")


def test_reorder_by_keys_and_by_drag_undo_and_redo(qtbot: QtBot, main: MainWindow) -> None:
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    first = names(view)
    view.select(("steps", 0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(view) == [first[1], first[0], first[2]] and view.current_path() == ("steps", 1)

    model = view.model  # a drag carries the step's path; the drop asks for one undoable move
    data = model.mimeData([model.index_of(("steps", 2))])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, model.index(-1, -1)) is False
    assert names(view) == [first[2], first[1], first[0]]

    qtbot.keyClick(view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(view) == [first[1], first[0], first[2]]
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(view) == first and not view.editor.dirty
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert names(view) == [first[1], first[0], first[2]] and view.editor.dirty


def test_typing_is_one_undo_step_and_undo_works_inside_the_field(qtbot: QtBot, main: MainWindow) -> None:
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    name = view.routine_page.name
    type_into(qtbot, name, "Lunch break")
    assert view.editor.document["name"] == "Lunch break"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the routine's undo, not the field's
    assert view.editor.document["name"] == "Short test session" == name.text()
    assert not view.editor.undo_stack.canUndo()


def test_a_wrong_value_shows_the_loaders_message_at_its_field(qtbot: QtBot, main: MainWindow) -> None:
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    view.select(("steps", 0))
    type_into(qtbot, view.exercise_page.amount, "half a minute")
    errors = next(b.errors for b in view.exercise_page.bindings if b.key == ("duration",))
    assert errors.isVisible() and "“half a minute”" in errors.text()
    assert not view.save_button.isEnabled() and not view.try_button.isEnabled()
    assert view.model.data(view.model.index_of(("steps", 0))).startswith("⚠")
    assert view.session.total.text() != "—"  # the last version that loaded stays in view


def test_a_wrong_value_marks_its_field_invalid_and_a_right_one_clears_it(qtbot: QtBot, main: MainWindow) -> None:
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    view.select(("steps", 0))
    amount = view.exercise_page.amount
    (label,) = [label for label in view.exercise_page.findChildren(QLabel) if label.buddy() is amount]
    assert label.text() == "How long" and accessible_name(amount) == "How long"  # the field named, not a holder
    labelled = QAccessible.queryAccessibleInterface(amount).relations(QAccessible.RelationFlag.Label)
    assert [other.object() for other, _ in labelled] == [label]  # as a screen reader finds it: beside the field
    type_into(qtbot, amount, "half a minute")
    description = QAccessible.queryAccessibleInterface(amount).text(QAccessible.Text.Description)
    assert description.startswith("Not valid: ") and "“half a minute”" in description
    assert amount.property("invalid") is True and "border" in amount.styleSheet()  # seen, and heard
    type_into(qtbot, amount, "30s")
    assert amount.property("invalid") is False and amount.styleSheet() == "" and amount.accessibleDescription() == ""


def test_a_failed_save_leaves_the_old_file_and_the_changes(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = user_routines_dir() / "short-test.yaml"
    before = path.read_text()
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    type_into(qtbot, view.routine_page.name, "Renamed")

    def broken_rename(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", broken_rename)
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.undo()
    assert path.read_text() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["short-test.yaml"]  # no half-written file
    assert view.editor.dirty and view.editor.document["name"] == "Renamed"
    assert "Not saved: the disk is full. Your changes are still here." in main.notices.messages()

    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "name: Renamed" in path.read_text()
    back = main.library.find("short-test")
    assert back is not None and back.routine is not None and back.routine.name == "Renamed"


def test_leaving_with_unsaved_changes_asks_first(qtbot: QtBot, main: MainWindow) -> None:
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    type_into(qtbot, view.routine_page.name, "Changed")
    asked = answer(qtbot, press("Cancel"))
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert asked == ["Unsaved changes"] and main.current_view() is view
    answer(qtbot, press("Discard"))
    refocus(qtbot, main)  # the offscreen platform does not give the window back after a dialog
    view.focus_steps()
    qtbot.keyClick(view.tree, Qt.Key.Key_Escape)  # Esc in the list of steps is Back
    assert main.current_view() is main.library_view
    assert "Changed" not in (user_routines_dir() / "short-test.yaml").read_text()


def test_unsaved_edits_survive_a_crash_as_a_draft(
    qtbot: QtBot, main: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    with qtbot.waitSignal(main.editing._autosave.timeout, timeout=5000):
        qtbot.keyClicks(view.routine_page.name, "Half done")
    drafts = list(user_drafts_dir().glob("*.json"))
    assert len(drafts) == 1

    forget_edits(main)
    again = window(qtbot, clock, tmp_path)  # the app after a crash: the first window never closed
    asked = answer(qtbot, press("Open my changes"))
    again._offer_drafts()
    assert asked == ["Unsaved changes"]
    reopened = editor_of(again)
    assert reopened.editor.document["name"] == "Half done"
    assert reopened.editor.dirty and reopened.editor.is_new


def test_delete_asks_and_can_be_undone(qtbot: QtBot, main: MainWindow) -> None:
    path = user_routines_dir() / "short-test.yaml"
    main.library_view.select("short-test")
    main.library_view.focus_list()
    answer(qtbot, press("Yes"))
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_Delete)
    assert not path.exists() and "short-test" not in [e.id for e in main.library.entries()]
    main.menus.undo_delete.trigger()
    assert path.exists() and main.library.find("short-test") is not None


def test_import_asks_on_a_clash_and_export_writes_a_file_others_can_import(
    qtbot: QtBot, main: MainWindow, tmp_path: Path, catalogue: Catalogue
) -> None:
    entry = main.library.find("short-test")
    assert entry is not None
    exported = tmp_path / "short-test.yaml"
    assert main.editing.export_to(entry, exported)
    asked = answer(qtbot, press("Keep both"))
    assert main.editing.import_file(exported) == "short-test-2"
    assert asked == ["A routine with this name exists"]
    assert load_routine(user_routines_dir() / "short-test-2.yaml", catalogue).name == "Short test session (2)"
    shown = listed_names(main.library_view)
    assert "Short test session" in shown and "Short test session (2)" in shown  # two rows told apart

    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: Bad\nsteps:\n  - exercise: plank\n    duration: soon\n")
    asked = answer(qtbot, press("OK"))
    assert main.editing.import_file(broken) is None
    assert asked == ["Not imported"] and not (user_routines_dir() / "broken.yaml").exists()


def test_a_broken_file_is_listed_and_fixed_as_text(qtbot: QtBot, main: MainWindow) -> None:
    path = user_routines_dir() / "broken.yaml"
    path.write_text("version: 1\nname: Broken\nsteps:\n  - exercise: plank\n    duration: soon\n")
    main.reload_library()
    main.library_view.select("broken")
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_Return)
    assert main.preview_view.edit_button.text() == "Fix the file"
    qtbot.mouseClick(main.preview_view.edit_button, Qt.MouseButton.LeftButton)
    text_view = main.editing.text_view
    assert text_view is not None and main.current_view() is text_view
    assert text_view.problems.count() == 1 and "line 5" in text_view.problems.item(0).text()
    assert text_view.editor.textCursor().blockNumber() == 4  # the cursor waits at the mistake

    cursor = text_view.editor.textCursor()
    cursor.select(cursor.SelectionType.LineUnderCursor)
    cursor.insertText("    duration: 30s")
    qtbot.keyClick(text_view.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    fixed = main.library.find("broken")
    assert fixed is not None and fixed.routine is not None


def test_try_it_runs_the_unsaved_routine_and_comes_back(qtbot: QtBot, main: MainWindow) -> None:
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    type_into(qtbot, view.routine_page.name, "Tried")
    qtbot.mouseClick(view.try_button, Qt.MouseButton.LeftButton)
    assert main.current_view() is main.session.player_view and main.session.driver is not None
    assert main.session.driver.summary.timeline.routine.name == "Tried"
    main.session.driver.stop()
    assert main.current_view() is main.session.summary_view
    said = main.session.summary_view.text.toPlainText().splitlines()
    assert said[:3] == ["Session stopped", "Tried", "This was a try: it is not kept in your history."]
    qtbot.mouseClick(main.session.summary_view.again_button, Qt.MouseButton.LeftButton)  # tried again: still a try
    assert main.session.driver is not None
    main.session.driver.stop()
    assert "This was a try: it is not kept in your history." in main.session.summary_view.text.toPlainText()
    qtbot.mouseClick(main.session.summary_view.library_button, Qt.MouseButton.LeftButton)
    assert main.current_view() is view and view.editor.dirty


def test_the_exercise_picker_searches_and_explains(qtbot: QtBot, catalogue: Catalogue) -> None:
    picker = ExercisePicker(catalogue)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "bridge")
    assert picker.chosen() == "glute-bridge"
    assert "Glute bridge" in picker.details.toPlainText()
    qtbot.keyClicks(picker.search, "zzz")
    assert picker.chosen() is None and not picker.ok.isEnabled()


def test_moving_a_step_with_the_mouse_by_drag(qtbot: QtBot, main: MainWindow) -> None:
    """Where a drop lands: after the last row, before the first step, between rows, on a row."""
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    model = view.model
    top = model.index(-1, -1)
    assert model.drop_place(-1, top) == (("steps",), 3)
    assert model.drop_place(0, top) == (("steps",), 0)
    assert model.drop_place(2, top) == (("steps",), 1)
    assert model.drop_place(-1, model.index_of(("steps", 0))) == (("steps",), 1)
    assert value_at(view.editor.document, ("steps", 0, "exercise")) == "plank"


def test_quitting_with_unsaved_changes_asks(qtbot: QtBot, main: MainWindow) -> None:
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    qtbot.keyClicks(view.routine_page.name, "x")  # a routine with no steps yet: it can't be saved
    asked = answer(qtbot, press("Stay and add a step"))
    assert not main.close()
    assert asked == ["Unsaved changes"] and main.isVisible()
    answer(qtbot, press("Discard"))
    assert main.close()
