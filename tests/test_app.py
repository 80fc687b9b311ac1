"""The window opens on the library and shows what a routine holds."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workout_timer.qt.app import make_library
from workout_timer.qt.library_window import LibraryWindow


def test_the_library_window_lists_routines_and_shows_details(qtbot: QtBot) -> None:
    window = LibraryWindow(make_library())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    names = [window.routines.item(i).text().split("\n")[0] for i in range(window.routines.count())]
    assert "Core for runners" in names and len(names) >= 6
    window.routines.setCurrentRow(names.index("Core for runners"))
    html = window.details.toPlainText()
    assert "Core for runners" in html and "Plank" in html and "3 × 30s" in html
