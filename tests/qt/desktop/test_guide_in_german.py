"""F1 in German on a 1024×600 screen: the guide's topics and pages in German, every word whole."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.common.test_larger_text import SMALL, cut_short
from workout_timer.domain.common.clock import FakeClock

HEADINGS = [
    "So läuft eine Einheit ab", "Tastatur", "Programme und sanftere Tage", "Routinen erstellen", "Das Routinenformat",
    "Was die Abfragen mit deinen Antworten machen", "Rückentipps", "Eine tägliche Erinnerung", "Ton, Stimme und Sprache",
]  # fmt: skip


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
        "So läuft eine Einheit ab", "Tasten", "Programme und sanftere Tage", "Routinen erstellen", "Das Routinenformat", "Abfragen",
        "Rückentipps", "Tägliche Erinnerung", "Ton, Stimme und Sprache", "Wo deine Dateien liegen",
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


def test_every_page_of_the_guide_is_marked_whole() -> None:
    """Under the pseudo-language every word of the guide is inside brackets, but the back tips' own words
    (content, translated with the cards) and the app's name and address."""
    from tests.helpers.pseudo_language import outside_brackets, pseudo_language
    from workout_timer.domain.care.cards import shipped_cards
    from workout_timer.domain.desktop.guide import about_html, places, topics
    from workout_timer.domain.desktop.identity import HOMEPAGE, NAME

    content = [words for card in shipped_cards() for words in (card.title, card.text)]
    with pseudo_language():
        shown = [topic.title + " " + topic.html for topic in topics()]
        shown += [place.title + " " + place.keeps for place in places()]
        shown.append(about_html("1.0"))
    for text in shown:
        rest = outside_brackets(text)
        for words in [*content, NAME, HOMEPAGE, "1.0"]:
            rest = rest.replace(escape(words), " ")
        assert not re.search(r"[A-Za-z]{2,}", rest), rest
