"""A label whose text grows or shrinks to fill its box, so names stay huge yet never clipped."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

WRAP_BELOW = 0.6
"""Wrap onto two lines when one line would need a font smaller than this share of the largest size."""


class Fit(NamedTuple):
    """How a label's text is painted at its current size."""

    font: QFont
    wrapped: bool


class FitLabel(QWidget):
    """Paints one text as large as fits its rectangle, up to `fill` of its height.

    Its height comes from the layout (stretch factors), so the text scales with the window.
    No signals.
    """

    def __init__(self, fill: float = 0.8, bold: bool = False, wrap: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._template = ""
        self._fill = fill
        self._bold = bold
        self._wrap = wrap
        self._alignment = Qt.AlignmentFlag.AlignCenter
        self._fitted: tuple[tuple[str, int, int], QFont, bool] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def text(self) -> str:
        return self._text

    def setText(self, text: str, template: str = "") -> None:
        """Show `text`, sized to fit `template` when given (keeps a countdown's size steady)."""
        if (text, template) != (self._text, self._template):
            self._text, self._template = text, template
            self.update()

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._alignment = alignment
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(10, 10)

    def sizeHint(self) -> QSize:
        return QSize(200, 40)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        font, wrapped = self.fitted()
        painter = QPainter(self)
        painter.setFont(font)
        painter.setPen(self.palette().windowText().color())
        flags = int(self._alignment) | (int(Qt.TextFlag.TextWordWrap) if wrapped else 0)
        painter.drawText(self.rect(), flags, self._text)

    def fitted(self) -> Fit:
        """The font the text is painted in at the current size, and whether it is wrapped onto two lines."""
        key = (self._text + "\0" + self._template, self.width(), self.height())
        if self._fitted is not None and self._fitted[0] == key:
            return Fit(self._fitted[1], self._fitted[2])
        sample = self._template or self._text
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
