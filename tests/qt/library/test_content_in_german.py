"""The content in German through the real window on a 1024×600 screen: a built-in routine's name, description,
steps and back tip in the library and the preview, its exercises in the player and the how-to, every word
whole (German is about a third longer than English); and a user's own routine as its author wrote it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, listed_names
from tests.qt.common.test_larger_text import SMALL, cut_short
from workout_timer.domain.care import cards
from workout_timer.domain.care.cards import shipped_cards
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(german: None, qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    del german  # chosen before the window is built, as at start
    main = app_window(qtbot, clock, tmp_path)
    main.resize(*SMALL)
    yield main
    main.close()


def whole(qtbot: QtBot, main: MainWindow) -> None:
    """No word on the window is cut short (the layouts settle first)."""
    try:
        qtbot.waitUntil(lambda: cut_short(main) == [], timeout=2000)
    except qtbot.TimeoutError:
        assert cut_short(main) == []


def test_a_built_in_routine_speaks_german_from_the_library_to_the_player(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    english_cards = cards.translated(cards.load_cards(cards.CARDS_FILE), lambda _context, text: text)
    view = window.library_view
    qtbot.keyClicks(view.search, "rumpfkraft")  # the search finds the German name
    assert listed_names(view)[0] == "Rumpfkraft für Läufer"  # the name first, then a description naming it
    whole(qtbot, window)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    preview = window.preview_view
    assert window.current_view() is preview
    shown = preview.text.toPlainText()
    assert "Rumpfkraft für Läufer" in shown and "Eine ruhige Viertelstunde für die Muskeln" in shown
    assert "Katze-Kuh" in shown and "Unterarmstütz" in shown and "Seitstütz" in shown and "Brücke" in shown
    assert "Plank" not in shown and "Glute bridge" not in shown and "quarter of an hour" not in shown
    assert preview.card.isVisible()  # a back tip in the first sessions, in German
    assert preview.card.text.text() in {card.text for card in shipped_cards()}
    assert preview.card.text.text() not in {card.text for card in english_cards}
    whole(qtbot, window)
    preview.start_button.setFocus()
    clock.advance(GUARD)  # a moment to read the preview: keys typed while it appeared never start a session
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    player = window.session.player_view
    assert window.current_view() is player and player.name.text() == "Katze-Kuh"
    assert "Vierfüßlerstand" in player.instructions.text()
    whole(qtbot, window)
    qtbot.keyClick(player, Qt.Key.Key_I)  # the how-to, with the mistakes and the form cues
    details = player.details
    assert details.isVisible() and details.title.text() == "Katze-Kuh"
    assert "Den unteren Rücken ins Hohlkreuz zwingen" in details.text() and "Beweg dich mit dem Atem" in details.text()
    assert details.panel.fits()
    assert window.session.driver is not None
    window.session.driver.stop()


def test_a_users_own_routine_shows_as_its_author_wrote_it_with_the_catalogues_exercises_in_german(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.library_view
    qtbot.keyClicks(view.search, "short test")
    assert listed_names(view) == ["Short test session"]  # the user's own name
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    shown = window.preview_view.text.toPlainText()
    assert "Short test session" in shown and "Unterarmstütz" in shown and "Seitstütz" in shown
    whole(qtbot, window)


def test_durations_read_in_german_in_the_details_and_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    """The file's "1m" would read as a metre: the list of steps says "1 Min." and "30 Sek."."""
    view = window.library_view
    qtbot.keyClicks(view.search, "sanfte")
    assert listed_names(view)[0] == "Sanfte Rückenpflege"
    for shown in (view.details.toPlainText(), open_preview(qtbot, window)):
        assert "Stellung des Kindes: 1 Min." in shown and "Drehdehnung im Liegen: 30 Sek." in shown, shown
        assert "1m" not in shown and "30s" not in shown


def open_preview(qtbot: QtBot, window: MainWindow) -> str:
    qtbot.keyClick(window.library_view.search, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view
    return window.preview_view.text.toPlainText()


def test_the_search_box_finds_a_routine_by_its_tag_in_either_language(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    mobile = ["Sanfte Rückenpflege", "Schreibtischpause für Hüfte und Rücken"]
    qtbot.keyClicks(view.search, "beweglichkeit")  # mobility: a tag only, in no name, description or exercise
    assert sorted(listed_names(view)) == mobile
    view.search.clear()
    qtbot.keyClicks(view.search, "mobility")  # the tag as the file writes it
    assert sorted(listed_names(view)) == mobile


def test_the_preview_writes_a_reps_tempo_in_the_units_of_the_steps_lengths(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    qtbot.keyClicks(view.search, "rumpfkraft")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    shown = window.preview_view.text.toPlainText()
    assert "30 Sek." in shown or "45 Sek." in shown  # a hold's length, in German's short unit
    assert "4 Sek. je Wiederholung" in shown and "2 Sek. je Wiederholung" in shown
    assert " s je Wiederholung" not in shown  # never a second unit style beside it
