"""The next-day question: asked once, the day after a day trained, and what the answer moves."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from tests.helpers.history_files import ran_to_its_end
from workout_timer.domain.care.exercise_progress import Dose, Move, NextDay, State
from workout_timer.domain.history.exercise_states import keep_states, ladder_changes, next_day_answers, states_of
from workout_timer.domain.history.records import Ran, Result
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.timeline import Timeline, build_timeline
from workout_timer.domain.session.events import SessionFinished
from workout_timer.domain.session.summary import SessionSummary
from workout_timer.domain.workout.next_day import Asked, answer, due, question

SATURDAY = dt.date(2026, 12, 5)


def at(day: dt.date, hour: int) -> float:
    return dt.datetime(day.year, day.month, day.day, hour).timestamp()


def record(id: int, started: float, routine: str = "core", work: float = 300) -> Ran:
    return Ran(id, routine, started, work, Result.COMPLETED)


def test_asked_the_day_after_a_day_trained_about_all_its_routines() -> None:
    sessions = [record(1, at(SATURDAY, 7)), record(2, at(SATURDAY, 19), "stretch"), record(3, at(SATURDAY, 20))]
    sunday = SATURDAY + dt.timedelta(days=1)
    assert due(sessions, set(), sunday) == Asked(3, ("core", "stretch"))


def test_not_asked_the_same_day_nor_two_days_after() -> None:
    sessions = [record(1, at(SATURDAY, 7))]
    assert due(sessions, set(), SATURDAY) is None
    assert due(sessions, set(), SATURDAY + dt.timedelta(days=2)) is None
    assert due([], set(), SATURDAY) is None


def test_asked_once_answered_or_put_away() -> None:
    sessions = [record(1, at(SATURDAY, 7)), record(2, at(SATURDAY, 8))]
    sunday = SATURDAY + dt.timedelta(days=1)
    assert due(sessions, {2}, sunday) is None
    assert due(sessions, {1}, sunday) is None  # any session of that day answered


def test_a_day_trained_is_the_historys_a_minute_of_a_routine_not_any_exercise() -> None:
    sunday = SATURDAY + dt.timedelta(days=1)
    assert due([record(1, at(SATURDAY, 7), work=20)], set(), sunday) is None  # 20 seconds: no day trained
    two_tries = [record(1, at(SATURDAY, 7), work=30), record(2, at(SATURDAY, 8), work=30)]
    assert due(two_tries, set(), sunday) == Asked(2, ("core",))  # a minute of core, in two goes
    warm_up = record(3, at(SATURDAY, 9), "warm-up", work=10)  # a few seconds of another routine: not done
    assert due([*two_tries, warm_up], set(), sunday) == Asked(2, ("core",))


def test_a_session_running_or_with_nothing_done_is_no_day_trained(tmp_path: Path, short_timeline: Timeline) -> None:
    now = [at(SATURDAY, 18)]
    store = HistoryStore(tmp_path / "history.sqlite", wall_clock=lambda: now[0])
    store.begin(SessionSummary(short_timeline))  # still running
    nothing = store.begin(SessionSummary(short_timeline))
    store.record(nothing, [SessionFinished(5.0, 5.0, completed=False, active=5.0)])  # stopped before any exercise
    now[0] = at(SATURDAY + dt.timedelta(days=1), 9)
    assert question(store) is None
    done = finished_session(store, short_timeline)
    now[0] = at(SATURDAY + dt.timedelta(days=2), 9)
    assert question(store) == Asked(done, (short_timeline.routine.id,))


def test_the_question_follows_the_historys_clock_and_the_answer_moves_the_days_routines(
    tmp_path: Path, short_timeline: Timeline
) -> None:
    now = [at(SATURDAY, 18)]
    store = HistoryStore(tmp_path / "history.sqlite", wall_clock=lambda: now[0])
    session = finished_session(store, short_timeline)
    routine = short_timeline.routine
    stepped_up = State("knee-plank", Dose("plank", 25, True), move=Move.UP, before=Dose("plank", 20, True))
    keep_states(store, routine, {}, {"knee-plank": stepped_up}, session)
    assert question(store) is None  # the same evening
    now[0] = at(SATURDAY + dt.timedelta(days=1), 9)
    asked = question(store)
    assert asked == Asked(session, (routine.id,))

    def routine_of(routine_id: str) -> Routine | None:
        return routine if routine_id == routine.id else None

    assert answer(store, asked, NextDay.WORSE, routine_of)
    assert states_of(store, routine)["knee-plank"].dose == Dose("plank", 20, True)  # the step up undone
    assert next_day_answers(store) == {session: NextDay.WORSE}
    assert question(store) is None  # once


def test_a_ladder_two_routines_of_the_day_share_moves_once(tmp_path: Path, short_timeline: Timeline, load) -> None:  # type: ignore[no-untyped-def]
    now = [at(SATURDAY, 8)]
    store = HistoryStore(tmp_path / "history.sqlite", wall_clock=lambda: now[0])
    short = short_timeline.routine
    other = load("version: 1\nname: Other\nsteps:\n  - {exercise: plank-leg-lift, duration: 30}\n")
    other = replace(other, id="other")
    finished_session(store, short_timeline)
    now[0] = at(SATURDAY, 18)
    last = finished_session(store, build_timeline(other))
    stepped_up = State("knee-plank", Dose("plank", 25, True), move=Move.UP, before=Dose("plank", 20, True))
    keep_states(store, other, {}, {"knee-plank": stepped_up}, last)
    now[0] = at(SATURDAY + dt.timedelta(days=1), 9)
    asked = question(store)
    assert asked == Asked(last, (short.id, "other"))
    routines = {short.id: short, "other": other}
    assert answer(store, asked, NextDay.WORSE, routines.get)
    plank = states_of(store, short)["knee-plank"]
    assert plank.dose == Dose("plank", 20, True) and plank.move is Move.BACK  # undone once, not held a second time
    assert [change.session for change in ladder_changes(store, "knee-plank", timed=True)] == [last, last]


def finished_session(store: HistoryStore, timeline: Timeline) -> int:
    summary = SessionSummary(timeline)
    session = store.begin(summary)
    assert session is not None
    summary.work = 200.0  # what the session's events would have tallied
    store.record(session, ran_to_its_end(summary.timeline, 600.0))
    return session


def test_put_away_is_kept_and_moves_nothing(tmp_path: Path, short_timeline: Timeline) -> None:
    now = [at(SATURDAY, 18)]
    store = HistoryStore(tmp_path / "history.sqlite", wall_clock=lambda: now[0])
    routine = short_timeline.routine
    state = State("knee-plank", Dose("plank", 25, True), move=Move.UP)
    keep_states(store, routine, {}, {"knee-plank": state}, None)
    session = finished_session(store, short_timeline)
    now[0] = at(SATURDAY + dt.timedelta(days=1), 9)
    assert answer(store, Asked(session, (routine.id,)), None, lambda _: routine)
    assert next_day_answers(store) == {session: None}
    assert states_of(store, routine) == {"knee-plank": state}


def test_a_routine_no_longer_there_keeps_the_answer_alone(tmp_path: Path, short_timeline: Timeline) -> None:
    now = [at(SATURDAY, 18)]
    store = HistoryStore(tmp_path / "history.sqlite", wall_clock=lambda: now[0])
    session = finished_session(store, short_timeline)
    now[0] = at(SATURDAY + dt.timedelta(days=1), 9)
    asked = question(store)
    assert asked is not None
    assert answer(store, asked, NextDay.WORSE, lambda _: None)  # the routine was deleted since
    assert next_day_answers(store) == {session: NextDay.WORSE}


def test_an_answer_given_once_the_question_is_no_longer_due_is_not_taken(
    tmp_path: Path, short_timeline: Timeline
) -> None:
    now = [at(SATURDAY, 18)]
    store = HistoryStore(tmp_path / "history.sqlite", wall_clock=lambda: now[0])
    finished_session(store, short_timeline)
    now[0] = at(SATURDAY + dt.timedelta(days=1), 9)
    asked = question(store)
    assert asked is not None
    finished_session(store, short_timeline)  # a session today, with the question still open
    assert not answer(store, asked, NextDay.WORSE, lambda _: short_timeline.routine)
    now[0] = at(SATURDAY + dt.timedelta(days=2), 9)
    assert question(store) is not None  # the day after today's session, a question about it
