"""Pages to write on, top to bottom: text that wraps, kept together or flowed onto the next page, and
a running footer with the page's number.

Everything is drawn twice: once to count the pages (on a PDF writer into memory, with the same page and
resolution, so every line breaks the same way), then for real, "page 2 of 3" included. Lengths are in
millimetres; text is DejaVu Sans (the app's own fonts package), which the PDF embeds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from workout_timer.qt.common.theme.palettes import PAPER

RESOLUTION = 300
"""Dots per inch of the page's coordinates (the drawing stays vector)."""
MARGIN = 14.0
FOOTER = 9.0
"""Millimetres at the foot of each page for the running footer."""
FAMILY = "DejaVu Sans"
INK = QColor(PAPER.ink)
GREY = QColor(PAPER.grey)
LIGHT = QColor(PAPER.rule)


class Refused(Exception):
    """The device would not take any pages (a printer that is off or gone)."""


@dataclass(frozen=True)
class Style:
    size: float
    bold: bool = False
    italic: bool = False
    grey: bool = False


BODY = Style(8.5)
SMALL = Style(7.5, grey=True)
BOLD = Style(8.5, bold=True)
HEADING = Style(11.0, bold=True)
TITLE = Style(20.0, bold=True)


def page_layout(size: QPageSize) -> QPageLayout:
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


class Pages:
    """A painter on a paged device, with a pen that moves down the page (`y`, in millimetres)."""

    def __init__(self, device: QPagedPaintDevice, footer: Callable[[int, int], str], total: int = 0) -> None:
        self.device = device
        self.painter = QPainter(device)
        if not self.painter.isActive():  # a printer that would not start, say
            raise Refused("the pages could not be started")
        self.dots = device.logicalDpiX() / 25.4
        """Device units per millimetre."""
        rect = device.pageLayout().fullRectPoints()
        self.width = rect.width() * 25.4 / 72
        self.height = rect.height() * 25.4 / 72
        self.left = MARGIN
        self.right = self.width - MARGIN
        self.bottom = self.height - MARGIN - FOOTER
        self.y = MARGIN
        self.page = 1
        self.total = total
        self._footer = footer
        self.painter.scale(self.dots, self.dots)  # millimetres from here on

    @property
    def text_width(self) -> float:
        return self.right - self.left

    def room(self) -> float:
        return self.bottom - self.y

    def need(self, height: float) -> None:
        """Go to a new page unless `height` fits below the pen (a block taller than a page starts at the top)."""
        if height > self.room() and self.y > MARGIN + 0.01:
            self.new_page()

    def new_page(self) -> None:
        self._draw_footer()
        self.device.newPage()
        self.page += 1
        self.y = MARGIN

    def finish(self) -> int:
        """The last footer; the number of pages."""
        self._draw_footer()
        self.painter.end()
        return self.page

    # -- text ----------------------------------------------------------------------------

    def font(self, style: Style) -> QFont:
        font = QFont(FAMILY)
        font.setPointSizeF(style.size)
        font.setBold(style.bold)
        font.setItalic(style.italic)
        for ligature in ("liga", "clig"):  # "fi" stays two letters, so a search for "finished" finds it
            font.setFeature(QFont.Tag(ligature), 0)
        return font

    def measure(self, text: str, style: Style, width: float) -> float:
        """The height `text` takes, wrapped to `width` millimetres."""
        metrics = QFontMetricsF(self.font(style), self.device)
        box = metrics.boundingRect(QRectF(0, 0, width * self.dots, 1e6), _FLAGS, text)
        return box.height() / self.dots

    def line_height(self, style: Style) -> float:
        return QFontMetricsF(self.font(style), self.device).lineSpacing() / self.dots

    def draw_text(self, text: str, style: Style, x: float, y: float, width: float) -> float:
        """Draw `text` wrapped in `width` from (x, y); its height."""
        height = self.measure(text, style, width)
        self.painter.save()
        self.painter.scale(1 / self.dots, 1 / self.dots)  # text in device units: exact metrics
        self.painter.setFont(self.font(style))
        self.painter.setPen(GREY if style.grey else INK)
        box = QRectF(x * self.dots, y * self.dots, width * self.dots, height * self.dots + 2)
        self.painter.drawText(box, _FLAGS, text)
        self.painter.restore()
        return height

    def paragraph(self, text: str, style: Style = BODY, after: float = 1.2, indent: float = 0.0) -> None:
        """A paragraph at the pen, the whole width, on the next page when it does not fit here; one
        taller than a page is cut between its lines across pages."""
        width = self.text_width - indent
        height = self.measure(text, style, width)
        if height <= self.bottom - MARGIN:
            self.need(height)
            self.draw_text(text, style, self.left + indent, self.y, width)
            self.y += height + after
            return
        for line in lines_of(self, text, style, width):
            self.paragraph(line, style, 0.0, indent)
        self.y += after

    def rule(self, colour: QColor = LIGHT, width: float = 0.25) -> None:
        """A line across the page at the pen."""
        self.painter.setPen(QPen(colour, width))
        self.painter.drawLine(QPointF(self.left, self.y), QPointF(self.right, self.y))

    def _draw_footer(self) -> None:
        text = self._footer(self.page, self.total)
        self.painter.setPen(QPen(LIGHT, 0.25))
        top = self.height - MARGIN - FOOTER + 3.0
        self.painter.drawLine(QPointF(self.left, top), QPointF(self.right, top))
        self.draw_text(text, SMALL, self.left, top + 1.5, self.text_width)


_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def lines_of(pages: Pages, text: str, style: Style, width: float) -> list[str]:
    """`text` cut into the lines it wraps to (at spaces), for a paragraph that must break across pages."""
    lines: list[str] = []
    words = text.split(" ")
    line = ""
    for word in words:
        trial = f"{line} {word}" if line else word
        if line and pages.measure(trial, style, width) > pages.line_height(style) * 1.5:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def render(
    device_for: Callable[[], QPagedPaintDevice],
    draw: Callable[[Pages], None],
    footer: Callable[[int, int], str],
) -> int:
    """Draw onto the device `device_for` makes, "page n of m" in each footer; the number of pages. The
    pages are counted first on a PDF writer with the same page size and resolution."""
    real = device_for()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    trial = QPdfWriter(buffer)
    trial.setResolution(real.logicalDpiX())
    trial.setPageLayout(real.pageLayout())
    counting = Pages(trial, footer)
    draw(counting)
    total = counting.finish()
    pages = Pages(real, footer, total)
    draw(pages)
    return pages.finish()


def page_size(name: str) -> QPageSize:
    """ "a4" or "letter"."""
    return QPageSize(QPageSize.PageSizeId.Letter if name.lower() == "letter" else QPageSize.PageSizeId.A4)


def local_page_size() -> QPageSize:
    """Letter where it is the usual paper (the United States, Canada, Mexico), else A4."""
    letter = (QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico)
    return page_size("letter" if QLocale.system().territory() in letter else "a4")
