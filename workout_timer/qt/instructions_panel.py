"""The how-to of the current exercise: numbered steps, form cues and (on demand) common mistakes, in the
largest type that fits."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.routine import Exercise

MIN_PIXELS = 13


def _sentences(lines: tuple[str, ...]) -> str:
    return " ".join(escape(line) if line.endswith((".", "!", "?")) else f"{escape(line)}." for line in lines)


def instructions_html(exercise: Exercise | None, colour: str, mistakes: bool = False) -> str:
    if exercise is None:
        return ""
    steps = "".join(f"<li>{escape(line)}</li>" for line in exercise.instructions)
    parts = [f"<ol style='margin-left:0;'>{steps}</ol>"]
    if exercise.cues:
        parts.append(f"<p><b>Keep in mind:</b> {_sentences(exercise.cues)}</p>")
    if mistakes and exercise.mistakes:
        parts.append(f"<p><b>Common mistakes:</b> {_sentences(exercise.mistakes)}</p>")
    if exercise.caution:
        parts.append(f"<p><i>{escape(exercise.caution)}</i></p>")
    return f"<div style='color:{colour};'>{''.join(parts)}</div>"


class InstructionsPanel(QWidget):
    """Paints an exercise's instructions, choosing the font size so the whole text fits. No signals.

    `mistakes` adds the exercise's common mistakes; `largest_share` is the largest font size as a share of
    the window's height (the text is smaller only when it would not fit otherwise).
    """

    def __init__(self, parent: QWidget | None = None, mistakes: bool = False, largest_share: float = 1 / 24) -> None:
        super().__init__(parent)
        self._mistakes = mistakes
        self._largest_share = largest_share
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(0)
        self._exercise: Exercise | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_exercise(self, exercise: Exercise | None) -> None:
        if exercise is self._exercise:
            return
        self._exercise = exercise
        colour = self.palette().windowText().color().name()
        self._document.setHtml(instructions_html(exercise, colour, self._mistakes))
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
        largest = max(MIN_PIXELS, round(self.window().height() * self._largest_share))
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
