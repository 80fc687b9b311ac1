"""The menus show the keys that Help lists, and the keys work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.desktop.guide import KEYS_HTML as SHORTCUTS_HELP

ROOT = Path(__file__).parents[3]
MENU_PATH = re.compile(r"(?<![*\w])\*{1,2}(Session|Routine|View|Help) → ([^*]+?)\*{1,2}")
"""A menu item named in the README or the docs, as `*Session → Daily reminder…*` or `**View → History**`."""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_the_sound_and_voice_item_shows_ctrl_comma(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    main = app_window(qtbot, clock, tmp_path)
    (sound,) = [a for a in main.findChildren(QAction) if a.text() == "Sound, voice and &language…"]
    assert sound.shortcut().toString() == "Ctrl+,"  # the key the menu shows beside the item
    # the guide's keys name it as the menu does
    assert "<b>Ctrl+,</b></td><td>sound, voice and language</td>" in SHORTCUTS_HELP


def test_every_menu_key_is_listed_in_help(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    main = app_window(qtbot, clock, tmp_path)
    for menu_action in main.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            key = action.shortcut().toString()
            if key:
                assert f"<b>{key}</b>" in SHORTCUTS_HELP, f"{action.text()} ({key}) is missing from Help → Keyboard"


def test_open_the_log_folder_in_an_unwritable_home_says_why(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, user_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = app_window(qtbot, clock, tmp_path)
    blocker = user_folders / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    (item,) = [a for a in main.findChildren(QAction) if a.text() == "Open the log folder"]
    item.trigger()
    assert any("The log folder can't be made" in m and "is a file, not a folder" in m for m in main.notices.messages())


def test_ctrl_q_quits_during_a_session_too(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    """The player hides the menu bar, and with it went the Quit key."""
    main = app_window(qtbot, clock, tmp_path)
    entry = main.library.find("short-test")
    assert entry is not None
    main.start_session(entry)
    assert not main.menuBar().isVisible()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    qtbot.keyClick(main.session.player_view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not main.isVisible() and main.session.driver is None  # closed, the session kept as stopped


def test_the_menu_items_the_readme_and_the_docs_name_are_in_the_menus(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """A reader looks for an item by the words the text gives it."""
    main = app_window(qtbot, clock, tmp_path)
    items = {
        _plain(menu_action.text()): [_plain(action.text()) for action in menu.actions() if action.text()]
        for menu_action in main.menuBar().actions()
        if (menu := menu_action.menu()) is not None
    }
    named = []
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = " ".join(doc.read_text(encoding="utf-8").split())  # a name may run over a line's end
        for match in MENU_PATH.finditer(text):
            menu, item = match.group(1), match.group(2).split(" → ")[0]
            named.append(item)
            assert any(given.startswith(item) for given in items[menu]), (
                f"{doc.name}: {menu} → {item} is not in the menu"
            )
    assert len(named) >= 20  # the pattern still finds the names the README and the docs give
