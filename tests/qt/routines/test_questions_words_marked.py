"""The routines' questions and what the window says after them are marked for translation: deleting a routine,
an import whose file name is taken, a save over a file changed outside the app. Under the pseudo-language (each
marked text comes back in brackets) they show no English outside the brackets but the routine's own name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.editor_window import Answer, answer, editor_of, forget_edits, press, type_into
from tests.helpers.editor_window import window as editor_window
from tests.helpers.pseudo_language import outside_brackets, pseudo_language, unmarked
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir

NAME = "Short test session"
"""The routine's own name: the user's words."""
QT_OWN = ["Yes", "Cancel"]
"""The standard buttons' words, which Qt's own translations give."""


def read_then(found: list[str], then: Answer) -> Answer:
    """Note the question's unmarked words, then answer it."""

    def act(box: QWidget) -> None:
        found.extend(unmarked(box, allowed=[NAME, *QT_OWN]))
        then(box)

    return act


def told(notices: list[str]) -> list[str]:
    """What the window's notices say outside the brackets (the routine's name taken out)."""
    return [rest for rest in (outside_brackets(text).replace(NAME, " ").strip(" .“”") for text in notices) if rest]


def test_deleting_a_routine_asks_and_tells_in_marked_words(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    found: list[str] = []
    with pseudo_language():
        window = app_window(qtbot, clock, tmp_path)
        window.library_view.select("short-test")
        (delete,) = [action for action in window.findChildren(QAction) if action.text() == "⟦De&lete…⟧"]
        asked = answer(qtbot, read_then(found, press("Yes")))
        delete.trigger()
        assert asked == ["⟦Delete the routine?⟧"] and found == []
        assert window.library.find("short-test") is None
        assert window.notices.messages() and told(window.notices.messages()) == []
    window.close()


def test_an_import_whose_name_is_taken_asks_in_marked_words(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    found: list[str] = []
    shared = tmp_path / "short-test.yaml"
    with pseudo_language():
        window = app_window(qtbot, clock, tmp_path)
        shared.write_text((user_routines_dir() / "short-test.yaml").read_text())
        asked = answer(qtbot, read_then(found, press("⟦Keep both⟧")))
        assert window.editing.import_file(shared) == "short-test-2"
        assert asked == ["⟦A routine with this name exists⟧"] and found == []
        assert told(window.notices.messages()) == []
    window.close()


def test_a_save_over_a_file_changed_outside_asks_in_marked_words(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    found: list[str] = []
    with pseudo_language():
        window = editor_window(qtbot, clock, tmp_path)  # its edits forgotten before it closes
        window.library_view.select("short-test")
        (edit,) = [action for action in window.findChildren(QAction) if action.text() == "⟦&Edit⟧"]
        edit.trigger()
        type_into(qtbot, editor_of(window).routine_page.name, "Mine")
        path = user_routines_dir() / "short-test.yaml"
        path.write_text(path.read_text().replace(NAME, "Changed in another program"))
        asked = answer(qtbot, read_then(found, press("Cancel")))
        window.editing.save()  # what Ctrl+S in the editor does
        assert asked == ["⟦Changed outside the app⟧"] and found == []
        assert window.notices.messages() and told(window.notices.messages()) == []
    forget_edits(window)  # the editor keeps "Mine": closing would ask about it
    window.close()
