"""The progress report on paper: plain sentences first, then tables, the pain chart and the lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPagedPaintDevice, QPainterPath, QPen, QPolygonF

from workout_timer.domain.common.dates import short_day
from workout_timer.domain.common.language import _
from workout_timer.domain.paper.report import (
    CHANGES_TITLE,
    EFFORT_TITLE,
    EXERCISES_TITLE,
    LADDERS_TITLE,
    NO_CHANGES,
    NO_PAIN,
    NO_SIGNS,
    PAIN_LEGEND,
    PAIN_TITLE,
    SIGNS_TITLE,
    WEEKS_TITLE,
    Report,
    change_words,
    effort_words,
    exercise_cells,
    exercise_columns,
    ladder_words,
    sign_words,
    week_cells,
    week_columns,
)
from workout_timer.qt.common.theme.palettes import PAPER
from workout_timer.qt.paper.pages import BODY, BOLD, GREY, HEADING, INK, LIGHT, SMALL, TITLE, Pages, Style, render

CHART_HEIGHT = 52.0
AXIS = 8.0
"""Millimetres left of the chart for the pain numbers, and below it for the days."""
MARK = 1.3
"""Half the size of a mark on the chart, in millimetres."""


def render_report(device_for: Callable[[], QPagedPaintDevice], report: Report) -> int:
    """Draw `report` onto the device `device_for()` makes; the number of pages."""
    return render(device_for, lambda pages: _draw(pages, report), lambda n, total: _footer(report, n, total))


def _footer(report: Report, page: int, total: int) -> str:
    # Translators: the page's number at its foot, with the number of pages when known.
    of = _("page {page} of {total}").format(page=page, total=total) if total else _("page {page}").format(page=page)
    # Translators: the foot of each page of the report: {title} is "Progress report", {period} its dates.
    return _("{title}, {period} · not medical advice · {page}").format(
        title=report.title, period=report.period, page=of
    )


def _draw(pages: Pages, report: Report) -> None:
    pages.paragraph(report.title, TITLE, after=0.5)
    pages.paragraph(report.period, HEADING, after=2.0)
    for line in report.summary:
        pages.paragraph(line, BODY, after=1.0)
    if not report.empty:
        _section(pages, _(WEEKS_TITLE))
        columns = week_columns(report)
        shares = (0.34, 0.14, 0.14, 0.14, 0.24) if len(columns) == 5 else (0.34, 0.14, 0.14, 0.38)
        _table(pages, columns, [week_cells(row) for row in report.weeks], shares)
        _section(pages, _(EXERCISES_TITLE))
        _table(
            pages,
            exercise_columns(),
            [exercise_cells(row) for row in report.exercises],
            (0.55, 0.15, 0.15, 0.15),
        )
        _section(pages, _(PAIN_TITLE), CHART_HEIGHT + AXIS + 12.0)
        if report.pain:
            _pain_chart(pages, report)
        else:
            pages.paragraph(_(NO_PAIN))
        for line in report.pain_words:
            pages.paragraph(line)
        _section(pages, _(EFFORT_TITLE))
        pages.paragraph(effort_words(report))
        _section(pages, _(SIGNS_TITLE))
        for row in report.signs:
            pages.paragraph(sign_words(row))
        if not report.signs:
            pages.paragraph(_(NO_SIGNS))
        _section(pages, _(CHANGES_TITLE))
        for change in report.changes:
            pages.paragraph(change_words(change))
        if not report.changes:
            pages.paragraph(_(NO_CHANGES))
        _ladders(pages, report)
    pages.y += 3.0
    for line in report.footer:
        pages.paragraph(line, SMALL, after=1.0)


def _ladders(pages: Pages, report: Report) -> None:
    """How each exercise grew: its name, where it started and where it is, then each step and why."""
    if not report.ladders:
        return
    _section(pages, _(LADDERS_TITLE))
    for story in report.ladders:
        pages.need(pages.line_height(BOLD) * 3)
        pages.paragraph(story.title, BOLD, after=0.4)
        summary, *steps = ladder_words(story, report)
        pages.paragraph(summary, after=0.4)
        for step in steps:
            pages.paragraph(step, after=0.4, indent=4.0)
        pages.y += 1.0


def _section(pages: Pages, title: str, keep_with: float = 12.0) -> None:
    """A section's title, kept on the page with what follows it."""
    pages.y += 2.5
    pages.need(pages.measure(title, HEADING, pages.text_width) + keep_with)
    pages.paragraph(title, HEADING, after=1.2)


def _table(pages: Pages, columns: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float]) -> None:
    """Columns across the width (text on the left, numbers right of their column's start); the header
    again on each page the table goes on to."""
    widths = [share * pages.text_width for share in shares]

    def line(cells: Sequence[str], style: Style) -> None:
        height = max(pages.measure(cell, style, width - 2.0) for cell, width in zip(cells, widths, strict=True))
        x = pages.left
        for cell, width in zip(cells, widths, strict=True):
            pages.draw_text(cell, style, x, pages.y, width - 2.0)
            x += width
        pages.y += height + 0.8

    line(columns, BOLD)
    pages.rule(GREY, 0.25)
    pages.y += 0.8
    for row in rows:
        if pages.room() < pages.line_height(BODY) * 2:
            pages.new_page()
            line(columns, BOLD)
            pages.rule(GREY, 0.25)
            pages.y += 0.8
        line(row, BODY)


def _pain_chart(pages: Pages, report: Report) -> None:
    """Days across, pain 0 to 10 up; before a session an open circle, after it a filled triangle, so the
    chart reads the same printed in black and white."""
    painter = pages.painter
    left, top = pages.left + AXIS, pages.y + 1.0
    width, height = pages.text_width - AXIS, CHART_HEIGHT
    area = QRectF(left, top, width, height)
    days = report.days

    def at(x: float, pain: float) -> QPointF:
        return QPointF(left + x / days * width, top + height - pain / 10 * height)

    for pain in range(0, 11, 2):
        painter.setPen(QPen(LIGHT, 0.2))
        painter.drawLine(at(0, pain), at(days, pain))
        middle = at(0, pain).y() - pages.line_height(SMALL) / 2
        pages.draw_text(str(pain), SMALL, pages.left, middle, AXIS - 2.0)
    painter.setPen(QPen(GREY, 0.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(area)
    step = max(1, round(days / 8 / 7)) * 7 if days > 14 else 1 if days <= 10 else 2
    for day in range(0, days, step):
        x = at(day + 0.5, 0).x()
        painter.setPen(QPen(GREY, 0.2))
        painter.drawLine(QPointF(x, top + height), QPointF(x, top + height + 1.0))
        label = short_day(report.start + dt.timedelta(days=day))
        pages.draw_text(label, SMALL, x - 6.0, top + height + 1.2, 14.0)
    size = max(MARK / 2, min(MARK, width / days * 0.4))  # smaller over many days, to stay apart
    for mark in report.pain:
        _mark(pages, at(mark.x, mark.pain), mark.before, size)
    legend_y = top + height + AXIS
    x = left
    for before, words in zip((True, False), PAIN_LEGEND, strict=True):
        _mark(pages, QPointF(x + MARK, legend_y + 1.8), before)
        pages.draw_text(_(words), BODY, x + 2 * MARK + 1.5, legend_y, 40.0)
        x += 45.0
    pages.y = legend_y + pages.line_height(BODY) + 2.0


def _mark(pages: Pages, centre: QPointF, before: bool, size: float = MARK) -> None:
    painter = pages.painter
    painter.setPen(QPen(INK, 0.3 * size / MARK))
    if before:
        painter.setBrush(QBrush(QColor(PAPER.page)))
        painter.drawEllipse(centre, size, size)
        return
    painter.setBrush(QBrush(INK))
    triangle = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - size * 1.15),
            QPointF(centre.x() + size * 1.1, centre.y() + size * 0.85),
            QPointF(centre.x() - size * 1.1, centre.y() + size * 0.85),
        ]
    )
    path = QPainterPath()
    path.addPolygon(triangle)
    path.closeSubpath()
    painter.drawPath(path)
