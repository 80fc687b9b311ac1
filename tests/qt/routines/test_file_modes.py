"""Files the user keeps or shares get the permissions any program would give them (the umask), or
keep the ones they had; only the app's own drafts stay private. Through the real window."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.editor_window import editor_of, type_into, window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_drafts_dir, user_routines_dir
from workout_timer.qt.shell.main_window import MainWindow

pytestmark = pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """A usual umask, whatever the test runner's is."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def main(qtbot: QtBot, clock: FakeClock, tmp_path: Path, umask_022: None) -> MainWindow:
    return window(qtbot, clock, tmp_path)


def test_saved_and_exported_routines_follow_the_umask(qtbot: QtBot, main: MainWindow, tmp_path: Path) -> None:
    main.library_view.select("core-for-runners")
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_Return)
    qtbot.mouseClick(main.preview_view.edit_button, Qt.MouseButton.LeftButton)  # Make it mine
    view = editor_of(main)
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert mode(user_routines_dir() / "core-for-runners.yaml") == 0o644

    entry = main.library.find("core-for-runners")
    assert entry is not None
    shared = tmp_path / "shared" / "core.yaml"
    assert main.editing.export_to(entry, shared)
    assert mode(shared) == 0o644


def test_a_saved_routine_keeps_the_mode_of_its_file(qtbot: QtBot, main: MainWindow) -> None:
    path = user_routines_dir() / "short-test.yaml"
    path.chmod(0o640)
    main.library_view.select("short-test")
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    type_into(qtbot, view.routine_page.name, "Short, shared with my group only")
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "shared with my group" in path.read_text() and mode(path) == 0o640


def test_drafts_stay_private(qtbot: QtBot, main: MainWindow) -> None:
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = editor_of(main)
    with qtbot.waitSignal(main.editing._autosave.timeout, timeout=5000):
        qtbot.keyClicks(view.routine_page.name, "Half done")
    (draft,) = user_drafts_dir().glob("*.json")
    assert mode(draft) == 0o600


def test_the_history_export_follows_the_umask(qtbot: QtBot, main: MainWindow, tmp_path: Path) -> None:
    main.show_history()
    assert main._history_view is not None
    path = tmp_path / "history.csv"
    main._history_view.export_csv(path)
    assert mode(path) == 0o644
