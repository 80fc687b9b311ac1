"""A step's own note in the preview's list of steps reads as a sentence of its own after the step, in English
and in German: never after a dash, where its capital letter would sit inside the sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, listed_names
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.shell.main_window import MainWindow


def preview_lines(qtbot: QtBot, main: MainWindow, search: str, name: str) -> list[str]:
    view = main.library_view
    qtbot.keyClicks(view.search, search)
    assert listed_names(view)[0] == name
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert main.current_view() is main.preview_view
    return main.preview_view.text.toPlainText().splitlines()


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def test_a_rests_note_follows_it_as_a_sentence_of_its_own(qtbot: QtBot, window: MainWindow) -> None:
    lines = preview_lines(qtbot, window, "core and glutes", "Core and glutes")
    assert "Rest 30 secs. Have a drink of water, then the stretches." in [line.strip() for line in lines]
    assert not [line for line in lines if "—" in line]


def test_in_german_too(german: None, qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    del german  # chosen before the window is built, as at start
    main = app_window(qtbot, clock, tmp_path)
    try:
        lines = preview_lines(qtbot, main, "rumpf und ges", "Rumpf und Gesäß")
        assert "Pause 30 Sek. Trink einen Schluck Wasser, dann kommen die Dehnungen." in [
            line.strip() for line in lines
        ]
        assert not [line for line in lines if "—" in line]
    finally:
        main.close()
