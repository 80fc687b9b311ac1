"""The window's size and place through the real window: remembered between runs, maximised or not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.shell.app import make_library
from workout_timer.qt.shell.main_window import MainWindow


def test_the_window_remembers_its_size_place_and_maximised_state(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    first = MainWindow(make_library(), settings, clock=clock)
    qtbot.addWidget(first)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(first.geometry())  # fitted to the (offscreen) screen
    wanted = QRect(screen.x() + 40, screen.y() + 30, screen.width() - 100, screen.height() - 150)
    first.setGeometry(wanted)
    first.show()
    qtbot.waitExposed(first)
    first.close()

    again = MainWindow(make_library(), Settings(tmp_path / "settings.ini"), clock=clock)
    qtbot.addWidget(again)
    assert again.geometry().size() == wanted.size() and again.geometry().topLeft() == wanted.topLeft()
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized, timeout=2000)
    again.close()
    assert QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).value("window/maximized") in (
        True,
        "true",
    )

    third = MainWindow(make_library(), Settings(tmp_path / "settings.ini"), clock=clock)
    qtbot.addWidget(third)
    assert third.windowState() & third.windowState().WindowMaximized
    assert third.normalGeometry().size() == wanted.size() or third.geometry().size() == wanted.size()
