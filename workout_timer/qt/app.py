"""Starting the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from .. import __version__, resources
from ..domain.library import Library
from ..domain.paths import user_routines_dir
from .library_window import LibraryWindow


def make_library() -> Library:
    return Library(resources.routines_dir(), user_routines_dir(), resources.catalogue_path())


def run_app() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("workout-timer")
    app.setApplicationDisplayName("Workout Timer")
    app.setApplicationVersion(__version__)
    window = LibraryWindow(make_library())
    window.show()
    return app.exec()
