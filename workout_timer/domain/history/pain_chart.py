"""Where the history's pain chart puts each check-in, and which days it names.

Days run left to right, one unit each, counted from the first check-in's day. Within its day the
check-ins share the width evenly, in the order they were made: the answers before and after one
session, minutes apart, are two points side by side and never one smudge. At most `MOST_LABELS` days
are named, each once, evenly spread and the latest always among them; only days with check-ins. The chart
shows a week at least, its days in the middle: one day's before and after stay side by side, not at its two
edges.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from workout_timer.domain.common.dates import Form, short_day, written

MOST_LABELS = 8
"""Day names on the axis at most: more would run into each other."""
DAY_WIDTH = 0.8
"""The share of a day's width its check-ins spread over (the rest keeps days apart)."""
LEAST_DAYS = 7
"""The chart is at least this many days wide."""


@dataclass(frozen=True)
class PainPoint:
    """One answered check-in: when, the pain (0 to 10), and whether it came before a session."""

    when: dt.datetime
    pain: int
    before: bool


@dataclass(frozen=True)
class PainChart:
    before: tuple[tuple[float, int], ...]
    """(x, pain) of each check-in before a session."""
    after: tuple[tuple[float, int], ...]
    """(x, pain) of each check-in after a session."""
    labels: tuple[tuple[float, str], ...]
    """(x, "6 Dec") of each named day, left to right."""
    start: float
    end: float
    """The x range shown: half a day either side of the first and the last day, and more on both sides to make
    `LEAST_DAYS`."""


def pain_chart(points: Sequence[PainPoint], most_labels: int = MOST_LABELS) -> PainChart:
    """Lay out `points` (oldest first) for the chart."""
    if not points:
        return PainChart((), (), (), -0.5, 0.5)
    by_day: dict[dt.date, list[PainPoint]] = {}
    for point in sorted(points, key=lambda p: p.when):
        by_day.setdefault(point.when.date(), []).append(point)
    days = sorted(by_day)
    first = days[0]
    before: list[tuple[float, int]] = []
    after: list[tuple[float, int]] = []
    for day, of_day in by_day.items():
        for index, point in enumerate(of_day):
            x = (day - first).days + ((index + 0.5) / len(of_day) - 0.5) * DAY_WIDTH
            (before if point.before else after).append((round(x, 4), point.pain))
    gap = math.ceil(((days[-1] - first).days + 1) / most_labels)
    named: list[dt.date] = []
    for day in reversed(days):  # from the latest back, each day with check-ins far enough from the last named
        if not named or (named[-1] - day).days >= gap:
            named.append(day)
    named.reverse()
    with_year = days[0].year != days[-1].year
    labels = tuple((float((day - first).days), _day_name(day, with_year)) for day in named)
    span = (days[-1] - first).days + 1
    room = max(0, LEAST_DAYS - span) / 2
    return PainChart(tuple(before), tuple(after), labels, -0.5 - room, span - 0.5 + room)


def _day_name(day: dt.date, with_year: bool) -> str:
    return written(day, Form.DAY_IN_YEAR) if with_year else short_day(day)
