"""The report's "How each exercise grew", from a history real sessions wrote through the flow: only exercises
that changed, each as it stood on the report's last day, in English and in German."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import SHORT_ROUTINE
from tests.helpers.ladder_history import FIRST_DAY, ladder_history
from workout_timer.domain.common import language
from workout_timer.domain.history.ladder_story import ladder_stories
from workout_timer.domain.paper.report import ladder_words, progress_report, report_until

NAMES = {"knee-plank": "Plank on your knees"}


def reported(tmp_path: Path, load, end: dt.date, made_on: dt.date):  # type: ignore[no-untyped-def]
    store = ladder_history(tmp_path / "history.sqlite", load(SHORT_ROUTINE))
    ladders = ladder_stories(store, NAMES, until=report_until(end))
    report = progress_report(
        store.sessions(), store.check_ins(), store.events, FIRST_DAY, end, "1", made_on, None, ladders
    )
    store.close()
    return report


def test_a_report_that_ends_before_today_tells_where_each_exercise_stood_on_its_last_day(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    end = FIRST_DAY + dt.timedelta(days=3)
    report = reported(tmp_path, load, end, made_on=end + dt.timedelta(days=30))
    plank = report.ladders[0]
    assert ladder_words(plank, report) == (
        "Started at Plank, 20 seconds; on 5 November 2026, Plank on your knees, 25 seconds.",
        "4 Nov: Plank, 25 seconds, up after 3 easy sessions in a row.",
        "5 Nov: Plank on your knees, 25 seconds, back because your back said red after it.",
    )
    early = reported(tmp_path / "early", load, FIRST_DAY + dt.timedelta(days=1), made_on=end)
    assert early.ladders == ()  # nothing had changed yet: no story to tell


def test_the_report_tells_it_in_german(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    end = FIRST_DAY + dt.timedelta(days=3)
    language.use("de_DE")
    report = reported(tmp_path, load, end, made_on=end)
    assert ladder_words(report.ladders[0], report) == (
        "Begonnen bei Plank, 20 Sekunden; jetzt Plank on your knees, 25 Sekunden.",
        "4. Nov.: Plank, 25 Sekunden, gesteigert: 3 leichte Einheiten hintereinander.",
        "5. Nov.: Plank on your knees, 25 Sekunden, zurückgenommen: dein Rücken sagte danach Rot.",
    )
