"""Education cards through the real window: one on the preview in the first sessions, one on each summary,
the pain card after a red rating, all of them in Help → Back tips, and none once turned off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.qt.shell.test_player_app import open_short_routine, tick
from workout_timer.domain.care.cards import shipped_cards
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def press(qtbot: QtBot, main: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or main, key)


def menu_action(main: MainWindow, text: str) -> QAction:
    for top in main.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu is not None else []:
            if action.text() == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def play_to_the_summary(qtbot: QtBot, main: MainWindow, clock: FakeClock, red: bool) -> None:
    tick(main, clock, 5.0 + 20.0 + 1.0)  # the rest after the plank
    if red:
        press(qtbot, main, Qt.Key.Key_3)
    tick(main, clock, 9.0 + 10 + 5 + 10 + 10 + 1)  # the push-ups, which wait for Done
    press(qtbot, main, Qt.Key.Key_Return)
    assert main.current_view() is main.session.summary_view


def test_the_first_preview_builds_up_gradually_and_keeps_its_card_while_browsing(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    qtbot.keyClicks(window.library_view.search, "short test")
    qtbot.keyClick(window.library_view.search, Qt.Key.Key_Return)
    preview = window.preview_view
    assert window.current_view() is preview and preview.card.isVisible()
    assert preview.card.title.text() == "Tip: Build up gradually"
    assert preview.card.card is not None and preview.card.text.text() == preview.card.card.text
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.keyClick(window.library_view.search, Qt.Key.Key_Return)
    assert preview.card.title.text() == "Tip: Build up gradually"
    assert window.settings.cards_shown == "build-up"
    clock.advance(GUARD)
    press(qtbot, window, Qt.Key.Key_Return)
    tick(window, clock, 1.0)
    window.session.driver.stop()  # type: ignore[union-attr]
    clock.advance(GUARD)
    press(qtbot, window, Qt.Key.Key_Return)  # the summary's way back
    entry = window.library.find("short-test")
    assert entry is not None
    window.show_preview(entry)
    assert preview.card.title.text() != "Tip: Build up gradually", "a session was done: the next card"
    shown = preview.card.title.text()
    window.show_preview(entry)
    assert preview.card.title.text() == shown


def test_after_a_red_rating_the_summary_tells_what_pain_means(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_short_routine(qtbot, window)
    play_to_the_summary(qtbot, window, clock, red=True)
    card = window.session.summary_view.card
    assert card.isVisible() and card.title.text() == "Tip: What pain is telling you"
    assert "traffic light" in card.text.text()
    assert window.settings.cards_shown.split() == ["build-up", "pain-traffic-light"]
    clock.advance(GUARD)


def test_without_red_the_summary_shows_a_card_not_shown_before(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.settings.cards_shown = "build-up warm-up"
    open_short_routine(qtbot, window)
    assert window.settings.cards_shown == "build-up warm-up soreness", "the preview showed the next card"
    play_to_the_summary(qtbot, window, clock, red=False)
    assert window.session.summary_view.card.title.text() == "Tip: Keep at it"
    clock.advance(GUARD)


def test_tips_turned_off_in_the_session_menu_show_none(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    action = menu_action(window, "Show tips about my back")
    assert action.isChecked()
    action.trigger()
    assert window.settings.cards_on is False
    open_short_routine(qtbot, window)
    assert not window.preview_view.card.isVisible()
    play_to_the_summary(qtbot, window, clock, red=True)
    assert not window.session.summary_view.card.isVisible()
    assert window.settings.cards_shown == ""
    clock.advance(GUARD)


def test_help_back_tips_shows_every_card(qtbot: QtBot, window: MainWindow) -> None:
    menu_action(window, "Back &tips").trigger()
    guide = window.menus.guide
    assert guide is not None and guide.isVisible()
    page = guide.pages.currentWidget()
    assert isinstance(page, QTextBrowser)
    text = page.toPlainText()
    for card in shipped_cards():
        assert card.title in text and card.text in text
    guide.close()
