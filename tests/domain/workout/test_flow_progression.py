"""The way through a workout and what it does to the doses: suggestions after easy sessions, each ladder's steps
kept with the session, a gentler day, red in a rest, a long break, and sessions stopped early."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.workout_rig import Rig, rig
from workout_timer.domain.care.back_care import CheckIn, Effort, Moment
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.history.exercise_states import ladder_changes
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.routines.routine import iter_exercise_steps
from workout_timer.domain.session.feel import Feel
from workout_timer.domain.workout.flow import (
    Advise,
    Ask,
    Run,
    ShowSummary,
)


def test_three_easy_sessions_bring_a_suggestion_and_accepting_it_adopts_the_new_routine(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load)
    for session in range(3):
        r.flow.start(r.entry)
        r.run(r.flow.check_in_done())
        r.whole_session(own_pace=30.0)  # the push-ups take their time: a session of more than a minute's exercise
        steps = r.flow.answered(CheckIn(Moment.AFTER, 1, Effort.ABOUT_RIGHT))
        assert isinstance(steps[0], ShowSummary) and (steps[0].suggestion is None) is (session < 2)
    (summary,) = steps
    assert isinstance(summary, ShowSummary) and summary.suggestion is not None
    assert [str(change) for change in summary.suggestion.changes] == [
        "Plank: 25 seconds, up from 20 seconds: 3 easy sessions in a row",
        "Side plank: 15 seconds, up from 10 seconds: 3 easy sessions in a row",
        "Knee push-up: 10 reps, up from 8 reps: 3 easy sessions in a row",
    ]
    suggestion = r.flow.take_suggestion()
    assert suggestion is summary.suggestion and r.flow.take_suggestion() is None  # accepted once
    mine = Entry(suggestion.routine.id, tmp_path / "mine.yaml", Source.USER, suggestion.routine)
    r.flow.suggestion_saved(mine)
    assert r.flow.again() == [Ask(before=True, routine_name=suggestion.routine.name)]
    assert r.flow.entry is mine
    (run,) = r.flow.check_in_done()
    assert isinstance(run, Run) and [s.duration or s.reps for s in iter_exercise_steps(run.routine.steps)] == [
        25,
        15,
        10,
    ]
    assert run.routine is mine.routine  # your version says these doses itself: the ladders' own, as they were
    r.flow.start(r.entry)
    (run,) = r.flow.check_in_done()
    assert [s.duration or s.reps for s in iter_exercise_steps(run.routine.steps)] == [25, 15, 10]  # type: ignore[attr-defined]


def test_each_session_keeps_what_it_did_to_each_ladder_and_another_routine_goes_on_from_it(
    tmp_path: Path, load
) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load)
    sessions = []
    for _ in range(3):
        r.flow.start(r.entry)
        r.run(r.flow.check_in_done())
        r.whole_session(own_pace=30.0)  # more than the minute a session needs to count
        sessions.append(r.flow.session)
        r.flow.answered(CheckIn(Moment.AFTER, 1, Effort.ABOUT_RIGHT))
    changes = ladder_changes(r.store, "knee-plank", timed=True)
    assert [change.session for change in changes] == sessions  # a row a session, with its id
    assert [(change.state.dose.amount, change.state.easy) for change in changes] == [(20, 1), (20, 2), (25, 0)]
    harder = load("version: 1\nname: Harder\nsteps:\n  - {exercise: plank-leg-lift, duration: 30, sets: 2}\n")
    r.flow.start(Entry(harder.id, tmp_path / "harder.yaml", Source.USER, harder))
    (run,) = r.flow.check_in_done()
    assert isinstance(run, Run)
    (plank,) = iter_exercise_steps(run.routine.steps)
    assert (plank.exercise.id, plank.duration, plank.sets) == ("plank", 25, 2)  # the plank reached, not the leg lift


def test_a_gentler_session_runs_lighter_is_kept_so_and_suggests_no_step_up(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load)
    for _ in range(3):
        r.flow.start(r.entry, Dial.GENTLER)
        steps = r.flow.check_in_done()
        (run,) = steps
        assert isinstance(run, Run) and run.dial is Dial.GENTLER
        assert next(s.exercise.id for s in iter_exercise_steps(run.routine.steps)) == "knee-plank"
        r.run(steps)
        r.whole_session()
        steps = r.flow.answered(CheckIn(Moment.AFTER, 0, Effort.TOO_EASY))
    (summary,) = steps
    assert isinstance(summary, ShowSummary) and summary.suggestion is None  # a gentler day says nothing of the dose
    assert [record.dial for record in r.store.sessions()] == [Dial.GENTLER] * 3
    r.flow.again()
    (again,) = r.flow.check_in_done()
    assert isinstance(again, Run) and again.dial is Dial.GENTLER  # Again keeps today's choice
    r.flow.start(r.entry)
    assert r.flow.dial is Dial.GENTLER  # Start without a dial keeps it too; the preview always gives one
    r.flow.start(r.entry, Dial.NORMAL)
    (plain,) = r.flow.check_in_done()
    assert isinstance(plain, Run) and plain.routine is r.entry.routine


def test_red_in_a_rest_brings_the_easier_version_as_the_suggestion_for_next_time(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load, check_ins=False)
    r.run(r.flow.start(r.entry))
    assert r.engine is not None and r.summary is not None
    r.feed(r.engine.start())
    r.clock.advance(5 + 20 + 1)  # the rest after the plank
    r.feed(r.engine.update())
    r.feed(r.engine.rate(Feel.RED))
    while r.summary.completed is None:
        r.clock.advance(1.0)
        r.feed(r.engine.update())
        if r.engine.snapshot().length is None:
            r.clock.advance(30.0)  # the push-ups take their time: more than a minute's exercise in all
            r.feed(r.engine.done())
    (summary,) = r.flow.finished_session(r.summary, editor_open=False)
    assert isinstance(summary, ShowSummary) and summary.suggestion is not None
    assert [str(c) for c in summary.suggestion.changes] == [
        "Plank: Plank on your knees for 20 seconds, down from Plank for 20 seconds: your back said red after it"
    ]
    r.flow.summary_left(editor_open=False)
    (run,) = r.flow.start(r.entry)
    assert isinstance(run, Run) and run.routine.steps[0].exercise.id == "knee-plank"  # type: ignore[union-attr]
    (as_written,) = r.flow.start(r.entry, as_written=True)
    assert isinstance(as_written, Run) and as_written.routine is r.entry.routine  # the routine as written, always


def test_after_more_than_a_week_without_a_session_the_first_one_back_never_steps_up(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load, check_ins=False)
    day = 24 * 3600.0
    wall = [1_800_000_000.0]
    r.store = HistoryStore(tmp_path / "history.sqlite", wall_clock=lambda: wall[0])
    for gap in (0, 2 * day, 9 * day):  # two days trained (a minute of exercise each), then nine days away
        wall[0] += gap
        r.run(r.flow.start(r.entry))
        (summary,) = r.whole_session(own_pace=30)
        assert isinstance(summary, ShowSummary) and summary.suggestion is None
        r.flow.summary_left(editor_open=False)
    wall[0] += 2 * day  # two more easy ones after the break make three
    r.run(r.flow.start(r.entry))
    r.whole_session(own_pace=30)
    wall[0] += 2 * day
    r.run(r.flow.start(r.entry))
    (summary,) = r.whole_session(own_pace=30)
    assert isinstance(summary, ShowSummary) and summary.suggestion is not None
    assert str(summary.suggestion.changes[0]) == "Plank: 25 seconds, up from 20 seconds: 3 easy sessions in a row"


def stopped_after(r: Rig, seconds: float) -> list[object]:
    """Start the session the flow runs, stop it `seconds` into its exercise, and return what the flow says next."""
    assert r.engine is not None and r.summary is not None
    r.feed(r.engine.start())
    r.clock.advance(5.0 + seconds)  # past getting ready, then `seconds` of the plank
    r.feed(r.engine.update())
    r.feed(r.engine.abandon())
    return list(r.flow.finished_session(r.summary, editor_open=False))


@pytest.mark.parametrize("week", [None, Dial.GENTLEST])
def test_a_session_stopped_after_ten_seconds_moves_no_dose_and_offers_nothing(
    tmp_path: Path,
    load,
    week: Dial | None,  # type: ignore[no-untyped-def]
) -> None:
    """The bug: ten seconds of a programme's gentlest week offered "Ready for a little more?" with lower doses."""
    from workout_timer.domain.history.exercise_states import states_of

    r = rig(tmp_path, load, check_ins=False)
    r.run(r.flow.start(r.entry, Dial.NORMAL, week=week))
    (summary,) = stopped_after(r, 10.0)
    assert isinstance(summary, ShowSummary) and summary.suggestion is None
    assert summary.summary.too_short
    assert r.entry.routine is not None and states_of(r.store, r.entry.routine) == {}  # nothing kept, either way


def test_a_session_stopped_after_25_seconds_because_it_hurt_steps_back(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    """The bug: too short to count, a session stopped with pain 8 after moved nothing; red steps back always."""
    from workout_timer.domain.care.progression import Direction
    from workout_timer.domain.history.exercise_states import states_of

    r = rig(tmp_path, load)
    r.flow.start(r.entry)
    r.run(r.flow.check_in_done())
    (ask,) = stopped_after(r, 25.0)
    assert isinstance(ask, Ask) and not ask.before  # the question after comes first
    (advise,) = r.flow.answered(CheckIn(Moment.AFTER, 8, Effort.TOO_HARD))
    assert isinstance(advise, Advise)  # pain of 8: advice first
    (summary,) = r.flow.check_in_done()
    assert isinstance(summary, ShowSummary) and summary.summary.too_short
    assert summary.suggestion is not None and summary.suggestion.direction is Direction.DOWN
    assert [str(change) for change in summary.suggestion.changes] == [  # pain after the session is about all of it
        "Plank: Plank on your knees for 20 seconds, down from Plank for 20 seconds: your back hurt 8 of 10 after",
        "Side plank: Side plank on your knees for 10 seconds, down from Side plank for 10 seconds: your back hurt 8 "
        "of 10 after",
        "Knee push-up: Wall push-up for 8 reps, down from Knee push-up for 8 reps: your back hurt 8 of 10 after",
    ]
    assert r.entry.routine is not None
    assert states_of(r.store, r.entry.routine)["knee-plank"].dose.exercise == "knee-plank"
