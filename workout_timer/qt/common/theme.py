"""Colours and sizes shared by the windows: one colour per phase, readable from the floor."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from workout_timer.domain.routines.timeline import Phase

PHASE_COLOURS = {
    Phase.PREPARE: QColor("#7a4800"),
    Phase.WORK: QColor("#135c32"),
    Phase.REST: QColor("#1d4f86"),
    Phase.SWITCH: QColor("#5f3a94"),
}
"""Deep colours that keep white text above a 7:1 contrast ratio."""
IDLE_COLOUR = QColor("#263238")
PAUSED_COLOUR = QColor("#3b4248")
TEXT_COLOUR = QColor("#ffffff")
ACCENT = "#1f6f8b"


def scaled_font(base: QFont, pixels: float, bold: bool = False) -> QFont:
    """`base` at a pixel size (at least 1), optionally bold."""
    font = QFont(base)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font
