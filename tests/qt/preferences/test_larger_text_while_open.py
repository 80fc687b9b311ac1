"""Larger text turned on while the preferences are open: the dialog lays itself out again at the new size,
at once, and every word shows whole or scrolls into view up and down, never sideways."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.common.test_larger_text import SMALL, cut_short
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.common.theme.look import LARGER_TEXT, look
from workout_timer.qt.preferences.settings_dialog import SettingsDialog

TITLE_BAR = 40
"""Room for the window manager's title bar above a dialog."""


def test_larger_text_ticked_in_the_open_preferences_lays_them_out_again(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    window.resize(*SMALL)
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and look().text_scale == 1.0
    qtbot.waitExposed(dialog)
    dialog.resize(min(dialog.width(), SMALL[0]), min(dialog.height(), SMALL[1] - TITLE_BAR))
    assert cut_short(dialog) == []
    box = dialog.appearance.larger_text
    scrolled = dialog.findChild(QScrollArea)
    assert scrolled is not None
    scrolled.ensureWidgetVisible(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # the real box, clicked
    assert box.isChecked() and look().text_scale == LARGER_TEXT
    QApplication.processEvents()
    dialog.resize(min(dialog.width(), SMALL[0]), min(dialog.height(), SMALL[1] - TITLE_BAR))  # a small screen
    assert scrolled.horizontalScrollBar().maximum() == 0 or not scrolled.horizontalScrollBar().isVisible()
    body = scrolled.widget()
    assert body.width() <= scrolled.viewport().width(), "nothing reaches past the side"
    try:
        qtbot.waitUntil(lambda: cut_short(dialog) == [], timeout=2000)
    except qtbot.TimeoutError:
        assert cut_short(dialog) == []
    dialog.close()
    window.close()


class _LargeScreen:
    """A screen of 1920×1080, larger than the offscreen one (800×800), where the preferences take the size they
    want, with larger text or without."""

    def availableGeometry(self) -> QRect:
        return QRect(0, 0, 1920, 1080)


def test_larger_text_ticked_off_again_lets_the_preferences_shrink_back(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SettingsDialog, "screen", lambda _self: _LargeScreen())
    window = app_window(qtbot, clock, tmp_path)
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and look().text_scale == 1.0
    qtbot.waitExposed(dialog)
    before = dialog.size()
    box = dialog.appearance.larger_text
    scrolled = dialog.findChild(QScrollArea)
    assert scrolled is not None
    for on in (True, False):  # the real box, clicked on and off again
        scrolled.ensureWidgetVisible(box)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked() is on
        if on:
            qtbot.waitUntil(lambda: dialog.width() > before.width(), timeout=2000)  # grown for the larger text
    assert look().text_scale == 1.0
    qtbot.waitUntil(lambda: dialog.width() == before.width(), timeout=2000)  # as narrow as before
    assert dialog.size() == dialog.sizeHint(), "the size it wants, no larger"
    assert dialog.width() >= dialog.minimumSizeHint().width()
    dialog.close()
    window.close()
