"""The history screen's words, worked out from the same figures it shows: the streak, the daily goal's
choices, a session's row in the list, and the charts' titles and legends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workout_timer.domain.common.dates import short_moment
from workout_timer.domain.common.language import N_, _, ngettext
from workout_timer.domain.history.stats import HistoryStats
from workout_timer.domain.history.store import Result, SessionRecord
from workout_timer.domain.routines.durations import format_done

_RESULTS = {
    Result.COMPLETED: N_("completed"),
    Result.ABANDONED: N_("stopped"),
    Result.INTERRUPTED: N_("interrupted"),
    Result.RUNNING: N_("running"),
}
"""How a session ended, in a word: the history's list and `workout-timer history` say it so."""


def result_word(result: Result) -> str:
    """ "completed", "stopped", "interrupted", "running" in the language in use."""
    return _(_RESULTS[result])


def streak_words(stats: HistoryStats) -> str:
    """The streak and this week's minutes, or what starts a streak: the line under the title."""
    minutes = round(stats.minutes_by_week[-1][1]) if stats.minutes_by_week else 0
    this_week = ngettext("This week: {n} minute.", "This week: {n} minutes.", minutes).format(n=minutes)
    if stats.streak:
        streak = ngettext("Streak: {n} day.", "Streak: {n} days in a row.", stats.streak).format(n=stats.streak)
        return f"{streak} {this_week}"
    if stats.sessions_by_routine:
        return f"{this_week} {_('A session of a minute or more today starts a streak.')}"
    return _("No sessions yet: your first one will show here.")


def goal_choice(minutes: float) -> str:
    """A daily goal as the goal box offers it: "10 minutes a day", or "No daily goal" for 0."""
    if not minutes:
        return _("No daily goal")
    whole = round(minutes)
    return ngettext("{n} minute a day", "{n} minutes a day", whole).format(n=whole)


def session_row(record: SessionRecord) -> str:
    """A session in the history's list: when and which routine, then the time exercised and how it ended."""
    when = short_moment(dt.datetime.fromtimestamp(record.started_at))
    exercised = format_done(record.work_seconds) if record.work_seconds else ""
    result = "" if record.result is Result.COMPLETED else result_word(record.result)
    if exercised and result:
        # Translators: a session's row in the history: {time} exercised ("1:00"), then how it ended ("stopped").
        done = _("{time} exercised, {result}").format(time=exercised, result=result)
    elif exercised:
        done = _("{time} exercised").format(time=exercised)
    else:
        done = result
    return f"{when}  {record.name}\n      {done}"


def set_aside_words(backup: Path) -> str:
    return _("A history that could not be read is kept as {path}.").format(path=backup)


def pain_title(any_pain: bool) -> str:
    """The pain chart's title: its scale, or that there is nothing to show yet."""
    return _("How your back felt (0 to 10)") if any_pain else _("How your back felt: no check-ins yet")


def pain_legend() -> tuple[str, str]:
    """The pain chart's two kinds of point: before a session, after it."""
    return _("Before a session"), _("After a session")
