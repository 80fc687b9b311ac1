"""The sheet and the report as PDF files (and the report's numbers as CSV beside it), written whole or
not at all, and the sheet sent to a printer. The window and the command line both come here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPageSize, QPdfWriter

from workout_timer import __version__
from workout_timer.domain.common.atomic_file import save_bytes, save_text
from workout_timer.domain.common.language import ngettext
from workout_timer.domain.history.file.reading import HistoryReading
from workout_timer.domain.history.ladder_story import ladder_stories
from workout_timer.domain.history.records import named_now
from workout_timer.domain.paper.report import Events, Report, progress_report, report_until
from workout_timer.domain.paper.report_csv import csv_beside, report_csv
from workout_timer.domain.paper.sheet import Sheet, routine_sheet
from workout_timer.domain.routines.routine import Routine
from workout_timer.qt.paper.pages import RESOLUTION, page_layout
from workout_timer.qt.paper.report_pages import render_report
from workout_timer.qt.paper.sheet_pages import render_sheet

CREATOR = f"workout-timer {__version__}"


def _pdf(title: str, size: QPageSize, draw: Callable[[Callable[[], QPagedPaintDevice]], int]) -> tuple[bytes, int]:
    """The PDF `draw` makes on a writer of `size`, as bytes, and its number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writers: list[QPdfWriter] = []

    def writer() -> QPdfWriter:
        made = QPdfWriter(buffer)
        made.setResolution(RESOLUTION)
        made.setPageLayout(page_layout(size))
        made.setTitle(title)
        made.setCreator(CREATOR)
        writers.append(made)  # kept alive until the painter has ended
        return made

    pages = draw(writer)
    return bytes(buffer.data().data()), pages


def sheet_for(routine: Routine, today: dt.date) -> Sheet:
    """The routine's sheet, made `today`."""
    return routine_sheet(routine, __version__, today)


def save_sheet(routine: Routine, path: Path, size: QPageSize, today: dt.date) -> int:
    """Write the routine's sheet to `path` as PDF; its number of pages. Raises OSError."""
    sheet = sheet_for(routine, today)
    data, pages = _pdf(sheet.title, size, lambda device: render_sheet(device, sheet))
    save_bytes(path, data)
    return pages


def print_sheet(routine: Routine, printer: QPagedPaintDevice, today: dt.date) -> int:
    """Send the routine's sheet, made `today`, to `printer` (set up by the print dialog); its number of pages."""
    sheet = sheet_for(routine, today)
    return render_sheet(lambda: printer, sheet)


def save_report(report: Report, numbers: str, path: Path, size: QPageSize) -> tuple[int, Path]:
    """Write `report` to `path` as PDF and `numbers` (its CSV) beside it; the pages and the CSV's path.
    Raises OSError."""
    data, pages = _pdf(f"{report.title}, {report.period}", size, lambda device: render_report(device, report))
    save_bytes(path, data)
    beside = csv_beside(path)
    save_text(beside, numbers)
    return pages, beside


def sheet_saved_words(pages: int, path: Path) -> str:
    return ngettext("Saved the sheet ({n} page) to {path}.", "Saved the sheet ({n} pages) to {path}.", pages).format(
        n=pages, path=path
    )


def report_saved_words(pages: int, path: Path, beside: Path) -> str:
    return ngettext(
        "Saved the report ({n} page) to {path}, and its numbers to {csv} beside it.",
        "Saved the report ({n} pages) to {path}, and its numbers to {csv} beside it.",
        pages,
    ).format(n=pages, path=path, csv=beside.name)


def report_from(
    store: HistoryReading,
    start: dt.date,
    end: dt.date,
    per_week: int | None,
    today: dt.date,
    names: Mapping[str, str] | None = None,
    routines: Mapping[str, str] | None = None,
) -> tuple[Report, str]:
    """The report of the history in `store` from `start` to `end`, and its numbers as CSV; the exercises named as
    `names` (the catalogue's) calls them, else as the sessions kept them, and the routines as `routines`
    (`Library.names`) calls them now, else as they were called when the sessions ran."""
    sessions, check_ins = named_now(store.sessions(), routines or {}, names), store.check_ins()
    events: Events = store.events
    ladders = ladder_stories(store, names, until=report_until(end))
    report = progress_report(sessions, check_ins, events, start, end, __version__, today, per_week, ladders)
    return report, report_csv(sessions, check_ins, events, start, end, ladders)
