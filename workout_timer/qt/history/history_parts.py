"""The history window's parts: a titled column, a chart from QtCharts in the theme's colours, the calendar's own
parts named."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QAbstractSeries, QChart
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCalendarWidget, QLabel, QToolButton, QVBoxLayout, QWidget

from workout_timer.domain.common.language import _
from workout_timer.qt.common.theme.look import look


def chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def colour_chart(chart: QChart) -> None:
    """The chart's background, words and lines in the palette's colours (Qt Charts keep their own otherwise)."""
    palette = look().palette
    chart.setBackgroundBrush(QBrush(QColor(palette.base)))
    chart.setTitleBrush(QBrush(QColor(palette.text)))
    chart.legend().setLabelColor(QColor(palette.text))
    for axis in chart.axes():
        axis.setLabelsColor(QColor(palette.text))
        axis.setLinePenColor(QColor(palette.muted))
        axis.setGridLineColor(QColor(palette.border if palette.high_contrast else palette.alternate_base))


def attach(chart: QChart, series: QAbstractSeries, x: QAbstractAxis, y: QAbstractAxis) -> None:
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


def titled(title: str, widget: QWidget, *below: QWidget) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    column.addWidget(label)
    column.addWidget(widget, 1)
    for other in below:
        column.addWidget(other)
    return box


def name_calendar_parts(calendar: QCalendarWidget) -> None:
    """Names for the calendar's own buttons and year field, which Qt leaves without one: a screen reader would
    say only "button" for the arrows and read the year field by its number."""
    names = {
        "qt_calendar_prevmonth": _("Previous month"),
        "qt_calendar_nextmonth": _("Next month"),
        "qt_calendar_monthbutton": _("Month"),
        "qt_calendar_yearbutton": _("Year"),
        "qt_calendar_yearedit": _("Year"),
    }
    for part in calendar.findChildren(QWidget):
        if part.objectName() in names:
            part.setAccessibleName(names[part.objectName()])
            if isinstance(part, QToolButton) and not part.text().strip():
                part.setToolTip(names[part.objectName()])
