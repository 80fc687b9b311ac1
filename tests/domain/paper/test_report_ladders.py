"""The report's "How each exercise grew", from a history real sessions wrote through the flow: only exercises
that changed, each as it stood on the report's last day, in English and in German."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tests.conftest import SHORT_ROUTINE
from tests.helpers.ladder_history import FIRST_DAY, ladder_history
from tests.helpers.pseudo_language import outside_brackets, pseudo_language
from workout_timer.domain.common import language
from workout_timer.domain.common.language import _
from workout_timer.domain.history.ladder_story import ladder_stories
from workout_timer.domain.paper.report import LADDERS_TITLE, ladder_words, progress_report, report_until

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


def test_every_word_of_the_story_is_marked(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    """Under the pseudo-language each line is one marked sentence, with only the exercises' names (content) and
    the numbers outside a bracket."""
    end = FIRST_DAY + dt.timedelta(days=3)
    with pseudo_language():
        report = reported(tmp_path, load, end, made_on=end + dt.timedelta(days=1))
        assert _(LADDERS_TITLE) == "⟦How each exercise grew⟧"
        told = [line for story in report.ladders for line in ladder_words(story, report)]
    assert len(told) == 7
    for line in told:
        rest = outside_brackets(line)
        for name in ("Plank on your knees", "Plank", "Knee push-up", "Side plank"):
            rest = rest.replace(name, "")
        assert not re.search("[A-Za-z]{2,}", rest), line
