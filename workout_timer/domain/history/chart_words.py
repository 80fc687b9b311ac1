"""The history's pictures in words, for a screen reader: the calendar, the minutes a week, the pain trend.

Each is worked out from the same figures the picture is drawn from (`history_stats`), so the words and
the picture never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from workout_timer.domain.common.dates import Form, english_date
from workout_timer.domain.common.plurals import english_counted
from workout_timer.domain.history.pain_chart import PainPoint

CALENDAR_DAYS = 28
"""How far back the calendar's words go: four weeks."""


def listed(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c" """
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def calendar_words(active_days: Iterable[dt.date], today: dt.date) -> str:
    """The active days of the last four weeks: "Active days in the last 4 weeks: 3 Nov, 5 Nov and 6 Dec"."""
    start = today - dt.timedelta(days=CALENDAR_DAYS - 1)
    days = sorted(day for day in active_days if start <= day <= today)
    if not days:
        return "No active days in the last 4 weeks."
    active = english_counted(len(days), "active day", "active days")
    return f"{active} in the last 4 weeks: {listed([english_date(day, Form.DAY) for day in days])}."


def minutes_words(minutes_by_week: Sequence[tuple[dt.date, float]]) -> str:
    """Each week's minutes, oldest first: "Week of 3 Nov: 40 minutes. Week of 10 Nov: none." """
    if not minutes_by_week:
        return "No weeks yet."
    weeks = [
        f"Week of {english_date(monday, Form.DAY)}: "
        f"{english_counted(round(minutes), 'minute', 'minutes') if round(minutes) else 'none'}."
        for monday, minutes in minutes_by_week
    ]
    return " ".join(weeks)


def pain_words(pain: Sequence[PainPoint]) -> str:
    """The check-ins' pain, 0 to 10, latest first: what a glance at the chart tells."""
    if not pain:
        return "No check-ins yet."
    latest = pain[-1]
    when = f"{'before' if latest.before else 'after'} a session on {english_date(latest.when.date(), Form.DAY)}"
    text = f"{english_counted(len(pain), 'check-in', 'check-ins')}. The latest: {latest.pain} of 10, {when}."
    if len(pain) > 1:
        low, high = min(point.pain for point in pain), max(point.pain for point in pain)
        text += f" Lowest {low}, highest {high}."
    return text
