"""F1 in German on a 1024×600 screen: the guide's topics and pages in German, every word whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.common.test_larger_text import SMALL, cut_short
from workout_timer.domain.common import language
from workout_timer.domain.common.clock import FakeClock
from workout_timer.qt.common import app_language

HEADINGS = [
    "So läuft eine Einheit ab", "Tastatur", "Routinen erstellen", "Das Routinenformat",
    "Was die Abfragen mit deinen Antworten machen", "Rückentipps", "Eine tägliche Erinnerung",
]  # fmt: skip


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    language.use("de_DE")
    app_language.apply("de")
    yield
    app_language.apply("en")
    QLocale.setDefault(before)


@pytest.mark.usefixtures("german")
def test_f1_opens_the_guide_in_german_and_every_page_reads_whole(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    main = app_window(qtbot, clock, tmp_path)
    main.resize(*SMALL)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=5000)
    qtbot.keyClick(main.library_view.routines, Qt.Key.Key_F1)
    guide = main.menus.guide
    assert guide is not None and guide.isVisible()
    assert guide.width() <= SMALL[0] and guide.height() <= SMALL[1]
    titles = [guide.topics.item(row).text() for row in range(guide.topics.count())]
    assert titles == [
        "So läuft eine Einheit ab", "Tasten", "Routinen erstellen", "Das Routinenformat", "Abfragen",
        "Rückentipps", "Tägliche Erinnerung", "Wo deine Dateien liegen",
    ]  # fmt: skip
    for row in range(guide.topics.count()):
        qtbot.keyClick(guide.topics, Qt.Key.Key_Down if row else Qt.Key.Key_Home)
        page = guide.pages.currentWidget()
        assert page.isVisible() and page.accessibleName() == titles[row]
        if isinstance(page, QTextBrowser):
            assert page.toPlainText().splitlines()[0] == HEADINGS[row]
        assert guide.topics.visualItemRect(guide.topics.item(row)).right() <= guide.topics.viewport().width()
        try:
            qtbot.waitUntil(lambda: cut_short(guide) == [], timeout=2000)
        except qtbot.TimeoutError:
            assert cut_short(guide) == []
    guide.close()
    main.close()
