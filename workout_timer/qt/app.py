"""Starting the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__, resources
from ..domain.library import Entry, Library
from ..domain.library_cache import LibraryCache
from ..domain.paths import user_cache_dir, user_routines_dir
from .main_window import MainWindow


def make_library() -> Library:
    """The routines, from the cache when no file has changed since the last start."""
    cache = LibraryCache(user_cache_dir() / "library.pickle")
    return Library(resources.routines_dir(), user_routines_dir(), resources.catalogue_path(), cache)


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("workout-timer")
    app.setApplicationDisplayName("Workout Timer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("workout-timer")
    icon = resources.assets_dir() / "icon.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def make_window() -> MainWindow:
    """The main window as the app opens it (the benchmarks start it the same way)."""
    return MainWindow(make_library())


def run_app(start: Entry | None = None, event_log: Path | None = None) -> int:
    """Open the window; with `start`, go straight into the player and begin."""
    app = make_application()
    window = make_window()
    window.show()
    window.start_audio_once_painted()
    if start is not None:
        window.start_session(start, event_log)
    return app.exec()
