"""Every word the library, the preview and Today show is marked for translation: opened through the real window
under the pseudo-language, in which each marked text comes back in brackets, no English shows outside them
but the content (routines', programmes' and exercises' own names and words)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.pseudo_language import outside_brackets, pseudo_language, unmarked
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.routine import iter_exercise_steps
from workout_timer.qt.shell.main_window import MainWindow

APP = "Workout Timer"
"""The app's name, the same in every language."""


def names(window: MainWindow) -> list[str]:
    """The routines' names and words (content, translated by its own mechanism or the user's own)."""
    found = [APP]
    for entry in window.library.entries():
        found.append(entry.name)
        if entry.routine is not None:
            found += [entry.routine.name, entry.routine.description or ""]
    return sorted(found, key=len, reverse=True)  # the longest first: a name inside another is taken out after it


def test_the_library_shows_no_unmarked_words(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    with pseudo_language():
        window = app_window(qtbot, clock, tmp_path)
        window.library_view.notice.show()  # the first start's notice
        qtbot.keyClicks(window.library_view.search, "zzzz")  # nothing matches: the empty list's words show
        assert window.library_view.empty.isVisibleTo(window)
        assert unmarked(window, allowed=names(window)) == []
        qtbot.keyClick(window.library_view.search, Qt.Key.Key_Escape)
        assert unmarked(window, allowed=names(window)) == []
        for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())):
            assert unmarked(menu) == [], menu.title()
    window.close()


def test_the_preview_shows_no_unmarked_words(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    with pseudo_language():
        window = app_window(qtbot, clock, tmp_path)
        window.settings.cards_on = False  # the tips are the care cards' own words, their test's
        view = window.library_view
        view.select("core-for-runners")
        qtbot.keyClick(view.routines, Qt.Key.Key_Return)
        assert window.preview_view.isVisible()
        allowed = names(window)
        assert unmarked(window, allowed=allowed) == []
        routine = window.library.find("core-for-runners")
        assert routine is not None and routine.routine is not None
        content = [*routine.routine.all_equipment()]
        for step in iter_exercise_steps(routine.routine.steps):
            content += [step.exercise.name, step.exercise.caution or "", *step.exercise.mistakes]
        text = outside_brackets(window.preview_view.text.toPlainText())
        for word in sorted([*allowed, *content], key=len, reverse=True):
            text = text.replace(word, " ")
        assert not any(part.isalpha() and len(part) > 2 for part in text.split()), text
    window.close()


def test_today_shows_no_unmarked_words(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    with pseudo_language():
        window = app_window(qtbot, clock, tmp_path)
        qtbot.mouseClick(window.library_view.today_button, Qt.MouseButton.LeftButton)
        view = window.today_screen.view
        assert view.isVisible() and not view.showing_plan()
        programmes = [entry.name for entry in window.today_screen.programmes().entries()]
        for entry in window.today_screen.programmes().entries():  # their descriptions and weeks' notes: content
            if entry.programme is not None:
                programmes += [entry.programme.description, *(week.note for week in entry.programme.weeks)]
        allowed = sorted([*names(window), *programmes], key=len, reverse=True)
        assert unmarked(window, allowed=allowed) == []
        qtbot.mouseClick(view.follow_button, Qt.MouseButton.LeftButton)
        assert view.showing_plan()
        assert unmarked(window, allowed=allowed) == []
    window.close()
