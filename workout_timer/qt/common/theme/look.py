"""The look of the app: the palette of the colour scheme in use and the size of its text, with the one
`Theme` that chooses them and tells every screen when they change.

The scheme is the user's setting (light, dark or the desktop's own, followed live) with high
contrast or not; the text follows the desktop's font, larger by `LARGER_TEXT` when the user asks.
Screens take their colours and sizes from `look()` and repaint on a change through `follow`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from workout_timer.qt.common.settings import Settings
from workout_timer.qt.common.theme.palettes import LIGHT, Palette, palette_for

LARGER_TEXT = 1.25
"""How much larger text is with "Larger text" on."""
DESIGN_POINTS = 9.0
"""The desktop font's size the screens were laid out for (Qt's own when the desktop names none): a
size written for the screens grows and shrinks with the desktop's font from there."""


@dataclass(frozen=True)
class Look:
    """The palette in use and the size of text."""

    palette: Palette = LIGHT
    text_scale: float = 1.0
    """1, or `LARGER_TEXT`."""
    desktop_points: float = DESIGN_POINTS
    """The desktop's font size, in points."""

    def points(self, design: float) -> float:
        """A size the screens were laid out with (at `DESIGN_POINTS`), for the desktop's font and the setting."""
        return design * self.desktop_points / DESIGN_POINTS * self.text_scale

    def pt(self, design: float) -> str:
        """`points` as a style sheet writes it: "14.5pt"."""
        return f"{self.points(design):.1f}pt"


def colour(name: str) -> QColor:
    """A palette's "#rrggbb" as a QColor."""
    return QColor(name)


class _Changes(QObject):
    changed = Signal(object)


_look = Look()
_changes: _Changes | None = None
_installed: Theme | None = None
"""The theme that chooses the look now: the latest made, while it lives."""
_desktop_font: QFont | None = None
"""The app's font as the desktop gave it, kept while a theme changes the app's."""


def look() -> Look:
    """The look in use: the installed theme's, or light at the desktop's size before one is installed."""
    return _look


def _signals() -> _Changes:
    global _changes
    if _changes is None or not isValid(_changes):  # made again after the app's end took it (tests)
        _changes = _Changes()
    return _changes


class _Follower(QObject):
    """Calls `apply` with every new look, for as long as its owner lives."""

    def __init__(self, owner: QObject, apply: Callable[[Look], None]) -> None:
        super().__init__(owner)
        self._apply = apply
        _signals().changed.connect(self.run)

    def run(self, new: Look) -> None:
        self._apply(new)


def follow(owner: QObject, apply: Callable[[Look], None]) -> None:
    """Call `apply` with the look now and again whenever it changes, while `owner` lives."""
    _Follower(owner, apply)
    apply(_look)


def styled(widget: QWidget, sheet: Callable[[Look], str]) -> None:
    """Give `widget` the style sheet `sheet` makes of the look, now and at every change."""
    follow(widget, lambda new: widget.setStyleSheet(sheet(new)))


def sized(widget: QWidget, points: float, bold: bool | None = None) -> None:
    """Set `widget`'s text at `points` as laid out at the design size, following the desktop's font and
    "Larger text" (see `Look.points`); bold or not when `bold` says."""

    def resize(new: Look) -> None:
        font = QFont(widget.font())
        font.setPointSizeF(new.points(points))
        if bold is not None:
            font.setBold(bold)
        widget.setFont(font)

    follow(widget, resize)


def _set_look(new: Look) -> None:
    global _look
    if new != _look:
        _look = new
        _signals().changed.emit(new)


def qt_palette(palette: Palette) -> QPalette:
    """The palette for Qt's own widgets: windows, fields, buttons, menus, tooltips, links."""
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: palette.window,
        QPalette.ColorRole.WindowText: palette.window_text,
        QPalette.ColorRole.Base: palette.base,
        QPalette.ColorRole.AlternateBase: palette.alternate_base,
        QPalette.ColorRole.Text: palette.text,
        QPalette.ColorRole.Button: palette.button,
        QPalette.ColorRole.ButtonText: palette.button_text,
        QPalette.ColorRole.BrightText: palette.problem,
        QPalette.ColorRole.Highlight: palette.highlight,
        QPalette.ColorRole.HighlightedText: palette.highlighted_text,
        QPalette.ColorRole.Link: palette.link,
        QPalette.ColorRole.LinkVisited: palette.visited_link,
        QPalette.ColorRole.ToolTipBase: palette.tooltip,
        QPalette.ColorRole.ToolTipText: palette.tooltip_text,
        QPalette.ColorRole.PlaceholderText: palette.muted,
        QPalette.ColorRole.Light: palette.base if palette.dark else "#ffffff",
        QPalette.ColorRole.Midlight: palette.button,
        QPalette.ColorRole.Mid: palette.border,
        QPalette.ColorRole.Dark: palette.muted,
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Accent: palette.accent,
    }
    for role, name in roles.items():
        result.setColor(role, QColor(name))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(palette.disabled_text))
    return result


class Theme(QObject):
    """Chooses the look from the settings and the desktop's colour scheme, and keeps it chosen: the
    app's palette and font for Qt's own widgets, `look()` for the screens' own colours and sizes.

    Installed while it lives (one at a time: a newer one takes over); when it goes, the look goes back
    to the desktop's. Signals: none of its own; `follow` tells the screens of each new look.
    """

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        global _installed, _desktop_font
        hints = QGuiApplication.styleHints()
        self._desktop_dark = hints.colorScheme() == Qt.ColorScheme.Dark
        if _desktop_font is None:
            app = QApplication.instance()
            _desktop_font = QFont(app.font()) if isinstance(app, QApplication) else QFont()
        self._desktop_font = _desktop_font
        hints.colorSchemeChanged.connect(self._on_desktop_scheme)
        for signal in (settings.colourSchemeChanged, settings.highContrastChanged, settings.largerTextChanged):
            signal.connect(self._choose)
        _installed = self
        token = id(self)
        self.destroyed.connect(lambda: _forget(token))
        self._choose()

    def dark(self) -> bool:
        """Whether the scheme in use is dark: the setting's, or the desktop's when it says "system"."""
        scheme = self._settings.scheme
        return self._desktop_dark if scheme == "system" else scheme == "dark"

    def _on_desktop_scheme(self, scheme: Qt.ColorScheme) -> None:
        self._desktop_dark = scheme == Qt.ColorScheme.Dark
        self._choose()

    def _choose(self, *_changed: object) -> None:
        if _installed is not self:
            return  # a newer theme chooses
        settings = self._settings
        palette = palette_for(self.dark(), settings.high_contrast)
        scale = LARGER_TEXT if settings.larger_text else 1.0
        points = self._desktop_font.pointSizeF() if self._desktop_font.pointSizeF() > 0 else DESIGN_POINTS
        new = Look(palette, scale, points)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(qt_palette(palette))
            font = QFont(self._desktop_font)
            font.setPointSizeF(points * scale)
            app.setFont(font)
        _set_look(new)


def _forget(token: int) -> None:
    """A theme went: when it was the one installed, the desktop's look comes back."""
    global _installed, _desktop_font
    if _installed is None or id(_installed) != token:
        return
    _installed, desktop_font, _desktop_font = None, _desktop_font or QFont(), None
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(app.style().standardPalette())
        app.setFont(desktop_font)
    points = desktop_font.pointSizeF() if desktop_font.pointSizeF() > 0 else DESIGN_POINTS
    _set_look(Look(LIGHT, 1.0, points))


def scaled_font(base: QFont, pixels: float, bold: bool = False) -> QFont:
    """`base` at a pixel size (at least 1), optionally bold."""
    font = QFont(base)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font
