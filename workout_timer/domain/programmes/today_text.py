"""Today's plan in words and as plain data: the same sentences on the Today screen and from `workout-timer
today`, and the same fields in `today --json`. Warm, plain, never a reproach: a missed day is not named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.dates import Form, written
from workout_timer.domain.common.language import N_, _, ngettext, pgettext
from workout_timer.domain.common.plurals import counted
from workout_timer.domain.library.browse import equipment_list
from workout_timer.domain.programmes.plan import EARLY_GOAL, DayState, PlanDay, TodayPlan
from workout_timer.domain.programmes.programme import Programme
from workout_timer.domain.routines.routine import Routine

TODAY_AT_DOSE = {
    # Translators: today's routine and how hard it is done; {name} is the routine's name.
    Dial.NORMAL: N_("Today: {name}, as written."),
    Dial.GENTLER: N_("Today: {name}, gentler than written."),
    Dial.GENTLEST: N_("Today: {name}, at its gentlest."),
}
"""Today's sentence at each dose, whole: the dose's words change with the language's sentence around them."""


def headline(plan: TodayPlan, name_of: Callable[[str], str]) -> str:
    """The one line that says what today is for."""
    if plan.finished and not plan.done_today:
        return _("You have finished {programme}. Well done!").format(programme=plan.programme.name)
    if plan.routine_id is None:
        return _("Today is a rest day. Rest is part of the plan: it is when muscles grow stronger.")
    name = name_of(plan.routine_id)
    if plan.done_today:
        return _("Done for today: {name}. Well done!").format(name=name)
    return _(TODAY_AT_DOSE[plan.dose]).format(name=name)


def where_in_plan(plan: TodayPlan) -> str:
    """ "Week 2 of 6 · 4 sessions done" """
    done = plan.sessions_done
    return ngettext(
        "Week {week} of {weeks} · {done} session done", "Week {week} of {weeks} · {done} sessions done", done
    ).format(week=plan.week, weeks=plan.weeks, done=done)


def early_goal(plan: TodayPlan) -> str:
    """Progress toward the first two weeks' six sessions, while they last; nothing after them."""
    if plan.early_open:
        if plan.early_done >= EARLY_GOAL:
            return ngettext(
                "{goal} session in your first two weeks: the habit is made.",
                "{goal} sessions in your first two weeks: the habit is made.",
                EARLY_GOAL,
            ).format(goal=EARLY_GOAL)
        left = EARLY_GOAL - plan.early_done
        return ngettext(
            "First two weeks: {done} of {goal} sessions. {left} more session and the habit is made.",
            "First two weeks: {done} of {goal} sessions. {left} more sessions and the habit is made.",
            left,
        ).format(done=plan.early_done, goal=EARLY_GOAL, left=left)
    return ""


def streak(plan: TodayPlan) -> str:
    if plan.streak == 0:
        return ""
    return ngettext(
        "Streak: {n} session in a row (rest days don't break it).",
        "Streak: {n} sessions in a row (rest days don't break it).",
        plan.streak,
    ).format(n=plan.streak)


def day_line(day: PlanDay, name_of: Callable[[str], str]) -> str:
    """ "Wed 4 Nov  Core for runners · done" """
    what = pgettext("a day of a programme", "Rest") if day.routine_id is None else name_of(day.routine_id)
    when = written(day.date, Form.WEEKDAY_DAY)
    if day.state is DayState.DONE:
        # Translators: a line of the week's plan: the day, two spaces, its routine, and that it is done.
        return _("{day}  {what} · done").format(day=when, what=what)
    if day.state is DayState.TODAY:
        return _("{day}  {what} · today").format(day=when, what=what)
    return f"{when}  {what}"


def equipment(programme: Programme, routine_of: Callable[[str], Routine | None]) -> tuple[str, ...]:
    """What the programme's routines need, each thing once, in the order its routines first need it (a routine
    that is not there, or does not load, adds nothing), as the library lists a routine's (`equipment_list`)."""
    needed: list[str] = []
    for routine_id in programme.routine_ids():
        routine = routine_of(routine_id)
        if routine is not None:
            needed.extend(routine.all_equipment())
    return equipment_list(needed)


def equipment_line(needed: tuple[str, ...]) -> str:
    """ "Equipment: mat, kettlebell or dumbbell." """
    # Translators: {equipment} lists what a programme's routines need, such as "mat, kettlebell or dumbbell".
    return _("Equipment: {equipment}.").format(equipment=", ".join(needed)) if needed else _("No equipment needed.")


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


def programme_facts(programme: Programme) -> str:
    """How long a programme is and how often it asks, from its weeks (the one owner of both): "6 weeks, 20
    sessions: 3 a week, 4 in weeks 5 and 6"."""
    weeks = len(programme.weeks)
    # Translators: a programme's length: "6 weeks, 20 sessions".
    length = _("{weeks}, {sessions}").format(
        weeks=counted(weeks, "week", "weeks"), sessions=counted(programme.sessions, "session", "sessions")
    )
    runs: list[tuple[int, int, int]] = []  # (sessions a week, first week, last week), weeks alike taken together
    for number, week in enumerate(programme.weeks, start=1):
        if runs and runs[-1][0] == week.sessions:
            runs[-1] = (week.sessions, runs[-1][1], number)
        else:
            runs.append((week.sessions, number, number))
    # Translators: sessions a week in a programme's first weeks: "3 a week".
    parts = [_("{n} a week").format(n=runs[0][0])] if runs else []
    for count, first, last in runs[1:]:
        if first == last:
            # Translators: sessions in one week of a programme: "4 in week 5".
            part = _("{n} in week {week}").format(n=count, week=first)
        elif last == first + 1:
            part = _("{n} in weeks {first} and {last}").format(n=count, first=first, last=last)
        else:
            part = _("{n} in weeks {first} to {last}").format(n=count, first=first, last=last)
        parts.append(part)
    # Translators: a programme's length, then how many sessions its weeks ask for: "6 weeks, 20 sessions: 3 a week".
    return _("{length}: {cadence}").format(length=length, cadence=", ".join(parts)) if parts else length
