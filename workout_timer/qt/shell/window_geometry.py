"""The main window's size and place: fitted to the screen at first, then as the user left it.

The decisions are the domain's (`window_fit`); this reads the screens and the settings file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from workout_timer.domain.common.window_fit import Rect, restored_geometry

if TYPE_CHECKING:
    from workout_timer.qt.common.settings import Settings

GEOMETRY_KEY = "window/geometry"
MAXIMIZED_KEY = "window/maximized"


def place_window(window: QWidget, settings: Settings) -> None:
    """Give `window` (not shown yet) the size and place it had when it was last closed, fitted to
    the screens there are now; maximised again if it was."""
    screens = [_rect(screen.availableGeometry()) for screen in QGuiApplication.screens()]
    primary = QGuiApplication.primaryScreen()
    if primary is None:  # no screen at all: the size the screens are designed for
        window.resize(1280, 720)
        return
    saved = Rect.from_text(settings.value(GEOMETRY_KEY))
    place = restored_geometry(saved, screens, _rect(primary.availableGeometry()))
    window.setGeometry(QRect(place.x, place.y, place.width, place.height))
    if settings.value(MAXIMIZED_KEY, False) in (True, "true"):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember_window(window: QWidget, settings: Settings) -> None:
    """Keep the window's size and place (as it is when not maximised or full screen) for next time."""
    normal = window.normalGeometry() if window.isMaximized() or window.isFullScreen() else window.geometry()
    values: dict[str, object] = {MAXIMIZED_KEY: window.isMaximized()}
    if normal.isValid():
        values[GEOMETRY_KEY] = _rect(normal).as_text()
    settings.set_values(values)


def _rect(rect: QRect) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())
