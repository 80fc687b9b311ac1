"""What a followed programme has for today, worked out from three facts only: the day it started, the routines
done each day (`routines_finished`: a session of the routine that ran to its end with most of its exercise steps
done), and today. Nothing about the plan is stored beyond its start.

A planned session is done when it was: a session stopped before its end is not it, however long it ran; short
attempts stopped early never add up to it; and one skipped through to its end is not it either (its summary said
so: "The routine is over", not "Well done!"). The history keeps each as it was, with the exercise in it, which its
calendar counts (`stats.routines_done`).

The plan is the programme's days in order, each a routine or a rest. Walking from the start to today:

- a day on which the next planned routine was done takes that session, and any rest days before it (the
  next session done on a rest day is done early); a session of any other routine (a warm-up before a run)
  is not the programme's and changes nothing;
- a day without it passes a rest day as planned, but a planned session waits for the next day: **a
  missed day shifts the plan**, it is never owed nor counted against the runner;
- today, not yet done, is whatever the plan has next.

The streak is the sessions done since the last planned session that was missed: rest days never break it,
and today's session, not done yet, does not either. The first two weeks (the start and the 13 days after
it) have a goal of their own: six sessions, the point from which people tend to keep going.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.history.event_log import was_mostly_done
from workout_timer.domain.history.records import Result, SessionRecord
from workout_timer.domain.history.stats import local_day
from workout_timer.domain.programmes.programme import DAYS_A_WEEK, Programme

EARLY_GOAL = 6
"""Sessions in the first two weeks that predict sticking with a programme."""
EARLY_DAYS = 14


class DayState(StrEnum):
    DONE = "done"
    REST = "rest"
    """A rest day, past or to come."""
    TODAY = "today"
    """Today's session, not done yet."""
    PLANNED = "planned"
    """A session to come."""


@dataclass(frozen=True)
class PlanDay:
    """One day of the programme week: its date, its routine (None for a rest day) and where it stands."""

    date: dt.date
    routine_id: str | None
    state: DayState


@dataclass(frozen=True)
class TodayPlan:
    """Where a followed programme stands today."""

    programme: Programme
    started_on: dt.date
    today: dt.date
    routine_id: str | None
    """Today's routine: the one done today, or the one planned; None on a rest day and once it is over."""
    done_today: bool
    week: int
    """The programme week today is in, from 1."""
    days: tuple[PlanDay, ...]
    """The seven days of that week, done ones with the day they were done, the others with the day they
    fall on if every session from today is done as planned."""
    sessions_done: int
    early_done: int
    """Sessions in the first two weeks (at most `EARLY_GOAL` are counted)."""
    streak: int
    finished: bool
    next_slot: int
    """The plan's first day not gone by yet (its index in `programme.slots`): today's, unless today's session is
    done; the length of the plan once it is over."""

    @property
    def dose(self) -> Dial:
        """How hard today's routine runs: its week's dose."""
        return self.programme.weeks[self.week - 1].dose

    @property
    def note(self) -> str:
        return self.programme.weeks[self.week - 1].note

    def next_dose(self, routine_id: str) -> Dial | None:
        """The week's dose `routine_id` runs at in its next planned session (today's, if not done yet): on a rest
        day, or the day after it was done, that is the week of the day it comes next, not today's. None when the
        plan has no session of it left."""
        slots = self.programme.slots
        index = next((i for i in range(self.next_slot, len(slots)) if slots[i] == routine_id), None)
        return None if index is None else self.programme.weeks[index // DAYS_A_WEEK].dose

    @property
    def early_open(self) -> bool:
        """Whether today is within the first two weeks."""
        return (self.today - self.started_on).days < EARLY_DAYS

    @property
    def weeks(self) -> int:
        return len(self.programme.weeks)


class MostlyDone:
    """Whether a session that ran to its end had most of its exercise steps done, not skipped, as its summary counted
    them, read back from its events (`events`, by the session's id) once: a finished session's events never change,
    so Today, refreshed at every change, reads each session's only the first time. A session none of whose events can
    be read any more (a damaged history, set aside with what could still be read) counts by its row, which says it
    ran to its end with exercise in it: a damaged file never takes away sessions done."""

    def __init__(self, events: Callable[[int], Iterable[Mapping[str, Any]]]) -> None:
        self._events = events
        self._known: dict[tuple[int, float], bool] = {}

    def __call__(self, record: SessionRecord) -> bool:
        key = (record.id, record.started_at)  # (another history file, set aside and begun afresh, reuses ids)
        if key not in self._known:
            ran = list(self._events(record.id))
            self._known[key] = not ran or was_mostly_done(record.segments, ran)
        return self._known[key]


def routines_finished(
    sessions: Iterable[SessionRecord],
    mostly_done: Callable[[SessionRecord], bool],
    programme: Programme,
    since: dt.date,
) -> dict[dt.date, frozenset[str]]:
    """The routines of `programme`, started on `since`, done each day, by the local day their sessions started: those
    with a session that ran to its end with exercise in it and `mostly_done` (`MostlyDone`). Only the programme's own
    routines since it began are looked at. Days with none are left out."""
    routines = set(programme.routine_ids())
    done: dict[dt.date, set[str]] = {}
    for record in sessions:
        day = local_day(record.started_at)
        if day < since or record.routine_id not in routines or record.result is not Result.COMPLETED:
            continue
        if record.work_seconds and mostly_done(record):
            done.setdefault(day, set()).add(record.routine_id)
    return {day: frozenset(names) for day, names in done.items()}


def today_plan(
    programme: Programme, started_on: dt.date, trained: Mapping[dt.date, Collection[str]], today: dt.date
) -> TodayPlan:
    """Where `programme`, started on `started_on`, stands on `today`, with the routines done each day (`trained`, as
    `routines_finished` tells them)."""
    slots = programme.slots
    passed: dict[int, tuple[dt.date, bool]] = {}
    """Each day of the plan gone by: the date it went by on, and whether a session did it."""
    at = streak = sessions = early = 0
    done_today = False
    day = started_on
    end = max(index for index, slot in enumerate(slots) if slot is not None) + 1
    """The plan is over once its last session is done; the rest days after it are not waited for."""
    while day <= today and at < end:
        if _next_session(slots, at) in trained.get(day, ()):
            while slots[at] is None:  # the next session done on a rest day: done early
                passed[at] = (day, False)
                at += 1
            passed[at] = (day, True)
            at += 1
            streak += 1
            sessions += 1
            early += (day - started_on).days < EARLY_DAYS
            done_today = day == today
        elif day < today:
            if slots[at] is None:
                passed[at] = (day, False)
                at += 1
            else:  # missed: the session waits for the next day
                streak = 0
        day += dt.timedelta(days=1)
    finished = at >= end
    anchor = at - 1 if done_today else min(at, len(slots) - 1)
    week = anchor // DAYS_A_WEEK
    first_to_come = today + dt.timedelta(days=1) if done_today else today
    days = []
    for index in range(week * DAYS_A_WEEK, (week + 1) * DAYS_A_WEEK):
        routine = slots[index]
        if index in passed:
            date, done = passed[index]
            days.append(PlanDay(date, routine, DayState.DONE if done else DayState.REST))
        else:
            date = first_to_come + dt.timedelta(days=index - at)
            state = DayState.REST if routine is None else DayState.TODAY if date == today else DayState.PLANNED
            days.append(PlanDay(date, routine, state))
    routine_id = slots[at - 1] if done_today else slots[at] if not finished else None
    return TodayPlan(
        programme,
        started_on,
        today,
        routine_id,
        done_today,
        week + 1,
        tuple(days),
        sessions,
        min(early, EARLY_GOAL),
        streak,
        finished,
        at,
    )


def _next_session(slots: tuple[str | None, ...], at: int) -> str | None:
    """The routine of the first planned session from slot `at` on (None: no session is left)."""
    return next((slot for slot in slots[at:] if slot is not None), None)
