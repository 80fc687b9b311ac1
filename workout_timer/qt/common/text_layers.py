"""Text drawn once into pictures and then copied: what a screen repaints often (a flash, a new second)
costs a copy, not a new layout of the text.

Pictures are made at the screen's device pixel ratio, so they are as sharp as text drawn directly.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap


def text_pixmap(text: str, font: QFont, colour: QColor, size: QSize, flags: int, ratio: float) -> QPixmap:
    """`text` as `QPainter.drawText(QRect(0, 0, size), flags, text)` draws it, on a clear picture."""
    pixmap = QPixmap(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(QRect(QPoint(0, 0), size), flags, text)
    painter.end()
    return pixmap


class GlyphCells:
    """One line of text as a row of cells, one per character, each as wide as the character's advance,
    each drawn from a picture made once per character, font, colour and height.

    With digits of one width (tabular figures, as the usual fonts have), a new second changes the
    pictures in some cells and never where the cells are: only the changed cells need repainting.
    """

    def __init__(self) -> None:
        self._key: tuple[str, str, int, float] | None = None
        self._glyphs: dict[str, QPixmap] = {}

    def cells(self, text: str, font: QFont, box: QRect, alignment: Qt.AlignmentFlag) -> list[QRect]:
        """Where each character of `text` goes in `box`, aligned as a single line of text would be."""
        metrics = QFontMetricsF(font)
        advances = [metrics.horizontalAdvance(char) for char in text]
        width = sum(advances)
        if alignment & Qt.AlignmentFlag.AlignLeft:
            x = float(box.left())
        elif alignment & Qt.AlignmentFlag.AlignRight:
            x = box.right() + 1 - width
        else:
            x = box.left() + (box.width() - width) / 2
        cells = []
        for advance in advances:
            left = round(x)
            x += advance
            cells.append(QRect(left, box.top(), round(x) - left, box.height()))
        return cells

    def paint(
        self, painter: QPainter, text: str, font: QFont, colour: QColor, box: QRect, alignment: Qt.AlignmentFlag
    ) -> None:
        ratio = painter.device().devicePixelRatioF()
        key = (font.key(), colour.name(QColor.NameFormat.HexArgb), box.height(), ratio)
        if key != self._key:
            self._key, self._glyphs = key, {}
        pad = self._pad(font)
        for char, cell in zip(text, self.cells(text, font, box, alignment), strict=True):
            glyph = self._glyphs.get(char)
            if glyph is None:
                size = QSize(cell.width() + 2 * pad, box.height())
                flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
                glyph = self._glyphs[char] = text_pixmap(char, font, colour, size, flags, ratio)
            painter.drawPixmap(cell.left() - pad, cell.top(), glyph)

    def dirty(
        self, before: str, after: str, font: QFont, box: QRect, alignment: Qt.AlignmentFlag
    ) -> list[QRect] | None:
        """The cells to repaint for `before` to become `after`, or None when the cells themselves move."""
        if len(before) != len(after):
            return None
        old, new = self.cells(before, font, box, alignment), self.cells(after, font, box, alignment)
        if old != new:
            return None
        pad = self._pad(font)
        return [cell.adjusted(-pad, 0, pad, 0) for a, b, cell in zip(before, after, new, strict=True) if a != b]

    @staticmethod
    def _pad(font: QFont) -> int:
        """Room beside a cell for a glyph that reaches past its advance (bold, italic)."""
        return max(2, round(font.pixelSize() * 0.08))
