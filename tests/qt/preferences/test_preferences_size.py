"""The preferences take the size their words want in the language they show: opened in English, then switched to
German in the dialog itself, they fit the German (a trial read it clipped at the English size), side by side on a
1280×720 screen, with no room to spare and nothing to scroll; and back in English, the English again."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QBoxLayout
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.common.test_larger_text import cut_short
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.preferences.settings_dialog import SettingsDialog

SCREEN = QRect(0, 0, 1280, 720)
"""A small laptop's screen (the offscreen one is 800×800)."""


class _Screen:
    def availableGeometry(self) -> QRect:
        return SCREEN


def misfits(dialog: SettingsDialog) -> list[str]:
    """What is wrong with the dialog's size for the words it shows: too small for them, past the screen, or larger
    than they need (the room of another language's words)."""
    wrong = cut_short(dialog)
    scrolled = dialog.scrolled
    body = scrolled.widget()
    if dialog.width() > SCREEN.width() or dialog.height() > SCREEN.height():
        wrong.append(f"past the screen: {dialog.size()}")
    if scrolled.columns.direction() is not QBoxLayout.Direction.LeftToRight:
        wrong.append("one column under the other, though the screen has room for two side by side")
    if scrolled.verticalScrollBar().maximum() > 0:
        wrong.append(f"scrolls by {scrolled.verticalScrollBar().maximum()} px, though the screen has room")
    spare = scrolled.viewport().height() - body.sizeHint().height()
    if spare > 2:
        wrong.append(f"{spare} px to spare below the groups")
    return wrong


def settled(qtbot: QtBot, dialog: SettingsDialog) -> list[str]:
    """What is wrong once the dialog has had the time to lay itself out (nothing, or the same as then)."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: misfits(dialog) == [], timeout=2000)
    return misfits(dialog)


@pytest.mark.usefixtures("qt_language")
def test_the_preferences_fit_the_words_of_each_language_chosen_in_them(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SettingsDialog, "screen", lambda _self: _Screen())
    window = app_window(qtbot, clock, tmp_path)
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert settled(qtbot, dialog) == [], "in English"
    english = dialog.size()

    dialog.language.combo.setFocus()
    qtbot.keyClick(dialog.language.combo, Qt.Key.Key_End)  # Deutsch
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Ton, Stimme und Sprache", timeout=2000)
    assert settled(qtbot, dialog) == [], "in German"
    german = dialog.size()
    assert german != english
    dialog.close()
    window.show_settings()  # opened again in German: the same size
    qtbot.waitExposed(dialog)
    assert settled(qtbot, dialog) == [] and dialog.size() == german

    dialog.language.combo.setFocus()
    qtbot.keyClick(dialog.language.combo, Qt.Key.Key_Up)  # English
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Sound, voice and language", timeout=2000)
    assert settled(qtbot, dialog) == [], "in English again"
    assert dialog.size() == english
    dialog.close()
    window.close()
