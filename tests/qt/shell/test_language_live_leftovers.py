"""What a change of language once left in the old words on screen, each found through the real preferences' combo
box (Ctrl+, → language)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, start_from_the_preview
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


@pytest.mark.usefixtures("qt_language")
def test_the_summarys_tip_is_in_the_new_language(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    from workout_timer.domain.care.cards import shipped_cards

    window = app_window(qtbot, clock, tmp_path)
    assert window.settings.cards_on
    start_from_the_preview(qtbot, window, clock)
    for _ in range(80):
        clock.advance(1.0)
        assert window.session.driver is not None
        window.session.driver.wake()
    qtbot.keyClick(window.session.player_view, Qt.Key.Key_Return)  # Done with the push-ups
    summary = window.session.summary_view
    assert window.current_view() is summary
    card = summary.card.card
    assert card is not None and summary.card.isVisible()
    assert summary.card.title.text() == f"Tip: {card.title}" and summary.card.text.text() == card.text
    to_german(qtbot, window)
    qtbot.waitUntil(lambda: window.current_view() is not summary, timeout=2000)
    again = window.session.summary_view
    assert window.current_view() is again
    german = next(shown for shown in shipped_cards() if shown.id == card.id)
    assert german.title != card.title and german.text != card.text
    assert again.card.title.text() == f"Tipp: {german.title}", "the same tip, in German"
    assert again.card.text.text() == german.text
    window.close()
