"""Where a followed programme stands on a day: from its start, the days trained and today only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.history.records import Result, SessionRecord
from workout_timer.domain.programmes.plan import EARLY_GOAL, DayState, MostlyDone, routines_finished, today_plan
from workout_timer.domain.programmes.programme import Programme, Week

A, B = "core-for-runners", "back-care-mobility"
WEEK_1 = Week(Dial.GENTLEST, (A, None, B, None, A, None, None), "Gently.")
WEEK_2 = Week(Dial.GENTLER, (B, None, A, None, B, None, None))
WEEK_3 = Week(Dial.NORMAL, (A, None, None, None, None, None, None))
PLAN = Programme("plan", "Plan", (WEEK_1, WEEK_2, WEEK_3))
MONDAY = dt.date(2026, 11, 2)


def day(n: int) -> dt.date:
    """The plan's day n, from 1."""
    return MONDAY + dt.timedelta(days=n - 1)


def did(days: Iterable[dt.date]) -> dict[dt.date, frozenset[str]]:
    """Both of the plan's routines done on each of `days`: whichever the plan has next is done."""
    return dict.fromkeys(days, frozenset({A, B}))


def test_the_first_day_has_the_first_session_at_the_first_weeks_dose() -> None:
    plan = today_plan(PLAN, MONDAY, {}, MONDAY)
    assert (plan.routine_id, plan.done_today, plan.week, plan.dose, plan.note) == (
        A,
        False,
        1,
        Dial.GENTLEST,
        "Gently.",
    )
    assert [d.state for d in plan.days] == [
        DayState.TODAY,
        DayState.REST,
        DayState.PLANNED,
        DayState.REST,
        DayState.PLANNED,
        DayState.REST,
        DayState.REST,
    ]
    assert [d.date for d in plan.days] == [day(n) for n in range(1, 8)]
    assert (plan.streak, plan.early_done, plan.early_open, plan.finished) == (0, 0, True, False)


def test_done_today_shows_as_done_and_a_rest_day_comes_next() -> None:
    plan = today_plan(PLAN, MONDAY, did([day(1)]), day(1))
    assert (plan.routine_id, plan.done_today, plan.streak, plan.sessions_done, plan.early_done) == (A, True, 1, 1, 1)
    assert plan.days[0].state is DayState.DONE and plan.days[2].date == day(3)
    tomorrow = today_plan(PLAN, MONDAY, did([day(1)]), day(2))
    assert (tomorrow.routine_id, tomorrow.done_today) == (None, False)
    assert tomorrow.days[1] == tomorrow.days[1].__class__(day(2), None, DayState.REST)


def test_a_missed_day_shifts_the_plan_and_keeps_the_session_for_the_next_day() -> None:
    plan = today_plan(PLAN, MONDAY, did([day(1)]), day(4))  # day 3's session was missed
    assert plan.routine_id == B and not plan.done_today
    assert [(d.date, d.state) for d in plan.days[2:5]] == [
        (day(4), DayState.TODAY),
        (day(5), DayState.REST),
        (day(6), DayState.PLANNED),
    ]
    assert plan.streak == 0 and plan.sessions_done == 1  # nothing owed: the session simply waits


def test_rest_days_do_not_break_the_streak_and_a_session_on_a_rest_day_is_the_next_one_early() -> None:
    plan = today_plan(PLAN, MONDAY, did([day(1), day(3), day(5)]), day(8))
    assert plan.streak == 3 and plan.week == 2 and plan.dose is Dial.GENTLER and plan.routine_id == B
    early = today_plan(PLAN, MONDAY, did([day(1), day(2)]), day(2))  # day 2, a rest day: day 3's session done early
    assert early.routine_id == B and early.done_today
    assert [d.state for d in early.days[:3]] == [DayState.DONE, DayState.REST, DayState.DONE]
    assert early.days[4].date == day(4)  # the plan moves a day earlier


def test_the_first_two_weeks_count_toward_six_sessions_and_the_end_is_told() -> None:
    trained = [day(n) for n in (1, 3, 5, 8, 10, 12, 15)]
    plan = today_plan(PLAN, MONDAY, did(trained), day(15))
    assert plan.early_done == EARLY_GOAL and not plan.early_open and plan.week == 3
    assert plan.done_today and plan.finished and plan.sessions_done == 7
    later = today_plan(PLAN, MONDAY, did(trained), day(30))
    assert later.finished and later.routine_id is None and not later.done_today


STEPS = ({"index": 0, "phase": "prepare"}, {"index": 1, "phase": "work"}, {"index": 2, "phase": "work"})
"""A stored session's copy of its timeline: getting ready, then two exercise steps."""
RAN = [{"event": "segment_started", "index": i} for i in range(3)] + [
    {"event": "session_finished", "result": "completed"}
]
"""Its events when every step ran to its end."""
SKIPPED = [
    {"event": "segment_started", "index": 0},
    {"event": "skipped", "index": 0, "to": 1},
    {"event": "segment_started", "index": 1},
    {"event": "skipped", "index": 1, "to": 2},
    {"event": "segment_started", "index": 2},
    {"event": "session_finished", "result": "completed"},
]
"""Its events when the first exercise step was skipped on: the session still ran to its end."""


def test_a_routine_is_done_on_a_day_when_a_session_of_it_ran_to_its_end_mostly_done() -> None:
    """Two short attempts stopped early once added up to a session done ("Done for today"), and a session skipped
    through to its end with seconds of exercise counted as one: only a session that ran to its end with most of its
    exercise steps done is the programme's session (its summary's "Well done!"), however short the routine."""
    events: dict[int, list[dict[str, object]]] = {}

    def record(
        at: dt.datetime,
        work: float,
        result: Result = Result.COMPLETED,
        routine: str = "x",
        ran: list[dict[str, object]] = RAN,
    ) -> SessionRecord:
        number = len(events) + 1
        events[number] = ran
        return SessionRecord(number, routine, routine.upper(), at.timestamp(), None, result, work, work, STEPS)

    noon = dt.datetime(2026, 11, 2, 12)
    sessions = [
        record(noon, 30, Result.ABANDONED),
        record(noon + dt.timedelta(hours=1), 40, Result.ABANDONED),  # together a minute, both stopped
        record(noon, 40, routine="y"),  # a short routine, to its end
        record(noon + dt.timedelta(days=1), 300, Result.RUNNING),
        record(noon + dt.timedelta(days=2), 59),
        record(noon + dt.timedelta(days=3), 600, Result.ABANDONED),
        record(noon + dt.timedelta(days=4), 600, Result.INTERRUPTED),
        record(noon + dt.timedelta(days=5), 0),  # every step skipped: no exercise in it
        record(noon + dt.timedelta(days=6), 3, ran=SKIPPED),  # to its end, one of its two exercise steps skipped
        record(noon - dt.timedelta(days=1), 600),  # the day before the programme began
    ]
    both = Programme("both", "Both", (Week(Dial.NORMAL, ("x", None, "y", None, None, None, None)),))
    assert routines_finished(sessions, MostlyDone(events.__getitem__), both, noon.date()) == {
        dt.date(2026, 11, 2): {"y"},
        dt.date(2026, 11, 4): {"x"},
    }


@settings(max_examples=300, deadline=None)
@given(st.sets(st.integers(0, 40)), st.integers(0, 40))
def test_any_history_gives_a_plan_that_adds_up(trained_offsets: set[int], today_offset: int) -> None:
    today = MONDAY + dt.timedelta(days=today_offset)
    trained = {MONDAY + dt.timedelta(days=n) for n in trained_offsets}
    plan = today_plan(PLAN, MONDAY, did(trained), today)
    in_range = sum(1 for d in trained if d <= today)
    assert plan.sessions_done == min(in_range, PLAN.sessions) or plan.finished
    assert plan.sessions_done <= PLAN.sessions and 0 <= plan.streak <= plan.sessions_done
    assert plan.early_done <= min(EARLY_GOAL, plan.sessions_done)
    assert 1 <= plan.week <= len(PLAN.weeks) and len(plan.days) == 7
    dates = [d.date for d in plan.days]
    assert dates == sorted(dates)
    assert plan.done_today == (
        today in trained
        and plan.sessions_done > 0
        and any(d.date == today and d.state is DayState.DONE for d in plan.days)
    )
    if not plan.finished and not plan.done_today:
        assert plan.routine_id is None or any(d.state is DayState.TODAY for d in plan.days)


def test_eight_simulated_weeks_of_runners_core_lead_from_gentlest_to_strength_work() -> None:
    """A runner follows Runner's core, training whenever the plan has a session, but for two days off sick
    (days 10 and 11) and one lazy Sunday (day 40): the plan waits each time, and ends three days late."""
    from workout_timer import resources
    from workout_timer.domain.programmes.programme_library import load_programme

    ids = {"core-for-runners", "back-care-mobility", "core-and-glutes", "post-run-stretch", "strength-for-runners"}
    programme = load_programme(resources.programmes_dir() / "runners-core.yaml", ids)
    trained: dict[dt.date, frozenset[str]] = {}
    doses: list[tuple[int, Dial, str]] = []
    today = MONDAY
    while True:
        plan = today_plan(programme, MONDAY, trained, today)
        if plan.finished:
            break
        n = (today - MONDAY).days + 1
        if plan.routine_id is not None and n not in (10, 11, 40):
            trained[today] = frozenset({plan.routine_id})
            doses.append((plan.week, plan.dose, plan.routine_id))
        today += dt.timedelta(days=1)
    assert len(doses) == programme.sessions == 28
    assert {dose for week, dose, _ in doses if week == 1} == {Dial.GENTLEST}
    assert {dose for week, dose, _ in doses if week == 2} == {Dial.GENTLER}
    assert {dose for week, dose, _ in doses if week > 2} == {Dial.NORMAL}
    assert doses[-1] == (8, Dial.NORMAL, "post-run-stretch") and doses[-2][2] == "strength-for-runners"
    last = max(trained)
    assert (last - MONDAY).days + 1 == 56 + 3  # the last session (day 56 as written) three days later
    early = today_plan(programme, MONDAY, trained, MONDAY + dt.timedelta(days=13))
    assert early.early_done == EARLY_GOAL and early.early_open  # two days off sick, and still six by day 14


def test_a_routines_next_dose_is_its_next_planned_sessions_week_even_on_a_rest_day() -> None:
    """The bug: the day after a session (a rest day) the next-day reply took the routine's dose as written, though
    its next session falls in a gentle week."""
    trained = {day(1): frozenset({A}), day(3): frozenset({B}), day(5): frozenset({A})}
    rest = today_plan(PLAN, MONDAY, trained, day(6))  # the day after A on day 5: a rest day
    assert rest.routine_id is None
    assert rest.next_dose(A) is Dial.GENTLER  # A's next session is week 2's day 3
    assert rest.next_dose(B) is Dial.GENTLER  # week 2's day 1
    done = today_plan(PLAN, MONDAY, trained, day(5))  # A done today: its next is still to come
    assert done.done_today and done.next_dose(A) is Dial.GENTLER
    first = today_plan(PLAN, MONDAY, {}, MONDAY)  # today's, not done yet
    assert first.next_dose(A) is Dial.GENTLEST and first.next_dose(B) is Dial.GENTLEST
    week_2 = {day(8): frozenset({B}), day(10): frozenset({A}), day(12): frozenset({B})}
    late = today_plan(PLAN, MONDAY, {**trained, **week_2}, day(13))
    assert late.next_dose(A) is Dial.NORMAL and late.next_dose(B) is None  # week 3 has A only
    assert late.next_dose("not-in-the-plan") is None


def test_each_sessions_events_are_read_once_and_only_the_programmes_routines_are_looked_at() -> None:
    """Today is worked out again at every change: reading every session's events each time grew with the history."""
    read: list[int] = []

    def events(session: int) -> list[dict[str, object]]:
        read.append(session)
        return RAN

    at = dt.datetime(2026, 11, 2, 12).timestamp()
    sessions = [
        SessionRecord(1, "x", "X", at, None, Result.COMPLETED, 60, 60, STEPS),
        SessionRecord(2, "warm-up", "Warm-up", at, None, Result.COMPLETED, 60, 60, STEPS),  # not the programme's
    ]
    only_x = Programme("x", "X", (Week(Dial.NORMAL, ("x", None, None, None, None, None, None)),))
    mostly_done = MostlyDone(events)
    for _ in range(3):
        assert routines_finished(sessions, mostly_done, only_x, dt.date(2026, 11, 2)) == {dt.date(2026, 11, 2): {"x"}}
    assert read == [1]
