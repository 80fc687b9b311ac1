"""Every word of the window's shell is marked for translation: the guide, the About box, the message of an
unexpected error, the preferences and the daily reminder's dialog, opened through the real window under the
pseudo-language (each marked text comes back in brackets), show no English outside the brackets."""

from __future__ import annotations

import errno
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.editor_window import answer
from tests.helpers.pseudo_language import outside_brackets, pseudo_language, unmarked
from workout_timer.domain.care.cards import shipped_cards
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.desktop.guide import places
from workout_timer.domain.desktop.identity import NAME
from workout_timer.qt.desktop.help_window import HelpWindow
from workout_timer.qt.desktop.reminder_dialog import ReminderDialog
from workout_timer.qt.preferences.settings_dialog import SettingsDialog
from workout_timer.qt.shell.errors import ErrorReporter

QT_OWN = ["OK", "Cancel"]
"""The standard buttons' words, which Qt's own translations give."""


def item(window: QWidget, text: str) -> QAction:
    (found,) = [action for action in window.findChildren(QAction) if action.text() == text]
    return found


def test_the_guide_shows_no_unmarked_words(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    with pseudo_language():
        window = app_window(qtbot, clock, tmp_path)
        item(window, "⟦&Guide⟧").trigger()
        guide = window.findChild(HelpWindow)
        assert guide is not None and guide.isVisible()
        folders = [str(place.path) for place in places()]
        tips = [words for card in shipped_cards() for words in (card.title, card.text)]  # content: their own test
        for row in range(guide.topics.count()):
            qtbot.keyClick(guide.topics, Qt.Key.Key_Down if row else Qt.Key.Key_Home)
            assert unmarked(guide, allowed=[NAME, *folders]) == [], guide.topics.currentItem().text()
            page = guide.pages.currentWidget()
            if isinstance(page, QTextBrowser):
                text = outside_brackets(page.toPlainText())
                for words in sorted(tips, key=len, reverse=True):
                    text = text.replace(words.strip(), " ")
                assert not re.search("[A-Za-z]{2,}", text), text
        guide.close()
    window.close()


def test_the_about_box_shows_no_unmarked_words(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    found: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        found.extend(
            unmarked(box, allowed=[NAME, *QT_OWN, "GPL", "or-later", "https", "github", "com", "workout", "timer"])
        )
        box.accept()

    with pseudo_language():
        window = app_window(qtbot, clock, tmp_path)
        asked = answer(qtbot, read)
        item(window, "⟦&About⟧").trigger()
    assert asked == [f"⟦About {NAME}⟧"] and found == []
    window.close()


def test_an_unexpected_error_is_told_in_marked_words(qtbot: QtBot) -> None:
    reporter = ErrorReporter()
    with pseudo_language():
        reporter._tell(PermissionError(errno.EACCES, "Permission denied", "/srv/history.csv"))
        qtbot.waitUntil(lambda: reporter.box is not None, timeout=2000)
        box = reporter.box
        assert box is not None
        assert unmarked(box, allowed=[*QT_OWN, "/srv/history.csv"]) == []
        box.close()


def test_the_preferences_and_the_reminder_show_no_unmarked_words(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    with pseudo_language():
        window = app_window(qtbot, clock, tmp_path)
        item(window, "⟦Sound, voice and &language…⟧").trigger()
        dialog = window.findChild(SettingsDialog)
        assert dialog is not None and dialog.isVisible()
        voices = [dialog.voice.itemText(row) for row in range(1, dialog.voice.count())]  # the voices' own names
        assert unmarked(dialog, allowed=["Close", "Deutsch", "English", *voices]) == []
        dialog.close()
        item(window, "⟦Daily &reminder…⟧").trigger()
        reminder = window.findChild(ReminderDialog)
        assert reminder is not None and reminder.isVisible()
        assert unmarked(reminder, allowed=QT_OWN) == []
        reminder.reject()
    window.close()
