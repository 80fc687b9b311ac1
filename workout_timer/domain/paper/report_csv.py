"""The numbers behind a progress report, as CSV: one row a session of the period, in the columns of
`workout-timer history --csv` (the check-in answers among them), how many of its exercise parts
(each set, each side) were done, and each change of dose it made to an exercise's ladder (`ladder_steps`, the
morning-after answer's included): "plank 25 s up easy 3", several joined by "; ". Like the columns, a step is
written in fixed English words and codes, for a spreadsheet: the exercise's id, the dose, which way (up, back,
lighter) and the reason's code with its number (docs/progression.md names the codes)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from workout_timer.domain.care.exercise_progress import Move
from workout_timer.domain.history.ladder_story import LadderStep, LadderStory
from workout_timer.domain.history.records import Result, SessionRecord
from workout_timer.domain.history.report import HISTORY_COLUMNS, csv_cell, history_rows
from workout_timer.domain.paper.completion import session_completion
from workout_timer.domain.paper.report import CheckIns, Events

REPORT_COLUMNS = (
    *(column for column in HISTORY_COLUMNS if column != "routine_name_now"),
    "parts_done",
    "parts",
    "ladder_steps",
    "routine_name_now",
)
"""The history's columns, then the report's own; a column added later comes last in each (`routine_name_now` came
after `ladder_steps`), so a script reading them by their place keeps working."""


def report_csv(
    sessions: Iterable[SessionRecord],
    check_ins: CheckIns,
    events: Events,
    start: dt.date,
    end: dt.date,
    ladders: Sequence[LadderStory] = (),
) -> str:
    """The sessions started from `start` to `end` (both included) as CSV text, a header first; `ladders` the
    exercises' stories, whose steps go with the sessions that made them."""
    inside = [
        r for r in sessions if r.result is not Result.RUNNING and start <= dt.date.fromtimestamp(r.started_at) <= end
    ]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(REPORT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    made: dict[int, list[str]] = {}
    for story in ladders:
        for step in story.steps:
            if step.session is not None:
                made.setdefault(step.session, []).append(step_cell(step))
    for record, row in zip(inside, history_rows(inside, check_ins), strict=True):
        completion = session_completion(record.segments, events(record.id))
        row |= {
            "parts_done": completion.done,
            "parts": len(completion.parts),
            "ladder_steps": "; ".join(made.get(record.id, [])),
        }
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return out.getvalue()


def csv_beside(pdf: Path) -> Path:
    """Where the CSV goes: beside the report, with the same name ("report.pdf" → "report.csv")."""
    return pdf.with_suffix(".csv")


def step_cell(step: LadderStep) -> str:
    """A change of dose in the CSV: "plank 25 s up easy 3", "knee-plank 25 s back red"."""
    dose = step.to.dose
    amount = f"{dose.amount:g} {'s' if dose.timed else 'reps'}"
    way = step.move.value if step.move in (Move.UP, Move.BACK) else "lighter"
    why = " ".join(str(part) for part in (step.reason.code.value, step.reason.count) if part)
    return " ".join(part for part in (dose.exercise, amount, way, why) if part)
