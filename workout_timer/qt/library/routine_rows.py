"""A routine's row in the library's list: its name in bold over a line of facts, drawn, spoken and shown as a
tooltip in the same words."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem

from workout_timer.domain.common.language import _
from workout_timer.domain.library.browse import Facts
from workout_timer.domain.library.entry import Source
from workout_timer.domain.library.labels import level_in_line
from workout_timer.domain.routines.durations import length_text
from workout_timer.qt.common.theme.focus_ring import RING
from workout_timer.qt.common.theme.look import look

FACTS_ROLE = Qt.ItemDataRole.UserRole
SCROLL_BAR = 20
"""Room a row leaves for the list's scroll bar when it decides whether its facts need a second line."""


def yours() -> str:
    """The mark beside the name of a routine from the user's own folder."""
    # Translators: the mark beside the name of a routine the runner made or imported.
    return _("yours")


def meta_line(facts: Facts) -> str:
    """ "about 14:13 · beginner · mat, wall" for the list."""
    routine = facts.entry.routine
    if routine is None and facts.entry.unreadable is not None:
        return "⚠ " + _("This can't be opened as a routine: choose it to see why")
    if routine is None:
        return "⚠ " + _("This file has mistakes: open it to see them")
    parts = [length_text(facts.total, facts.is_estimate)]
    if routine.level:
        parts.append(level_in_line(routine.level))
    parts.append(", ".join(facts.equipment) if facts.equipment else _("no equipment"))
    return " · ".join(parts)


def spoken_name(facts: Facts) -> str:
    """The row's name as a screen reader says it: with "yours" for the user's own routines."""
    # Translators: a routine's name as a screen reader says it, for one the runner made; {name} is its name.
    return _("{name}, yours").format(name=facts.name) if facts.entry.source is Source.USER else facts.name


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` cut after the last whole word (or list item) that fits in `width`, with "…"; whole when it fits."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    cut = text
    while " " in cut:
        cut = cut[: cut.rfind(" ")].rstrip(" ,·")
        if cut and metrics.horizontalAdvance(cut + " …") <= width:
            return cut + " …"
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)  # one long word: the tooltip has it


def fact_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` on one line when it fits `width`, else on two, broken after a fact or a piece of equipment ("mat,
    kettlebell ...", in German, went past a narrow list); only a second line still too long is cut short."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    breaks = [m.start() for m in re.finditer(r", | · ", text)] or [m.start() for m in re.finditer(" ", text)]
    fitting = [at for at in breaks if metrics.horizontalAdvance(text[:at]) <= width]
    if not fitting:
        return [elide_words(text, metrics, width)]
    at = fitting[-1]
    head = text[:at] + ("," if text.startswith(", ", at) else "")
    return [head, elide_words(text[at:].lstrip(" ,·"), metrics, width)]


class RoutineDelegate(QStyledItemDelegate):
    """Draws a routine as its name in bold over a line of facts.

    It asks the list whether a row is selected instead of reading QStyle's state flags: building
    QStyle's Python enums costs a few milliseconds of every start.
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        extra = len(self.facts(index, option.fontMetrics, self.row_width())) - 1
        return QSize(300, int(height * 2.9) + 16 + extra * height)

    def row_width(self) -> int:
        """A row's width, with room for a scroll bar: asking for the list's viewport (a widget Qt made) before the
        first paint would build the Python class of every kind of widget (8 ms of every start)."""
        return self._view.maximumViewportSize().width() - SCROLL_BAR

    def facts(self, index: QModelIndex | QPersistentModelIndex, metrics: QFontMetrics, width: int) -> list[str]:
        """The row's line of facts as drawn in a row `width` wide: one line, or two when it is too long for one."""
        facts: Facts | None = index.data(FACTS_ROLE)
        return fact_lines(meta_line(facts), metrics, width - 28) if facts is not None else [""]

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        facts: Facts = index.data(FACTS_ROLE)
        rect: QRect = option.rect
        selected = self._view.selectionModel().isSelected(index)
        colours = look().palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.accent))
            painter.drawRoundedRect(rect.adjusted(4, 4, -4, -4), 7, 7)
        if self._view.hasFocus() and index == self._view.currentIndex():  # where the keys act, ringed
            painter.setPen(QPen(QColor(colours.focus), RING))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 9, 9)
        text = QColor(colours.accent_text if selected else colours.text)
        inner = rect.adjusted(14, 8, -14, -8)
        half = int(option.fontMetrics.height() * 2.9) // 2  # the name's half of a row with one line of facts
        name_font = QFont(option.font)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.2)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(text)
        top = QRect(inner.left(), inner.top(), inner.width(), half)
        mark = f"  {yours()}" if facts.entry.source is Source.USER else ""
        mark_width = option.fontMetrics.horizontalAdvance(mark) + 8 if mark else 0
        name = QFontMetrics(name_font).elidedText(facts.name, Qt.TextElideMode.ElideRight, top.width() - mark_width)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, name)
        if mark:
            place = top.adjusted(QFontMetrics(name_font).horizontalAdvance(name), 0, 0, -2)
            painter.setFont(option.font)
            painter.drawText(place, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, mark)
        painter.setFont(option.font)
        painter.setPen(text if selected else QColor(colours.muted))
        bottom = inner.adjusted(0, half + 2, 0, 0)
        meta = "\n".join(self.facts(index, option.fontMetrics, min(rect.width(), self.row_width())))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, meta)
        painter.restore()
