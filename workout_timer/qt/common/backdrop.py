"""Opaque widgets over a coloured screen: each paints the colour behind it itself, so a change of its own
repaints only itself, never the screen under it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget


class Backdrop(QWidget):
    """A widget that, once given the colour behind it (`set_backdrop`), is opaque: it fills its own
    background and Qt paints nothing under it. Without one (the default) it is see-through as usual."""

    _backdrop: QColor | None = None

    def set_backdrop(self, colour: QColor | None) -> None:
        if colour == self._backdrop:
            return
        self._backdrop = QColor(colour) if colour is not None else None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, colour is not None)
        self.update()

    def paint_backdrop(self, painter: QPainter, area: QRect) -> None:
        if self._backdrop is not None:
            painter.fillRect(area, self._backdrop)
