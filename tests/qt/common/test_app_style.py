"""The app's style comes once the window has painted: the routines' first frame is the same without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenuBar, QStyleFactory, QToolButton
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.common.theme.app_style import MarkedStyle, install_app_style
from workout_timer.qt.shell.main_window import MainWindow

MENU_BAR_EXTENSION = "qt_menubar_ext_button"
"""Qt's name for the button a menu bar shows when its menus do not fit."""


def frame(qtbot: QtBot, window: MainWindow) -> QImage:
    """The window as it paints now, once Qt has handed the app's style down to every widget."""
    qtbot.wait_until(lambda: window.library_view.routines.style() is QApplication.style(), timeout=2000)
    QApplication.processEvents()  # (the layouts the new style asked for)
    return window.grab().toImage()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_routines_first_frame_is_the_same_with_the_apps_style_as_without(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, scheme: str
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    window.settings.colour_scheme = scheme
    qtbot.waitUntil(lambda: isinstance(QApplication.style(), MarkedStyle), timeout=2000)
    with_it = frame(qtbot, window)
    style = QApplication.style()
    assert isinstance(style, MarkedStyle)
    QApplication.setStyle(QStyleFactory.create(style.baseStyle().name()))  # Qt's own, as the first frame has it
    try:
        assert not isinstance(QApplication.style(), MarkedStyle)
        without = frame(qtbot, window)
    finally:
        install_app_style()
    assert not with_it.isNull() and with_it.size() == without.size()
    assert with_it == without, "the first frame shows nothing the app's style draws"
    window.close()


def test_the_menu_bars_extension_button_takes_the_apps_icon(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    """The button a narrow window's menu bar shows was made before the app's style: it takes the style's icon."""
    window = app_window(qtbot, clock, tmp_path)
    extension = window.menuBar().findChild(QToolButton, MENU_BAR_EXTENSION)
    assert isinstance(window.menuBar(), QMenuBar) and extension is not None
    style = QApplication.style()
    assert isinstance(style, MarkedStyle)
    expected = style.standardIcon(style.StandardPixmap.SP_ToolBarHorizontalExtensionButton)
    assert extension.icon().pixmap(16, 16).toImage() == expected.pixmap(16, 16).toImage()
    window.close()
