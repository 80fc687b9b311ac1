"""The library, the preview and Today in German on a 1024×600 screen: German is about a third longer than
English, and every word still shows whole (or scrolls into view), the window keeping its size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.common.test_larger_text import SMALL, fits
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.library.entry import Source
from workout_timer.qt.library.routine_rows import RoutineDelegate
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(german: None, qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    del german  # in use from before the window is built: screens read their words when built
    main = app_window(qtbot, clock, tmp_path)
    main.resize(*SMALL)
    yield main
    main.close()


def test_the_library_fits_in_german(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    view.notice.show()
    assert view.hint.text() == "Eingabe oder Doppelklick öffnet eine Routine"
    assert view.today_button.text() == "Heute und Programme  (Strg+T)"
    assert fits(qtbot, window)
    qtbot.keyClicks(view.search, "zzzz")
    assert view.empty.isVisible() and fits(qtbot, window)


def test_the_preview_fits_in_german(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    view.select("core-for-runners")
    qtbot.keyClick(view.routines, Qt.Key.Key_Return)
    preview = window.preview_view
    assert preview.isVisible() and preview.start_button.text() == "▶  Start  (Eingabe)"
    assert preview.edit_button.text() == "Für mich anpassen"
    assert "Häufige Fehler" in preview.text.toPlainText()
    assert fits(qtbot, window)
    qtbot.keyClick(preview, Qt.Key.Key_G)  # gentler today: the dial's words show
    assert preview.dial.explanation.text().startswith("Heute sanfter:")
    assert fits(qtbot, window)


def test_today_fits_in_german(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.library_view.today_button, Qt.MouseButton.LeftButton)
    view = window.today_screen.view
    assert view.follow_button.text() == "Dieses Programm heute beginnen"
    assert fits(qtbot, window)
    window.settings.larger_text = True  # the main button's larger, bold words, larger still: whole on the screen
    follow = view.follow_button
    assert fits(qtbot, window) and follow.objectName() == "mainButton"
    shown = follow.visibleRegion().boundingRect()
    assert (shown.width(), shown.height()) == (follow.width(), follow.height())
    window.settings.larger_text = False
    qtbot.mouseClick(view.follow_button, Qt.MouseButton.LeftButton)
    assert view.showing_plan() and view.week_heading.text() == "Diese Woche"
    assert fits(qtbot, window)


def test_every_built_in_preview_fits_in_german_with_larger_text(qtbot: QtBot, window: MainWindow) -> None:
    """German words on larger text make the preview's row of buttons wider than the screen: they wrap, and
    Start stays whole on the screen, for every built-in routine."""
    window.settings.larger_text = True
    view = window.library_view
    preview = window.preview_view
    built_in = [entry.id for entry in window.library.entries() if entry.source is Source.BUILT_IN]
    assert len(built_in) > 3 and "core-for-runners" in built_in
    for routine in built_in:
        view.select(routine)
        qtbot.keyClick(view.routines, Qt.Key.Key_Return)
        assert window.current_view() is preview, routine
        assert window.minimumSizeHint().width() <= SMALL[0], routine
        assert fits(qtbot, window), routine
        start = preview.start_button
        shown = start.visibleRegion().boundingRect()
        assert (shown.width(), shown.height()) == (start.width(), start.height()), routine
        corner = start.mapTo(window, start.rect().bottomRight())
        assert corner.x() < SMALL[0] and corner.y() < SMALL[1], routine
        qtbot.keyClick(preview, Qt.Key.Key_Escape)
        assert window.current_view() is view, routine


def test_a_long_row_of_facts_wraps_whole_in_german(qtbot: QtBot, window: MainWindow) -> None:
    """ "Kraft für Läufer" cut its equipment short ("Matte, Kugelhantel …") where English shows the line whole:
    a row whose facts are too long for one line shows them on two, and is as much taller."""
    view = window.library_view
    assert fits(qtbot, window)
    rows = view.routines
    view.select("strength-for-runners")
    long_row = rows.currentItem()
    facts = long_row.toolTip().splitlines()[-1]
    assert facts == "etwa 23:37 · Fortgeschritten · Matte, Kugelhantel, stabiler Tisch"
    delegate = rows.itemDelegate()
    assert isinstance(delegate, RoutineDelegate)  # the row as drawn at its width
    lines = delegate.facts(rows.currentIndex(), rows.fontMetrics(), rows.visualItemRect(long_row).width())
    assert lines == ["etwa 23:37 · Fortgeschritten · Matte, Kugelhantel,", "stabiler Tisch"]
    view.select("core-for-runners")
    short_row = rows.currentItem()
    line = rows.fontMetrics().height()
    assert rows.visualItemRect(long_row).height() == rows.visualItemRect(short_row).height() + line
