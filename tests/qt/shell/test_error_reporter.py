"""An error in a slot is logged with its traceback and told to the user once, in plain words."""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.logging import QtLoggingPlugin
from pytestqt.qtbot import QtBot

from workout_timer import logs
from workout_timer.qt.shell.errors import ErrorReporter


@pytest.fixture
def reporter(qtbot: QtBot) -> Iterator[ErrorReporter]:
    """Installed over pytest-qt's own hooks for the test, and taken away again after it."""
    logs.setup()
    reporter = ErrorReporter()
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.box is not None:
        reporter.box.close()
    logger = logging.getLogger(logs.LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def test_an_error_in_a_real_slot_is_logged_and_told(qtbot: QtBot, reporter: ErrorReporter) -> None:
    button = QPushButton("Export as CSV…")
    qtbot.addWidget(button)
    button.show()

    def export() -> None:
        raise PermissionError(errno.EACCES, "Permission denied", "/srv/history.csv")

    button.clicked.connect(export)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.box is not None, timeout=2000)
    box = reporter.box
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Something went wrong"
    assert box.text().startswith("Something went wrong: The app is not allowed to use “/srv/history.csv”.")
    assert "Nothing you had saved is lost" in box.text()
    assert str(logs.log_path()) in box.text()
    written = logs.log_path().read_text(encoding="utf-8")
    assert "ERROR workout_timer.errors: Unexpected error" in written
    assert "in export" in written  # the traceback is kept for a report

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second error while the first is still shown
    qtbot.waitUntil(lambda: logs.log_path().read_text(encoding="utf-8").count("Unexpected error") == 2, timeout=2000)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert reporter.box is box and shown == [box]  # one message at a time


def test_an_error_in_a_thread_is_told_on_the_gui_thread(qtbot: QtBot, reporter: ErrorReporter) -> None:
    import threading

    def work() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    thread = threading.Thread(target=work, name="saver")
    thread.start()
    thread.join(5)
    qtbot.waitUntil(lambda: reporter.box is not None, timeout=2000)
    box = reporter.box
    assert isinstance(box, QMessageBox)
    assert "The disk is full." in box.text()


def test_qt_warnings_go_to_the_log(reporter: ErrorReporter) -> None:
    qWarning("a warning from Qt")
    assert "WARNING workout_timer.qt: default: a warning from Qt" in logs.log_path().read_text(encoding="utf-8")


@pytest.mark.qt_log_ignore("^after the app's hooks are gone$")
def test_uninstall_puts_the_hooks_back(qtbot: QtBot, qtlog: QtLoggingPlugin) -> None:
    import sys

    before = sys.excepthook
    reporter = ErrorReporter()
    reporter.install()
    assert sys.excepthook == reporter.excepthook
    reporter.uninstall()
    assert sys.excepthook is before
    qWarning("after the app's hooks are gone")
    assert [r.message for r in qtlog.records] == ["after the app's hooks are gone"]  # pytest-qt's handler is back


def test_in_german_an_unexpected_error_says_once_where_its_details_are(
    qtbot: QtBot, reporter: ErrorReporter, german: None
) -> None:
    button = QPushButton("Export")
    qtbot.addWidget(button)
    button.show()

    def export() -> None:
        raise ValueError("no colour for phase 'x'")

    button.clicked.connect(export)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.box is not None, timeout=2000)
    box = reporter.box
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Etwas ist schiefgegangen: Ein unerwarteter Fehler.\n")
    assert box.text().count("Einzelheiten") == 1 and str(logs.log_path()) in box.text()
