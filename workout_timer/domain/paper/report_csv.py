"""The numbers behind a progress report, as CSV: one row a session of the period, in the columns of
`workout-timer history --csv` (the check-in answers among them), and how many of its exercise parts
(each set, each side) were done."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from pathlib import Path

from workout_timer.domain.history.records import Result, SessionRecord
from workout_timer.domain.history.report import HISTORY_COLUMNS, csv_cell, history_rows
from workout_timer.domain.paper.completion import session_completion
from workout_timer.domain.paper.report import CheckIns, Events

REPORT_COLUMNS = (*HISTORY_COLUMNS, "parts_done", "parts")


def report_csv(
    sessions: Iterable[SessionRecord], check_ins: CheckIns, events: Events, start: dt.date, end: dt.date
) -> str:
    """The sessions started from `start` to `end` (both included) as CSV text, a header first."""
    inside = [
        r for r in sessions if r.result is not Result.RUNNING and start <= dt.date.fromtimestamp(r.started_at) <= end
    ]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(REPORT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for record, row in zip(inside, history_rows(inside, check_ins), strict=True):
        completion = session_completion(record.segments, events(record.id))
        row |= {"parts_done": completion.done, "parts": len(completion.parts)}
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return out.getvalue()


def csv_beside(pdf: Path) -> Path:
    """Where the CSV goes: beside the report, with the same name ("report.pdf" → "report.csv")."""
    return pdf.with_suffix(".csv")
