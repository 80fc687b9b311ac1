"""Every message a programme file can earn beyond those it shares with routine files
(`routines.messages`: the file, its YAML, shapes and values), worded once."""

from __future__ import annotations

from collections.abc import Iterable

from workout_timer.domain.routines.messages import closest


def empty_file() -> str:
    return "the file is empty: a programme needs at least `version: 1`, a name and its weeks"


def version_newer(got: object) -> str:
    return (
        f"this file uses programme format version {got}, but this copy of workout-timer reads version 1; "
        "update workout-timer to open it"
    )


def expected_day(got: str, days: int) -> str:
    return f"a day of the week must be a number from 1 to {days} (day 1 is the day the week begins), got {got}"


def unknown_routine(routine_id: str, known: Iterable[str]) -> str:
    close = closest(routine_id, known)
    hint = f"; did you mean {close}?" if close else "; `workout-timer list` shows the routines there are"
    return f"unknown routine {routine_id}{hint}"


def week_without_sessions() -> str:
    return "this week has no routine on any day; give it at least one, or leave the week out"


def too_many_weeks(weeks: int, limit: int) -> str:
    return f"the programme runs for {weeks} weeks; a programme may be at most {limit} weeks long"


def expected_day_value(got: str) -> str:
    return f"a day must name a routine by its id, or say rest, got {got}"
