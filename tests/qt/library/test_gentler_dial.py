"""The gentler-today dial through the real preview: its combo box and the G key, the preview, the session, the history."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window, listed_names
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.contrast import contrast_ratio
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.common.theme.contrast_needs import GRAPHICS
from workout_timer.qt.common.theme.look import look
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def open_preview(qtbot: QtBot, main: MainWindow) -> None:
    view = main.library_view
    qtbot.keyClicks(view.search, "short test")
    assert listed_names(view) == ["Short test session"]
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert main.current_view() is main.preview_view


def shown(main: MainWindow) -> str:
    return main.preview_view.text.toPlainText()


def test_the_dial_changes_what_the_preview_shows_and_what_runs(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    open_preview(qtbot, window)
    preview = window.preview_view
    assert preview.dial.dial() is Dial.NORMAL and preview.dial.explanation.text() == ""
    written = shown(window)
    assert "Plank" in written and "Plank on your knees" not in written
    qtbot.mouseClick(preview.dial.buttons[Dial.GENTLER], Qt.MouseButton.LeftButton)  # the real button
    assert preview.dial.dial() is Dial.GENTLER
    assert "a quarter shorter" in preview.dial.explanation.text()
    today = shown(window)
    assert "Plank on your knees" in today and "Side plank on your knees" in today and "Wall push-up" in today
    assert today != written
    preview.start_button.setFocus()
    clock.advance(GUARD)  # a moment to read the preview: keys typed while it appeared never start a session
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    player = window.session.player_view
    assert window.current_view() is player and player.name.text() == "Plank on your knees"
    assert window.session.driver is not None
    plank = window.session.driver.engine.timeline[1]
    assert plank.duration == 15  # 20 s, a quarter shorter, down to whole 5 s
    window.session.driver.stop()
    (kept,) = window.history.sessions()
    assert kept.dial is Dial.GENTLER


def test_g_goes_round_the_choices(qtbot: QtBot, window: MainWindow) -> None:
    open_preview(qtbot, window)
    preview = window.preview_view
    seen = []
    for _ in range(3):
        qtbot.keyClick(preview, Qt.Key.Key_G)
        seen.append(preview.dial.dial().label)
    assert seen == ["Gentler", "Gentlest", "Normal"]
    qtbot.keyClick(preview, Qt.Key.Key_G)
    qtbot.keyClick(preview, Qt.Key.Key_G)
    assert "Wall push-up" in shown(window) and "halved" in preview.dial.explanation.text()


def fill(button: QWidget) -> str:
    """The colour most of a button is painted in: its background."""
    image = button.grab().toImage()
    counts = Counter(
        image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    )
    return counts.most_common(1)[0][0]


def checked(button: QWidget) -> bool:
    reading = QAccessible.queryAccessibleInterface(button)
    assert reading is not None
    return bool(reading.state().checked)


@pytest.mark.parametrize(
    ("scheme", "high_contrast"), [("light", False), ("dark", False), ("light", True), ("dark", True)]
)
def test_the_chosen_button_is_drawn_and_read_as_chosen_and_the_arrows_move_the_choice(
    qtbot: QtBot, window: MainWindow, scheme: str, high_contrast: bool
) -> None:
    """The three buttons used to look the same whichever was chosen."""
    window.settings.colour_scheme = scheme
    window.settings.high_contrast = high_contrast
    open_preview(qtbot, window)
    dial = window.preview_view.dial
    buttons = dial.buttons
    qtbot.mouseClick(buttons[Dial.GENTLER], Qt.MouseButton.LeftButton)
    assert [checked(buttons[d]) for d in Dial] == [False, True, False]  # as a screen reader reads them
    chosen, other = fill(buttons[Dial.GENTLER]), fill(buttons[Dial.NORMAL])
    assert contrast_ratio(chosen, other) >= GRAPHICS, (look().palette.name, chosen, other)
    assert fill(buttons[Dial.GENTLEST]) == other
    buttons[Dial.GENTLER].setFocus()
    qtbot.keyClick(buttons[Dial.GENTLER], Qt.Key.Key_Right)
    assert dial.dial() is Dial.GENTLEST and buttons[Dial.GENTLEST].hasFocus()
    assert [checked(buttons[d]) for d in Dial] == [False, False, True]
    assert fill(buttons[Dial.GENTLEST]) == chosen and fill(buttons[Dial.GENTLER]) == other
    qtbot.keyClick(buttons[Dial.GENTLEST], Qt.Key.Key_Left)
    qtbot.keyClick(buttons[Dial.GENTLER], Qt.Key.Key_Left)
    assert dial.dial() is Dial.NORMAL and buttons[Dial.NORMAL].hasFocus()
    assert [checked(buttons[d]) for d in Dial] == [True, False, False]


def test_the_dial_keeps_the_preview_where_it_was_read_to(qtbot: QtBot, window: MainWindow) -> None:
    """Choosing gentler halfway down the steps left the runner at the top again: the text stays where it was."""
    window.resize(900, 500)
    open_preview(qtbot, window)
    bar = window.preview_view.text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 200, timeout=2000)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    qtbot.mouseClick(window.preview_view.dial.buttons[Dial.GENTLER], Qt.MouseButton.LeftButton)
    assert window.preview_view.dial.dial() is Dial.GENTLER
    assert abs(bar.value() - place) <= 40  # the steps' lines are as many; a note may add a line above
    qtbot.keyClick(window.preview_view, Qt.Key.Key_G)  # the key too
    assert abs(bar.value() - place) <= 80
    qtbot.keyClick(window.preview_view, Qt.Key.Key_Escape)
    assert window.current_view() is window.library_view
    qtbot.keyClick(window.library_view.search, Qt.Key.Key_Return)  # the routine shown anew: from its top
    assert window.current_view() is window.preview_view
    assert bar.value() == 0
