"""The history window's parts: a titled column, charts from QtCharts in the theme's colours (the minutes a week,
the pain at each check-in), the calendar's own parts named."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QLegend,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCalendarWidget, QLabel, QToolButton, QVBoxLayout, QWidget

from workout_timer.domain.common.dates import Form, written
from workout_timer.domain.common.language import _
from workout_timer.domain.history.history_words import pain_legend, pain_title
from workout_timer.domain.history.pain_chart import pain_chart
from workout_timer.domain.history.stats import HistoryStats
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


DENSE_DAYS = 15
"""Over this many days the pain chart's points are drawn smaller, to stay apart."""


def minutes_chart(stats: HistoryStats) -> QChart:
    """The minutes of exercise in each of the last weeks, as bars."""
    bars = QBarSet(_("Minutes"))
    bars.setColor(QColor(look().palette.accent))
    labels = []
    for monday, minutes in stats.minutes_by_week:
        bars.append(minutes)
        labels.append(written(monday, Form.NUMERIC_DAY))
    series = QBarSeries()
    series.append(bars)
    made = chart(_("Minutes a week"))
    made.addSeries(series)
    x = QBarCategoryAxis()
    x.append(labels)
    small = x.labelsFont()
    small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
    x.setLabelsFont(small)
    y = QValueAxis()
    y.setRange(0, max([10.0, *(m for _monday, m in stats.minutes_by_week)]))
    y.applyNiceNumbers()
    y.setLabelFormat("%.0f")
    attach(made, series, x, y)
    colour_chart(made)
    return made


def pain_chart_of(stats: HistoryStats) -> QChart:
    """One point per check-in: before a session a blue circle, after it an orange triangle, with a legend."""
    laid_out = pain_chart(stats.pain)
    made = chart(pain_title(bool(stats.pain)))
    x = QCategoryAxis()
    x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    x.setRange(laid_out.start, laid_out.end)
    x.setStartValue(laid_out.start)
    for value, label in laid_out.labels:
        x.append(label, value)
    y = QValueAxis()
    y.setRange(-0.5, 10.5)  # room for a whole point at 0 and at 10
    y.setTickType(QValueAxis.TickType.TicksDynamic)
    y.setTickAnchor(0)
    y.setTickInterval(2)
    y.setLabelFormat("%.0f")
    made.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    made.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    before, after = pain_legend()
    for name, points, shape, colour in (
        (before, laid_out.before, QScatterSeries.MarkerShape.MarkerShapeCircle, look().palette.before),
        (after, laid_out.after, QScatterSeries.MarkerShape.MarkerShapeTriangle, look().palette.after),
    ):
        series = QScatterSeries()
        series.setName(name)
        series.setMarkerShape(shape)
        series.setMarkerSize(12 if laid_out.end - laid_out.start <= DENSE_DAYS else 8)
        series.setColor(QColor(colour))
        series.setBorderColor(QColor(colour))
        for value, pain in points:
            series.append(value, pain)
        made.addSeries(series)
        series.attachAxis(x)
        series.attachAxis(y)
    made.legend().setVisible(bool(stats.pain))
    made.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    made.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    colour_chart(made)
    return made
