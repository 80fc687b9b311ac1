"""The daily reminder's decisions: when it asks, what it says, when it keeps quiet."""

from __future__ import annotations

import datetime as dt

import pytest

from workout_timer.domain.common import language
from workout_timer.domain.desktop.reminders import (
    Due,
    autostart_entry,
    goal_met,
    next_reminder,
    parse_time,
    reminder_words,
    time_text,
    when_due,
)

AT = dt.time(18, 0)
DAY = dt.date(2026, 12, 6)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def test_times_are_read_and_written_as_hours_and_minutes() -> None:
    assert parse_time("18:30") == dt.time(18, 30)
    assert parse_time(" 7:05 ") == dt.time(7, 5)
    for wrong in ("", "18", "25:00", "18:60", "six", "1:2:3"):
        assert parse_time(wrong) is None, wrong
    assert time_text(dt.time(7, 5)) == "07:05"


def test_it_asks_at_the_time_each_day() -> None:
    assert next_reminder(at(9), AT, None, None) == at(18)
    assert next_reminder(at(9), AT, DAY - dt.timedelta(days=1), None) == at(18)


def test_a_time_passed_unasked_asks_at_once_and_a_day_done_waits_for_tomorrow() -> None:
    assert next_reminder(at(20), AT, None, None) == at(20)
    assert next_reminder(at(20), AT, DAY, None) == at(18, day=DAY + dt.timedelta(days=1))
    assert next_reminder(at(9), AT, DAY, None) == at(18, day=DAY + dt.timedelta(days=1))


def test_later_asks_again_when_it_said_that_day_only() -> None:
    assert next_reminder(at(18, 5), AT, None, at(19, 5)) == at(19, 5)
    assert next_reminder(at(19, 30), AT, None, at(19, 5)) == at(19, 30)
    yesterday_later = at(23, 30, DAY - dt.timedelta(days=1))
    assert next_reminder(at(9), AT, None, yesterday_later) == at(18)
    assert next_reminder(at(18, 5), AT, DAY, at(19, 5)) == at(18, day=DAY + dt.timedelta(days=1)), "answered since"


@pytest.mark.parametrize(
    ("today", "goal", "met"), [(0, 0, False), (0.5, 0, False), (1, 0, True), (9, 10, False), (10, 10, True)]
)
def test_the_goal_is_met(today: float, goal: float, met: bool) -> None:
    assert goal_met(today, goal) is met


def test_the_words_count_what_is_left() -> None:
    assert reminder_words(0, 0) == ("Workout Timer", "10 minutes for your back today?")
    assert reminder_words(0, 15)[1] == "15 minutes for your back today?"
    assert reminder_words(5, 15)[1] == "10 minutes more for your back today?"
    assert reminder_words(14.2, 15)[1] == "1 minute more for your back today?"


def test_quiet_once_the_goal_is_met() -> None:
    assert when_due(20, 15) == Due(False)
    assert when_due(3, 15) == Due(True, ("Workout Timer", "12 minutes more for your back today?"))


def test_the_autostart_entry_runs_the_reminder() -> None:
    entry = autostart_entry(["/home/ann/.local/bin/workout-timer"])
    assert "Exec=/home/ann/.local/bin/workout-timer remind\n" in entry
    assert "NoDisplay=true" in entry and "Icon=io.github.workout_timer.WorkoutTimer" in entry


def test_the_last_routine_is_the_latest_sessions() -> None:
    from workout_timer.domain.desktop.reminders import last_routine
    from workout_timer.domain.history.records import Result, SessionRecord

    def record(routine: str, started: float) -> SessionRecord:
        return SessionRecord(1, routine, routine, started, started + 60, Result.COMPLETED, 60, 50, ())

    assert last_routine([]) is None
    assert last_routine([record("core", 200), record("stretch", 300), record("warm-up", 100)]) == "stretch"


def test_the_reminder_is_wholly_german_in_german() -> None:
    """The reminder is one marked sentence: in German no English word of it is left, and the plural follows."""
    language.use("de_DE")
    try:
        assert reminder_words(5, 20)[1] == "Noch 15 Minuten für deinen Rücken heute?"
        assert reminder_words(14.2, 15)[1] == "Noch 1 Minute für deinen Rücken heute?"
        assert reminder_words(0, 0)[1] == "10 Minuten für deinen Rücken heute?"
    finally:
        language.use("en_GB")
