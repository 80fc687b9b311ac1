"""The library screen through its real widgets: the filter combo boxes, keys typed in the list and in
the search field, the order of the rows, the Routine menu, and what each row says."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from tests.conftest import SHORT_ROUTINE
from tests.helpers.app_window import listed_names
from tests.helpers.editor_window import window as editor_window
from tests.helpers.xvfb import display  # noqa: F401  (a fixture: a private Xvfb)
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.library.browse import Facts, Filter, Length
from workout_timer.domain.library.library import Action
from workout_timer.domain.routines.routine import Kind, Level
from workout_timer.qt.library.library_view import LibraryView
from workout_timer.qt.library.routine_rows import elide_words, yours
from workout_timer.qt.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = editor_window(qtbot, clock, tmp_path)  # edits left open are dropped before it closes
    yield main
    main.close()


def every_facts(view: LibraryView) -> list[Facts]:
    return [view.routines.item(row).data(Qt.ItemDataRole.UserRole) for row in range(view.routines.count())]


def choose(qtbot: QtBot, combo: QComboBox, index: int) -> None:
    """Choose a combo box's item as the keyboard does: Home, then Down."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def test_every_kind_level_and_length_shows_the_routines_it_names(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    everything = every_facts(view)
    for combo, choices, field in (
        (view.kind, list(Kind), "kind"),
        (view.level, list(Level), "level"),
        (view.length, list(Length), "length"),
    ):
        for index, value in enumerate(choices, start=1):
            choose(qtbot, combo, index)
            wanted = Filter(**{field: value})
            expected = [f.name for f in wanted.rank(everything)]
            assert listed_names(view) == expected, (field, value)
            assert view.current_filter() == wanted
        choose(qtbot, combo, 0)
        assert len(listed_names(view)) == len(everything)
    choose(qtbot, view.level, list(Level).index(Level.ADVANCED) + 1)
    assert listed_names(view) == ["Strength for runners"]
    choose(qtbot, view.length, list(Length).index(Length.SHORT) + 1)
    assert listed_names(view) == []
    choose(qtbot, view.level, 0)
    assert "Pre-run warm-up" in listed_names(view) and "Core and glutes" not in listed_names(view)


def test_the_details_come_back_when_a_search_that_found_nothing_is_cleared(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    view.focus_list()
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is view.search
    qtbot.keyClicks(view.search, "zzz")
    assert listed_names(view) == [] and view.details.toPlainText() == ""
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    entry = view.current_entry()
    assert entry is not None and entry.routine is not None
    assert view.details.toPlainText() and entry.routine.name in view.details.toPlainText()
    choose(qtbot, view.level, list(Level).index(Level.ADVANCED) + 1)  # the chosen row is hidden: the next one
    assert view.details.toPlainText().startswith("Strength for runners")


def test_a_screen_reader_hears_what_the_search_found_once_typing_rests(
    qtbot: QtBot, window: MainWindow, heard: list[str]
) -> None:
    """Over AT-SPI typing said only its letters, and Enter opened a best match nobody had heard of."""
    view = window.library_view
    view.found.setInterval(3_600_000)  # the pause is fired by hand below, however slow the machine
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.search, "glutes")
    assert view.found.isActive() and heard == []  # nothing while the runner types
    view.found.timeout.emit()  # typing rests (the timer's moment, fired by hand)
    count = len(listed_names(view))
    assert heard == [f"{count} routines found; Core and glutes is chosen."] and count > 1
    qtbot.keyClicks(view.search, "zzz")
    view.found.timeout.emit()
    assert heard[-1] == view.empty.text() and heard[-1].startswith("No routine matches.")
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    choose(qtbot, view.level, list(Level).index(Level.ADVANCED) + 1)  # a filter: the same
    view.found.timeout.emit()
    assert heard[-1] == "1 routine found: Strength for runners."
    window.show_today()
    view.found.timeout.emit()  # gone on elsewhere meanwhile: nothing said
    assert heard[-1] == "1 routine found: Strength for runners." and len(heard) == 3


def test_esc_clears_the_search_then_the_filters(qtbot: QtBot, window: MainWindow) -> None:
    """With a filter left on, clearing the search still said "No routine matches"."""
    view = window.library_view
    everything = listed_names(view)
    choose(qtbot, view.level, list(Level).index(Level.ADVANCED) + 1)
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.search, "gentle")
    assert listed_names(view) == [] and view.empty.isVisible()
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == "" and listed_names(view) == ["Strength for runners"]  # the filter stays
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.level.currentIndex() == 0 and listed_names(view) == everything


def test_typing_in_the_list_searches(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    view.focus_list()
    assert QApplication.focusWidget() is view.routines
    qtbot.keyClicks(view.routines, "glu")
    assert view.search.text() == "glu" and QApplication.focusWidget() is view.search
    qtbot.keyClicks(view.search, "tes")
    assert view.search.text() == "glutes" and listed_names(view)[0] == "Core and glutes"
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # back to the list: arrows and Enter still work there
    assert QApplication.focusWidget() is view.routines
    qtbot.keyClick(view.routines, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view


def test_down_from_the_search_puts_the_focus_on_the_chosen_first_match(qtbot: QtBot, window: MainWindow) -> None:
    """The bug: the first match was chosen, and Down from the search field moved past it to the second."""
    view = window.library_view
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.search, "stretch")
    matches = listed_names(view)
    assert len(matches) >= 2 and view.routines.currentRow() == 0
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.routines and view.routines.currentRow() == 0, "on the first match"
    qtbot.keyClick(view.routines, Qt.Key.Key_Down)  # then Down goes on to the next
    assert view.routines.currentRow() == 1
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # the routine chosen stays chosen
    assert QApplication.focusWidget() is view.routines and view.routines.currentRow() == 1
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(view.search, Qt.Key.Key_Up)  # Up too
    assert QApplication.focusWidget() is view.routines and view.routines.currentRow() == 1
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)  # all the routines again, the one chosen still chosen
    chosen = view.current_entry()
    assert chosen is not None and chosen.name == matches[1]
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.current_entry() is chosen
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.search, "stretch")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.keyClick(view.routines, Qt.Key.Key_Return)  # Enter opens the first match
    entry = window.preview_view.entry()
    assert window.current_view() is window.preview_view and entry is not None and entry.name == matches[0]


def test_edit_and_duplicate_keys_work_in_the_search_field(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.search, "short test")
    qtbot.keyClick(view.search, Qt.Key.Key_E, CTRL)
    editing = window.editing
    assert editing.editor is not None and editing.editor.routine_id == "short-test"
    assert not editing.editor.is_new and view.search.text() == "short test"
    window.show_library()
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(view.search, Qt.Key.Key_D, CTRL)
    assert editing.editor is not None and editing.editor.is_new
    assert editing.editor.name == "Short test session (copy)" and view.search.text() == "short test"


def test_rows_go_by_name_and_a_search_puts_name_matches_first(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    names = listed_names(view)
    assert names == sorted(names, key=str.casefold) and names[0] == "Core and glutes"
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.search, "strength")
    assert listed_names(view) == ["Strength for runners", "Core and glutes"]
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view
    shown = window.preview_view.entry()
    assert shown is not None and shown.id == "strength-for-runners"


def test_your_routines_are_marked_yours(window: MainWindow) -> None:
    view = window.library_view
    marked = {
        view.routines.item(row).text(): view.routines.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(view.routines.count())
    }
    assert marked["Short test session"] == f"Short test session, {yours()}"
    assert marked["Core for runners"] == "Core for runners"


def test_a_row_shows_each_piece_of_equipment_once_and_cuts_only_between_words(window: MainWindow) -> None:
    view = window.library_view
    view.select("strength-for-runners")
    item = view.routines.currentItem()
    assert item.data(Qt.ItemDataRole.ToolTipRole).endswith("mat, kettlebell, sturdy table")
    assert "you need: mat, kettlebell, sturdy table\n" in view.details.toPlainText()  # the details alike
    metrics = QFontMetrics(QFont())
    text = "about 30:00 · advanced · mat, kettlebell, sturdy table"
    assert elide_words(text, metrics, metrics.horizontalAdvance(text)) == text
    cut = elide_words(text, metrics, metrics.horizontalAdvance("about 30:00 · advanced · mat, kettlebell, stu"))
    assert cut == "about 30:00 · advanced · mat, kettlebell …"
    assert elide_words("kettlebell", metrics, metrics.horizontalAdvance("kettle")).startswith("ket")


def test_the_routine_menu_offers_only_what_acts_on_the_chosen_routine(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    actions = window.menus.routine_actions
    view.select("core-for-runners")
    assert not actions[Action.DELETE].isEnabled() and not actions[Action.TEXT].isEnabled()
    assert "can't be deleted" in actions[Action.DELETE].statusTip()
    assert actions[Action.EDIT].isEnabled() and actions[Action.EXPORT].isEnabled()
    view.select("short-test")
    assert all(action.isEnabled() for action in actions.values())
    assert actions[Action.DELETE].statusTip() == ""
    qtbot.keyClick(view.routines, Qt.Key.Key_E, CTRL)  # in the editor, Delete would do nothing
    assert window.current_view() is window.editing.view and not actions[Action.DELETE].isEnabled()
    window.editing._close_editor()
    window.show_library()
    assert actions[Action.DELETE].isEnabled()
    qtbot.keyClick(view.routines, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.search, "zzz")
    assert not any(action.isEnabled() for action in actions.values())
    assert actions[Action.EDIT].statusTip() == "Choose a routine first."


def test_the_delete_key_on_a_built_in_routine_says_what_the_menu_says(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    view.select("core-for-runners")
    view.focus_list()
    qtbot.keyClick(view.routines, Qt.Key.Key_Delete)  # the key acts even though the menu's Delete is off
    said = window.menus.routine_actions[Action.DELETE].statusTip()
    assert said == "Built-in routines can't be deleted; your own can."
    assert window.notices.messages() == [said]
    assert [e.source.value for e in window.library.entries() if e.id == "core-for-runners"] == ["built-in"]


def test_the_library_notices_routine_files_added_changed_and_removed(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library_view
    folder = user_routines_dir()
    view.select("short-test")
    (folder / "hill-day.yaml").write_text(SHORT_ROUTINE.replace("Short test session", "Hill day"))
    qtbot.waitUntil(lambda: "Hill day" in listed_names(view), timeout=5000)
    chosen = view.current_entry()
    assert chosen is not None and chosen.id == "short-test"  # the choice stays
    (folder / "short-test.yaml").write_text(SHORT_ROUTINE.replace("Short test session", "Short and sweet"))
    qtbot.waitUntil(lambda: "Short and sweet" in listed_names(view), timeout=5000)
    chosen = view.current_entry()
    assert chosen is not None and chosen.id == "short-test"
    assert view.details.toPlainText().startswith("Short and sweet")
    (folder / "hill-day.yaml").unlink()
    qtbot.waitUntil(lambda: "Hill day" not in listed_names(view), timeout=5000)
    assert str(folder / "short-test.yaml") in window.library_watcher.paths()


SEARCH_KEYS_ON_X = """\
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workout_timer.qt.shell.app import make_application, make_library
from workout_timer.qt.shell.main_window import MainWindow
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.session.wake_lock import WakeLock

app = make_application()
folder = Path(sys.argv[1])
settings = Settings(folder / "settings.ini")
settings.check_ins = False
main = MainWindow(make_library(), settings, wake_lock=WakeLock(bus_address="unix:path=" + str(folder / "no-bus")))
main.show()
main.activateWindow()
assert QTest.qWaitForWindowActive(main), "the window never became active"
view = main.library_view
view.search.setFocus()
QTest.keyClicks(view.search, "short test")
for key in (Qt.Key.Key_E, Qt.Key.Key_D):
    QTest.keyClick(view.search, key, Qt.KeyboardModifier.ControlModifier)
    editor = main.editing.editor
    print(key.name, editor.name if editor is not None else "nothing", repr(view.search.text()))
    main.editing._close_editor()
    main.show_library()
    view.search.setFocus()
main.close()
"""


@pytest.mark.slow
def test_edit_and_duplicate_keys_work_in_the_search_field_on_a_real_x_server(
    display: str,  # noqa: F811  (the fixture imported above)
    tmp_path: Path,
) -> None:
    """On X11, Qt's line edit takes Ctrl+E (end of line) for itself: only a real X server shows it."""
    folder = user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "short-test.yaml").write_text(SHORT_ROUTINE)
    script = tmp_path / "search_keys.py"
    script.write_text(SEARCH_KEYS_ON_X)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Key_E Short test session 'short test'",
        "Key_D Short test session (copy) 'short test'",
    ]
