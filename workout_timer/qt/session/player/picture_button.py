"""The player's buttons, kept as pictures of themselves and copied.

A new step's flash repaints the player's background, and every button over it with it: the style sheet
drew the nine rounded, translucent buttons again each time, a good part of each picture's cost. A
button looks the same over any background (its own colours are shades let through), so each look it
takes (its words, size, hovered, pressed, focused, enabled) is drawn by Qt once, the usual way, then
kept on a clear picture and copied.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QRegion, QResizeEvent
from PySide6.QtWidgets import QStyleOptionButton, QWidget

from workout_timer.qt.common.keyboard import PlainButton

_REDRAWN = (
    QEvent.Type.StyleChange,
    QEvent.Type.PaletteChange,
    QEvent.Type.FontChange,
    QEvent.Type.LayoutDirectionChange,
)
"""What changes how a button is drawn beyond what its style option says: its pictures are drawn again."""


class PictureButton(PlainButton):
    """A `PlainButton` that copies a picture of itself once it has been drawn the usual way in that look.

    A look not seen before is painted by Qt as any button is; the picture is taken right after, outside
    the repaint (a widget can't be drawn into a picture while it paints)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, name: str = "") -> None:
        self._pictures: dict[tuple[object, ...], QPixmap] = {}
        self._drawing = False
        self._taking = False
        super().__init__(text, parent, name=name)

    def paintEvent(self, event: QPaintEvent) -> None:
        picture = None if self._drawing else self._pictures.get(self._look())
        if picture is None:
            super().paintEvent(event)
            if not self._drawing and not self._taking:
                self._taking = True
                QTimer.singleShot(0, self, self._take_picture)
            return
        QPainter(self).drawPixmap(0, 0, picture)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _REDRAWN:
            self._pictures.clear()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._pictures.clear()  # each look again at the new size, as it is needed
        super().resizeEvent(event)

    def _look(self) -> tuple[object, ...]:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        size = option.rect.size()
        return (option.state.value, option.features.value, option.text, size.width(), size.height(), self._ratio())

    def _ratio(self) -> float:
        return self.devicePixelRatioF()

    def _take_picture(self) -> None:
        """The button as it looks now, drawn by Qt onto a clear picture."""
        self._taking = False
        ratio = self._ratio()
        picture = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        self._drawing = True
        try:
            self.render(picture, QPoint(), QRegion(), QWidget.RenderFlag(0))
        finally:
            self._drawing = False
        self._pictures[self._look()] = picture
