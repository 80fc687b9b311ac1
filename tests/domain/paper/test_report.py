"""The progress report as plain data, from a month of history written by the real store and engine."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from tests.conftest import SHORT_ROUTINE
from tests.helpers.paper_history import FIRST_DAY, a_month
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.paper.completion import session_completion
from workout_timer.domain.paper.report import (
    Report,
    change_words,
    effort_words,
    progress_report,
    sign_words,
    week_cells,
    week_columns,
)
from workout_timer.domain.paper.report_csv import REPORT_COLUMNS, report_csv
from workout_timer.domain.routines.timeline import Timeline, build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.summary import SessionSummary

LAST_DAY = FIRST_DAY + dt.timedelta(days=27)


@pytest.fixture
def month(load, short_timeline: Timeline, tmp_path: Path) -> HistoryStore:  # type: ignore[no-untyped-def]
    longer = build_timeline(load(SHORT_ROUTINE.replace("duration: 20", "duration: 25")))
    store = a_month(tmp_path / "history.sqlite", short_timeline, longer)
    yield store
    store.close()


def report_of(store: HistoryStore, start: dt.date = FIRST_DAY, end: dt.date = LAST_DAY, **kw) -> Report:  # type: ignore[no-untyped-def]
    return progress_report(store.sessions(), store.check_ins(), store.events, start, end, "1.2.3", LAST_DAY, **kw)


def test_the_weeks_count_sessions_and_minutes_against_the_plan(month: HistoryStore) -> None:
    report = report_of(month, per_week=3)
    assert [(w.label, w.sessions, w.finished, w.planned) for w in report.weeks] == [
        ("2 Nov – 8 Nov", 3, 3, 3),
        ("9 Nov – 15 Nov", 3, 3, 3),
        ("16 Nov – 22 Nov", 3, 2, 3),  # one stopped early
        ("23 Nov – 29 Nov", 3, 3, 3),
    ]
    assert (
        report.summary[0]
        == "12 sessions in 28 days, 11 of them finished; a minute or more of exercise on 10 days, 12 minutes in all."
    )
    assert report.summary[1] == "The plan: 3 sessions a week, 12 for these dates."
    minutes = sum(r.work_seconds or 0 for r in month.sessions()) / 60
    assert sum(w.minutes for w in report.weeks) == pytest.approx(minutes, abs=0.2)
    cut = report_of(month, FIRST_DAY + dt.timedelta(days=4), LAST_DAY - dt.timedelta(days=4), per_week=3)
    assert [(w.label, w.planned) for w in cut.weeks][::3] == [("6 Nov – 8 Nov", 2), ("23 Nov – 25 Nov", 2)]
    unplanned = report_of(month)
    assert unplanned.weeks[0].planned is None and "plan" not in " ".join(unplanned.summary)
    assert week_columns(unplanned) == ("Week", "Sessions", "Finished", "Minutes exercised")
    assert week_cells(unplanned.weeks[2]) == ("16 Nov – 22 Nov", "3", "2", "2.7")
    assert week_columns(report) == ("Week", "Sessions", "Finished", "Planned", "Minutes exercised")
    assert week_cells(report.weeks[2]) == ("16 Nov – 22 Nov", "3", "2", "3", "2.7")


def test_completion_counts_each_set_and_side_and_leaves_out_what_was_skipped_or_not_reached(
    month: HistoryStore,
) -> None:
    report = report_of(month)
    assert [(e.name, e.done, e.parts, e.share) for e in report.exercises] == [
        ("Plank", 11, 12, "92%"),  # skipped once
        ("Side plank", 22, 24, "92%"),  # both sides never reached in the session stopped early
        ("Knee push-up", 11, 12, "92%"),
    ]


def test_completion_follows_the_summary_rule(short_timeline: Timeline, tmp_path: Path) -> None:
    """Skip, restart, go back and stop: what the history's events say matches the summary screen."""
    store = HistoryStore(tmp_path / "h.sqlite")
    clock = FakeClock()
    engine = SessionEngine(short_timeline, clock)
    summary = SessionSummary(short_timeline)
    session = store.begin(summary)

    def feed(events) -> None:  # type: ignore[no-untyped-def]
        summary.feed(events)
        store.record(session, events)

    feed(engine.start())
    clock.advance(8)  # into the plank
    feed(engine.update())
    feed(engine.previous())  # ← restarts the plank
    clock.advance(21)
    feed(engine.update())  # the rest
    feed(engine.skip())  # skip the rest: on to the side plank
    feed(engine.skip())  # skip the left side
    clock.advance(3)
    feed(engine.update())
    feed(engine.abandon())  # stopped in the switch
    completion = session_completion(store.sessions()[0].segments, store.events(session))  # type: ignore[arg-type]
    done = [s.exercise.name for s in summary.done]  # type: ignore[union-attr]
    assert [name for name, was in completion.parts if was] == done
    assert completion.done == len(summary.done) and len(completion.parts) == summary.work_total
    store.close()


def test_pain_effort_signs_and_changes_are_told_with_their_dates(month: HistoryStore) -> None:
    report = report_of(month)
    before = [m.pain for m in report.pain if m.before]
    assert before == [6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 3]
    assert all(0 <= m.x <= report.days for m in report.pain)
    assert report.pain_words[0] == (
        "Before sessions: 12 answers, on average 4.2 of 10 (lowest 3, highest 6; first 6, last 3)."
    )
    assert report.pain_words[1].startswith("After sessions: 11 answers")
    assert effort_words(report) == "Too easy: 0 · About right: 9 · Too hard: 2"
    assert [sign_words(s) for s in report.signs] == ["11 November 2026, before the session: Numbness or tingling"]
    assert [change_words(c) for c in report.changes] == [
        "16 November 2026, Short test session: Plank, 20 seconds → 25 seconds"
    ]
    assert (
        report.footer[-1]
        == "Made with workout-timer 1.2.3 on 29 November 2026. It covers 2 November to 29 November 2026."
    )
    assert report.footer[0].startswith("This is not medical advice.")


def test_a_period_without_sessions_says_so(month: HistoryStore) -> None:
    report = report_of(month, dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    assert report.empty and report.exercises == () and report.pain == () and report.signs == ()
    assert report.summary == (
        "No sessions were recorded from 1 January to 31 January 2027. "
        "There is nothing to report for these dates: no exercise, no check-ins.",
    )
    with pytest.raises(ValueError, match="comes before"):
        report_of(month, LAST_DAY, FIRST_DAY)


def test_the_csv_has_a_row_a_session_of_the_period_with_its_answers(month: HistoryStore) -> None:
    text = report_csv(month.sessions(), month.check_ins(), month.events, FIRST_DAY + dt.timedelta(days=7), LAST_DAY)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(REPORT_COLUMNS) and len(rows) == 9
    assert list(rows[0]) == [  # by their place, as scripts read them: a new column only ever comes last
        "id", "started", "ended", "routine_id", "routine_name", "result", "active_seconds", "exercised_seconds",
        "exercised", "pain_before", "warning_signs_before", "pain_after", "effort", "warning_signs_after", "dial",
        "parts_done", "parts", "ladder_steps", "routine_name_now",
    ]  # fmt: skip
    assert (rows[0]["started"][:10], rows[0]["pain_before"], rows[0]["pain_after"]) == ("2026-11-09", "5", "4")
    assert rows[1]["warning_signs_before"] == "numbness" and rows[1]["parts_done"] == "3" and rows[1]["parts"] == "4"
    assert rows[4]["result"] == "abandoned" and rows[4]["pain_after"] == "" and rows[4]["effort"] == ""


def test_days_trained_are_the_historys_own(load, short_timeline: Timeline) -> None:  # type: ignore[no-untyped-def]
    """The report counted a day by all its sessions together; the history (the calendar, the plan, the next-day
    question) counts a routine done with a minute of its own. A day with only a 30-second session is no day trained,
    nor is one with 30 seconds of each of two routines; a day with a minute of one routine is."""
    from workout_timer.domain.history.records import Result, SessionRecord
    from workout_timer.domain.history.stats import routines_done

    def session(n: int, day: dt.date, routine: str, work: float) -> SessionRecord:
        at = dt.datetime.combine(day, dt.time(8, n)).timestamp()
        return SessionRecord(n, routine, routine, at, at + 100, Result.ABANDONED, 100.0, work, ())

    first, second, third = (FIRST_DAY + dt.timedelta(days=n) for n in range(3))
    sessions = [
        session(1, first, "a", 30.0),  # only a 30-second session
        session(2, second, "a", 30.0),  # 30 seconds of each of two routines: a minute in all, none done
        session(3, second, "b", 30.0),
        session(4, third, "a", 40.0),  # a minute of one routine, in two sessions
        session(5, third, "a", 20.0),
    ]
    assert set(routines_done(sessions)) == {third}
    report = progress_report(sessions, [], lambda _: [], first, third, "1.2.3", third)
    assert "a minute or more of exercise on 1 day," in report.summary[0], report.summary[0]
