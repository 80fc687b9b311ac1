"""The history window's parts: a titled column, and a chart from QtCharts in the theme's colours."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractAxis, QAbstractSeries, QChart
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
