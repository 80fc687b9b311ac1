"""The preferences in German with larger text on a 1024×600 screen: German is longer, and the language box
made the dialog 533 px tall at the usual text size; it stays within the screen and every word shows whole or
scrolls into view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.common.test_larger_text import SMALL, cut_short
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.common.theme.look import LARGER_TEXT, look
from workout_timer.qt.preferences.settings_dialog import SettingsDialog

TITLE_BAR = 40
"""Room for the window manager's title bar above a dialog."""


@pytest.mark.usefixtures("german")
def test_the_preferences_fit_a_small_screen_in_german_with_larger_text(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    window = app_window(qtbot, clock, tmp_path)
    window.settings.larger_text = True
    window.resize(*SMALL)
    assert look().text_scale == LARGER_TEXT
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.windowTitle() == "Ton, Stimme und Sprache"
    wanted = dialog.sizeHint()
    dialog.resize(min(dialog.width(), SMALL[0]), min(dialog.height(), SMALL[1] - TITLE_BAR))
    assert dialog.width() <= SMALL[0] and dialog.height() <= SMALL[1] - TITLE_BAR, "it fits the small screen"
    scrolled = dialog.findChild(QScrollArea)
    assert scrolled is not None
    if wanted.height() > SMALL[1] - TITLE_BAR:  # taller than the screen: what is below scrolls into view
        assert scrolled.verticalScrollBar().maximum() > 0
    try:
        qtbot.waitUntil(lambda: cut_short(dialog) == [], timeout=2000)
    except qtbot.TimeoutError:
        assert cut_short(dialog) == []
    for widget in dialog.findChildren(QWidget):
        shows_words = isinstance(widget, (QLabel, QAbstractButton, QComboBox))
        if shows_words and widget.isVisibleTo(dialog) and scrolled.widget().isAncestorOf(widget):
            scrolled.ensureWidgetVisible(widget, 0, 0)
            shown = widget.visibleRegion().boundingRect()
            assert shown.height() + 1 >= min(widget.height(), scrolled.viewport().height()), widget
    assert dialog.voice.itemText(0) == "Automatisch: Stimme deiner Sprache und Region"
    dialog.close()
    window.close()
