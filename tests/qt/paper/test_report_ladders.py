"""The report for the physio tells how each exercise grew, from a history file real sessions wrote through the
workout flow (`ladder_history`): made through the history window's real report button, its PDF and its CSV."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import SHORT_ROUTINE
from tests.helpers.app_window import app_window
from tests.helpers.ladder_history import FIRST_DAY, ladder_history
from tests.helpers.pdf import pdf_text
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import history_path
from workout_timer.qt.history.history_view import HistoryView
from workout_timer.qt.paper.paper_dialogs import ReportDates
from workout_timer.qt.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, tmp_path: Path, load) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    history_path().parent.mkdir(parents=True, exist_ok=True)
    ladder_history(history_path(), load(SHORT_ROUTINE)).close()
    main = app_window(qtbot, clock, tmp_path)
    yield main
    main.close()


def report(qtbot: QtBot, view: HistoryView, monkeypatch: pytest.MonkeyPatch, end: dt.date, path: Path) -> str:
    """The report from the first session's day to `end`, saved to `path` through the report button; its text."""

    def pick(dialog: ReportDates) -> int:
        dialog.start.setDate(QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day))
        dialog.end.setDate(QDate(end.year, end.month, end.day))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReportDates, "exec", pick)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path), "PDF (*.pdf)"))
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    assert view.export_note.text().startswith("Saved the report")
    return " ".join(pdf_text(path).split())


@pytest.mark.slow  # pdftotext
def test_the_report_tells_each_exercises_start_where_it_is_and_each_step_with_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_history()
    view = window.current_view()
    assert isinstance(view, HistoryView)
    text = report(qtbot, view, monkeypatch, dt.date.today(), tmp_path / "report.pdf")
    grew = text[text.index("How each exercise grew") :]
    assert (
        "Plank on your knees Started at Plank, 20 seconds; now Plank on your knees, 25 seconds. "
        "4 Nov: Plank, 25 seconds, up after 3 easy sessions in a row. "
        "5 Nov: Plank on your knees, 25 seconds, back because your back said red after it."
    ) in grew
    assert "Knee push-up Started at Knee push-up, 8 reps; now Knee push-up, 10 reps." in grew
    with (tmp_path / "report.csv").open(newline="") as numbers:
        rows = list(csv.DictReader(numbers))
    assert [row["ladder_steps"] for row in rows] == [
        "",
        "",
        "plank 25 s up easy 3; knee-push-up 10 reps up easy 3; side-plank 15 s up easy 3",
        "knee-plank 25 s back red",
    ]

    early = report(qtbot, view, monkeypatch, FIRST_DAY + dt.timedelta(days=2), tmp_path / "early.pdf")
    grew = early[early.index("How each exercise grew") :]
    assert "Plank Started at Plank, 20 seconds; on 4 November 2026, Plank, 25 seconds." in grew
    assert "red" not in grew  # the step back came after the report's last day
