"""The editor behaves as a user expects: "Make it mine" gives the user's version in place of the
original, a new routine is not wrong before it is touched, durations keep the form typed, and a long
name is cut short rather than clipped. All through the real window, keys and buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import listed_names
from tests.helpers.editor_window import answer, editor_of, forget_edits, pick, press, refocus, type_into, window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.library.entry import Source
from workout_timer.qt.editor.editor_view import EditorView
from workout_timer.qt.shell.main_window import MainWindow


def listed(main: MainWindow, routine_id: str) -> list[Source]:
    """The sources of the rows the library lists for `routine_id`."""
    return [entry.source for entry in main.library.entries() if entry.id == routine_id]


def open_preview(qtbot: QtBot, main: MainWindow, routine_id: str) -> None:
    main.show_library()
    main.library_view.select(routine_id)
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_Return)
    assert main.current_view() is main.preview_view


def test_make_it_mine_lists_your_version_in_place_of_the_original(qtbot: QtBot, main: MainWindow) -> None:
    open_preview(qtbot, main, "core-for-runners")
    preview = main.preview_view
    assert preview.edit_button.text() == "Make it mine" and not preview.other_button.isVisibleTo(preview)
    qtbot.mouseClick(preview.edit_button, Qt.MouseButton.LeftButton)
    view = editor_of(main)
    assert view.editor.is_new and view.editor.document["name"] == "Core for runners"
    assert not view.editor.dirty and view.save_button.isEnabled()  # nothing changed yet, but it can be saved
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, view.routine_page.name, "Core for runners, my way")
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert sorted(p.name for p in user_routines_dir().iterdir()) == ["core-for-runners.yaml", "short-test.yaml"]
    assert "Core for runners, my way" in (user_routines_dir() / "core-for-runners.yaml").read_text()

    qtbot.keyClick(view.tree, Qt.Key.Key_Escape)  # saved: leaving asks nothing
    assert main.current_view() is main.library_view
    assert listed(main, "core-for-runners") == [Source.USER]  # one row: yours, in place of the original
    assert "Core for runners" not in listed_names(main.library_view)

    open_preview(qtbot, main, "core-for-runners")
    assert preview.edit_button.text() == "Edit" and preview.other_button.text() == "Show the original"
    qtbot.mouseClick(preview.other_button, Qt.MouseButton.LeftButton)
    original = preview.entry()
    assert original is not None and original.source is Source.BUILT_IN and original.routine is not None
    assert original.routine.name == "Core for runners"
    assert preview.edit_button.text() == "Edit my version" and preview.other_button.text() == "Show my version"
    qtbot.mouseClick(preview.edit_button, Qt.MouseButton.LeftButton)  # edits yours, never a second copy
    assert editor_of(main).editor.document["name"] == "Core for runners, my way"
    assert not editor_of(main).editor.is_new
    qtbot.keyClick(editor_of(main).tree, Qt.Key.Key_Escape)

    main.library_view.select("core-for-runners")
    main.library_view.focus_list()
    answer(qtbot, press("Yes"))
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_Delete)
    assert listed(main, "core-for-runners") == [Source.BUILT_IN]  # the original is back in the list
    assert "Core for runners" in listed_names(main.library_view)


def test_a_new_routine_is_neither_wrong_nor_unsaved_until_it_is_touched(qtbot: QtBot, main: MainWindow) -> None:
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    assert not view.editor.dirty and view.header.state.text() == ""
    assert not view.routine_page.problems.isVisibleTo(view)
    assert not view.model.data(view.model.index(0, 0)).startswith("⚠")
    assert "first step" in view.session.note.text() and not view.save_button.isEnabled()

    view.routine_page.name.setFocus()  # where Ctrl+N puts the cursor
    qtbot.keyClick(view.routine_page.name, Qt.Key.Key_Escape)  # Esc in a field: back to the list of steps
    assert main.current_view() is view and QApplication.focusWidget() is view.tree
    qtbot.keyClick(view.tree, Qt.Key.Key_Escape)  # and again: leaving an untouched routine asks nothing
    assert main.current_view() is main.library_view


def asked_on_leaving(qtbot: QtBot, view: EditorView) -> tuple[str, list[str], str]:
    """Esc in the list of steps: the question leaving asks (its words, its buttons, the default), answered with the
    default."""
    seen: list[tuple[str, list[str], str]] = []
    kinds: list[tuple[QMessageBox.StandardButton, bool]] = []

    def look(dialog: object) -> None:
        assert isinstance(dialog, QMessageBox)
        buttons = [button.text().replace("&", "") for button in dialog.buttons()]
        default = dialog.defaultButton()
        said = f"{dialog.text()} {dialog.informativeText()}"
        seen.append((said, buttons, default.text().replace("&", "") if default is not None else ""))
        if default is not None:
            kinds.append((dialog.standardButton(default), default.icon().isNull()))
        dialog.defaultButton().click()

    answer(qtbot, look)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Escape)
    (asked,) = seen
    # staying is no cancel: not Cancel's button, which a style that shows icons marks with its ✗, and no icon
    assert kinds == [(QMessageBox.StandardButton.NoButton, True)]
    refocus(qtbot, view.window())  # the offscreen platform does not give the window back after a dialog
    view.tree.setFocus()
    return asked


def test_a_named_routine_with_no_steps_yet_is_told_what_to_add_not_that_it_is_wrong(
    qtbot: QtBot, main: MainWindow
) -> None:
    """Not the file's "`steps` must not be empty" on About this routine: the editor's own words where the steps are,
    and leaving says plainly that it has no steps yet."""
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    hint = "No steps yet: add one with the buttons below."
    assert view.steps.no_steps.isVisibleTo(view) and view.steps.no_steps.text() == hint  # from the start
    qtbot.keyClicks(view.routine_page.name, "Morning core")
    assert view.editor.dirty and not view.save_button.isEnabled()
    assert not view.routine_page.problems.isVisibleTo(view) and "steps" not in view.routine_page.problems.text()
    assert not view.model.data(view.model.index(0, 0)).startswith("⚠")  # About this routine is not wrong
    assert view.steps.no_steps.isVisibleTo(view) and view.steps.no_steps.text() == hint
    assert view.tree.accessibleDescription() == hint  # heard in the list, where it is read
    assert "first step" in view.session.note.text()
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Add a first step, then save." in main.notices.messages()

    said, buttons, default = asked_on_leaving(qtbot, view)
    assert (
        said == "“Morning core” has no steps yet, so it can't be saved. Stay to add a step, or throw your changes away?"
    )
    assert "Save" not in buttons and default == "Stay and add a step"
    assert editor_of(main) is view  # the default keeps the changes

    answer(qtbot, pick(qtbot, "plank"))
    qtbot.keyClick(view.tree, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not view.steps.no_steps.isVisibleTo(view) and view.tree.accessibleDescription() == ""
    assert view.save_button.isEnabled()
    forget_edits(main)


def test_leaving_changes_that_cannot_be_saved_does_not_offer_save(qtbot: QtBot, main: MainWindow) -> None:
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    view.select(("steps", 0))
    type_into(qtbot, view.exercise_page.amount, "half a minute")
    assert view.editor.dirty
    assert view.model.data(view.model.index_of(("steps", 0))).startswith("⚠")  # it says what is wrong
    said, buttons, default = asked_on_leaving(qtbot, view)
    assert said.startswith("“Short test session” has a mistake (marked in red), so it can't be saved yet.")
    assert "Save" not in buttons and default == "Stay and fix it"
    assert editor_of(main) is view  # the default keeps the changes


def test_a_routine_with_no_steps_and_a_mistake_is_told_the_mistake(qtbot: QtBot, main: MainWindow) -> None:
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    (tempo,) = [b.widget for b in view.routine_page.bindings if b.key == ("defaults", "tempo")]
    assert isinstance(tempo, QLineEdit)
    type_into(qtbot, tempo, "slow")  # marked in red: staying is to fix it, not only to add a step
    assert view.model.data(view.model.index(0, 0)).startswith("⚠")
    said, _buttons, default = asked_on_leaving(qtbot, view)
    assert "has a mistake (marked in red)" in said and default == "Stay and fix it"
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "This routine has mistakes (marked in red). Fix them, then save." in main.notices.messages()


def test_a_duration_keeps_the_form_typed_through_a_save_and_a_reload(qtbot: QtBot, main: MainWindow) -> None:
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    view.select(("steps", 0))
    type_into(qtbot, view.exercise_page.amount, "1:15")
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert view.exercise_page.amount.text() == "1:15"
    assert "duration: '1:15'" in (user_routines_dir() / "short-test.yaml").read_text()
    qtbot.keyClick(view.tree, Qt.Key.Key_Escape)

    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    again = editor_of(main)
    again.select(("steps", 0))
    assert again.exercise_page.amount.text() == "1:15"
    assert not again.editor.dirty


def test_a_long_name_is_cut_short_with_its_whole_text_in_the_tooltip(qtbot: QtBot, main: MainWindow) -> None:
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    name = "A very long routine name for the mornings before a long run, with hips, glutes and the core, gently"
    qtbot.keyClicks(view.routine_page.name, name)
    title = view.header.title.text()
    assert title.endswith("…") and view.header.title.toolTip() == name  # cut short, whole in the tooltip
    assert (
        view.header.title.fontMetrics().horizontalAdvance(title) <= view.header.title.contentsRect().width()
    )  # never clipped
    assert view.header.state.text() == "Unsaved changes"  # under the name, never cut off by it
    type_into(qtbot, view.routine_page.name, "Morning core")
    assert view.header.title.text() == "Morning core" and view.header.title.toolTip() == ""


def test_the_library_pairs_your_version_with_the_original(tmp_path: Path) -> None:
    from workout_timer import resources
    from workout_timer.domain.library.library import Library

    user = tmp_path / "routines"
    user.mkdir()
    built_in = resources.routines_dir()
    (user / "core-for-runners.yml").write_text((built_in / "core-for-runners.yaml").read_text())
    library = Library(built_in, user, resources.catalogue_path())
    rows = [(entry.id, entry.source) for entry in library.entries() if entry.id == "core-for-runners"]
    assert rows == [("core-for-runners", Source.USER)]
    yours = library.find("core-for-runners")
    assert yours is not None and yours.path == user / "core-for-runners.yml"
    original = library.counterpart(yours)
    assert original is not None and original.source is Source.BUILT_IN
    again = library.counterpart(original)
    assert again is not None and again.path == yours.path
    other = library.find("post-run-stretch")
    assert other is not None and library.counterpart(other) is None


def test_once_saved_a_new_routine_is_tried_under_the_id_it_was_saved_as(qtbot: QtBot, main: MainWindow) -> None:
    """The editor's id and the id of the routine it checks are one fact: a session (and its event log)
    says the routine's real id, never the stand-in a new routine had before its first save."""
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    qtbot.keyClicks(view.routine_page.name, "Morning core")
    qtbot.mouseClick(view.steps.add_rest, Qt.MouseButton.LeftButton)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (user_routines_dir() / "morning-core.yaml").exists() and not view.editor.dirty
    qtbot.mouseClick(view.try_button, Qt.MouseButton.LeftButton)
    driver = main.session.driver
    assert driver is not None and driver.summary.timeline.routine.id == "morning-core"
    driver.stop()


def test_open_as_text_opens_the_file_being_edited_beside_another_of_the_same_id(qtbot: QtBot, main: MainWindow) -> None:
    """The editor knows its file: "Open as text" opens that one, not whichever file the id finds first."""
    folder = user_routines_dir()
    (folder / "mine.yaml").write_text("version: 1\nname: Lower case\nsteps:\n  - {exercise: plank, duration: 20}\n")
    (folder / "Mine.yml").write_text("version: 1\nname: Upper case\nsteps:\n  - {exercise: plank, duration: 30}\n")
    main.reload_library()
    both = [entry for entry in main.library.entries() if entry.id == "mine"]
    assert sorted(entry.path.name for entry in both) == ["Mine.yml", "mine.yaml"]
    for entry in both:
        main.editing.edit(entry)
        view = editor_of(main)
        qtbot.mouseClick(view.text_button, Qt.MouseButton.LeftButton)
        text_view = main.editing.text_view
        assert text_view is not None and main.current_view() is text_view
        assert text_view.path == entry.path
        qtbot.mouseClick(text_view.back_button, Qt.MouseButton.LeftButton)


def test_a_draft_recovered_after_a_crash_is_saved_to_the_file_it_came_from(
    qtbot: QtBot, main: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    """A draft keeps its file: beside another file of the same id (mine.yaml and Mine.yml), the edits
    recovered after a crash go to the file they were made in, and the other is left as it was."""
    folder = user_routines_dir()
    texts = {
        "mine.yaml": "version: 1\nname: Lower case\nsteps:\n  - {exercise: plank, duration: 20}\n",
        "Mine.yml": "version: 1\nname: Upper case\nsteps:\n  - {exercise: plank, duration: 30}\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text)
    main.reload_library()
    for entry in [entry for entry in main.library.entries() if entry.id == "mine"]:
        main.editing.edit(entry)
        with qtbot.waitSignal(main.editing._autosave.timeout, timeout=5000):
            type_into(qtbot, editor_of(main).routine_page.name, "Changed")
        main.editing._close_editor()  # the app after a crash: the window never closed

        again = window(qtbot, clock, tmp_path)
        asked = answer(qtbot, press("Open my changes"))
        again._offer_drafts()
        assert asked == ["Unsaved changes"]
        refocus(qtbot, again)
        reopened = editor_of(again)
        reopened.tree.setFocus()
        qtbot.keyClick(reopened.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not reopened.editor.dirty
        assert "name: Changed" in entry.path.read_text()
        other = next(path for path in folder.iterdir() if path.name in texts and path != entry.path)
        assert other.read_text() == texts[other.name]  # the other file of the same id is untouched
        entry.path.write_text(texts[entry.path.name])
        main.reload_library()
