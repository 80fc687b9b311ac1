"""Today records what happened: a session of a routine the plan does not have that day is not its session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.helpers.history_files import damage, ran_to_its_end
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.history.records import Result, SessionRecord
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.programmes.plan import DayState, MostlyDone, routines_finished, today_plan
from workout_timer.domain.programmes.programme import Programme, Week
from workout_timer.domain.routines.timeline import Timeline
from workout_timer.domain.session.summary import SessionSummary

CORE, WARM_UP = "core-for-runners", "pre-run-warm-up"
PLAN = Programme("plan", "Plan", (Week(Dial.NORMAL, (CORE, None, CORE, None, CORE, None, None)),))
TEST_PLAN = Programme("test-plan", "Test plan", (Week(Dial.NORMAL, ("test", None, None, None, None, None, None)),))
MONDAY = dt.date(2026, 11, 2)


def session(routine_id: str, day: dt.date, work: float) -> SessionRecord:
    at = dt.datetime.combine(day, dt.time(7)).timestamp()
    return SessionRecord(1, routine_id, routine_id, at, None, Result.COMPLETED, work, work, ({"phase": "work"},))


def ran(_session: int) -> list[dict[str, object]]:
    """A session's events: its one step ran to its end."""
    return [{"event": "segment_started", "index": 0}, {"event": "session_finished", "result": "completed"}]


def test_a_warm_up_before_a_run_is_not_the_programmes_core_session() -> None:
    sessions = [session(CORE, MONDAY, 600), session(WARM_UP, MONDAY + dt.timedelta(days=1), 275)]
    plan = today_plan(
        PLAN, MONDAY, routines_finished(sessions, MostlyDone(ran), PLAN, MONDAY), MONDAY + dt.timedelta(days=1)
    )
    assert not plan.done_today and plan.sessions_done == 1
    assert [d.state for d in plan.days[:3]] == [DayState.DONE, DayState.REST, DayState.PLANNED]


def test_a_session_whose_events_a_damaged_history_lost_still_counts_by_its_row(
    tmp_path: Path, short_timeline: Timeline
) -> None:
    """The sessions' rows could still be read and their events not: every session done read as not done, and the
    programme's progress went back to its first day."""
    path, noon = tmp_path / "history.sqlite", dt.datetime.combine(MONDAY, dt.time(12))
    store = HistoryStore(path, wall_clock=noon.timestamp)
    for _ in range(3):
        summary = SessionSummary(short_timeline)
        session = store.begin(summary)
        summary.work = 60.0  # what the session's events would have tallied
        store.record(session, ran_to_its_end(short_timeline, 90.0))
    store.close()
    history = HistoryStore(path, wall_clock=noon.timestamp, read_only=True)
    assert routines_finished(history.sessions(), MostlyDone(history.events), TEST_PLAN, MONDAY) == {MONDAY: {"test"}}
    history.close()
    damage(path, "events")
    history = HistoryStore(path, wall_clock=noon.timestamp, read_only=True)
    assert len(history.sessions()) == 3 and history.events(1) == []  # the rows are read, the events are not
    assert routines_finished(history.sessions(), MostlyDone(history.events), TEST_PLAN, MONDAY) == {MONDAY: {"test"}}
    history.close()
