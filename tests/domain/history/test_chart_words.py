"""The history's pictures in words, as a screen reader reads them."""

from __future__ import annotations

import datetime as dt

from workout_timer.domain.history.chart_words import calendar_words, minutes_words, pain_words
from workout_timer.domain.history.pain_chart import PainPoint

TODAY = dt.date(2026, 12, 6)


def test_the_calendar_names_the_active_days_of_the_last_four_weeks() -> None:
    assert calendar_words([], TODAY) == "No active days in the last 4 weeks."
    long_ago, first, second = dt.date(2026, 11, 8), dt.date(2026, 11, 9), TODAY
    assert calendar_words([second, long_ago, first], TODAY) == "2 active days in the last 4 weeks: 9 Nov and 6 Dec."
    assert calendar_words([first], TODAY) == "1 active day in the last 4 weeks: 9 Nov."
    three = [first, dt.date(2026, 11, 30), second]
    assert calendar_words(three, TODAY) == "3 active days in the last 4 weeks: 9 Nov, 30 Nov and 6 Dec."


def test_each_week_says_its_minutes() -> None:
    weeks = ((dt.date(2026, 11, 23), 0.4), (dt.date(2026, 11, 30), 1.0), (dt.date(2026, 12, 7), 42.6))
    assert minutes_words(weeks) == "Week of 23 Nov: none. Week of 30 Nov: 1 minute. Week of 7 Dec: 43 minutes."
    assert minutes_words(()) == "No weeks yet."


def test_the_pain_trend_says_the_latest_and_the_range() -> None:
    assert pain_words(()) == "No check-ins yet."
    one = PainPoint(dt.datetime(2026, 12, 6, 7, 30), 3, before=True)
    assert pain_words((one,)) == "1 check-in. The latest: 3 of 10, before a session on 6 Dec."
    two = PainPoint(dt.datetime(2026, 12, 6, 8, 0), 1, before=False)
    assert pain_words((one, two)) == "2 check-ins. The latest: 1 of 10, after a session on 6 Dec. Lowest 1, highest 3."
