"""The daily reminder's dialog in German on a 1024×600 screen: opened from the Session menu, every word shows
whole, and the buttons it names are the notification's own, as they are translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.common.test_larger_text import SMALL, cut_short
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.desktop.reminders import buttons
from workout_timer.qt.desktop.reminder_dialog import ReminderDialog


@pytest.mark.usefixtures("german")
def test_the_reminder_dialog_fits_in_german(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    window = app_window(qtbot, clock, tmp_path)
    window.resize(*SMALL)
    (item,) = [action for action in window.findChildren(QAction) if action.text() == "Tägliche &Erinnerung …"]
    item.trigger()
    dialog = window.findChild(ReminderDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Tägliche Erinnerung"
    assert dialog.on.text() == "Erinnere mich jeden Tag um"
    assert [label for _key, label in buttons()] == ["Jetzt starten", "Später", "Heute nicht"]
    (about,) = [label for label in dialog.findChildren(QLabel) if "Desktop" in label.text()]
    assert "<b>Jetzt starten</b>, <b>Später</b> und <b>Heute nicht</b>" in about.text()
    assert dialog.width() <= SMALL[0] and dialog.height() <= SMALL[1]
    try:
        qtbot.waitUntil(lambda: cut_short(dialog) == [], timeout=2000)
    except qtbot.TimeoutError:
        assert cut_short(dialog) == []
    dialog.reject()
    window.close()
