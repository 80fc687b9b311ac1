"""Every message a programme file can earn beyond those it shares with routine files
(`routines.messages`: the file, its YAML, shapes and values), worded once, in the runner's language as the
routine files' messages are (`common.language`)."""

from __future__ import annotations

from collections.abc import Iterable

from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.routines.messages import closest


def empty_file() -> str:
    return _("the file is empty: a programme needs at least `version: 1`, a name and its weeks")


def version_newer(got: object) -> str:
    return _(
        "this file uses programme format version {got}, but this copy of workout-timer reads version 1; "
        "update workout-timer to open it"
    ).format(got=got)


def expected_day(got: str, days: int) -> str:
    return _(
        "a day of the week must be a number from 1 to {days} (day 1 is the day the week begins), got {got}"
    ).format(days=days, got=got)


def unknown_routine(routine_id: str, known: Iterable[str]) -> str:
    close = closest(routine_id, known)
    if close:
        return _("unknown routine {id}; did you mean {close}?").format(id=routine_id, close=close)
    return _("unknown routine {id}; `workout-timer list` shows the routines there are").format(id=routine_id)


def week_without_sessions() -> str:
    return _("this week has no routine on any day; give it at least one, or leave the week out")


def too_many_weeks(weeks: int, limit: int) -> str:
    # Translators: {weeks} is always more than {limit}, so it takes the plural form of {limit}.
    return ngettext(
        "the programme runs for {weeks} weeks; a programme may be at most {limit} week long",
        "the programme runs for {weeks} weeks; a programme may be at most {limit} weeks long",
        limit,
    ).format(weeks=weeks, limit=limit)


def expected_day_value(got: str) -> str:
    return _("a day must name a routine by its id, or say rest, got {got}").format(got=got)
