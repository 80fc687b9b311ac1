"""Today's plan in words and as plain data: the same sentences on the Today screen and from `workout-timer
today`, and the same fields in `today --json`. Warm, plain, never a reproach: a missed day is not named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.dates import Form, written
from workout_timer.domain.common.plurals import counted
from workout_timer.domain.programmes.plan import EARLY_GOAL, DayState, PlanDay, TodayPlan

DOSE_WORDS = {
    Dial.NORMAL: "as written",
    Dial.GENTLER: "gentler than written",
    Dial.GENTLEST: "at its gentlest",
}


def headline(plan: TodayPlan, name_of: Callable[[str], str]) -> str:
    """The one line that says what today is for."""
    if plan.finished and not plan.done_today:
        return f"You have finished {plan.programme.name}. Well done!"
    if plan.routine_id is None:
        return "Today is a rest day. Rest is part of the plan: it is when muscles grow stronger."
    name = name_of(plan.routine_id)
    if plan.done_today:
        return f"Done for today: {name}. Well done!"
    return f"Today: {name}, {DOSE_WORDS[plan.dose]}."


def where_in_plan(plan: TodayPlan) -> str:
    """ "Week 2 of 6 · 4 sessions done" """
    return f"Week {plan.week} of {plan.weeks} · {counted(plan.sessions_done, 'session', 'sessions')} done"


def early_goal(plan: TodayPlan) -> str:
    """Progress toward the first two weeks' six sessions, while they last; nothing after them."""
    if plan.early_open:
        if plan.early_done >= EARLY_GOAL:
            return f"{EARLY_GOAL} sessions in your first two weeks: the habit is made."
        left = EARLY_GOAL - plan.early_done
        return (
            f"First two weeks: {plan.early_done} of {EARLY_GOAL} sessions. "
            f"{counted(left, 'more session', 'more sessions')} and the habit is made."
        )
    return ""


def streak(plan: TodayPlan) -> str:
    if plan.streak == 0:
        return ""
    return f"Streak: {counted(plan.streak, 'session', 'sessions')} in a row (rest days don't break it)."


def day_line(day: PlanDay, name_of: Callable[[str], str]) -> str:
    """ "Wed 4 Nov  Core for runners · done" """
    what = "Rest" if day.routine_id is None else name_of(day.routine_id)
    state = {DayState.DONE: " · done", DayState.TODAY: " · today", DayState.REST: "", DayState.PLANNED: ""}
    return f"{written(day.date, Form.WEEKDAY_DAY)}  {what}{state[day.state]}"


def plan_json(plan: TodayPlan) -> dict[str, Any]:
    """Today's plan as plain data."""
    return {
        "programme": plan.programme.id,
        "programme_name": plan.programme.name,
        "started_on": plan.started_on.isoformat(),
        "today": plan.today.isoformat(),
        "routine": plan.routine_id,
        "dose": plan.dose.value,
        "done_today": plan.done_today,
        "week": plan.week,
        "weeks": plan.weeks,
        "sessions_done": plan.sessions_done,
        "first_two_weeks": {"done": plan.early_done, "goal": EARLY_GOAL, "open": plan.early_open},
        "streak": plan.streak,
        "finished": plan.finished,
        "days": [
            {"date": day.date.isoformat(), "routine": day.routine_id, "state": day.state.value} for day in plan.days
        ],
    }
