"""What a change of language once left in the old words on screen, each found through the real preferences' combo
box (Ctrl+, → language)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.qt.shell.test_language_live import preferences
from workout_timer.domain.common import language
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.shell.main_window import MainWindow


def to_german(qtbot: QtBot, window: MainWindow) -> None:
    """Deutsch chosen in the preferences (Ctrl+, → language), which then close."""
    dialog = preferences(qtbot, window)
    english = dialog.windowTitle()
    qtbot.keyClick(dialog.language.combo, Qt.Key.Key_End)  # Deutsch
    assert language.current() == "de"
    qtbot.waitUntil(lambda: dialog.windowTitle() != english, timeout=2000)
    dialog.close()


def to_english(qtbot: QtBot, window: MainWindow) -> None:
    dialog = preferences(qtbot, window)
    german = dialog.windowTitle()
    qtbot.keyClick(dialog.language.combo, Qt.Key.Key_Up)  # English
    assert language.current() == "en"
    qtbot.waitUntil(lambda: dialog.windowTitle() != german, timeout=2000)
    dialog.close()


@pytest.mark.usefixtures("qt_language")
def test_the_editors_timeline_names_the_exercises_in_the_new_language(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    from tests.helpers.editor_window import editor_of, type_into
    from tests.helpers.editor_window import window as editor_window

    window = editor_window(qtbot, clock, tmp_path)  # its unsaved edits dropped before it closes
    window.library_view.select("short-test")
    qtbot.keyClick(window.library_view.routines, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    timeline = editor_of(window).session.timeline
    assert any("Plank" in timeline.item(row).text() for row in range(timeline.count()))
    to_german(qtbot, window)
    qtbot.waitUntil(lambda: editor_of(window).session.timeline is not timeline, timeout=2000)
    timeline = editor_of(window).session.timeline
    plank = window.library.catalogue["plank"].name
    assert plank != "Plank"
    shown = [timeline.item(row).text() for row in range(timeline.count())]
    assert not [line for line in shown if "Plank" in line], "the old names"
    assert any(plank in line for line in shown), shown

    editor = editor_of(window)
    type_into(qtbot, editor.routine_page.name, " ")  # a routine with no name does not load: its last version shows
    assert editor.editor.check.routine is None
    to_english(qtbot, window)
    qtbot.waitUntil(lambda: editor_of(window) is not editor, timeout=2000)
    shown = [editor_of(window).session.timeline.item(row).text() for row in range(timeline.count())]
    assert any("Plank" in line for line in shown) and not [line for line in shown if plank in line], shown
