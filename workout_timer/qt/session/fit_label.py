"""A label whose text grows or shrinks to fill its box, so names stay huge yet never clipped."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QFont, QFontMetrics, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from workout_timer.qt.common.backdrop import Backdrop
from workout_timer.qt.common.readable import Readable, Reading, install_readable, tell_changed
from workout_timer.qt.common.text_layers import GlyphCells, text_pixmap

WRAP_BELOW = 0.6
"""Wrap onto two lines when one line would need a font smaller than this share of the largest size."""


_DIGITS = re.compile(r"\d+")


def digits_template(text: str) -> str:
    """`text` with every number as "00": the size found for it fits every second of a countdown in words
    ("9 seconds left" as large as "19 seconds left"), and is found once."""
    return _DIGITS.sub("00", text)


class Fit(NamedTuple):
    """How a label's text is painted at its current size."""

    font: QFont
    wrapped: bool


class FitLabel(Backdrop, Readable):
    """Paints one text as large as fits its rectangle, up to `fill` of its height.

    Its height comes from the layout (stretch factors), so the text scales with the window. The size
    is found for the text's template when it has one ("00" for a countdown), so a new second never
    fits the text again. The text is drawn once into a picture and copied on every repaint; with
    `cells` (a countdown's digits) each character has a cell of its own, and a new second repaints
    only the cells whose digit changed. No signals. A screen reader reads its text (see `Readable`).
    """

    def __init__(
        self,
        fill: float = 0.8,
        bold: bool = False,
        wrap: bool = True,
        cells: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._template = ""
        self._fill = fill
        self._bold = bold
        self._wrap = wrap
        self._alignment = Qt.AlignmentFlag.AlignCenter
        self._fitted: tuple[tuple[str, int, int, str], QFont, bool] | None = None
        self._picture: tuple[tuple[object, ...], QPixmap] | None = None
        self._cells = GlyphCells() if cells else None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        install_readable()

    def text(self) -> str:
        return self._text

    def reading(self) -> Reading:
        return Reading(QAccessible.Role.StaticText, self._text)

    def setText(self, text: str, template: str = "") -> None:
        """Show `text`, sized to fit `template` when given (keeps a countdown's size steady)."""
        if (text, template) == (self._text, self._template):
            return
        before, same_template = self._text, template == self._template
        self._text, self._template = text, template
        if text != before:
            tell_changed(self)
        if self._cells is not None and same_template and before and text:
            font, wrapped = self.fitted()
            dirty = None if wrapped else self._cells.dirty(before, text, font, self.rect(), self._alignment)
            if dirty is not None:
                for cell in dirty:
                    self.update(cell)
                return
        self.update()

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._alignment = alignment
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(10, 10)

    def sizeHint(self) -> QSize:
        return QSize(200, 40)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_backdrop(painter, event.rect())
        if not self._text:
            return
        font, wrapped = self.fitted()
        colour = self.palette().windowText().color()
        if self._cells is not None and not wrapped:
            self._cells.paint(painter, self._text, font, colour, self.rect(), self._alignment)
            return
        flags = int(self._alignment) | (int(Qt.TextFlag.TextWordWrap) if wrapped else 0)
        ratio = self.devicePixelRatioF()
        key = (self._text, font.key(), colour.rgba(), flags, self.width(), self.height(), ratio)
        if self._picture is None or self._picture[0] != key:
            self._picture = (key, text_pixmap(self._text, font, colour, self.size(), flags, ratio))
        painter.drawPixmap(0, 0, self._picture[1])

    def fitted(self) -> Fit:
        """The font the text is painted in at the current size, and whether it is wrapped onto two lines."""
        sample = self._template or self._text
        key = (sample, self.width(), self.height(), self.font().key())
        if self._fitted is not None and self._fitted[0] == key:
            return Fit(self._fitted[1], self._fitted[2])
        largest = max(1, int(self.height() * self._fill))
        size = self._largest(sample, largest, self.rect(), wrapped=False)
        wrapped = False
        if self._wrap and size < largest * WRAP_BELOW and " " in sample:
            two_lines = self._largest(sample, largest // 2, self.rect(), wrapped=True)
            if two_lines > size:
                size, wrapped = two_lines, True
        font = self._font(size)
        self._fitted = (key, font, wrapped)
        return Fit(font, wrapped)

    def _font(self, pixels: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, pixels))
        font.setBold(self._bold)
        return font

    def _largest(self, text: str, largest: int, box: QRect, wrapped: bool) -> int:
        """The largest pixel size (at most `largest`) at which `text` fits `box`, by bisection."""
        flags = int(Qt.TextFlag.TextWordWrap) if wrapped else 0
        low, high = 1, max(1, largest)
        while low < high:
            middle = (low + high + 1) // 2
            bounds = QFontMetrics(self._font(middle)).boundingRect(box, flags, text)
            if bounds.width() <= box.width() and bounds.height() <= box.height():
                low = middle
            else:
                high = middle - 1
        return low
