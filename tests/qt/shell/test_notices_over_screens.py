"""Notices away from the player never cover a control: the sound's and the voice's notices stood over the
check-in's and the summary's buttons at the bottom of the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, run_short_session
from tests.qt.shell.test_notices_over_player import UNWRITABLE_HOME, in_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell.main_window import MainWindow

SMALL = (1024, 600)
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractSlider)
"""What the runner presses, chooses or types in."""


def covered(window: MainWindow, screen: QWidget) -> list[str]:
    """The controls on `screen` the notices stand over."""
    notices = window.notices
    assert notices.isVisible()
    over = notices.geometry()
    return [
        f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        for widget in screen.findChildren(QWidget)
        if isinstance(widget, CONTROLS) and widget.isVisible() and over.intersects(in_window(widget))
    ]


def test_notices_on_the_check_in_and_the_summary_cover_none_of_their_buttons(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path, check_ins=True)
    window.resize(*SMALL)
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)
    clock.advance(GUARD)
    qtbot.keyClick(window.preview_view.start_button, Qt.Key.Key_Return)
    check_in = window.session.check_in_view
    assert window.current_view() is check_in
    window.notify(UNWRITABLE_HOME[2])  # the voice's notice, as a session starts
    assert covered(window, check_in) == []
    for words in UNWRITABLE_HOME[:2]:
        window.notify(words)
    assert window.notices.messages() == [UNWRITABLE_HOME[2], *UNWRITABLE_HOME[:2]]
    assert covered(window, check_in) == [], "three at once"
    assert window.notices.geometry().bottom() < window.height(), "all of them in the window"

    window.session.check_ins = False
    window.settings.check_ins = False
    window.notices.clear()
    run_short_session(qtbot, window, clock)
    summary = window.session.summary_view
    assert window.current_view() is summary
    window.notify("The app's tones can't be played. The sound server is not running.")
    assert covered(window, summary) == []
    assert in_window(summary.library_button).intersects(QRect(0, window.height() - 80, window.width(), 80))
    window.close()
