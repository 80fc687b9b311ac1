"""The next-day question: "How is your back compared to yesterday?", asked once, the day after a session.

When the app opens on the day after a day with a session (by the calendar, in local time), and nothing has
been answered about that day yet, it asks, quietly: never a dialog, and never again about the same day once it
is answered or put away. A day further back is not asked about ("yesterday" would not be true), nor a day
with only trials (never kept) or sessions with no exercise done.

The answer is kept with the day's last session of a routine done, and moves the ladders of every routine done
that day, each once (`exercise_progress.after_next_day`): worse undoes the day's step up, or steps back after
amber, or holds; and the app replies with what next time does and a card that fits (`next_day_reply`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable
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
from workout_timer.domain.history.stats import local_day, routines_done
from workout_timer.domain.workout.next_day_reply import Moved, Reply, worse_reply

if TYPE_CHECKING:
    from workout_timer.domain.care.gentler import Dial
    from workout_timer.domain.history.records import Ran
    from workout_timer.domain.history.store import HistoryStore
    from workout_timer.domain.routines.routine import Routine

QUESTION = N_("How is your back compared to yesterday?")
"""The question, in English: `_(QUESTION)` where it is shown, in the language in use then."""


@dataclass(frozen=True)
class Asked:
    """The question about one day: kept with its last session, moving the routines trained that day."""

    session: int
    routines: tuple[str, ...]


def due(sessions: Iterable[Ran], answered: Collection[int], today: dt.date) -> Asked | None:
    """The question to ask today, if any, from the sessions that ended: about yesterday, when the last day
    trained was yesterday and none of its sessions has an answer yet (or the question was put away)."""
    sessions = list(sessions)
    done = routines_done(sessions)
    if not done or max(done) != today - dt.timedelta(days=1):
        return None
    day = max(done)
    that_day = [s for s in sessions if local_day(s.started_at) == day]
    if any(s.id in answered for s in that_day):
        return None
    trained = [s for s in that_day if s.routine_id in done[day]]
    last = max(trained, key=lambda s: (s.started_at, s.id))
    return Asked(last.id, tuple(dict.fromkeys(s.routine_id for s in trained)))


def question(history: HistoryStore) -> Asked | None:
    """The question due now, by the history's own clock (reading only the last days' sessions: it is asked as
    the app opens)."""
    today = local_day(history.now())
    since = dt.datetime.combine(today - dt.timedelta(days=2), dt.time()).timestamp()
    return due(trained_since(history, since), next_day_answers(history), today)


def answer(
    history: HistoryStore,
    asked: Asked,
    reply: NextDay | None,
    routine_of: Callable[[str], Routine | None],
    week_of: Callable[[str], Dial | None] = lambda _routine_id: None,
) -> Reply | None:
    """Keep the reply (None: the question put away) and move the ladders of the day's routines by it. A routine
    no longer in the library moves none. A question no longer due (a session since, or past midnight) is not
    answered: None. Else what the app says back (`next_day_reply`): after "worse", what next time does (at the
    programme week's dose `week_of` gives for a routine, if any) and a card that fits; nothing otherwise."""
    if question(history) != asked:
        return None
    answers = next_day_answers(history)
    keep_next_day(history, asked.session, reply)
    if reply is None:
        return Reply()
    answered: set[tuple[str, bool]] = set()  # a ladder two routines of the day share moves once
    moves: list[Moved] = []
    for routine_id in asked.routines:
        routine = routine_of(routine_id)
        if routine is None:
            continue
        limits = limits_of(routine)
        kept = states_of(history, routine)
        moved = {
            key: after_next_day(state, reply, limits[key])
            for key, state in kept.items()
            if fits(state, limits[key]) and (key, limits[key].timed) not in answered
        }
        answered.update((key, limits[key].timed) for key in moved)
        keep_states(history, routine, kept, moved, asked.session)
        if moved:
            moves.append(Moved(routine, kept, moved, week_of(routine_id)))
    if reply is not NextDay.WORSE:
        return Reply()
    earlier = [answers[session] for session in sorted(answers) if session < asked.session and answers[session]]
    return worse_reply(moves, worse_before=bool(earlier) and earlier[-1] is NextDay.WORSE)
