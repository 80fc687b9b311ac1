"""Errors nobody planned for: logged with their traceback, told to the user in plain words, never lost.

Qt calls Python slots from C++, where an exception would only be printed to a terminal nobody reads.
`ErrorReporter` takes over `sys.excepthook` (and threads' hook) while the app runs: each error goes to
the log file, and a short message says what failed and that the user's saved work is safe. Qt's own
warnings go to the log as well, instead of the terminal.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

from workout_timer import logs
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _

log = logging.getLogger("workout_timer.errors")
qt_log = logging.getLogger("workout_timer.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def message_for(error: BaseException) -> str:
    """What the user reads: what failed, that their saved work is safe, and where the details are."""
    what = plain_words(error, log_named=True)
    # Translators: {reason} says what failed, such as "The disk is full"; {place} is the log file's place.
    return _(
        "Something went wrong: {reason}.\n\n"
        "Nothing you had saved is lost: routines are saved whole or not at all. You can carry on.\n\n"
        "The details are in {place}."
    ).format(reason=what[0].upper() + what[1:], place=logs.where())


class ErrorReporter(QObject):
    """Installs the hooks with `install()` and puts the old ones back with `uninstall()`."""

    _reported = Signal(object)  # an exception from any thread, shown on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reported.connect(self._tell)
        self._box: QMessageBox | None = None
        self._old_hook: ExceptHook | None = None
        self._old_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._old_qt_handler: Callable[[QtMsgType, QMessageLogContext, str], object] | None = None

    def install(self) -> None:
        self._old_hook = sys.excepthook
        self._old_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        self._old_qt_handler = qInstallMessageHandler(_to_log)

    def uninstall(self) -> None:
        if self._old_hook is not None:
            sys.excepthook = self._old_hook
        if self._old_thread_hook is not None:
            threading.excepthook = self._old_thread_hook
        qInstallMessageHandler(self._old_qt_handler)  # None puts back Qt's own

    def excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("Unexpected error", exc_info=(kind, error, trace))
        self._reported.emit(error)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        log.error(
            "Unexpected error in thread %s", args.thread, exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
        )
        self._reported.emit(args.exc_value)  # queued to the GUI thread by Qt

    def _tell(self, error: BaseException) -> None:
        if self._box is not None and self._box.isVisible():
            return  # one message at a time; the log has every error
        from PySide6.QtWidgets import QMessageBox  # its Python enums cost every start 3 ms; loaded when needed

        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, _("Something went wrong"), message_for(error), parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self._box = box
        box.open()  # not exec(): no nested event loop inside whatever failed

    @property
    def box(self) -> QWidget | None:
        """The message on screen, if one is (for tests)."""
        return self._box if self._box is not None and self._box.isVisible() else None


def _to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "qt"
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s: %s", category, message)
