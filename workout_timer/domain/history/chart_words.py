"""The history's pictures in words, for a screen reader: the calendar, the minutes a week, the pain trend.

Each is worked out from the same figures the picture is drawn from (`history_stats`), so the words and
the picture never disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from workout_timer.domain.common.dates import Form, written
from workout_timer.domain.common.language import _, ngettext
from workout_timer.domain.history.pain_chart import PainPoint

CALENDAR_DAYS = 28
"""How far back the calendar's words go: four weeks."""
_TWO_STOPS = re.compile(r"\.\.(?=\s|$)")


def _one_stop(text: str) -> str:
    """A sentence that ends on a shortened month ("6. Dez.") ends on its one full stop, not two."""
    return _TWO_STOPS.sub(".", text)


def listed(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c" """
    if len(items) == 1:
        return items[0]
    # Translators: the end of a list: {items} is "3 Nov, 5 Nov", {last} the last item ("6 Dec").
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def calendar_words(active_days: Iterable[dt.date], today: dt.date) -> str:
    """The active days of the last four weeks: "3 active days in the last 4 weeks: 3 Nov, 5 Nov and 6 Dec"."""
    start = today - dt.timedelta(days=CALENDAR_DAYS - 1)
    days = sorted(day for day in active_days if start <= day <= today)
    if not days:
        return _("No active days in the last 4 weeks.")
    said = ngettext(
        "{n} active day in the last 4 weeks: {days}.", "{n} active days in the last 4 weeks: {days}.", len(days)
    )
    return _one_stop(said.format(n=len(days), days=listed([written(day, Form.DAY) for day in days])))


def minutes_words(minutes_by_week: Sequence[tuple[dt.date, float]]) -> str:
    """Each week's minutes, oldest first: "Week of 3 Nov: 40 minutes. Week of 10 Nov: none." """
    if not minutes_by_week:
        return _("No weeks yet.")
    weeks = []
    for monday, minutes in minutes_by_week:
        day, whole = written(monday, Form.DAY), round(minutes)
        if whole:
            # Translators: {day} is the Monday the week starts on ("3 Nov").
            said = ngettext("Week of {day}: {n} minute.", "Week of {day}: {n} minutes.", whole)
        else:
            said = _("Week of {day}: none.")
        weeks.append(said.format(day=day, n=whole))
    return " ".join(weeks)


def pain_words(pain: Sequence[PainPoint]) -> str:
    """The check-ins' pain, 0 to 10, latest first: what a glance at the chart tells."""
    if not pain:
        return _("No check-ins yet.")
    latest = pain[-1]
    day = written(latest.when.date(), Form.DAY)
    if latest.before:
        latest_words = _("The latest: {pain} of 10, before a session on {day}.")
    else:
        latest_words = _("The latest: {pain} of 10, after a session on {day}.")
    parts = [
        ngettext("{n} check-in.", "{n} check-ins.", len(pain)).format(n=len(pain)),
        latest_words.format(pain=latest.pain, day=day),
    ]
    if len(pain) > 1:
        low, high = min(point.pain for point in pain), max(point.pain for point in pain)
        parts.append(_("Lowest {low}, highest {high}.").format(low=low, high=high))
    return _one_stop(" ".join(parts))
