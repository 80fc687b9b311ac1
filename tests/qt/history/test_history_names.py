"""The history window reads a history kept in English and in German, in German: a built-in routine's sessions under
its German name only, the runner's own routine under its name now, a deleted one under the name it had; in the
list, the routines done, a session's details, the CSV and the physio's report."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.app_window import app_window
from tests.helpers.renamed_history import (
    ENGLISH_NAME,
    FIRST_DAY,
    GERMAN_NAME,
    GONE_NAME,
    MINE_NOW,
    MINE_THEN,
    kept_in_two_languages,
)
from workout_timer import resources
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.loading import load_catalogue
from workout_timer.qt.history.history_view import HistoryView
from workout_timer.qt.paper.paper_dialogs import ReportDates
from workout_timer.qt.paper.paper_files import report_from


@pytest.fixture
def view(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[HistoryView]:
    kept_in_two_languages()
    from workout_timer.domain.common import language
    from workout_timer.qt.common import app_language

    language.use("de_DE")  # as the window starts in German (the `german` fixture, after the history is written)
    app_language.apply("de")
    main = app_window(qtbot, clock, tmp_path)
    main.show_history()
    shown = main.current_view()
    assert isinstance(shown, HistoryView)
    yield shown
    main.close()
    language.use("en_GB")
    app_language.apply("en")


def rows(widget: object) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]  # type: ignore[attr-defined]


def test_the_sessions_and_the_routines_done_show_each_routine_under_one_name(qtbot: QtBot, view: HistoryView) -> None:
    sessions = "\n".join(rows(view.sessions))
    assert sessions.count(GERMAN_NAME) == 3 and ENGLISH_NAME not in sessions
    assert sessions.count(MINE_NOW) == 1 and MINE_THEN not in sessions and sessions.count(GONE_NAME) == 1
    assert rows(view.routines) == [f"{GERMAN_NAME}  ×3", f"{MINE_NOW}  ×1", f"{GONE_NAME}  ×1"]
    view.sessions.setFocus()
    qtbot.keyClick(view.sessions, Qt.Key.Key_End)  # the oldest: done in English
    assert view.details.text().startswith(f"{GERMAN_NAME}, ")


def test_the_csv_and_the_report_keep_the_name_recorded_beside_the_name_now(
    view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(tmp_path / "history.csv"), ""))
    view.export_button.click()
    exported = list(csv.DictReader((tmp_path / "history.csv").read_text(encoding="utf-8").splitlines()))
    assert [(r["routine_name"], r["routine_name_now"]) for r in exported] == [
        (ENGLISH_NAME, GERMAN_NAME),
        (ENGLISH_NAME, GERMAN_NAME),
        (MINE_THEN, MINE_NOW),
        (GONE_NAME, GONE_NAME),
        (GERMAN_NAME, GERMAN_NAME),
    ]

    def pick(dialog: ReportDates) -> int:
        dialog.start.setDate(QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReportDates, "exec", pick)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(tmp_path / "report.pdf"), ""))
    view.report_button.click()
    numbers = list(csv.DictReader((tmp_path / "report.csv").read_text(encoding="utf-8").splitlines()))
    assert [r["routine_name_now"] for r in numbers] == [r["routine_name_now"] for r in exported]


def test_the_reports_words_name_each_routine_and_exercise_once(view: HistoryView) -> None:
    store = view._store
    assert store is not None
    end = FIRST_DAY + dt.timedelta(days=9)
    report, _numbers = report_from(store, FIRST_DAY, end, None, end, view.ladders.names, view._routines)
    said = " ".join(report.summary)
    assert f"{GERMAN_NAME} (3-mal)" in said and ENGLISH_NAME not in said and MINE_NOW in said, said
    # The stretch's exercises, done in English twice and in German once, are one row each, in German.
    english = {exercise.name for exercise in load_catalogue(resources.catalogue_path()).values()}
    ids = {s["exercise"] for r in store.sessions() for s in r.segments if s.get("phase") == "work"}
    rows = [row.name for row in report.exercises]
    assert len(rows) == len(set(rows)) == len(ids) and not set(rows) & english, rows
    assert "Unterarmstütz" in rows  # the plank of the runner's own routines, in the catalogue's German
