"""The routine sheet and the progress report in German: every sentence whole in German, numbers and dates as
German writes them; the routine's and the exercises' names stay as their authors wrote them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SHORT_ROUTINE
from tests.helpers.paper_history import FIRST_DAY, a_month
from workout_timer.domain.common import language
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.paper.report import (
    Report,
    change_words,
    exercise_columns,
    progress_report,
    sign_words,
    week_cells,
    week_columns,
)
from workout_timer.domain.paper.sheet import SheetHeading, SheetRest, SheetStep, routine_sheet
from workout_timer.domain.routines.timeline import Timeline, build_timeline

DAY = dt.date(2026, 12, 6)
LAST_DAY = FIRST_DAY + dt.timedelta(days=27)
ENGLISH = re.compile(
    r"\b(?:sessions?|days?|weeks?|minutes|seconds?|reps?|sets?|rest|hold|each|side|then|between|rounds?|"
    r"shown|mirror|level|total|time|you|need|made|with|covers|not|medical|advice|page|of|the|and|on|"
    r"before|after|finished|routines|pain|answers?|average|lowest|highest|first|last|caution|form|cues|"
    r"mistakes|notes|week|exercised|done|share|planned|steps|below|own|pace|aloud)\b",
    re.IGNORECASE,
)
CONTENT = re.compile(r"Short test session|Sheet test|Side plank|Knee push-up|Plank|Bird dog|Dead bug|Child's pose")
"""Names of routines and exercises: their authors' words."""


def english_left(text: str) -> list[str]:
    return ENGLISH.findall(CONTENT.sub(" ", text))


@pytest.fixture(autouse=True)
def german() -> Iterator[None]:
    language.use("de_DE")
    yield
    language.use("en_GB")


@pytest.fixture
def month(load, short_timeline: Timeline, tmp_path: Path) -> Iterator[HistoryStore]:  # type: ignore[no-untyped-def]
    longer = build_timeline(load(SHORT_ROUTINE.replace("duration: 20", "duration: 25")))
    store = a_month(tmp_path / "history.sqlite", short_timeline, longer)
    yield store
    store.close()


def report_of(store: HistoryStore, per_week: int | None = 3) -> Report:
    return progress_report(
        store.sessions(), store.check_ins(), store.events, FIRST_DAY, LAST_DAY, "1.2.3", LAST_DAY, per_week
    )


def test_the_sheet_is_german_but_keeps_the_exercises_names(load) -> None:  # type: ignore[no-untyped-def]
    routine = load(
        "version: 1\nname: Sheet test\nlevel: beginner\ndefaults: {rest: 20, switch: 5, tempo: 3}\nsteps:\n"
        "  - {exercise: plank, duration: 30, sets: 3, rest_between_sets: 10}\n"
        "  - {exercise: bird-dog, reps: 8, sides: both, tempo: 1.5}\n"
        "  - {exercise: side-plank, duration: 20, sides: left}\n"
        "  - {rest: 60, note: Drink some water}\n"
        "  - circuit: {name: Core, rounds: 2, rest_between_rounds: 30, steps: [{exercise: dead-bug, reps: 6}]}\n"
        "  - {exercise: childs-pose, duration: 45, sets: 2}\n"
    )
    sheet = routine_sheet(routine, "9.9.9", DAY)
    steps = {block.number: block for block in sheet.blocks if isinstance(block, SheetStep)}
    assert sheet.facts[1:3] == ("5 Übungen", "Stufe: Einsteiger")
    assert sheet.facts[3].startswith("Du brauchst: ")  # what it needs is named by the catalogue (content)
    assert sheet.facts[0].startswith("Gesamtzeit: ")
    assert steps["1"].dose == (
        "3 Sätze à 30 Sekunden",
        "10 Sekunden Pause zwischen den Sätzen",
        "Dann 20 Sekunden Pause",
    )
    assert steps["2"].dose[:3] == (
        "8 Wiederholungen",
        "1,5 Sekunden pro Wiederholung, laut gezählt",
        "Jede Seite: erst links, dann rechts, mit 5 Sekunden zum Wechseln",
    )
    assert steps["3"].dose == ("20 Sekunden", "Nur linke Seite")
    assert steps["6"].dose == ("2 Sätze à 45 Sekunden halten", "20 Sekunden Pause zwischen den Sätzen")
    rest = next(block for block in sheet.blocks if isinstance(block, SheetRest))
    assert rest.text == "Pause 1 Minute: Drink some water"  # the note is the routine's own words
    circuit = next(block for block in sheet.blocks if isinstance(block, SheetHeading))
    assert (
        circuit.text
        == "Core: die Schritte unten, 2 Runden, mit 30 Sekunden Pause zwischen den Runden; dann 20 Sekunden Pause"
    )
    assert sheet.footer[-1] == "Erstellt mit workout-timer 9.9.9 am 6. Dezember 2026. Routine: test."
    assert sheet.notes_title == "Notizen deiner Physiotherapeutin oder deines Physiotherapeuten"
    words = [*sheet.facts[:3], *sheet.footer, rest.text.removesuffix("Drink some water"), circuit.text]
    words += [line for step in steps.values() for line in step.dose]
    words += [step.side_shown or "" for step in steps.values()]
    assert [left for text in words if (left := english_left(text))] == []


def test_the_report_is_german(month: HistoryStore) -> None:
    report = report_of(month)
    assert report.title == "Fortschrittsbericht" and report.period == "2. November bis 29. November 2026"
    assert report.summary[0] == (
        "12 Einheiten in 28 Tagen, davon 11 beendet; eine Minute Übung oder mehr an 10 Tagen, insgesamt 12 Minuten."
    )
    assert report.summary[1] == "Der Plan: 3 Einheiten pro Woche, 12 für diese Tage."
    assert report.pain_words[0] == (
        "Vor den Einheiten: 12 Angaben, im Schnitt 4,2 von 10 (niedrigster Wert 3, höchster 6; zuerst 6, zuletzt 3)."
    )
    assert week_columns(report) == ("Woche", "Einheiten", "Beendet", "Geplant", "Minuten geübt")
    assert week_cells(report.weeks[2])[1:] == ("3", "2", "3", "2,7")
    assert exercise_columns() == ("Übung", "Erledigt", "Von", "Anteil")
    assert [change_words(c) for c in report.changes] == [
        "16. November 2026, Short test session: Plank, 20 Sekunden → 25 Sekunden"
    ]
    assert sign_words(report.signs[0]).startswith("11. November 2026, vor der Einheit: ")
    assert report.footer[-1] == (
        "Erstellt mit workout-timer 1.2.3 am 29. November 2026. Er umfasst 2. November bis 29. November 2026."
    )
    words = [report.title, *report.summary, *report.pain_words, *report.footer, *week_columns(report)]
    assert [left for text in words if (left := english_left(text))] == []
