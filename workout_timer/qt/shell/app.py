"""Starting the desktop app."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication

from workout_timer import __version__, logs, resources
from workout_timer.domain.common.paths import user_cache_dir, user_routines_dir
from workout_timer.domain.desktop.identity import APP_ID, icon_paths
from workout_timer.domain.library.entry import Entry
from workout_timer.domain.library.library import Library
from workout_timer.domain.library.library_cache import LibraryCache
from workout_timer.qt.common import app_language
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.desktop.single_instance import SingleInstance
from workout_timer.qt.shell.errors import ErrorReporter
from workout_timer.qt.shell.interrupt import INTERRUPTED, Interrupt
from workout_timer.qt.shell.main_window import MainWindow

if TYPE_CHECKING:
    from workout_timer.domain.desktop.second_launch import Reply, Request

log = logging.getLogger("workout_timer.app")
LISTEN_AT_LATEST_MS = 2000
"""Later launches are heard from the window's first paint, and from this long after the start at the latest."""


def make_library() -> Library:
    """The routines, from the cache when no file has changed since the last start."""
    cache = LibraryCache(user_cache_dir() / "library.pickle", resources.shipped_library_path())
    return Library(resources.routines_dir(), user_routines_dir(), resources.catalogue_path(), cache)


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("workout-timer")
    app.setApplicationDisplayName("Workout Timer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland finds the launcher, its name and icon by this
    return app


def show_icon(app: QApplication) -> None:
    """The app's icon on its windows: set once the window has painted, as loading Qt's SVG engine and
    drawing the icon at each size the desktop asks for costs the first paint a few milliseconds."""
    from PySide6.QtGui import QIcon  # (its Python enums, the theme's icon names among them, cost 1.4 ms)

    icon = resources.assets_dir() / icon_paths()[0]
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def collect_from_now_on() -> None:
    """Python's cycle collector back on once the window has painted (`cli.dispatch` paused it for the start),
    with what the start built set aside for good: it is kept for the whole run, so no later collection goes
    through it again (each full one, during a session too, would)."""
    gc.freeze()
    gc.enable()


def make_window() -> MainWindow:
    """The main window as the app opens it (the benchmarks start it the same way), in the language the
    settings ask for: chosen before the library is read, so its messages are in it too."""
    settings = Settings()
    app_language.apply(settings.language)
    return MainWindow(make_library(), settings)


def run_app(
    refused: Callable[[str], int],
    start: Entry | None = None,
    event_log: Path | None = None,
    verbose: bool = False,
    history: bool = False,
) -> int:
    """Open the window; with `start`, start it (the check-in first, when check-ins are on); with `history`, on the
    history.

    When the app is already open, it is asked to do that instead, and this launch ends: when it can't do it
    now, its words go to `refused`, whose exit status this launch ends with (the command line's: it says them
    on the terminal)."""
    logs.setup(verbose)
    log.info("workout-timer %s starting (Qt %s)", __version__, qVersion())
    app = make_application()
    instance = SingleInstance()
    if not instance.claim():
        from workout_timer.qt.shell.launches import request_for

        reply = instance.hand_over(request_for(start, history))
        if reply is not None and reply.done:
            log.info("The app was already open: it was asked to come forward")
            return 0
        if reply is not None:
            log.info("The app was already open: it came forward, and can't do that now: %s", reply.words)
            return refused(reply.words)
        log.warning("The app already open did not answer: opening a second window, without its drafts")
    reporter = ErrorReporter(app)
    reporter.install()
    interrupt: Interrupt | None = None
    try:
        window = make_window()
        window.offers_drafts = instance.owns_drafts
        interrupt = Interrupt(window.close, app.exit, window.shut_down)  # Ctrl+C: as Quit does
        interrupt.install()
        window.show()
        window.start_audio_once_painted()

        def listen() -> None:
            instance.listen(lambda request: _answer_launch(window, request))

        window.once_painted(listen)  # a later launch waits for it (`hand_over` tries again)
        window.once_painted(lambda: show_icon(app))
        window.once_painted(collect_from_now_on)
        QTimer.singleShot(LISTEN_AT_LATEST_MS, listen)  # a window left unpainted (another workspace)
        QTimer.singleShot(LISTEN_AT_LATEST_MS, collect_from_now_on)  # (the same)
        if start is not None:
            window.start_session(start, event_log)
        elif history:
            window.show_history()
        status = app.exec()
        return INTERRUPTED if interrupt.interrupted else status
    finally:
        instance.release()
        if interrupt is not None:
            interrupt.uninstall()
        reporter.uninstall()
        log.info("workout-timer closed")


def _answer_launch(window: MainWindow, request: Request) -> Reply:
    """A later launch's request, answered by this window (the protocol's modules load with the first one)."""
    from workout_timer.qt.shell.launches import answer_launch

    return answer_launch(window, request)
