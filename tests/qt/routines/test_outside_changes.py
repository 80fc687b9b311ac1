"""A routine file changed or deleted in another program while the app has it open: a save never
writes over it without asking, and a file that is gone says so instead of opening empty."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.helpers.editor_window import answer, editor_of, press, refocus, type_into
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.library.library import Action
from workout_timer.qt.editor.text_view import TextView
from workout_timer.qt.shell.main_window import MainWindow

QUESTION = "Changed outside the app"


def routine_file() -> Path:
    return user_routines_dir() / "short-test.yaml"


def changed_outside(path: Path) -> str:
    """What another program does: write its own version of the file."""
    text = path.read_text().replace("Short test session", "Changed in another program")
    assert "Changed in another program" in text
    path.write_text(text)
    return text


@contextmanager
def no_question() -> Iterator[list[str]]:
    """Inside: any question that opens is noted and turned down (so a wrong one cannot block the test)."""
    asked: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            asked.append(dialog.windowTitle())
            dialog.reject()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(look)
    timer.start()
    try:
        yield asked
    finally:
        timer.stop()


def edit_and_rename(qtbot: QtBot, main: MainWindow, name: str) -> None:
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, editor_of(main).routine_page.name, name)


def save_in_editor(qtbot: QtBot, main: MainWindow) -> None:
    qtbot.keyClick(editor_of(main).tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_save_over_a_file_changed_outside_asks_and_cancel_keeps_both_versions(qtbot: QtBot, main: MainWindow) -> None:
    path = routine_file()
    edit_and_rename(qtbot, main, "Mine")
    theirs = changed_outside(path)
    asked = answer(qtbot, press("Cancel"))
    save_in_editor(qtbot, main)
    assert asked == [QUESTION]
    assert path.read_text() == theirs
    view = editor_of(main)
    assert view.editor.dirty and view.editor.document["name"] == "Mine"
    assert any("Not saved" in message for message in main.notices.messages())


def test_overwrite_it_writes_the_editors_version(qtbot: QtBot, main: MainWindow) -> None:
    path = routine_file()
    edit_and_rename(qtbot, main, "Mine")
    changed_outside(path)
    asked = answer(qtbot, press("Overwrite it"))
    save_in_editor(qtbot, main)
    assert asked == [QUESTION]
    assert "name: Mine" in path.read_text()
    assert not editor_of(main).editor.dirty
    refocus(qtbot, main)
    type_into(qtbot, editor_of(main).routine_page.name, "Mine again")
    with no_question() as asked:
        save_in_editor(qtbot, main)  # the file is what the app wrote: nothing to ask
    assert asked == [] and "name: Mine again" in path.read_text()


def test_keep_both_saves_the_editors_version_as_a_copy(qtbot: QtBot, main: MainWindow) -> None:
    path = routine_file()
    edit_and_rename(qtbot, main, "Mine")
    theirs = changed_outside(path)
    asked = answer(qtbot, press("Keep both (save yours as a copy)"))
    save_in_editor(qtbot, main)
    assert asked == [QUESTION]
    copy = path.with_name("short-test-2.yaml")
    assert path.read_text() == theirs and "name: Mine" in copy.read_text()
    assert editor_of(main).editor.routine_id == "short-test-2" and not editor_of(main).editor.dirty
    listed = {entry.id: entry.routine.name for entry in main.library.entries() if entry.routine}
    assert listed["short-test"] == "Changed in another program" and listed["short-test-2"] == "Mine"


def test_a_copy_kept_beside_a_routine_of_the_same_name_gets_a_name_of_its_own(qtbot: QtBot, main: MainWindow) -> None:
    """Two rows of the same name in the list can't be told apart."""
    path = routine_file()
    edit_and_rename(qtbot, main, "Mine")
    path.write_text(path.read_text().replace("Short test session", "Mine") + "# and a note\n")  # the same name there
    answer(qtbot, press("Keep both (save yours as a copy)"))
    save_in_editor(qtbot, main)
    listed = {entry.id: entry.routine.name for entry in main.library.entries() if entry.routine}
    assert listed["short-test"] == "Mine" and listed["short-test-2"] == "Mine (2)"
    assert editor_of(main).editor.document["name"] == "Mine (2)"  # the editor shows the copy's name


def test_a_save_over_a_file_deleted_outside_asks_first(qtbot: QtBot, main: MainWindow) -> None:
    path = routine_file()
    edit_and_rename(qtbot, main, "Mine")
    path.unlink()
    asked = answer(qtbot, press("Cancel"))
    save_in_editor(qtbot, main)
    assert asked == [QUESTION] and not path.exists()
    refocus(qtbot, main)
    asked = answer(qtbot, press("Save it again"))
    save_in_editor(qtbot, main)
    assert asked == [QUESTION] and "name: Mine" in path.read_text()


def test_the_editor_opens_the_file_as_it_is_now(qtbot: QtBot, main: MainWindow) -> None:
    """Changed outside before Edit, and the library not read again yet: the editor shows the change."""
    changed_outside(routine_file())
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert editor_of(main).editor.document["name"] == "Changed in another program"


def open_as_text(main: MainWindow) -> TextView:
    main.library_view.select("short-test")
    main.menus.routine_actions[Action.TEXT].trigger()
    view = main.editing.text_view
    assert view is not None and main.current_view() is view
    return view


def type_line(qtbot: QtBot, view: TextView, text: str) -> None:
    qtbot.keyClicks(view.editor, text)
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)


def test_a_text_save_over_a_file_changed_outside_asks(qtbot: QtBot, main: MainWindow) -> None:
    path = routine_file()
    view = open_as_text(main)
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.End)
    type_line(qtbot, view, "# mine")
    theirs = changed_outside(path)
    asked = answer(qtbot, press("Cancel"))
    qtbot.keyClick(view.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [QUESTION] and path.read_text() == theirs and view.dirty

    refocus(qtbot, main)
    asked = answer(qtbot, press("Keep both (save yours as a copy)"))
    qtbot.keyClick(view.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    copy = path.with_name("short-test-2.yaml")
    assert asked == [QUESTION] and path.read_text() == theirs
    assert copy.read_text().endswith("# mine\n") and view.path == copy and not view.dirty

    refocus(qtbot, main)
    type_line(qtbot, view, "# more")
    changed_outside(copy)
    asked = answer(qtbot, press("Overwrite it"))
    qtbot.keyClick(view.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [QUESTION] and copy.read_text() == view.text() and "# more" in copy.read_text()


def test_a_file_deleted_while_previewed_says_it_is_gone_on_edit(qtbot: QtBot, main: MainWindow) -> None:
    path = routine_file()
    main.library_view.select("short-test")
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_Return)
    assert main.current_view() is main.preview_view
    path.unlink()
    qtbot.mouseClick(main.preview_view.edit_button, Qt.MouseButton.LeftButton)
    assert main.current_view() is main.library_view and main.editing.editor is None
    assert any("its file, short-test.yaml, was deleted" in message for message in main.notices.messages())
    assert main.library.find("short-test") is None


def test_a_file_deleted_while_previewed_says_it_is_gone_as_text(qtbot: QtBot, main: MainWindow) -> None:
    path = routine_file()
    main.library_view.select("short-test")
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_Return)
    path.unlink()
    main.menus.routine_actions[Action.TEXT].trigger()
    assert main.current_view() is main.library_view
    assert any("its file, short-test.yaml, was deleted" in message for message in main.notices.messages())
    assert main.library.find("short-test") is None
