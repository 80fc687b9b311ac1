"""How the player looks: its background for the phase, paused or flashing, and its controls' style."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QSizePolicy

from workout_timer.domain.routines.timeline import Phase
from workout_timer.qt.common.keyboard import PlainButton
from workout_timer.qt.common.theme import IDLE_COLOUR, PAUSED_COLOUR, PHASE_COLOURS
from workout_timer.qt.session.fit_label import FitLabel


def backdrop_colour(phase: Phase | None, paused: bool, flash: float) -> QColor:
    """The player's background: the phase's colour (grey when paused), lightened by a flash's strength (0 to 1)."""
    base = PAUSED_COLOUR if paused else PHASE_COLOURS.get(phase, IDLE_COLOUR) if phase else IDLE_COLOUR
    if flash <= 0:
        return base
    mix = 0.45 * flash
    return QColor.fromRgbF(
        base.redF() + (1 - base.redF()) * mix,
        base.greenF() + (1 - base.greenF()) * mix,
        base.blueF() + (1 - base.blueF()) * mix,
    )


def player_label(what: str, fill: float, bold: bool = False, align: Qt.AlignmentFlag | None = None) -> FitLabel:
    """A line of the player's text that fills `fill` of its height; `what` it is, for screen readers."""
    label = FitLabel(fill=fill, bold=bold)
    label.setAccessibleDescription(what)
    if align is not None:
        label.setAlignment(align)
    return label


def player_button(text: str, tip: str, signal: SignalInstance, name: str = "") -> QPushButton:
    """One of the player's controls: clicked, it emits `signal`. It is named by its words without the
    glyph (or by `name`); the player puts it in the Tab order (`KeyedButtons`)."""
    button = PlainButton(text, name=name)
    button.setToolTip(tip)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.clicked.connect(signal.emit)
    return button


STYLE = """
QWidget#player, QWidget#player QWidget { color: white; }
QPushButton { color: white; background: rgba(255, 255, 255, 38); border: 2px solid rgba(255, 255, 255, 90);
              border-radius: 10px; padding: 4px 10px; }
QPushButton:hover { background: rgba(255, 255, 255, 70); }
QPushButton:focus { border: 3px solid white; }
QPushButton:pressed { background: rgba(255, 255, 255, 110); }
QPushButton:disabled { color: rgba(255, 255, 255, 90); border-color: rgba(255, 255, 255, 40); }
QWidget#player QPushButton#doneButton { background: rgba(255, 255, 255, 210); color: #103020; font-weight: bold; }
"""
