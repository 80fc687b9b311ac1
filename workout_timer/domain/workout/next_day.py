"""The next-day question: "How is your back compared to yesterday?", asked once, the day after a session.

When the app opens on the day after a day with a session (by the calendar, in local time), and nothing has
been answered about that day yet, it asks, quietly: never a dialog, and never again about the same day once it
is answered or put away. A day further back is not asked about ("yesterday" would not be true), nor a day
with only trials (never kept) or sessions with no exercise done.

The answer is kept with the day's last session, and moves the exercises of every routine trained that day
(`exercise_progress.after_next_day`): worse undoes the day's step up, or steps back after amber, or holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workout_timer.domain.care.exercise_plan import limits_of
from workout_timer.domain.care.exercise_progress import NextDay, after_next_day, fits
from workout_timer.domain.common.language import N_
from workout_timer.domain.history.exercise_states import (
    keep_next_day,
    keep_states,
    next_day_answers,
    states_of,
    trained_since,
)

if TYPE_CHECKING:
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.routines.routine import Routine

QUESTION = N_("How is your back compared to yesterday?")
"""The question, in English: `_(QUESTION)` where it is shown, in the language in use then."""


@dataclass(frozen=True)
class Asked:
    """The question about one day: kept with its last session, moving the routines trained that day."""

    session: int
    routines: tuple[str, ...]


def day_of(moment: float) -> dt.date:
    """The calendar day, in local time, of a Unix time."""
    return dt.datetime.fromtimestamp(moment).date()


def due(trained: Sequence[tuple[int, str, float]], answered: Collection[int], today: dt.date) -> Asked | None:
    """The question to ask today, if any, from the sessions with some exercise done (row id, routine id, Unix
    start): about yesterday, when the last day trained was yesterday and none of its sessions has an answer yet
    (or the question was put away)."""
    if not trained:
        return None
    last = max(trained, key=lambda s: (s[2], s[0]))
    day = day_of(last[2])
    if day != today - dt.timedelta(days=1):
        return None
    that_day = [s for s in trained if day_of(s[2]) == day]
    if any(s[0] in answered for s in that_day):
        return None
    return Asked(last[0], tuple(dict.fromkeys(s[1] for s in that_day)))


def question(history: HistoryStore) -> Asked | None:
    """The question due now, by the history's own clock (reading only the last days' sessions: it is asked as
    the app opens)."""
    today = day_of(history.now())
    since = dt.datetime.combine(today - dt.timedelta(days=2), dt.time()).timestamp()
    return due(trained_since(history, since), next_day_answers(history), today)


def answer(
    history: HistoryStore, asked: Asked, reply: NextDay | None, routine_of: Callable[[str], Routine | None]
) -> bool:
    """Keep the reply (None: the question put away) and move the exercises of the day's routines by it. A
    routine no longer in the library, or changed since, keeps its states as they are. A question no longer due
    (a session since, or past midnight) is not answered: whether the reply was taken."""
    if question(history) != asked:
        return False
    keep_next_day(history, asked.session, reply)
    if reply is None:
        return True
    for routine_id in asked.routines:
        routine = routine_of(routine_id)
        if routine is None:
            continue
        limits = limits_of(routine)
        kept = states_of(history, routine_id)
        moved = {
            key: after_next_day(state, reply, limits[key])
            for key, state in kept.items()
            if key in limits and fits(state, limits[key])
        }
        if moved:
            keep_states(history, routine_id, moved)
    return True
