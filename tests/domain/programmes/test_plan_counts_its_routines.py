"""Today records what happened: a session of a routine the plan does not have that day is not its session."""

from __future__ import annotations

import datetime as dt

from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.history.records import Result, SessionRecord
from workout_timer.domain.programmes.plan import DayState, routines_finished, today_plan
from workout_timer.domain.programmes.programme import Programme, Week

CORE, WARM_UP = "core-for-runners", "pre-run-warm-up"
PLAN = Programme("plan", "Plan", (Week(Dial.NORMAL, (CORE, None, CORE, None, CORE, None, None)),))
MONDAY = dt.date(2026, 11, 2)


def session(routine_id: str, day: dt.date, work: float) -> SessionRecord:
    at = dt.datetime.combine(day, dt.time(7)).timestamp()
    return SessionRecord(1, routine_id, routine_id, at, None, Result.COMPLETED, work, work, ({"phase": "work"},))


def ran(_session: int) -> list[dict[str, object]]:
    """A session's events: its one step ran to its end."""
    return [{"event": "segment_started", "index": 0}, {"event": "session_finished", "result": "completed"}]


def test_a_warm_up_before_a_run_is_not_the_programmes_core_session() -> None:
    sessions = [session(CORE, MONDAY, 600), session(WARM_UP, MONDAY + dt.timedelta(days=1), 275)]
    plan = today_plan(PLAN, MONDAY, routines_finished(sessions, ran, MONDAY), MONDAY + dt.timedelta(days=1))
    assert not plan.done_today and plan.sessions_done == 1
    assert [d.state for d in plan.days[:3]] == [DayState.DONE, DayState.REST, DayState.PLANNED]
