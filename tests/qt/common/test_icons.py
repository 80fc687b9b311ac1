"""Qt's own icons in every palette: a dialog's buttons, a field's clear button, a question's sign. The Close
button's cross used to vanish on black in high contrast."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyle, QStyleHintReturn, QStyleOption, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.contrast import contrast_ratio
from workout_timer.qt.common.theme.app_style import MarkedStyle
from workout_timer.qt.common.theme.contrast_needs import GRAPHICS
from workout_timer.qt.common.theme.icons import MESSAGE_SIGNS
from workout_timer.qt.common.theme.look import look
from workout_timer.qt.preferences.settings_dialog import SettingsDialog
from workout_timer.qt.shell.main_window import MainWindow

PALETTES = [("light", False), ("dark", False), ("light", True), ("dark", True)]
ON_BUTTONS = (
    QStyle.StandardPixmap.SP_DialogCloseButton,
    QStyle.StandardPixmap.SP_DialogOkButton,
    QStyle.StandardPixmap.SP_DialogCancelButton,
    QStyle.StandardPixmap.SP_DialogSaveButton,
    QStyle.StandardPixmap.SP_DialogDiscardButton,
    QStyle.StandardPixmap.SP_DialogYesButton,
    QStyle.StandardPixmap.SP_DialogNoButton,
    QStyle.StandardPixmap.SP_LineEditClearButton,
)


class _IconsShown(MarkedStyle):
    """The app's style on a desktop that shows icons on dialogs' buttons (offscreen shows none, and the icon
    actually shown would go unchecked)."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returned: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returned)


_STYLES: list[QStyle] = []
"""Kept while the app runs: a widget does not own the style it is given."""


def icons_shown(box: QDialogButtonBox) -> None:
    """`box` shows icons on its buttons from the next look on."""
    if not _STYLES:
        _STYLES.append(_IconsShown("Fusion"))
    box.setStyle(_STYLES[0])


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def ink_contrast(icon: QIcon, background: str, size: int = 16) -> float:
    """The least contrast of the icon's solid pixels with `background`, where at least a tenth of its drawn
    pixels are solid (0 when none is)."""
    image = icon.pixmap(QSize(size, size)).toImage()
    drawn = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    solid = [colour.name() for colour in drawn if colour.alpha() == 255]
    seen = [colour for colour in drawn if colour.alpha() > 0]
    if not seen or len(solid) < len(seen) / 10:
        return 0.0
    return min(contrast_ratio(colour, background) for colour in set(solid))


@pytest.mark.parametrize(("scheme", "high_contrast"), PALETTES)
def test_the_icons_on_buttons_read_on_them_in_every_palette(
    qtbot: QtBot, window: MainWindow, scheme: str, high_contrast: bool
) -> None:
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    icons_shown(box)
    window.settings.high_contrast = not high_contrast  # a look other than the one checked first: it changes
    window.settings.colour_scheme = scheme
    window.settings.high_contrast = high_contrast

    def followed() -> bool:  # the open dialog takes the app's new colours as Qt hands them down
        return dialog.palette().color(QPalette.ColorRole.Window) == QApplication.palette().color(
            QPalette.ColorRole.Window
        )

    qtbot.waitUntil(followed, timeout=2000)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    background = QApplication.palette().color(QPalette.ColorRole.Button).name()  # the box's own style aside
    style = dialog.style()  # the app's
    wrong = {}
    for standard in ON_BUTTONS:
        ratio = ink_contrast(style.standardIcon(standard, None, box), background)
        if ratio < GRAPHICS:
            wrong[standard.name] = round(ratio, 2)
    assert not close.icon().isNull(), "it shows an icon"
    assert ink_contrast(close.icon(), background) >= GRAPHICS  # the icon it shows
    assert wrong == {}, look().palette.name
    if high_contrast:  # a question's sign too
        window_colour = dialog.palette().color(QPalette.ColorRole.Window).name()
        signs = {
            sign.name: ink_contrast(style.standardIcon(sign, None, dialog), window_colour, 32) for sign in MESSAGE_SIGNS
        }
        assert {name: ratio for name, ratio in signs.items() if ratio < GRAPHICS} == {}
    dialog.close()


def test_a_button_box_made_before_the_look_changed_takes_its_icons_again(qtbot: QtBot, window: MainWindow) -> None:
    """The preferences are built once: high contrast turned on in them must redraw the Close button's icon."""
    window.show_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    icons_shown(box)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    close.setIcon(box.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton, None, box))  # light's ink
    window.settings.colour_scheme = "dark"
    window.settings.high_contrast = True
    background = QApplication.palette().color(QPalette.ColorRole.Button).name()  # the box's own style aside
    assert not close.icon().isNull() and ink_contrast(close.icon(), background) >= GRAPHICS
    dialog.close()
