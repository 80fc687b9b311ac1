"""The history's sentences in German, whole: the goal, the export, the charts in words, a session's details,
the streak and a session's row. No English word of the source is left, numbers and dates sit where German puts
them, and plurals follow the catalogue's rules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from workout_timer.domain.care.back_care import CheckIn, Effort, Moment
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common import language
from workout_timer.domain.history.chart_words import calendar_words, minutes_words, pain_words
from workout_timer.domain.history.history_words import goal_choice, session_row, streak_words
from workout_timer.domain.history.pain_chart import PainPoint
from workout_timer.domain.history.report import not_saved_words, saved_words, session_details
from workout_timer.domain.history.stats import HistoryStats, goal_note
from workout_timer.domain.history.store import Result, SessionRecord

ENGLISH = re.compile(
    r"\b(?:minutes|sessions?|days?|week|today|goal|saved|active|latest|before|after|finished|stopped|"
    r"exercise|skipped|paused|pain|streak|lowest|highest|none|and|of|the|a)\b",
    re.IGNORECASE,
)
DAY = dt.date(2026, 12, 6)


@pytest.fixture(autouse=True)
def german() -> Iterator[None]:
    language.use("de_DE")
    yield
    language.use("en_GB")


def record(result: Result = Result.ABANDONED, dial: Dial = Dial.NORMAL) -> SessionRecord:
    started = dt.datetime(2026, 12, 6, 7, 12).timestamp()
    return SessionRecord(
        id=1,
        routine_id="core",
        routine_name="Core",
        started_at=started,
        ended_at=started + 65,
        result=result,
        active_seconds=65.0,
        work_seconds=30.0,
        segments=({"index": 0, "phase": "work"}, {"index": 1, "phase": "work"}),
        dial=dial,
    )


def test_the_history_speaks_german_in_whole_sentences() -> None:
    sentences = {
        goal_note(3, 20): "Heute: 3 von 20 Minuten. Eine kurze Routine würde reichen.",
        goal_note(0, 1): "Tagesziel: 1 Minute. Auch eine kurze Routine zählt.",
        goal_note(25, 20): "Heute: 25 Minuten. Das Tagesziel ist erreicht, gut gemacht.",
        saved_words(3, Path("/tmp/history.csv")): "3 Einheiten in /tmp/history.csv gespeichert.",
        calendar_words([DAY, DAY - dt.timedelta(days=2)], DAY): (
            "2 aktive Tage in den letzten 4 Wochen: 4. Dez. und 6. Dez."
        ),
        minutes_words([(DAY - dt.timedelta(days=6), 1.0), (DAY, 0.0)]): (
            "Woche ab 30. Nov.: 1 Minute. Woche ab 6. Dez.: keine."
        ),
        pain_words(
            [PainPoint(dt.datetime(2026, 12, 6, 7), 3, True), PainPoint(dt.datetime(2026, 12, 6, 8), 2, False)]
        ): ("2 Abfragen. Zuletzt: 2 von 10, nach einer Einheit am 6. Dez. Niedrigster Wert 2, höchster 3."),
        goal_choice(1): "1 Minute am Tag",
        goal_choice(0): "Kein Tagesziel",
    }
    for said, german in sentences.items():
        assert said == german
        assert not ENGLISH.search(said), said


def test_the_streak_counts_in_german() -> None:
    week = ((DAY - dt.timedelta(days=DAY.weekday()), 1.0),)
    one = HistoryStats(frozenset({DAY}), 1, week, (("Core", 1),), ())
    three = HistoryStats(frozenset({DAY}), 3, week, (("Core", 1),), ())
    none = HistoryStats(frozenset(), 0, week, (("Core", 1),), ())
    assert streak_words(one) == "Serie: 1 Tag. Diese Woche: 1 Minute."
    assert streak_words(three) == "Serie: 3 Tage in Folge. Diese Woche: 1 Minute."
    assert (
        streak_words(none) == "Diese Woche: 1 Minute. Eine Einheit von einer Minute oder mehr heute beginnt eine Serie."
    )


def test_a_sessions_details_and_its_row_are_german_but_its_routine_keeps_its_name() -> None:
    events = [
        {"event": "segment_started", "index": 0, "phase": "work"},
        {"event": "skipped", "index": 0, "to": 1},
        {"event": "segment_started", "index": 1, "phase": "work"},
        {"event": "skipped", "index": 1, "to": 2},
        {"event": "paused"},
    ]
    answers = [CheckIn(Moment.BEFORE, pain=3), CheckIn(Moment.AFTER, pain=1, effort=Effort.ABOUT_RIGHT)]
    lines = session_details(record(dial=Dial.GENTLER), events, answers).split("\n")
    assert lines[0] == "Core, Sonntag, 6. Dezember 2026, 07:12"
    assert lines[1:] == [
        "Vorzeitig beendet nach 1:05, mit 0:30 Übungszeit.",
        "Sanfter als geschrieben.",
        "2 Übungsschritte übersprungen, einmal angehalten.",
        "Davor: Schmerz 3 von 10.",
        "Danach: Schmerz 1 von 10, genau richtig.",
    ]
    assert session_row(record()).split("\n")[1].strip() == "0:30 geübt, abgebrochen"


def test_a_failed_export_says_so_in_german() -> None:
    said = not_saved_words(PermissionError(13, "Permission denied"), Path("/root/x.csv"))
    assert said.startswith("Dein Verlauf konnte nicht in /root/x.csv gespeichert werden: ")
    assert said.endswith(
        "Nichts ist verloren: Jede Einheit ist noch in deinem Verlauf. Versuch einen anderen Ordner oder Namen."
    )


@pytest.mark.parametrize(
    ("times", "in_english", "in_german"),
    [
        (
            1,
            "Skipped 1 exercise step, added time once, made an exercise easier once, paused once.",
            "1 Übungsschritt übersprungen, Zeit einmal verlängert, einmal eine Übung leichter gemacht, einmal angehalten.",
        ),
        (
            2,
            "Skipped 2 exercise steps, added time 2 times, made an exercise easier 2 times, paused 2 times.",
            "2 Übungsschritte übersprungen, Zeit 2-mal verlängert, 2-mal eine Übung leichter gemacht, 2-mal angehalten.",
        ),
    ],
)
def test_what_was_done_in_a_session_is_counted_the_same_way_once_or_more(
    times: int, in_english: str, in_german: str
) -> None:
    """Each thing done says how often, one included: never "paused" for one beside "paused 2 times" for two."""
    events: list[dict[str, object]] = []
    for index in range(times):
        events += [
            {"event": "segment_started", "index": index, "phase": "work"},
            {"event": "skipped", "index": index, "to": index + 1},
        ]
    events += [{"event": name} for name in ("extended", "eased", "paused") for _ in range(times)]
    segments = tuple({"index": index, "phase": "work"} for index in range(times))
    details = session_details(replace(record(), segments=segments), events, []).split("\n")
    assert details[2] == in_german
    language.use("en_GB")
    assert session_details(replace(record(), segments=segments), events, []).split("\n")[2] == in_english
