"""The history window's "How each exercise grew", through the real window over a history file that real sessions
wrote through the workout flow (`ladder_history`): each ladder with where it started and every change, newest first,
in words a screen reader reads, marked for translation, in German, and in the scheme's colours."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import SHORT_ROUTINE
from tests.helpers.app_window import app_window
from tests.helpers.ladder_history import ladder_history
from tests.helpers.pseudo_language import outside_brackets, pseudo_language, unmarked
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import history_path
from workout_timer.qt.common.theme.palettes import DARK, DARK_HIGH
from workout_timer.qt.history.history_view import HistoryView
from workout_timer.qt.history.ladder_section import KIND
from workout_timer.qt.shell.main_window import MainWindow

NAMES = ["Plank on your knees", "Plank", "Knee push-up", "Side plank", "Short test session"]
"""The content the section shows as it is: the exercises' names (and the routine's, elsewhere in the window)."""


@pytest.fixture
def trained(load) -> None:  # type: ignore[no-untyped-def]
    """Four sessions in the user's history file: each ladder stepped up, then the plank back after red."""
    history_path().parent.mkdir(parents=True, exist_ok=True)
    ladder_history(history_path(), load(SHORT_ROUTINE)).close()


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def opened(window: MainWindow) -> HistoryView:
    """The history, as its menu item opens it."""
    window.show_history()
    view = window.current_view()
    assert isinstance(view, HistoryView)
    return view


def lines(view: HistoryView) -> list[tuple[str, str]]:
    listed = view.ladders.lines
    return [(listed.item(row).data(KIND), listed.item(row).text()) for row in range(listed.count())]


@pytest.mark.usefixtures("trained")
def test_each_exercise_shows_where_it_started_and_every_change_newest_first(qtbot: QtBot, window: MainWindow) -> None:
    view = opened(window)
    assert view.ladders.isVisibleTo(view) and view.ladders.title.text() == "How each exercise grew"
    assert lines(view) == [
        ("ladder", "Plank on your knees"),
        ("start", "Started at Plank, 20 seconds; now Plank on your knees, 25 seconds."),
        ("step", "5 Nov: Plank on your knees, 25 seconds, back because your back said red after it."),
        ("step", "4 Nov: Plank, 25 seconds, up after 3 easy sessions in a row."),
        ("ladder", "Knee push-up"),
        ("start", "Started at Knee push-up, 8 reps; now Knee push-up, 10 reps."),
        ("step", "4 Nov: Knee push-up, 10 reps, up after 3 easy sessions in a row."),
        ("ladder", "Side plank"),
        ("start", "Started at Side plank, 10 seconds; now Side plank, 15 seconds."),
        ("step", "4 Nov: Side plank, 15 seconds, up after 3 easy sessions in a row."),
    ]
    listed = view.ladders.lines
    description = listed.accessibleDescription()
    assert description.startswith(
        "Plank on your knees: Started at Plank, 20 seconds; now Plank on your knees, 25 seconds. 5 Nov: Plank on"
    )
    assert listed.item(0).font().bold() and not listed.item(1).font().bold()
    view.routines.setFocus()
    qtbot.keyClick(view.routines, Qt.Key.Key_Tab)  # the keyboard reaches it after the routines
    assert QApplication.focusWidget() is listed


def test_with_no_change_yet_the_section_says_what_will_show_there_in_the_muted_colour(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = opened(window)
    window.settings.colour_scheme = "dark"
    ((kind, text),) = lines(view)
    assert kind == "none" and text.startswith("No exercise has changed its dose yet")
    assert view.ladders.lines.item(0).foreground().color().name() == DARK.muted
    base = view.ladders.lines.palette
    qtbot.waitUntil(lambda: base().color(QPalette.ColorRole.Base).name() == DARK.base, timeout=2000)  # as every list
    window.settings.high_contrast = True
    assert view.ladders.lines.item(0).foreground().color().name() == DARK_HIGH.muted


@pytest.mark.usefixtures("trained")
def test_every_word_of_the_section_is_marked(window: MainWindow) -> None:
    with pseudo_language():
        view = opened(window)
        assert unmarked(view.ladders, allowed=NAMES) == []
        for kind, text in lines(view):
            rest = outside_brackets(text)
            for name in NAMES:
                rest = rest.replace(name, "")
            assert rest.strip(" .\n") == "", (kind, text)


@pytest.mark.usefixtures("trained", "german")
def test_the_section_in_german(window: MainWindow) -> None:
    view = opened(window)
    assert view.ladders.title.text() == "Wie sich jede Übung gesteigert hat"
    kind, text = lines(view)[2]
    assert (
        kind == "step"
        and text.startswith("5. Nov.: ")
        and text.endswith(", 25 Sekunden, zurückgenommen: dein Rücken sagte danach Rot.")
    )
