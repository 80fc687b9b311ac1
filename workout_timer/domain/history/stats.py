"""What the history view shows, worked out from the stored sessions and check-ins, and the one definition of a
day trained that the calendar, the next-day question and the progression's breaks all use (a programme's plan
counts the sessions that ran to their end, mostly done, instead: `programmes.plan.routines_finished`).

Days are the user's local calendar days. A routine is done on a day when its sessions that day, once ended,
hold at least a minute of exercise together (the time in work steps, as the session's summary counts it); a
day is trained (active) when some routine was done on it. The streak is the run of active days up to today
(or up to yesterday, so a streak isn't lost before today's session).
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from workout_timer.domain.care.back_care import CheckIn
from workout_timer.domain.common.language import ngettext
from workout_timer.domain.history.pain_chart import PainPoint
from workout_timer.domain.history.store import Result, SessionRecord
from workout_timer.domain.session.summary import ENOUGH_EXERCISE

ACTIVE_MINIMUM = ENOUGH_EXERCISE
"""Seconds of exercise in a routine's sessions that make it done that day, and the day active: the minute a session
needs to count for the doses (`session.summary.ENOUGH_EXERCISE`)."""


class Worked(Protocol):
    """A session as far as days trained go: a `SessionRecord`, or a `Ran` read more quickly."""

    @property
    def routine_id(self) -> str: ...
    @property
    def started_at(self) -> float: ...
    @property
    def work_seconds(self) -> float | None: ...
    @property
    def result(self) -> Result: ...


def routines_done(sessions: Iterable[Worked]) -> dict[dt.date, frozenset[str]]:
    """The routines done each day trained, by the local day their sessions started: those whose ended sessions
    that day hold at least `ACTIVE_MINIMUM` seconds of exercise together. Days with none are left out."""
    seconds: dict[tuple[dt.date, str], float] = {}
    for record in sessions:
        if record.work_seconds and record.result is not Result.RUNNING:
            key = (local_day(record.started_at), record.routine_id)
            seconds[key] = seconds.get(key, 0.0) + record.work_seconds
    done: dict[dt.date, set[str]] = {}
    for (day, routine_id), total in seconds.items():
        if total >= ACTIVE_MINIMUM:
            done.setdefault(day, set()).add(routine_id)
    return {day: frozenset(routines) for day, routines in done.items()}


@dataclass(frozen=True)
class HistoryStats:
    active_days: frozenset[dt.date]
    streak: int
    minutes_by_week: tuple[tuple[dt.date, float], ...]
    """(Monday of the week, minutes exercised), the last `weeks` weeks, oldest first."""
    sessions_by_routine: tuple[tuple[str, int], ...]
    """(routine name, sessions), most first."""
    pain: tuple[PainPoint, ...]
    """Every answered check-in's pain, oldest first."""
    today_minutes: float = 0.0


def local_day(stamp: float) -> dt.date:
    return dt.date.fromtimestamp(stamp)


def history_stats(
    sessions: Iterable[SessionRecord],
    check_ins: Iterable[tuple[int, float, CheckIn]],
    today: dt.date | None = None,
    weeks: int = 12,
    wall_clock: Callable[[], float] = time.time,
) -> HistoryStats:
    today = today if today is not None else local_day(wall_clock())
    sessions = list(sessions)
    exercised: dict[dt.date, float] = {}
    for record in sessions:
        if record.work_seconds and record.result is not Result.RUNNING:
            day = local_day(record.started_at)
            exercised[day] = exercised.get(day, 0.0) + record.work_seconds
    active = frozenset(routines_done(sessions))

    streak = 0
    day = today if today in active else today - dt.timedelta(days=1)
    while day in active:
        streak += 1
        day -= dt.timedelta(days=1)

    this_monday = today - dt.timedelta(days=today.weekday())
    mondays = [this_monday - dt.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    minutes = dict.fromkeys(mondays, 0.0)
    for day, seconds in exercised.items():
        monday = day - dt.timedelta(days=day.weekday())
        if monday in minutes:
            minutes[monday] += seconds / 60
    by_routine = Counter(record.name for record in sessions)
    pain = tuple(
        PainPoint(dt.datetime.fromtimestamp(at), answer.pain, answer.before)
        for _, at, answer in check_ins
        if answer.pain is not None
    )
    return HistoryStats(
        active,
        streak,
        tuple((monday, round(minutes[monday], 1)) for monday in mondays),
        tuple(sorted(by_routine.items(), key=lambda item: (-item[1], item[0]))),
        pain,
        round(exercised.get(today, 0.0) / 60, 1),
    )


def goal_note(today_minutes: float, goal_minutes: float) -> str:
    """A gentle word about today's goal; empty when there is no goal."""
    if goal_minutes <= 0:
        return ""
    done, goal = round(today_minutes), round(goal_minutes)
    if today_minutes >= goal_minutes:
        return ngettext(
            "Today: {n} minute. Today's goal is done, well done.",
            "Today: {n} minutes. Today's goal is done, well done.",
            done,
        ).format(n=done)
    if today_minutes < 1:
        return ngettext(
            "Today's goal: {n} minute. Even a short routine counts.",
            "Today's goal: {n} minutes. Even a short routine counts.",
            goal,
        ).format(n=goal)
    return ngettext(
        "Today: {done} of {n} minute. A short routine would do it.",
        "Today: {done} of {n} minutes. A short routine would do it.",
        goal,
    ).format(done=f"{today_minutes:.0f}", n=goal)


def todays_goal_note(sessions: Iterable[SessionRecord], goal_minutes: float, wall_clock: Callable[[], float]) -> str:
    """`goal_note` for today by `wall_clock` (the window's: the day it shows), from the history's `sessions`."""
    return goal_note(history_stats(sessions, [], wall_clock=wall_clock).today_minutes, goal_minutes)
