"""`workout-timer history` and `report` read a history kept in English and in German, in German: each routine's
sessions under one name, its name now, in the language in use; the CSV keeps the name recorded in `routine_name`
and gives the name now in `routine_name_now`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from tests.helpers.renamed_history import (
    BUILT_IN,
    ENGLISH_NAME,
    FIRST_DAY,
    GERMAN_NAME,
    GONE,
    GONE_NAME,
    MINE,
    MINE_NOW,
    MINE_THEN,
    kept_in_two_languages,
)
from workout_timer.cli import main


@pytest.fixture(autouse=True)
def history_in_two_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    kept_in_two_languages()
    monkeypatch.setenv("LANG", "de_DE.UTF-8")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_the_table_shows_each_routine_under_its_name_now(capsys: pytest.CaptureFixture[str]) -> None:
    table = run(capsys, "history")
    assert table.count(GERMAN_NAME) == 3 and ENGLISH_NAME not in table  # the built-in one, in German
    assert table.count(MINE_NOW) == 1 and MINE_THEN not in table  # your own, as it is called now
    assert table.count(GONE_NAME) == 1  # deleted: the name it had


def test_the_csv_keeps_the_name_recorded_and_adds_the_name_now(capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(run(capsys, "history", "--csv"))))
    assert [(r["routine_id"], r["routine_name"], r["routine_name_now"]) for r in rows] == [
        (BUILT_IN, ENGLISH_NAME, GERMAN_NAME),
        (BUILT_IN, ENGLISH_NAME, GERMAN_NAME),
        (MINE, MINE_THEN, MINE_NOW),
        (GONE, GONE_NAME, GONE_NAME),
        (BUILT_IN, GERMAN_NAME, GERMAN_NAME),
    ]
    assert list(rows[0])[-1] == "routine_name_now"  # the new column comes last: the others keep their places
    shown = json.loads(run(capsys, "history", "--json"))
    assert [(r["routine_name"], r["routine_name_now"]) for r in shown][2] == (MINE_THEN, MINE_NOW)


def test_the_report_and_its_csv_name_each_routine_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    end = FIRST_DAY + dt.timedelta(days=9)
    run(capsys, "report", str(pdf), "--from", FIRST_DAY.isoformat(), "--to", end.isoformat())
    rows = list(csv.DictReader(pdf.with_suffix(".csv").read_text(encoding="utf-8").splitlines()))
    assert {r["routine_name_now"] for r in rows} == {GERMAN_NAME, MINE_NOW, GONE_NAME}
    assert {r["routine_name"] for r in rows} == {ENGLISH_NAME, GERMAN_NAME, MINE_THEN, GONE_NAME}
