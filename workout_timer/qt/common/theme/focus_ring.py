"""A ring in the theme's focus colour around whatever control has the keyboard's focus, on every screen.

Qt's styles mark focus faintly or not at all (a list looked the same focused or not; a button only
changed its edge by a shade). One ring, drawn over the focused control's neighbours and following it,
shows it the same way everywhere. A widget that marks its focus itself (the player, whose keys are its
own) sets the property `OWN_FOCUS` to True and gets no ring.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from workout_timer.qt.common.theme.look import Look, follow

RING = 3
"""The ring's width, in pixels (WCAG 2.2 asks at least 2)."""
GAP = 1
"""Between the control and its ring."""
OWN_FOCUS = "ownFocusRing"


class Ring(QWidget):
    """The ring itself: a see-through widget over the focused control's parent that takes no mouse or focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.colour = QColor()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour, RING))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), RING + 2, RING + 2)


class FocusRings(QObject):
    """Keeps one ring around the focused control of the app's windows while it lives. No signals."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ring: Ring | None = None
        self._target: QWidget | None = None
        self._colour = QColor()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        follow(self, self._on_look)
        self._on_focus_changed(None, app.focusWidget())

    def target(self) -> QWidget | None:
        """The control the ring is around now."""
        return self._target if self._target is not None and isValid(self._target) else None

    def ring(self) -> Ring | None:
        return self._ring if self._ring is not None and isValid(self._ring) else None

    def _on_look(self, look: Look) -> None:
        self._colour = QColor(look.palette.focus)
        ring = self.ring()
        if ring is not None:
            ring.colour = self._colour
            ring.update()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = self.target()
        if target is not None:
            target.removeEventFilter(self)
        self._target = new if new is not None and _wants_ring(new) else None
        if self._target is not None:
            self._target.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in _FOLLOWED:
            self._place()
        return False

    def _place(self) -> None:
        target = self.target()
        parent = target.parentWidget() if target is not None else None
        ring = self.ring()
        if target is None or parent is None or not target.isVisible():
            if ring is not None:
                ring.hide()
            return
        if ring is None or ring.parentWidget() is not parent:
            if ring is not None:
                ring.hide()  # at once: it goes with the next turn of the event loop
                ring.deleteLater()
            ring = self._ring = Ring(parent)
        ring.colour = self._colour
        reach = RING + GAP
        around = target.geometry().adjusted(-reach, -reach, reach, reach)
        ring.setGeometry(around.intersected(QRect(0, 0, parent.width(), parent.height())))
        ring.raise_()
        ring.show()
        ring.update()


_FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


def _wants_ring(widget: QWidget) -> bool:
    """Every control with the focus, but a whole screen that marks its focus itself, or a window."""
    return not widget.isWindow() and not widget.property(OWN_FOCUS)
