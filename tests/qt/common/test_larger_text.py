"""Larger text on a small screen: at 1024×600, with "Larger text" on, every screen keeps the window's size
and shows every word whole (or lets it scroll into view)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import BEFORE_WINDOWS_CLOSE
from tests.helpers.app_window import app_window
from tests.helpers.editor_window import forget_edits
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.common.elided_label import ElidedLabel
from workout_timer.qt.common.theme.look import LARGER_TEXT, look
from workout_timer.qt.preferences.settings_dialog import SettingsDialog
from workout_timer.qt.session.fit_label import FitLabel
from workout_timer.qt.shell.main_window import MainWindow

SMALL = (1024, 600)


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path, check_ins=True)
    BEFORE_WINDOWS_CLOSE.append(lambda: forget_edits(main))
    main.settings.larger_text = True
    main.resize(*SMALL)
    assert look().text_scale == LARGER_TEXT
    yield main
    main.close()


def scroller(widget: QWidget) -> QAbstractScrollArea | None:
    """The scrolled area `widget` is in, if any: what is out of its view scrolls into it."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def beyond_the_side(widget: QWidget, area: QAbstractScrollArea) -> bool:
    """Past the right edge of an area that scrolls up and down only: never seen whole."""
    if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return False
    viewport = area.viewport()
    return widget.mapTo(viewport, widget.rect().topRight()).x() >= viewport.width() + 1


def cut_short(root: QWidget) -> list[str]:
    """Every word on `root` that its widget shows only in part: narrower or lower than its text needs, or
    covered by the edge of what holds it. Labels made to fit or to end in "…" (with a tooltip) are left out."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, (FitLabel, ElidedLabel)):
            continue
        if not isinstance(widget, (QLabel, QAbstractButton, QComboBox)) or widget.objectName() == "notice":
            continue
        if isinstance(widget.parentWidget(), QLineEdit):  # its clear button: Qt sizes it to the field, not to a hint
            continue
        words = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() + 1 < widget.heightForWidth(widget.width()):
                found.append(f"{words!r}: {widget.height()} high, needs {widget.heightForWidth(widget.width())}")
        elif widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            found.append(f"{words!r}: {widget.width()}×{widget.height()}, needs {hint.width()}×{hint.height()}")
        shown = widget.visibleRegion().boundingRect()
        area = scroller(widget)
        if area is None and (shown.width() + 1 < widget.width() or shown.height() + 1 < widget.height()):
            found.append(f"{words!r}: only {shown.width()}×{shown.height()} of it shows")
        if area is not None and beyond_the_side(widget, area):
            found.append(f"{words!r}: past the side of what scrolls it up and down")
    return found


def fits(qtbot: QtBot, window: QWidget, size: tuple[int, int] = SMALL) -> bool:
    """The window keeps `size` (nothing in it asks for more) and no word in it is cut short."""
    try:  # the layouts settle as Qt hands the new font down
        qtbot.waitUntil(lambda: (window.width(), window.height()) == size and cut_short(window) == [], timeout=2000)
    except qtbot.TimeoutError:
        assert cut_short(window) == []
        assert (window.width(), window.height()) == size
    return True


def test_every_screen_fits_a_small_screen_with_larger_text(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    assert fits(qtbot, window), "the routines"
    view = window.library_view
    qtbot.keyClicks(view.search, "short test")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view and fits(qtbot, window), "the preview"

    clock.advance(GUARD)
    qtbot.keyClick(window.preview_view.start_button, Qt.Key.Key_Return)
    check_in = window.current_view()
    assert check_in is not window.preview_view and fits(qtbot, window), "the check-in"
    clock.advance(GUARD)
    for key in (Qt.Key.Key_8, Qt.Key.Key_L, Qt.Key.Key_Return):  # pain 8 and a warning sign: the advice
        qtbot.keyClick(QApplication.focusWidget() or check_in, key)
    assert window.current_view() is check_in and fits(qtbot, window), "the advice"
    advice = window.session.check_in_view.advice

    def whole_in_view() -> bool:
        seen = advice.visibleRegion().boundingRect()
        return (seen.width(), seen.height()) == (advice.width(), advice.height())

    qtbot.waitUntil(whole_in_view, timeout=2000)  # the advice scrolled into view, whole

    clock.advance(GUARD)
    qtbot.keyClick(QApplication.focusWidget() or check_in, Qt.Key.Key_Return)  # go on
    assert window.current_view() is window.session.player_view and fits(qtbot, window), "the player"

    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.resize(min(dialog.width(), SMALL[0]), min(dialog.height(), SMALL[1] - 40))  # a title bar above it
    assert dialog.width() <= SMALL[0] and dialog.height() <= SMALL[1] - 40, "it fits the small screen"
    try:  # the preferences: what is below scrolls into view
        qtbot.waitUntil(lambda: cut_short(dialog) == [], timeout=2000)
    except qtbot.TimeoutError:
        assert cut_short(dialog) == []
    dialog.close()


def test_the_editor_and_the_history_fit_a_small_screen_with_larger_text(qtbot: QtBot, window: MainWindow) -> None:
    entry = window.library.find("core-for-runners")
    assert entry is not None
    window.editing.duplicate(entry)
    assert fits(qtbot, window), "the editor"
    forget_edits(window)
    window.show_history()
    assert fits(qtbot, window), "the history"


def test_text_is_larger(window: MainWindow) -> None:
    """The same words take more room: the check is not made on text of the usual size."""
    before = window.library_view.search.sizeHint().height()
    window.settings.larger_text = False
    assert window.library_view.search.sizeHint().height() < before
