"""The theme in the real window: the setting chosen in the real dialog, the desktop's scheme followed live,
every screen repainted without a restart, the player's colours as painted, larger text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.contrast import AAA, contrast_ratio
from workout_timer.domain.routines.timeline import Phase
from workout_timer.domain.session.fresh_input import GUARD
from workout_timer.qt.common.settings import Settings
from workout_timer.qt.common.theme.look import LARGER_TEXT, Theme, look
from workout_timer.qt.common.theme.palettes import DARK, DARK_HIGH, LIGHT, LIGHT_HIGH
from workout_timer.qt.preferences.settings_dialog import SettingsDialog
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[MainWindow]:
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def app_window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def repainted(qtbot: QtBot, widget: QWidget, colour: str, at: QPoint | None = None) -> bool:
    """`widget` comes to paint `colour` at `at` (Qt hands a new palette down to the widgets as it goes on)."""
    qtbot.waitUntil(lambda: painted(widget, at) == colour, timeout=2000)
    return True


def painted(widget: QWidget, at: QPoint | None = None) -> str:
    """The colour of one pixel of `widget` as it paints itself now (its top left corner unless told)."""
    image = widget.grab().toImage()
    spot = at if at is not None else QPoint(3, 3)
    return QColor(image.pixel(spot)).name()


def corner(widget: QWidget) -> QPoint:
    """The bottom left corner, under the first-run notice and beside the list."""
    return QPoint(3, widget.height() - 3)


def settings_dialog(window: MainWindow) -> SettingsDialog:
    window.show_settings()  # as Session → Sound and voice… (Ctrl+,) does
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_colours_chosen_in_the_dialog_change_every_screen_at_once(qtbot: QtBot, window: MainWindow) -> None:
    assert look().palette is LIGHT and app_window_colour() == LIGHT.window, "the desktop's scheme is not dark here"
    assert repainted(qtbot, window.library_view, LIGHT.window, corner(window.library_view))
    dialog = settings_dialog(window)
    combo = dialog.appearance.scheme
    assert combo.currentText() == "As the desktop is", "the default"

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentText() == "Dark"
    assert Settings(window.settings.path).colour_scheme == "dark", "kept at once"
    assert look().palette is DARK and app_window_colour() == DARK.window
    assert repainted(qtbot, window.library_view, DARK.window, corner(window.library_view)), (
        "the library repainted, no restart"
    )

    dialog.appearance.high_contrast.setFocus()
    qtbot.keyClick(dialog.appearance.high_contrast, Qt.Key.Key_Space)
    assert window.settings.high_contrast and look().palette is DARK_HIGH
    assert repainted(qtbot, window.library_view, DARK_HIGH.window, corner(window.library_view))

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText() == "Light" and look().palette is LIGHT_HIGH
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert window.settings.colour_scheme == "system" and look().palette is LIGHT_HIGH
    dialog.close()


def test_a_change_made_elsewhere_shows_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = settings_dialog(window)
    window.settings.colour_scheme = "dark"
    window.settings.larger_text = True
    assert dialog.appearance.scheme.currentText() == "Dark"
    assert dialog.appearance.larger_text.isChecked() and not dialog.appearance.high_contrast.isChecked()
    dialog.close()


def test_the_desktops_scheme_is_followed_live_unless_one_is_chosen(qtbot: QtBot, window: MainWindow) -> None:
    hints = QGuiApplication.styleHints()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop turned dark
        assert look().palette is DARK and repainted(
            qtbot, window.library_view, DARK.window, corner(window.library_view)
        )
        window.settings.colour_scheme = "light"
        assert look().palette is LIGHT, "the user's choice stands over the desktop's"
        window.settings.colour_scheme = "system"
        assert look().palette is DARK
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert look().palette is LIGHT and repainted(
            qtbot, window.library_view, LIGHT.window, corner(window.library_view)
        )
    finally:
        hints.colorSchemeChanged.emit(hints.colorScheme())


def test_an_unknown_scheme_in_the_file_reads_as_the_desktops(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.colour_scheme = "sepia"
    assert settings.scheme == "system"


def test_the_look_goes_back_to_the_desktops_when_the_theme_goes(qtbot: QtBot, tmp_path: Path) -> None:
    owner = QObject()
    settings = Settings(tmp_path / "settings.ini")
    Theme(settings, owner)
    settings.colour_scheme = "dark"
    settings.larger_text = True
    assert look().palette is DARK and look().text_scale == LARGER_TEXT
    owner.deleteLater()
    qtbot.waitUntil(lambda: look().palette is LIGHT, timeout=2000)
    assert look().text_scale == 1.0 and app_window_colour() != DARK.window


def start_session(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    view = window.library_view
    qtbot.keyClicks(view.search, "short test")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert window.current_view() is window.preview_view
    clock.advance(GUARD)  # past the fresh-input guard: the preview was read
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
    assert window.current_view() is window.session.player_view


def test_the_player_paints_the_schemes_colours_and_reads_at_aaa_at_the_flashs_brightest(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    start_session(qtbot, window, clock)
    player = window.session.player_view
    assert repainted(qtbot, player, LIGHT.prepare), "getting ready, once the first step's flash is over"
    window.settings.colour_scheme = "dark"
    assert painted(player) == DARK.prepare, "repainted in the new scheme at once"
    assert painted(player.instructions) == DARK.prepare, "the parts that paint their own background too"

    player.flash()  # a new step: the flash starts at its brightest
    brightest = painted(player)
    assert brightest == DARK.flashed(DARK.prepare, 1.0) != DARK.prepare
    assert contrast_ratio(brightest, DARK.player_text) >= AAA
    text = player.palette().color(QPalette.ColorRole.WindowText).name()
    assert text == DARK.player_text


def test_the_phase_colours_of_the_editors_session_follow_the_scheme(window: MainWindow) -> None:
    assert {LIGHT.ink(phase) for phase in Phase} != {DARK.ink(phase) for phase in Phase}
    window.settings.colour_scheme = "dark"
    assert look().palette.ink(Phase.WORK) == DARK.work_ink


def test_larger_text_scales_the_apps_text_and_the_screens_own_sizes(window: MainWindow) -> None:
    base = QApplication.font().pointSizeF()
    heading = window.library_view.findChild(QWidget, "hint")
    assert heading is not None
    search = window.library_view.search.font().pointSizeF()
    window.settings.larger_text = True
    assert QApplication.font().pointSizeF() == pytest.approx(base * LARGER_TEXT)
    assert window.library_view.search.font().pointSizeF() == pytest.approx(search * LARGER_TEXT)
    window.settings.larger_text = False
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert window.library_view.search.font().pointSizeF() == pytest.approx(search)
