"""A progress report to hand to a physiotherapist: what was done between two dates, and how the back felt.

Everything in it is read from the history, and says what happened, not what was planned: sessions a
week (against the plan the user gives, if any), the time exercised (work steps only, as everywhere in
the app), how much of each exercise was done, the pain before and after sessions, the effort, every
warning sign ticked with its date, and every change of dose the sessions show. A period with no
sessions gives a report that says so plainly. A session still running is left out.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workout_timer.domain.care.back_care import CheckIn, Effort, WarningSign
from workout_timer.domain.common.dates import long_day, short_day
from workout_timer.domain.common.language import N_, _, number, pgettext
from workout_timer.domain.history.ladder_story import LadderStory
from workout_timer.domain.history.records import Result, SessionRecord
from workout_timer.domain.history.stats import routines_done
from workout_timer.domain.paper.changes import DoseChange, dose_changes
from workout_timer.domain.paper.completion import Completion, session_completion
from workout_timer.domain.paper.honesty import made_by, not_advice, period_words
from workout_timer.domain.paper.report_words import (
    no_sessions,
    pain_words,
    plan_words,
    routines_words,
    summary_words,
)

CheckIns = Iterable[tuple[int, float, CheckIn]]
Events = Callable[[int], Sequence[Mapping[str, Any]]]
"""A session's stored events, by its id (`HistoryStore.events`)."""
MOST_DAYS = 366
"""The longest period a report covers."""

# The report's sections, in order, and the words of their tables: marked here, translated where they are drawn.
WEEKS_TITLE = N_("Sessions each week")
EXERCISES_TITLE = N_("How much of each exercise was done")
PAIN_TITLE = N_("Back pain before and after sessions (0 = none, 10 = the worst imaginable)")
PAIN_LEGEND = (N_("Before a session"), N_("After a session"))
NO_PAIN = N_("No pain was recorded in these dates.")
EFFORT_TITLE = N_("How hard the sessions felt")
SIGNS_TITLE = N_("Warning signs ticked")
NO_SIGNS = N_("None were ticked in these dates.")
CHANGES_TITLE = N_("Changes of dose")
NO_CHANGES = N_("The doses stayed the same in these dates.")
LADDERS_TITLE = N_("How each exercise grew")


@dataclass(frozen=True)
class WeekRow:
    first: dt.date
    last: dt.date
    """The days of the week inside the period (the first and last week may be cut short)."""
    sessions: int
    finished: int
    minutes: float
    planned: int | None
    """Sessions planned for the days of this week in the period; None without a plan."""

    @property
    def label(self) -> str:
        return short_day(self.first) if self.first == self.last else f"{short_day(self.first)} – {short_day(self.last)}"


@dataclass(frozen=True)
class ExerciseRow:
    name: str
    done: int
    parts: int
    """The sets and sides of the exercise in the sessions done; `done` of them were done."""

    @property
    def share(self) -> str:
        return f"{round(100 * self.done / self.parts)}%" if self.parts else ""


@dataclass(frozen=True)
class PainMark:
    """One answered check-in on the report's chart: days from the period's start (a fraction places it
    within its day, the answers before and after one session side by side), the pain, and when."""

    x: float
    pain: int
    before: bool


@dataclass(frozen=True)
class SignRow:
    day: dt.date
    before: bool
    signs: tuple[str, ...]
    """The signs' labels, in `WarningSign` order."""


@dataclass(frozen=True)
class Report:
    title: str
    period: str
    start: dt.date
    end: dt.date
    empty: bool
    summary: tuple[str, ...]
    """A few plain sentences first: how many sessions, how long, how the back felt."""
    weeks: tuple[WeekRow, ...]
    exercises: tuple[ExerciseRow, ...]
    pain: tuple[PainMark, ...]
    pain_words: tuple[str, ...]
    efforts: tuple[tuple[str, int], ...]
    """(effort label, how many), every effort, in order from too easy to too hard."""
    signs: tuple[SignRow, ...]
    changes: tuple[DoseChange, ...]
    footer: tuple[str, ...]
    ladders: tuple[LadderStory, ...] = ()
    """Each exercise that changed its dose by the report's last day: where it started, each step and why
    (`ladder_story`), the one changed latest first."""
    ladders_by: dt.date | None = None
    """The day the ladders' stories end on, when it is not the day the report was made ("now")."""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def progress_report(
    sessions: Iterable[SessionRecord],
    check_ins: CheckIns,
    events: Events,
    start: dt.date,
    end: dt.date,
    version: str,
    made_on: dt.date,
    per_week: int | None = None,
    ladders: Sequence[LadderStory] = (),
) -> Report:
    """The report of the sessions started from `start` to `end` (both included, local days), made by
    app `version` on `made_on`; `per_week` is the sessions a week the plan asks for, if there is one; `ladders`
    each exercise's story up to `end` (`ladder_stories(..., until=report_until(end))`): those with a step are
    told."""
    if end < start:
        raise ValueError("the report's last day comes before its first")
    if (end - start).days >= MOST_DAYS:
        raise ValueError(f"a report covers at most {MOST_DAYS} days")
    every = [r for r in sessions if r.result is not Result.RUNNING]
    inside = [r for r in every if start <= _day(r.started_at) <= end]
    ids = {r.id for r in inside}
    answers = [(session, at, answer) for session, at, answer in check_ins if session in ids]
    completions = {r.id: session_completion(r.segments, events(r.id)) for r in inside}
    weeks = _weeks(inside, start, end, per_week)
    pain = _pain(answers, start)
    footer = (
        not_advice(),
        _(
            "Times are the time spent exercising: getting ready, rests, switching sides and pauses are left out. "
            "Each set, and each side, of an exercise counts once in how much of it was done."
        ),
        " ".join((made_by(version, made_on), _("It covers {period}.").format(period=period_words(start, end)))),
    )
    return Report(
        _("Progress report"),
        period_words(start, end),
        start,
        end,
        not inside,
        _summary(inside, answers, start, end, per_week),
        weeks,
        _exercises(completions.values()),
        pain,
        pain_words(answers),
        _efforts(answers),
        _signs(answers),
        tuple(dose_changes([r for r in every if _day(r.started_at) <= end], start)),
        footer,
        tuple(story for story in ladders if story.steps),
        None if end >= made_on else end,
    )


def report_until(end: dt.date) -> float:
    """The last moment of a report's last day (Unix time): the change rows after it are left out."""
    return dt.datetime.combine(end + dt.timedelta(days=1), dt.time()).timestamp() - 0.001


def _day(stamp: float) -> dt.date:
    return dt.date.fromtimestamp(stamp)


def _summary(
    inside: list[SessionRecord],
    answers: list[tuple[int, float, CheckIn]],
    start: dt.date,
    end: dt.date,
    per_week: int | None,
) -> tuple[str, ...]:
    days = (end - start).days + 1
    if not inside:
        return (no_sessions(start, end),)
    finished = sum(r.result is Result.COMPLETED for r in inside)
    minutes = sum(r.work_seconds or 0.0 for r in inside) / 60
    trained = len(routines_done(inside))  # the history's one definition, as the calendar counts
    lines = [summary_words(inside, finished, days, trained, minutes)]
    if per_week:
        lines.append(plan_words(per_week, sum(_planned(per_week, start, end))))
    lines.append(routines_words(inside))
    if not answers:
        lines.append(_("No check-ins were answered in these dates."))
    return tuple(lines)


def _planned(per_week: int, start: dt.date, end: dt.date) -> list[int]:
    """Sessions planned in each week of the period: a week cut short by the dates gets its share, rounded up."""
    plans = []
    for first, last in _week_spans(start, end):
        days = (last - first).days + 1
        plans.append(per_week if days == 7 else math.ceil(per_week * days / 7))
    return plans


def _week_spans(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Monday-to-Sunday weeks, cut to the period."""
    spans = []
    monday = start - dt.timedelta(days=start.weekday())
    while monday <= end:
        spans.append((max(monday, start), min(monday + dt.timedelta(days=6), end)))
        monday += dt.timedelta(weeks=1)
    return spans


def _weeks(inside: list[SessionRecord], start: dt.date, end: dt.date, per_week: int | None) -> tuple[WeekRow, ...]:
    plans: list[int | None] = list(_planned(per_week, start, end)) if per_week else []
    rows = []
    for week, (first, last) in enumerate(_week_spans(start, end)):
        of_week = [r for r in inside if first <= _day(r.started_at) <= last]
        rows.append(
            WeekRow(
                first,
                last,
                len(of_week),
                sum(r.result is Result.COMPLETED for r in of_week),
                round(sum(r.work_seconds or 0.0 for r in of_week) / 60, 1),
                plans[week] if plans else None,
            )
        )
    return tuple(rows)


def _exercises(completions: Iterable[Completion]) -> tuple[ExerciseRow, ...]:
    done: dict[str, int] = {}
    parts: dict[str, int] = {}
    for completion in completions:
        for name, was_done in completion.parts:
            parts[name] = parts.get(name, 0) + 1
            done[name] = done.get(name, 0) + was_done
    return tuple(ExerciseRow(name, done[name], parts[name]) for name in parts)


def _pain(answers: Sequence[tuple[int, float, CheckIn]], start: dt.date) -> tuple[PainMark, ...]:
    by_day: dict[dt.date, list[tuple[float, CheckIn]]] = {}
    for _session, at, answer in sorted(answers, key=lambda a: a[1]):
        if answer.pain is not None:
            by_day.setdefault(_day(at), []).append((at, answer))
    marks = []
    for day, of_day in by_day.items():
        for index, (_at, answer) in enumerate(of_day):
            x = (day - start).days + 0.5 + ((index + 0.5) / len(of_day) - 0.5) * 0.8
            assert answer.pain is not None
            marks.append(PainMark(round(x, 4), answer.pain, answer.before))
    return tuple(marks)


def _efforts(answers: Sequence[tuple[int, float, CheckIn]]) -> tuple[tuple[str, int], ...]:
    counts = Counter(a.effort for _, _, a in answers if a.effort is not None)
    return tuple((effort.label, counts[effort]) for effort in Effort)


def _signs(answers: Sequence[tuple[int, float, CheckIn]]) -> tuple[SignRow, ...]:
    return tuple(
        SignRow(_day(at), answer.before, tuple(sign.label for sign in WarningSign if sign in answer.signs))
        for _, at, answer in sorted(answers, key=lambda a: a[1])
        if answer.signs
    )


def sign_words(row: SignRow) -> str:
    """ "6 December 2026, before the session: Numbness or tingling; Dizziness" """
    said = _("{day}, before the session: {signs}") if row.before else _("{day}, after the session: {signs}")
    return said.format(day=long_day(row.day), signs="; ".join(row.signs))


def week_columns(report: Report) -> tuple[str, ...]:
    """The columns of the weeks' table; "Planned" only when there is a plan."""
    columns = [
        pgettext("a column of the report's table", "Week"),
        pgettext("a column of the report's table", "Sessions"),
        pgettext("a column of the report's table", "Finished"),
        pgettext("a column of the report's table", "Minutes exercised"),
    ]
    if any(row.planned is not None for row in report.weeks):
        columns.insert(3, pgettext("a column of the report's table", "Planned"))
    return tuple(columns)


def exercise_columns() -> tuple[str, ...]:
    """The columns of the table of exercises: the exercise, how many of its parts were done, of how many, the share."""
    # Translators: the columns of the table of exercises: the exercise, how many of its parts were done, of how many,
    # and the share done ("75%").
    return (
        pgettext("a column of the report's table", "Exercise"),
        pgettext("a column of the report's table", "Done"),
        pgettext("a column of the report's table", "Of"),
        pgettext("a column of the report's table", "Share"),
    )


def week_cells(row: WeekRow) -> tuple[str, ...]:
    planned = () if row.planned is None else (str(row.planned),)
    return (row.label, str(row.sessions), str(row.finished), *planned, number(row.minutes))


def exercise_cells(row: ExerciseRow) -> tuple[str, ...]:
    return (row.name, str(row.done), str(row.parts), row.share)


def effort_words(report: Report) -> str:
    """ "Too easy: 1 · About right: 6 · Too hard: 2", or that no one was asked."""
    if not any(count for _, count in report.efforts):
        return _("No effort was recorded in these dates.")
    # Translators: how often the sessions felt so: {effort} is "Too easy", "About right" or "Too hard".
    return " · ".join(_("{effort}: {count}").format(effort=label, count=count) for label, count in report.efforts)


def change_words(change: DoseChange) -> str:
    """ "12 November 2026, Core for runners: Plank, 30 seconds → 35 seconds" """
    return f"{long_day(change.day)}, {change.routine}: {change.exercise}, {change.before} → {change.after}"


def ladder_words(story: LadderStory, report: Report) -> tuple[str, ...]:
    """An exercise's story on paper, oldest step first: where it started and where it was at the report's end
    ("now" when the report ends on the day it was made), then each step with its day and why."""
    return (story.summary(report.ladders_by), *(step.words() for step in story.steps))
