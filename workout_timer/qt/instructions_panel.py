"""The how-to of the current exercise: numbered steps and form cues, in the largest type that fits."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.routine import Exercise

MIN_PIXELS = 13
MAX_PIXELS = 34


def instructions_html(exercise: Exercise | None, colour: str) -> str:
    if exercise is None:
        return ""
    steps = "".join(f"<li>{escape(line)}</li>" for line in exercise.instructions)
    parts = [f"<ol style='margin-left:0;'>{steps}</ol>"]
    if exercise.cues:
        cues = " ".join(
            f"{escape(cue)}." if not cue.endswith((".", "!", "?")) else escape(cue) for cue in exercise.cues
        )
        parts.append(f"<p><b>Keep in mind:</b> {cues}</p>")
    if exercise.caution:
        parts.append(f"<p><i>{escape(exercise.caution)}</i></p>")
    return f"<div style='color:{colour};'>{''.join(parts)}</div>"


class InstructionsPanel(QWidget):
    """Paints an exercise's instructions, choosing the font size so the whole text fits. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(0)
        self._exercise: Exercise | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_exercise(self, exercise: Exercise | None) -> None:
        if exercise is self._exercise:
            return
        self._exercise = exercise
        self._document.setHtml(instructions_html(exercise, self.palette().windowText().color().name()))
        self._fit()
        self.update()

    def text(self) -> str:
        return self._document.toPlainText()

    def pixel_size(self) -> int:
        return self._document.defaultFont().pixelSize()

    def fits(self) -> bool:
        return self._document.size().height() <= self.height() + 0.5

    def minimumSizeHint(self) -> QSize:
        return QSize(50, 50)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._document.drawContents(painter, QRectF(self.rect()))

    def _fit(self) -> None:
        """The largest size between MIN_PIXELS and a share of the window height that fits the box."""
        self._document.setTextWidth(self.width())
        largest = max(MIN_PIXELS, min(MAX_PIXELS, self.window().height() // 24))
        low, high = MIN_PIXELS, largest
        while low < high:
            middle = (low + high + 1) // 2
            self._set_pixels(middle)
            if self._document.size().height() <= self.height():
                low = middle
            else:
                high = middle - 1
        self._set_pixels(low)

    def _set_pixels(self, pixels: int) -> None:
        font = self.font()
        font.setPixelSize(pixels)
        self._document.setDefaultFont(font)
