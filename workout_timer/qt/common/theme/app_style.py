"""The app's style: Qt's own with check marks edged for a dark scheme and its icons in the look's text colour.

Installed once the window has painted (`install_app_style`): the routines' screen draws no check box, radio
button or icon of the style's, so its first frame is the same with it or without it, and QStyle's Python enums
(14 of them, about 7 ms of CPU) and the tinting of the menu bar's hidden extension icon come after it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from workout_timer.qt.common.theme.icons import MESSAGE_SIGNS, refresh_buttons, tinted
from workout_timer.qt.common.theme.look import follow, look


class MarkedStyle(QProxyStyle):
    """The app's style with check boxes and radio buttons edged in the palette's `Mid` (the theme's
    `border`, 3:1 on the window at least): Fusion edges them in a shade of the window's own colour,
    which all but vanishes in a dark scheme."""

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element not in _MARKS:
            super().drawPrimitive(element, option, painter, widget)
            return
        palette = option.palette
        state = option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        ink = palette.color(
            QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
        )
        box = QRectF(option.rect).adjusted(1, 1, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid) if enabled else ink, 1.5))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if radio:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        if state & QStyle.StateFlag.State_On:
            inner = box.adjusted(box.width() * 0.25, box.height() * 0.25, -box.width() * 0.25, -box.height() * 0.25)
            if radio:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ink)
                painter.drawEllipse(inner)
            else:
                painter.setPen(QPen(ink, max(1.5, box.width() / 7)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(
                    [
                        QPointF(inner.left(), inner.center().y()),
                        QPointF(inner.left() + inner.width() * 0.4, inner.bottom()),
                        QPointF(inner.right(), inner.top()),
                    ]
                )
        elif state & QStyle.StateFlag.State_NoChange:
            painter.setPen(QPen(ink, max(1.5, box.width() / 7)))
            painter.drawLine(QPointF(box.left() + 3, box.center().y()), QPointF(box.right() - 3, box.center().y()))
        painter.restore()

    def standardIcon(
        self, standard: QStyle.StandardPixmap, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> QIcon:
        """The style's icon in the look's text colour (`icons.tinted`); a question's sign keeps its own colours
        but in high contrast."""
        icon = super().standardIcon(standard, option, widget)
        palette = look().palette
        if standard in MESSAGE_SIGNS and not palette.high_contrast:
            return icon
        return tinted(icon, QColor(palette.button_text))


_marked_style: MarkedStyle | None = None
"""The app's style once installed (kept here too: Python draws its marks)."""
_MARKS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)


def install_app_style() -> None:
    """The app's style, over the one Qt chose, for every widget from now on (once; again after a test's own).

    The widgets already made take it as Qt hands a new style down (a menu bar's extension button its icon too),
    and the dialogs' buttons take their icons again from it at each new look."""
    global _marked_style
    app = QApplication.instance()
    if not isinstance(app, QApplication) or isinstance(app.style(), MarkedStyle):
        return
    _marked_style = MarkedStyle(app.style().name())
    app.setStyle(_marked_style)
    follow(_marked_style, lambda _new: refresh_buttons())  # the dialogs' icons drawn again in each new text colour
