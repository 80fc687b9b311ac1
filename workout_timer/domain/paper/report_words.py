"""The progress report's sentences about the sessions and the pain, whole in the language in use: what the
numbers of the report add up to, in words a physiotherapist reads at a glance."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from workout_timer.domain.care.back_care import CheckIn
from workout_timer.domain.common.language import _, current_locale, ngettext, npgettext
from workout_timer.domain.history.records import SessionRecord
from workout_timer.domain.paper.honesty import period_words

Answers = Sequence[tuple[int, float, CheckIn]]


def no_sessions(start: dt.date, end: dt.date) -> str:
    return _(
        "No sessions were recorded from {period}. There is nothing to report for these dates: no exercise, "
        "no check-ins."
    ).format(period=period_words(start, end))


def summary_words(inside: Sequence[SessionRecord], finished: int, days: int, active: int, minutes: float) -> str:
    """ "12 sessions in 28 days, 11 of them finished; a minute or more of exercise on 10 days, 12 minutes in all." """
    sessions = ngettext("{n} session", "{n} sessions", len(inside)).format(n=len(inside))
    # Translators: the report's summary, "12 sessions in 28 days": the days it covers, with their preposition.
    in_days = npgettext("the days a report covers", "in {n} day", "in {n} days", days).format(n=days)
    # Translators: the report's summary, "a minute or more of exercise on 10 days": with their preposition.
    on_days = npgettext("the days trained", "on {n} day", "on {n} days", active).format(n=active)
    # Translators: {sessions} is "12 sessions", {in_days} "in 28 days", {on_days} "on 10 days", {minutes} "2 hours 5
    # minutes"; {finished} is a number.
    return _(
        "{sessions} {in_days}, {finished} of them finished; a minute or more of exercise {on_days}, {minutes} in all."
    ).format(sessions=sessions, in_days=in_days, finished=finished, on_days=on_days, minutes=minutes_words(minutes))


def plan_words(per_week: int, planned: int) -> str:
    return ngettext(
        "The plan: {n} session a week, {planned} for these dates.",
        "The plan: {n} sessions a week, {planned} for these dates.",
        per_week,
    ).format(n=per_week, planned=planned)


def routines_words(inside: Sequence[SessionRecord]) -> str:
    """ "Routines: Core for runners (3 times), Hips (1 time)." """
    routines = Counter(r.name for r in inside)
    each = [
        ngettext("{name} ({n} time)", "{name} ({n} times)", n).format(name=name, n=n)
        for name, n in routines.most_common()
    ]
    return _("Routines: {routines}.").format(routines=", ".join(each))


def minutes_words(minutes: float) -> str:
    """ "12 minutes", "1 hour", "2 hours 5 minutes" """
    whole = round(minutes)
    hours, rest = divmod(whole, 60)
    if hours and rest:
        # Translators: hours and minutes together; {hours} is "2 hours", {minutes} "5 minutes".
        return _("{hours} {minutes}").format(
            hours=ngettext("{n} hour", "{n} hours", hours).format(n=hours),
            minutes=ngettext("{n} minute", "{n} minutes", rest).format(n=rest),
        )
    if hours:
        return ngettext("{n} hour", "{n} hours", hours).format(n=hours)
    return ngettext("{n} minute", "{n} minutes", whole).format(n=whole)


def pain_words(answers: Answers) -> tuple[str, ...]:
    """The pain answered before sessions, then after: how many, the average, the range, the first and the last."""
    lines = []
    for before in (True, False):
        pains = [a.pain for _, _, a in sorted(answers, key=lambda a: a[1]) if a.before is before and a.pain is not None]
        if not pains:
            lines.append(_("Before sessions: no pain answers.") if before else _("After sessions: no pain answers."))
            continue
        if before:
            said = ngettext(
                "Before sessions: {n} answer, on average {average} of 10 (lowest {low}, highest {high}; first {first}, "
                "last {last}).",
                "Before sessions: {n} answers, on average {average} of 10 (lowest {low}, highest {high}; first "
                "{first}, last {last}).",
                len(pains),
            )
        else:
            said = ngettext(
                "After sessions: {n} answer, on average {average} of 10 (lowest {low}, highest {high}; first {first}, "
                "last {last}).",
                "After sessions: {n} answers, on average {average} of 10 (lowest {low}, highest {high}; first "
                "{first}, last {last}).",
                len(pains),
            )
        average = _one_decimal(sum(pains) / len(pains))
        lines.append(
            said.format(n=len(pains), average=average, low=min(pains), high=max(pains), first=pains[0], last=pains[-1])
        )
    return tuple(lines)


def _one_decimal(value: float) -> str:
    """ "4.2", "4,2": a number with one decimal, as the language writes it ("4.0" keeps its decimal)."""
    from babel.numbers import format_decimal

    return format_decimal(round(value, 1), format="0.0", locale=current_locale())
