"""Asking where a sheet or a report goes: the file dialog, the print dialog, and the report's dates.

Each returns what to tell the user (what was saved and where, or what went wrong and that nothing was
lost), or None when they changed their mind."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QSpinBox, QWidget

from workout_timer.domain.common.clock import WallClock, today_by
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.history.file.reading import HistoryReading
from workout_timer.domain.routines.routine import Routine
from workout_timer.qt.common.app_language import app_locale
from workout_timer.qt.paper.pages import Refused, local_page_size
from workout_timer.qt.paper.paper_files import (
    print_sheet,
    report_from,
    report_saved_words,
    save_report,
    save_sheet,
    sheet_saved_words,
)

log = logging.getLogger("workout_timer.paper")


class Told(NamedTuple):
    """What to tell the user after a sheet or a report was asked for, and whether it went wrong."""

    words: str
    problem: bool = False


REPORT_DAYS = 28
"""The report's period unless the user picks another: the last four weeks, today included."""


def not_saved_words(what: str, path: Path, error: OSError) -> str:
    """What to tell when the sheet (`what` is "sheet") or the report could not be saved."""
    if what == "sheet":
        said = _("The sheet could not be saved to {path}: {reason}. Try another folder or name.")
    else:
        said = _("The report could not be saved to {path}: {reason}. Try another folder or name.")
    return said.format(path=path, reason=plain_words(error))


def ask_sheet_pdf(parent: QWidget, routine: Routine, wall_clock: WallClock = time.time) -> Told | None:
    """Save as PDF…: ask where, write the sheet there; what to tell the user."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, _("Save the routine sheet"), f"{routine.id}.pdf", _("PDF files (*.pdf)")
    )
    if not name:
        return None
    path = Path(name)
    try:
        pages = save_sheet(routine, path, local_page_size(), today_by(wall_clock))
    except OSError as error:
        log.warning("The sheet could not be saved to %s: %s", path, error)
        return Told(not_saved_words("sheet", path, error), problem=True)
    log.info("Saved the sheet of %s to %s", routine.id, path)
    return Told(sheet_saved_words(pages, path))


def ask_print_sheet(parent: QWidget, routine: Routine, wall_clock: WallClock = time.time) -> Told | None:
    """Print…: the system's print dialog, then the sheet to the printer chosen."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(local_page_size())
    printer.setFullPage(True)  # the sheet keeps its own margins, wider than any printer's edge
    printer.setDocName(routine.name)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        pages = print_sheet(routine, printer, today_by(wall_clock))
    except Refused as error:
        log.warning("The sheet could not be printed on %r: %s", printer.printerName(), error)
        return Told(
            _(
                "The sheet could not be printed: the printer would not start. Check that it is on, or save the "
                "sheet as PDF and print that."
            ),
            problem=True,
        )
    return Told(
        ngettext(
            "Sent the sheet ({n} page) to the printer.", "Sent the sheet ({n} pages) to the printer.", pages
        ).format(n=pages)
    )


class ReportDates(QDialog):
    """The dates a report covers (the last four weeks unless changed) and the plan's sessions a week."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("A report for your physio"))
        first = today - dt.timedelta(days=REPORT_DAYS - 1)
        self.start = QDateEdit(QDate(first.year, first.month, first.day))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setLocale(app_locale())  # as the app speaks
            edit.setCalendarPopup(True)
            # Translators: how the report's two dates are written, in Qt's date format ("6 Dec 2026"; "d. MMM yyyy").
            edit.setDisplayFormat(_("d MMM yyyy"))
        self.per_week = QSpinBox()
        self.per_week.setRange(0, 14)
        self.per_week.setSpecialValueText(_("No plan"))
        # Translators: after the number of sessions planned ("3 a week"); keep the space before it.
        self.per_week.setSuffix(_(" a week"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_("From"), self.start)
        form.addRow(_("To"), self.end)
        form.addRow(_("Sessions planned"), self.per_week)
        form.addRow(buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        """The two dates, the earlier first."""
        a, b = (edit.date().toPython() for edit in (self.start, self.end))
        assert isinstance(a, dt.date)
        assert isinstance(b, dt.date)
        return (a, b) if a <= b else (b, a)

    def plan(self) -> int | None:
        return self.per_week.value() or None


def ask_report(
    parent: QWidget,
    store: HistoryReading,
    today: dt.date,
    names: Mapping[str, str] | None = None,
    routines: Mapping[str, str] | None = None,
) -> Told | None:
    """Ask for the dates, then where; write the report there and its CSV beside it (the exercises and the routines
    named as `names` and `routines` call them now, as `report_from`)."""
    dates = ReportDates(today, parent)
    if dates.exec() != QDialog.DialogCode.Accepted:
        return None
    start, end = dates.period()
    # Translators: the report's file name the save dialog suggests; {start} and {end} are dates (2026-11-09).
    suggested = _("back-report-{start}-to-{end}.pdf").format(start=start.isoformat(), end=end.isoformat())
    name, _filter = QFileDialog.getSaveFileName(parent, _("Save the report"), suggested, _("PDF files (*.pdf)"))
    if not name:
        return None
    return write_report(store, start, end, dates.plan(), Path(name), today, names, routines)


def write_report(
    store: HistoryReading,
    start: dt.date,
    end: dt.date,
    per_week: int | None,
    path: Path,
    today: dt.date,
    names: Mapping[str, str] | None = None,
    routines: Mapping[str, str] | None = None,
) -> Told:
    """Write the report of `store` from `start` to `end` to `path` (and its CSV beside it); what to tell.
    A history that can't be read gives no report: it would say there were no sessions."""
    store.sessions()
    if store.problem:
        return Told(_("No report was made: {problem}").format(problem=store.problem), problem=True)
    report, numbers = report_from(store, start, end, per_week, today, names, routines)
    try:
        pages, beside = save_report(report, numbers, path, local_page_size())
    except OSError as error:
        log.warning("The report could not be saved to %s: %s", path, error)
        return Told(not_saved_words("report", path, error), problem=True)
    log.info("Saved a report of %s to %s", report.period, path)
    return Told(report_saved_words(pages, path, beside))
