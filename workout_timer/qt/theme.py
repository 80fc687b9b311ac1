"""Colours and sizes shared by the windows: one colour per phase, readable from the floor."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from ..domain.timeline import Phase

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
SOFT_TEXT_COLOUR = QColor(255, 255, 255, 200)
ACCENT = "#1f6f8b"


def scaled_font(base: QFont, pixels: float, bold: bool = False) -> QFont:
    """`base` at a pixel size (at least 1), optionally bold."""
    font = QFont(base)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
