"""Focus shows on every control: each rendered with the focus and without, the two compared, and the ring's
pixels in the theme's focus colour."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.common.theme.focus_ring import GAP, RING, FocusRings
from workout_timer.qt.common.theme.look import look
from workout_timer.qt.common.theme.palettes import DARK, LIGHT
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=2000)
    yield main
    main.close()


def around(widget: QWidget) -> tuple[QWidget, QRect]:
    """The widget's parent and the part of it where the widget and its ring are."""
    parent = widget.parentWidget()
    assert parent is not None
    reach = RING + GAP + 2
    return parent, widget.geometry().adjusted(-reach, -reach, reach, reach)


def picture(widget: QWidget) -> QImage:
    parent, area = around(widget)
    return parent.grab(area).toImage()


def colours_in(image: QImage) -> set[str]:
    return {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(image.height())}


def sides(image: QImage) -> set[str]:
    """The colours beside the control, left and right, halfway down: where its ring goes and no neighbour's."""
    strip = RING + GAP + 2
    xs = [*range(strip), *range(image.width() - strip, image.width())]
    ys = range(image.height() // 3, 2 * image.height() // 3)
    return {QColor(image.pixel(x, y)).name() for x in xs for y in ys}


def focus_changes(qtbot: QtBot, focused: QWidget, other: QWidget) -> tuple[QImage, QImage]:
    """`focused` pictured with the keyboard's focus, then without it (the focus on `other`)."""
    focused.setFocus()
    qtbot.waitUntil(focused.hasFocus, timeout=2000)
    with_focus = picture(focused)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=2000)
    return with_focus, picture(focused)


def test_the_routine_list_looks_different_focused_and_rings_the_current_row(qtbot: QtBot, window: MainWindow) -> None:
    routines = window.library_view.routines
    assert routines.currentItem() is not None
    with_focus, without = focus_changes(qtbot, routines, window.library_view.search)
    assert with_focus != without
    focus = look().palette.focus
    assert focus in colours_in(with_focus) and focus not in colours_in(without)
    row = routines.visualItemRect(routines.currentItem())
    viewport = routines.viewport()
    routines.setFocus()
    qtbot.waitUntil(routines.hasFocus, timeout=2000)
    ring_of_row = viewport.grab(row).toImage()
    left_edge = {QColor(ring_of_row.pixel(1, y)).name() for y in range(8, row.height() - 8)}
    assert focus in left_edge, "the row where the keys act is ringed too"


def test_the_previews_start_button_shows_its_focus(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    view = window.library_view
    qtbot.keyClicks(view.search, "short test")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    preview = window.preview_view
    assert window.current_view() is preview
    clock.advance(GUARD)
    start = preview.start_button
    qtbot.waitUntil(start.hasFocus, timeout=2000)
    with_focus, without = focus_changes(qtbot, start, preview.back_button)
    assert with_focus != without
    focus = look().palette.focus
    assert focus in colours_in(with_focus) and focus not in colours_in(without)
    inside = QColor(with_focus.pixel(QPoint(with_focus.width() // 2, RING + GAP + 2 + 1))).name()
    assert inside == look().palette.accent_text, "a ring inside the accent button too, in its words' colour"


def test_every_kind_of_control_shows_its_focus(qtbot: QtBot, window: MainWindow) -> None:
    """The search field, the filters, a button: each pictured with and without the focus."""
    view = window.library_view
    got_it = view.notice.findChild(QPushButton)
    assert got_it is not None and got_it.isVisible()
    pairs = ((view.search, view.kind), (view.kind, view.search), (view.level, view.search), (got_it, view.search))
    for control, other in pairs:
        with_focus, without = focus_changes(qtbot, control, other)
        assert look().palette.focus in sides(with_focus), control
        assert look().palette.focus not in sides(without), control


def test_the_ring_takes_the_new_schemes_colour(qtbot: QtBot, window: MainWindow) -> None:
    search = window.library_view.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    assert LIGHT.focus in colours_in(picture(search))
    window.settings.colour_scheme = "dark"
    qtbot.waitUntil(lambda: DARK.focus in colours_in(picture(search)), timeout=2000)
    assert LIGHT.focus not in colours_in(picture(search))


def test_the_player_marks_no_ring_around_the_whole_screen(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    view = window.library_view
    qtbot.keyClicks(view.search, "short test")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    clock.advance(GUARD)
    qtbot.keyClick(window.preview_view.start_button, Qt.Key.Key_Return)
    player = window.session.player_view
    assert window.current_view() is player
    qtbot.waitUntil(player.hasFocus, timeout=2000)
    rings = window.findChild(FocusRings)
    assert rings is not None and rings.target() is None
