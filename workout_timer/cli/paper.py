"""The `sheet` and `report` commands: a routine, or the history between two dates, on paper (PDF)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from workout_timer.cli.common import INVALID, OK, USAGE, cannot_write, find, library
from workout_timer.domain.common.clock import today_by
from workout_timer.domain.common.language import _, in_quotes, ngettext

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

REPORT_DAYS = 28
"""The report's period when --from is not given: four weeks up to --to."""
_app: QGuiApplication | None = None


def day(text: str) -> dt.date:
    """A date on the command line: 2026-11-30."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date: write it as 2026-11-30").format(text=in_quotes(text))
        ) from None


def _fonts() -> None:
    """Qt draws text only with an application running: one without a window, on no screen."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["workout-timer", "-platform", "offscreen"])


def sheet(args: argparse.Namespace) -> int:
    entry = find(args.routine)
    if entry is None or entry.routine is None:
        return INVALID
    _fonts()
    from workout_timer.qt.paper.pages import page_size
    from workout_timer.qt.paper.paper_files import save_sheet, sheet_saved_words

    try:
        pages = save_sheet(entry.routine, args.path, page_size(args.paper), today_by(args.wall_clock))
    except OSError as error:
        return cannot_write(args.path, error)
    print(sheet_saved_words(pages, args.path))
    return OK


def report(args: argparse.Namespace) -> int:
    from workout_timer.domain.common.paths import history_path
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.paper.report import MOST_DAYS

    today = today_by(args.wall_clock)
    end: dt.date = args.end or today
    start: dt.date = args.start or end - dt.timedelta(days=REPORT_DAYS - 1)
    if start > end:
        print(
            f"workout-timer: {_('--from {start} comes after --to {end}').format(start=start, end=end)}", file=sys.stderr
        )
        return USAGE
    if (end - start).days >= MOST_DAYS:
        most = ngettext("a report covers at most {n} day", "a report covers at most {n} days", MOST_DAYS)
        print(f"workout-timer: {most.format(n=MOST_DAYS)}", file=sys.stderr)
        return USAGE
    store = HistoryStore(history_path(), wall_clock=args.wall_clock, read_only=True)  # reading changes nothing
    try:
        store.sessions()
        if store.problem:  # a report of an unreadable history would say "no sessions": not true
            print(f"workout-timer: {_('no report was made: {problem}').format(problem=store.problem)}", file=sys.stderr)
            return INVALID
        _fonts()
        from workout_timer.domain.history.ladder_story import catalogue_names
        from workout_timer.qt.paper.pages import page_size
        from workout_timer.qt.paper.paper_files import report_from, report_saved_words, save_report

        routines = library()  # the routines and the exercises named as the app names them now
        names, now = catalogue_names(routines.catalogue), routines.names()
        made, numbers = report_from(store, start, end, args.plan or None, today, names, now)
        try:
            pages, beside = save_report(made, numbers, args.path, page_size(args.paper))
        except OSError as error:
            return cannot_write(args.path, error)
    finally:
        store.close()
    print(report_saved_words(pages, args.path, beside))
    if made.empty:
        print(_("No sessions were recorded from {period}: the report says so.").format(period=made.period))
    return OK
