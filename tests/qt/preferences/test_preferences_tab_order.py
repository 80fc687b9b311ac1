"""Tab goes through the preferences in reading order, a column at a time (top to bottom in the left column, then the
right, then Close), in English and after a switch to German, side by side or one column under the other; and every
control it reaches is named for a screen reader, each by a name of its own (the voice's volume and the tones' were
both heard as "Volume")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QComboBox, QLayout, QSlider, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.keyboard_reach import accessible_name, heard_name
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.control_names import plain_name
from workout_timer.qt.preferences.settings_dialog import SettingsDialog

VOICES = {"voices": ["English (America)"], "voice_locales": ["en_US"], "voice": "English (America)", "language": "en"}


class _Screen:
    def __init__(self, width: int) -> None:
        self.width = width

    def availableGeometry(self) -> QRect:
        return QRect(0, 0, self.width, 720)


def tab_order(qtbot: QtBot, dialog: SettingsDialog) -> list[QWidget]:
    """The controls Tab reaches, from the first, once round: real Tab presses."""
    first = dialog.first_control()
    assert first is not None
    first.setFocus()
    seen = [first]
    for _ in range(60):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and dialog.isAncestorOf(focused), f"Tab left the dialog for {focused}"
        if focused is first:
            return seen
        seen.append(focused)
    raise AssertionError("Tab never came round")


def column_of(dialog: SettingsDialog, widget: QWidget) -> int:
    """Which column `widget` stands in, left first; the buttons below both come last."""
    columns = dialog.scrolled.columns
    for index in range(columns.count()):
        item = columns.itemAt(index)
        layout = item.layout() if item is not None else None
        if isinstance(layout, QLayout) and any(
            (part := layout.itemAt(i)) is not None and part.widget() is not None and part.widget().isAncestorOf(widget)
            for i in range(layout.count())
        ):
            return index
    return columns.count()


def reading_order(dialog: SettingsDialog, controls: list[QWidget]) -> list[QWidget]:
    """`controls` as a reader reads the dialog: side by side, a column at a time, each from the top; one column under
    the other, from the top."""
    side_by_side = dialog.scrolled.columns.direction() is QBoxLayout.Direction.LeftToRight

    def place(widget: QWidget) -> tuple[int, int, int]:
        at = widget.mapTo(dialog, QPoint(0, widget.height() // 2))
        return (column_of(dialog, widget) if side_by_side else 0, at.y(), at.x())

    return sorted(controls, key=place)


def named(widget: QWidget) -> str:
    """What a screen reader names `widget` by: a choice or a slider by its label, anything else by its own name."""
    return heard_name(widget) if isinstance(widget, (QComboBox, QSlider)) else accessible_name(widget)


def check(qtbot: QtBot, dialog: SettingsDialog) -> None:
    order = tab_order(qtbot, dialog)
    described = [f"{type(widget).__name__} {named(widget)!r}" for widget in order]
    expected = [f"{type(widget).__name__} {named(widget)!r}" for widget in reading_order(dialog, order)]
    assert described == expected
    names = [named(widget) for widget in order]
    assert sorted({name for name in names if names.count(name) > 1}) == [], "each heard by a name of its own"
    for widget in order:
        name = named(widget)
        assert name and plain_name(name) == name, f"{type(widget).__name__} is named {name!r}"
        if isinstance(widget, QComboBox):
            assert name != widget.currentText(), f"a choice heard by its value alone: {name!r}"


@pytest.mark.parametrize("width", [1280, 700], ids=["side by side", "one column"])
@pytest.mark.usefixtures("qt_language")
def test_tab_reads_the_preferences_in_order_and_every_control_has_a_name(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    monkeypatch.setattr(SettingsDialog, "screen", lambda _self: _Screen(width))
    window = app_window(qtbot, clock, tmp_path)
    host = window.announcer.host
    host._on_message("speech_ready", VOICES)  # every control usable
    host._on_message("sounds_ready", {})
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    side_by_side = QBoxLayout.Direction.LeftToRight if width > 1000 else QBoxLayout.Direction.TopToBottom
    qtbot.waitUntil(lambda: dialog.scrolled.columns.direction() is side_by_side, timeout=2000)
    check(qtbot, dialog)

    dialog.language.combo.setFocus()
    qtbot.keyClick(dialog.language.combo, Qt.Key.Key_End)  # Deutsch: the dialog built again
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Ton, Stimme und Sprache", timeout=2000)
    qtbot.waitUntil(lambda: dialog.scrolled.columns.direction() is side_by_side, timeout=2000)
    check(qtbot, dialog)
    dialog.close()
    window.close()
