"""The history view's figures: active days, the streak, minutes a week, routines, the pain trend."""

from __future__ import annotations

import datetime as dt

from workout_timer.domain.care.back_care import CheckIn, Moment
from workout_timer.domain.history.pain_chart import MOST_LABELS, PainPoint, pain_chart
from workout_timer.domain.history.stats import history_stats
from workout_timer.domain.history.store import Result, SessionRecord

TODAY = dt.date(2026, 11, 18)  # a Wednesday


def session(day: dt.date, minutes: float, name: str = "Core", result: Result = Result.COMPLETED) -> SessionRecord:
    start = dt.datetime.combine(day, dt.time(18, 0)).timestamp()
    return SessionRecord(0, "core", name, start, start + minutes * 60, result, minutes * 60 + 90, minutes * 60, ())


def test_the_streak_counts_back_from_today_or_yesterday() -> None:
    days = [TODAY - dt.timedelta(days=n) for n in (1, 2, 3, 5)]
    stats = history_stats([session(d, 10) for d in days], [], today=TODAY)
    assert stats.streak == 3  # yesterday and the two days before; today is still to come
    assert history_stats([session(TODAY, 10), *(session(d, 10) for d in days)], [], today=TODAY).streak == 4
    assert history_stats([session(TODAY - dt.timedelta(days=2), 10)], [], today=TODAY).streak == 0
    short = history_stats([session(TODAY, 0.5)], [], today=TODAY)
    assert short.streak == 0 and short.active_days == frozenset()  # half a minute is not a day's exercise


def test_minutes_by_week_routines_and_pain() -> None:
    sessions = [
        session(TODAY, 10),
        session(TODAY - dt.timedelta(days=2), 15, "Stretch"),  # Monday of this week
        session(TODAY - dt.timedelta(days=3), 20),  # Sunday: last week
        session(TODAY - dt.timedelta(days=400), 30),  # long ago: not among the weeks shown
        session(TODAY, 5, result=Result.INTERRUPTED),  # an interrupted session counts what it recorded
    ]
    at = dt.datetime.combine(TODAY, dt.time(9, 0)).timestamp()
    check_ins = [
        (1, at, CheckIn(Moment.BEFORE, 4)),
        (1, at + 60, CheckIn(Moment.AFTER)),
        (2, at + 120, CheckIn(Moment.AFTER, 2)),
    ]
    stats = history_stats(sessions, check_ins, today=TODAY, weeks=4)
    assert [monday.isoformat() for monday, _ in stats.minutes_by_week] == [
        "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16",
    ]  # fmt: skip
    assert [minutes for _, minutes in stats.minutes_by_week] == [0.0, 0.0, 20.0, 30.0]
    assert stats.sessions_by_routine == (("Core", 4), ("Stretch", 1))
    assert [(point.pain, point.before) for point in stats.pain] == [(4, True), (2, False)]


def test_the_daily_goal_is_mentioned_gently() -> None:
    from workout_timer.domain.history.stats import goal_note

    assert goal_note(5, 0) == ""
    assert goal_note(0, 10) == "Today's goal: 10 minutes. Even a short routine counts."
    assert goal_note(4.4, 10) == "Today: 4 of 10 minutes. A short routine would do it."
    assert goal_note(12, 10) == "Today: 12 minutes. Today's goal is done, well done."
    stats = history_stats([session(TODAY, 10), session(TODAY, 2.5)], [], today=TODAY)
    assert stats.today_minutes == 12.5


def test_the_pain_chart_names_each_day_once_and_keeps_before_and_after_apart() -> None:
    nine = dt.datetime.combine(TODAY, dt.time(9, 0))
    points = [
        PainPoint(nine - dt.timedelta(days=2), 5, True),
        PainPoint(nine - dt.timedelta(days=2, minutes=-20), 3, False),
        PainPoint(nine, 4, True),  # two sessions today
        PainPoint(nine + dt.timedelta(minutes=20), 4, False),
        PainPoint(nine + dt.timedelta(hours=8), 2, True),
        PainPoint(nine + dt.timedelta(hours=8, minutes=20), 1, False),
    ]
    chart = pain_chart(points)
    assert chart.labels == ((0.0, "16 Nov"), (2.0, "18 Nov"))  # the day in between had none
    assert chart.before == ((-0.2, 5), (1.7, 4), (2.1, 2)) and chart.after == ((0.2, 3), (1.9, 4), (2.3, 1))
    assert (chart.start, chart.end) == (-2.5, 4.5)  # a week at least, the days in its middle
    one = pain_chart(points[:2])  # one session: its before and after side by side, not at the chart's two ends
    assert (one.before, one.after, one.start, one.end) == (((-0.2, 5),), ((0.2, 3),), -3.5, 3.5)

    month = [PainPoint(nine - dt.timedelta(days=n), 3, True) for n in range(40, -1, -1)]
    labels = [label for _, label in pain_chart(month).labels]
    assert len(labels) <= MOST_LABELS and len(set(labels)) == len(labels) and labels[-1] == "18 Nov"
    across = pain_chart(
        [PainPoint(dt.datetime(2025, 12, 30, 9), 2, True), PainPoint(dt.datetime(2026, 1, 2, 9), 2, True)]
    )
    assert [label for _, label in across.labels] == ["30 Dec 2025", "2 Jan 2026"]
    assert pain_chart([]).labels == ()
