"""A focused button keeps room for its words: the ring's border used to take it from the padding, and the
summary's "Back to routines  (Enter)" read "(Enter]"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, run_short_session
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def room_for_words(button: QPushButton) -> int:
    """How much wider the room inside the button's edge and padding is than its words (and icon)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    inside = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    words = button.fontMetrics().horizontalAdvance(button.text())
    icon = option.iconSize.width() + 4 if not button.icon().isNull() else 0
    return inside.width() - words - icon


def focused(qtbot: QtBot, button: QPushButton) -> None:
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    QApplication.processEvents()


@pytest.mark.parametrize(("scheme", "high_contrast"), [("light", False), ("dark", True)])
def test_the_summarys_default_button_holds_its_words_with_the_focus(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, scheme: str, high_contrast: bool
) -> None:
    window.settings.colour_scheme = scheme
    window.settings.high_contrast = high_contrast
    run_short_session(qtbot, window, clock)
    summary = window.session.summary_view
    assert window.current_view() is summary
    clock.advance(GUARD)
    button = summary.library_button
    assert button.text() == "Back to routines  (Enter)"
    before = room_for_words(button)
    focused(qtbot, button)
    assert button.hasFocus()
    assert room_for_words(button) >= 0, "its words are cut"
    assert room_for_words(button) == before, "the focus takes no room from the words"
    assert button.width() >= button.sizeHint().width()


def test_every_button_of_the_preview_and_the_check_in_keeps_its_room_with_the_focus(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    main = app_window(qtbot, clock, tmp_path, check_ins=True)
    entry = main.library.find("short-test")
    assert entry is not None
    main.show_preview(entry)
    screens = {"the preview": main.preview_view}
    clock.advance(GUARD)
    qtbot.keyClick(main.preview_view.start_button, Qt.Key.Key_Return)
    screens["the check-in"] = main.session.check_in_view
    wrong = []
    for title, screen in screens.items():
        if title == "the check-in":
            assert main.current_view() is screen
            qtbot.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_3)  # a pain chosen: its button checked
        for button in screen.findChildren(QPushButton):
            if not button.isVisible() or button.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            before = room_for_words(button)
            focused(qtbot, button)
            after = room_for_words(button)
            if after < 0 or after != before:
                wrong.append(f"{title}: {button.text()!r} has {before} px to spare, {after} with the focus")
    assert wrong == []
    main.close()
