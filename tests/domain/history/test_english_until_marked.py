"""Sentences not yet marked for translation stay wholly English under a German locale: no "Einheiten" or
"6. Dez." amid English words (docs/translating.md, the rule of whole sentences)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from workout_timer.domain.common import language
from workout_timer.domain.desktop.reminders import reminder_words
from workout_timer.domain.history.chart_words import calendar_words, minutes_words, pain_words
from workout_timer.domain.history.pain_chart import PainPoint
from workout_timer.domain.history.report import saved_words
from workout_timer.domain.history.stats import goal_note

GERMAN = re.compile(r"Minuten?|Einheiten?|Tage?n?\b|Dez\.|Sonntag|Antworten?|Check-ins? ")


def test_history_words_and_the_reminder_stay_wholly_english_in_german() -> None:
    language.use("de_DE")
    day = dt.date(2026, 12, 6)
    sentences = [
        goal_note(3, 20),
        goal_note(0, 20),
        goal_note(25, 20),
        saved_words(3, Path("/tmp/history.csv")),
        calendar_words([day, day - dt.timedelta(days=2)], day),
        minutes_words([(day - dt.timedelta(days=6), 42.0)]),
        pain_words(
            [PainPoint(dt.datetime(2026, 12, 6, 7, 0), 3, True), PainPoint(dt.datetime(2026, 12, 6, 8), 2, False)]
        ),
        reminder_words(5, 20)[1],
    ]
    for sentence in sentences:
        assert not GERMAN.search(sentence), sentence
    assert sentences[3] == "Saved 3 sessions to /tmp/history.csv."
    assert sentences[4] == "2 active days in the last 4 weeks: 4 Dec and 6 Dec."
    assert sentences[5] == "Week of 30 Nov: 42 minutes."
