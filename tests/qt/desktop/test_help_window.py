"""F1 opens the guide; its topics read through; "Open the folder" opens each folder; About tells the version
and the licence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer import __version__
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.desktop.guide import topics
from workout_timer.qt.desktop.help_window import HelpWindow


def test_f1_opens_the_guide_and_keyboard_opens_it_at_the_keys(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    main = app_window(qtbot, clock, tmp_path)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=5000)
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_F1)
    guide = main.menus.guide
    assert guide is not None and guide.isVisible() and guide.isWindow()
    assert guide.pages.currentWidget().accessibleName() == "How a session works"
    # Over AT-SPI it was a nameless pane's role ("filler"): a screen reader hears it as the window it is.
    face = QAccessible.queryAccessibleInterface(guide)
    assert face is not None and face.role() is QAccessible.Role.Window
    assert face.text(QAccessible.Text.Name).startswith("Guide")
    (keyboard,) = [a for a in main.findChildren(QAction) if a.text() == "&Keyboard"]
    keyboard.trigger()
    assert main.menus.guide is guide and guide.pages.currentWidget().accessibleName() == "Keys"
    page = guide.pages.currentWidget()
    assert isinstance(page, QTextBrowser) and "F1" in page.toPlainText()
    guide.close()
    main.close()


def test_f1_opens_the_guide_within_the_screens_free_area_with_room_for_its_frame(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """The guide opened at 860×560 whatever the screen: on a 1280×720 one at 125 % (1024×576 to Qt) its frame ran
    below the screen's bottom, and it ran past the test platform's 800×800 one. It fits the free area, with room for
    its frame, as the main window does."""
    main = app_window(qtbot, clock, tmp_path)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=5000)
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_F1)
    guide = main.menus.guide
    assert guide is not None and guide.isVisible()
    screen = guide.screen()
    free = screen.availableGeometry()
    assert free.width() < 860, "a screen narrower than the guide's own size"
    place = guide.geometry()
    assert free.contains(place), (place, free)
    assert place.top() - free.top() >= 20 and free.bottom() - place.bottom() >= 5, "room for a title bar and a frame"
    assert place.left() > free.left() and place.right() < free.right()
    assert place.height() == 560, "as tall as it is made, where there is room"
    guide.close()
    main.close()


def test_every_topic_can_be_read(qtbot: QtBot) -> None:
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.show()
    for row, topic in enumerate(topics()):
        qtbot.keyClick(guide.topics, Qt.Key.Key_Down if row else Qt.Key.Key_Home)
        page = guide.pages.currentWidget()
        assert page.isVisible() and page.accessibleName() == topic.title
        if isinstance(page, QTextBrowser):
            assert len(page.toPlainText()) > 100


def test_open_the_folder_opens_it_and_says_when_it_cant(qtbot: QtBot, user_folders: Path) -> None:
    opened: list[QUrl] = []
    guide = HelpWindow(open_url=lambda url: opened.append(url) or True)
    qtbot.addWidget(guide)
    guide.show()
    guide.show_topic("files")
    qtbot.mouseClick(guide.open_buttons["Your routines"], Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(user_routines_dir()))]
    assert user_routines_dir().is_dir(), "made first, so there is something to open"
    assert guide.files_problem.isHidden()

    nowhere = HelpWindow(open_url=lambda _url: False)
    qtbot.addWidget(nowhere)
    nowhere.show()
    nowhere.show_topic("files")
    qtbot.mouseClick(nowhere.open_buttons["Settings"], Qt.MouseButton.LeftButton)
    assert nowhere.files_problem.isVisible()
    assert nowhere.files_problem.text().startswith("No file manager could open the folder. It is ")


def test_about_tells_the_version_and_the_licence(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = app_window(qtbot, clock, tmp_path)
    seen: list[str] = []

    def read_and_close() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        box.accept()

    (about,) = [a for a in main.findChildren(QAction) if a.text() == "&About"]
    QTimer.singleShot(0, read_and_close)
    about.trigger()
    assert f"Version {__version__}" in seen[0]
    assert "GNU General Public License, version 3 or later (GPL-3.0-or-later)" in seen[0]
    main.close()


def test_the_keys_page_names_every_letter_and_number_the_app_answers() -> None:
    """Each single key a screen answers (the player's, the back's rating in a rest, the how-to, the preview's G and
    W, Today's P) has its row on the guide's Keys page: a key nobody is told of is a key nobody uses."""
    from workout_timer.qt.session.player.keys import DETAILS_KEYS, KEYS
    from workout_timer.qt.session.player_overlay import FEEL_KEYS

    keys_page = next(topic for topic in topics() if topic.key == "keys")
    shown = set(re.findall(r"<b>([^<]+)</b>", keys_page.html))
    answered = {QKeySequence(key).toString() for key in [*KEYS, *FEEL_KEYS, *DETAILS_KEYS]}
    letters = {key for key in answered if len(key) == 1 and key.isalnum()} | {"G", "W", "P"}
    assert letters - shown == set()


@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)],
)
def test_esc_or_ctrl_w_closes_the_guide(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.show()
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow, timeout=2000)
    qtbot.keyClick(guide.topics, key, modifier)
    assert not guide.isVisible()


def test_ctrl_q_in_the_guides_window_quits_the_app(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    """The guide is a window of its own: Ctrl+Q, the app's Quit, did nothing while it had the keys."""
    main = app_window(qtbot, clock, tmp_path)
    guide = main.menus.show_guide()
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow, timeout=2000)
    qtbot.keyClick(guide.topics, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not main.isVisible()  # closed: the app ends with its main window (the guide is its child)
    guide.close()
