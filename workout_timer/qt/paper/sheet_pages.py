"""The routine sheet on paper: a header, each step with its figure beside its words, room for notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice, QPen

from workout_timer.domain.common.language import _
from workout_timer.domain.paper.sheet import Sheet, SheetHeading, SheetRest, SheetStep
from workout_timer.qt.common.pose_figure import paint_pose
from workout_timer.qt.paper.pages import (
    BODY,
    BOLD,
    HEADING,
    INK,
    LIGHT,
    MARGIN,
    SMALL,
    TITLE,
    Pages,
    Style,
    lines_of,
    render,
)

FIGURE_WIDTH = 36.0
FIGURE_HEIGHT = 24.0
GUTTER = 5.0
NOTE_LINE = 7.0
"""Millimetres between the ruled lines for notes."""
ITALIC = Style(BODY.size, italic=True)
LABEL = Style(BODY.size, bold=True)


def render_sheet(device_for: Callable[[], QPagedPaintDevice], sheet: Sheet) -> int:
    """Draw `sheet` onto the device `device_for()` makes; the number of pages."""
    return render(device_for, lambda pages: _draw(pages, sheet), lambda n, total: _footer(sheet, n, total))


def _footer(sheet: Sheet, page: int, total: int) -> str:
    # Translators: the page's number at its foot, with the number of pages when known.
    of = _("page {page} of {total}").format(page=page, total=total) if total else _("page {page}").format(page=page)
    # Translators: the foot of each page: {title} is the routine's name, {page} "page 1 of 2".
    return _("{title} · not medical advice · {page}").format(title=sheet.title, page=of)


def _draw(pages: Pages, sheet: Sheet) -> None:
    pages.paragraph(sheet.title, TITLE, after=1.0)
    pages.paragraph("   ·   ".join(sheet.facts), BOLD, after=1.5)
    if sheet.description:
        pages.paragraph(sheet.description, BODY, after=2.0)
    pages.y += 1.0
    for block in sheet.blocks:
        if isinstance(block, SheetStep):
            _step(pages, block)
        elif isinstance(block, SheetHeading):
            pages.need(pages.measure(block.text, HEADING, pages.text_width) + FIGURE_HEIGHT)
            pages.paragraph(f"{block.number}   {block.text}", HEADING, after=2.0)
        elif isinstance(block, SheetRest):
            pages.paragraph(f"{block.number}   {block.text}", BOLD, after=2.5)
    _notes(pages, sheet)
    pages.y += 3.0
    for line in sheet.footer:
        pages.paragraph(line, SMALL, after=1.0)


def _paragraphs(step: SheetStep) -> list[tuple[str, Style]]:
    found: list[tuple[str, Style]] = [(f"{step.number}   {step.name}", HEADING)]
    found.append(("  ·  ".join(step.dose), BOLD))
    if step.note:
        found.append((step.note, ITALIC))
    if step.described_at is not None:
        found.append((_("How to do it: as in step {number}.").format(number=step.described_at), BODY))
        return found
    if step.description:
        found.append((step.description, BODY))
    if step.instructions:
        found.append(("   ".join(f"{n}. {line}" for n, line in enumerate(step.instructions, start=1)), BODY))
    if step.cues:
        found.append((_("Form cues: {cues}").format(cues=" · ".join(step.cues)), BODY))
    if step.mistakes:
        found.append((_("Common mistakes: {mistakes}").format(mistakes=" · ".join(step.mistakes)), BODY))
    if step.caution:
        found.append((_("Caution: {caution}").format(caution=step.caution), LABEL))
    return found


def _step(pages: Pages, step: SheetStep) -> None:
    """The figure on the left, the words on the right; kept on one page when they fit on one."""
    x = pages.left + FIGURE_WIDTH + GUTTER
    width = pages.right - x
    paragraphs = _paragraphs(step)
    heights = [pages.measure(text, style, width) + 0.7 for text, style in paragraphs]
    caption = pages.measure(step.side_shown, SMALL, FIGURE_WIDTH) + 1.0 if step.side_shown else 0.0
    picture = FIGURE_HEIGHT + caption if step.pose is not None else 0.0
    pages.need(max(sum(heights), picture) + 3.0)
    top = pages.y
    if step.pose is not None:
        area = QRectF(pages.left, top, FIGURE_WIDTH, FIGURE_HEIGHT)
        pages.painter.setPen(QPen(LIGHT, 0.25))
        pages.painter.drawRoundedRect(area, 1.5, 1.5)
        paint_pose(pages.painter, area, step.pose, step.pose.still, INK, step.mirrored)
        if step.side_shown:
            pages.draw_text(step.side_shown, SMALL, pages.left, top + FIGURE_HEIGHT + 1.0, FIGURE_WIDTH)
    y, bottom = top, top + picture
    for (text, style), height in zip(paragraphs, heights, strict=True):
        pieces = [(text, height)]
        if y + height > pages.bottom and height > pages.bottom - MARGIN:  # taller than a page: line by line
            pieces = [(line, pages.measure(line, style, width)) for line in lines_of(pages, text, style, width)]
        for piece, piece_height in pieces:
            if y + piece_height > pages.bottom:  # go on at the top of the next page, beside no figure
                pages.y = y
                pages.new_page()
                y = bottom = pages.y
            pages.draw_text(piece, style, x, y, width)
            y += piece_height
    pages.y = max(y, bottom) + 1.5
    pages.rule()
    pages.y += 2.5


def _notes(pages: Pages, sheet: Sheet) -> None:
    title = pages.measure(sheet.notes_title, HEADING, pages.text_width)
    pages.need(title + 2.0 + NOTE_LINE * sheet.notes_lines)
    pages.paragraph(sheet.notes_title, HEADING, after=1.0)
    for _line in range(sheet.notes_lines):
        pages.y += NOTE_LINE
        pages.rule(LIGHT, 0.3)
    pages.y += 2.0
