"""The way through a workout, without a window: what each answer and each end of a session leads to,
and what the history keeps. The sessions are real engines on a fake clock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SHORT_ROUTINE
from workout_timer.domain.care.back_care import GENTLE_ROUTINE, CheckIn, Effort, Moment, Reason, WarningSign
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.exercise_states import ladder_changes
from workout_timer.domain.history.records import Result
from workout_timer.domain.history.store import HistoryStore
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.routines.loading import load_routine_text
from workout_timer.domain.routines.routine import Catalogue, Routine, iter_exercise_steps
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import Event
from workout_timer.domain.session.feel import Feel
from workout_timer.domain.session.summary import SessionSummary
from workout_timer.domain.workout.flow import (
    Advise,
    Ask,
    Run,
    ShowEditor,
    ShowLibrary,
    ShowPreview,
    ShowSummary,
    Stage,
    WorkoutFlow,
)


class Rig:
    """A flow over a real history file, with a session that runs on a fake clock when the flow says Run."""

    def __init__(self, tmp_path: Path, routine: Routine, check_ins: bool = True) -> None:
        self.store = HistoryStore(tmp_path / "history.sqlite")
        self.check_ins = check_ins
        self.flow = WorkoutFlow(lambda: self.store, lambda: self.check_ins)
        self.entry = Entry(routine.id, tmp_path / f"{routine.id}.yaml", Source.USER, routine)
        self.clock = FakeClock()
        self.engine: SessionEngine | None = None
        self.summary: SessionSummary | None = None

    def run(self, steps: list[object]) -> None:
        """Carry out a Run as the controller does: a new engine and its own summary."""
        (step,) = steps
        assert isinstance(step, Run) and step.entry.routine is not None
        timeline = build_timeline(step.routine)  # the dial applied
        self.engine, self.summary = SessionEngine(timeline, self.clock), SessionSummary(timeline)

    def feed(self, events: list[Event]) -> None:
        assert self.summary is not None and self.engine is not None
        self.summary.feed(events)
        self.flow.events(events, self.summary)
        self.flow.progress(self.engine.snapshot())

    def whole_session(self, own_pace: float = 0.0) -> list[object]:
        """Start, run to the end (own-pace steps done after `own_pace` seconds more), and return what the flow
        says next."""
        assert self.engine is not None and self.summary is not None
        self.feed(self.engine.start())
        while self.summary.completed is None:
            self.clock.advance(1.0)
            self.feed(self.engine.update())
            if self.engine.snapshot().length is None:  # an own-pace step waits for Done
                self.clock.advance(own_pace)
                self.feed(self.engine.done())
        return list(self.flow.finished_session(self.summary, editor_open=False))


def rig(tmp_path: Path, load, check_ins: bool = True) -> Rig:  # type: ignore[no-untyped-def]
    return Rig(tmp_path, load(SHORT_ROUTINE), check_ins)


def test_start_asks_before_then_runs_and_keeps_the_answer_with_the_session(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load)
    assert r.flow.start(r.entry) == [Ask(before=True, routine_name="Short test session")]
    assert r.flow.stage is Stage.BEFORE
    steps = r.flow.answered(CheckIn(Moment.BEFORE, 2))
    assert steps == [Run(r.entry)]
    r.run(steps)
    assert r.store.sessions() == []  # nothing kept until the session's clock starts
    after = r.whole_session()
    assert after == [Ask(before=False, routine_name="Short test session")]
    (record,) = r.store.sessions()
    assert record.result is Result.COMPLETED and record.work_seconds == r.summary.work > 0  # type: ignore[union-attr]
    steps = r.flow.answered(CheckIn(Moment.AFTER, 1, Effort.ABOUT_RIGHT))
    assert steps == [ShowSummary(r.summary)]  # type: ignore[arg-type]
    answers = [(session, answer.moment, answer.pain) for session, _, answer in r.store.check_ins()]
    assert answers == [(record.id, Moment.BEFORE, 2), (record.id, Moment.AFTER, 1)]


def test_an_answer_that_calls_for_advice_shows_it_and_going_on_starts_the_session(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load)
    r.flow.start(r.entry)
    (advise,) = r.flow.answered(CheckIn(Moment.BEFORE, 9))
    assert isinstance(advise, Advise) and advise.advice.reason is Reason.HIGH_PAIN
    steps = r.flow.check_in_done()  # "Start anyway"
    assert steps == [Run(r.entry)]
    r.run(steps)
    r.whole_session()
    (record,) = r.store.sessions()
    assert [answer.pain for _, _, answer in r.store.check_ins()] == [9]  # the answer went with its session
    assert r.flow.session == record.id


def test_taking_the_gentle_advice_leads_to_the_gentle_routine_and_forgets_the_answer(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load)
    r.flow.start(r.entry)
    r.flow.answered(CheckIn(Moment.BEFORE, signs=frozenset({WarningSign.NUMBNESS})))
    assert r.flow.take_gentle() == [ShowLibrary(select=GENTLE_ROUTINE)]
    assert r.flow.stage is Stage.IDLE and r.flow.before is None
    assert r.flow.answered(CheckIn(Moment.BEFORE, 2)) == []  # a late answer to a closed question does nothing
    assert r.store.sessions() == [] and r.store.check_ins() == []


def test_skipping_the_questions_runs_and_summarises_without_answers(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load)
    r.flow.start(r.entry)
    steps = r.flow.check_in_done()  # skipped
    r.run(steps)
    r.whole_session()
    assert r.flow.check_in_done() == [ShowSummary(r.summary)]  # type: ignore[arg-type]
    assert r.store.check_ins() == []


def test_without_check_ins_start_runs_at_once_and_the_end_shows_the_summary(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load, check_ins=False)
    steps = r.flow.start(r.entry)
    assert steps == [Run(r.entry)]
    r.run(steps)
    assert r.whole_session() == [ShowSummary(r.summary)]  # type: ignore[arg-type]


def test_the_command_lines_start_asks_before_and_after_or_neither(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    """`workout-timer start ROUTINE` asks as Start does: both check-ins, so the answer after has one before it
    to be read against (the pain chart, the advice), or neither when the runner wants no check-ins."""
    r = rig(tmp_path, load)
    r.flow.start(r.entry, Dial.GENTLER)
    assert r.flow.run_now(r.entry) == [Ask(before=True, routine_name="Short test session")]
    (run,) = r.flow.answered(CheckIn(Moment.BEFORE, 2))
    assert run == Run(r.entry), "at each exercise's own dose: today's gentler choice in the app is not taken over"
    r.run([run])
    assert r.whole_session() == [Ask(before=False, routine_name="Short test session")]
    r.flow.check_in_done()
    r.flow.summary_left(editor_open=False)

    r.check_ins = False
    (run,) = r.flow.run_now(r.entry)
    r.run([run])
    assert r.whole_session() == [ShowSummary(r.summary)]  # type: ignore[arg-type]


def test_check_ins_turned_on_during_a_session_begin_with_the_next(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    """Nothing was asked before this session: a lone answer after it would be compared with nothing."""
    r = rig(tmp_path, load, check_ins=False)
    r.run(r.flow.start(r.entry))
    r.check_ins = True
    assert r.whole_session() == [ShowSummary(r.summary)]  # type: ignore[arg-type]
    r.flow.summary_left(editor_open=False)
    assert r.flow.start(r.entry) == [Ask(before=True, routine_name="Short test session")]


def test_a_trial_asks_nothing_keeps_nothing_and_leads_back_to_the_editor(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load)
    steps = r.flow.try_out(r.entry)
    assert steps == [Run(r.entry, trial=True)]
    r.run(steps)
    assert r.summary is not None and r.engine is not None
    r.feed(r.engine.start())
    r.clock.advance(3)
    r.feed(r.engine.update() + r.engine.abandon())
    assert r.flow.finished_session(r.summary, editor_open=True) == [ShowSummary(r.summary, back_to_editor=True)]
    assert r.store.sessions() == []
    assert r.flow.again() == [Run(r.entry, trial=True)]  # Again tries it again
    assert r.flow.summary_left(editor_open=True) == [ShowEditor()]
    assert r.flow.summary_left(editor_open=True) == [ShowLibrary()]  # the trial is over


def test_a_session_stopped_before_its_clock_started_leads_back_where_it_began(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load, check_ins=False)
    r.run(r.flow.run_now(r.entry))
    assert r.summary is not None
    stopped = SessionSummary(r.summary.timeline)  # the driver's summary of a stop during the wait: nothing done
    assert r.flow.finished_session(stopped, editor_open=False) == [ShowPreview(r.entry)]
    assert r.flow.stage is Stage.IDLE and r.flow.finished is None and r.store.sessions() == []
    r.run(r.flow.try_out(r.entry))
    assert r.flow.finished_session(stopped, editor_open=True) == [ShowEditor()]


def test_a_routine_that_did_not_load_opens_its_preview_instead(tmp_path: Path, load) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load)
    broken = Entry("broken", tmp_path / "broken.yaml", Source.USER, None)
    for start in (r.flow.start, r.flow.run_now, r.flow.try_out):
        assert start(broken) == [ShowPreview(broken)]
    assert r.flow.stage is Stage.IDLE


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


ACTIONS = st.lists(
    st.sampled_from(
        ["start", "run_now", "try", "before", "after", "done", "gentle", "left", "again", "session", "check-ins"]
    ),
    max_size=25,
)


def clicked(r: Rig, action: str) -> list[object]:
    """What the flow says next when the user does `action` (a session runs to its end when one is running)."""
    clicks: dict[str, Callable[[], list[Any]]] = {
        "start": lambda: r.flow.start(r.entry),
        "run_now": lambda: r.flow.run_now(r.entry),
        "try": lambda: r.flow.try_out(r.entry),
        "before": lambda: r.flow.answered(CheckIn(Moment.BEFORE, 3)),
        "after": lambda: r.flow.answered(CheckIn(Moment.AFTER, 3, Effort.ABOUT_RIGHT)),
        "done": r.flow.check_in_done,
        "gentle": r.flow.take_gentle,
        "left": lambda: r.flow.summary_left(editor_open=False),
        "again": r.flow.again,
    }
    if action in clicks:
        return list(clicks[action]())
    if action == "check-ins":
        r.check_ins = not r.check_ins
        return []
    return r.whole_session() if r.flow.stage is Stage.RUNNING and r.engine is not None else []


@settings(max_examples=150, deadline=None)
@given(actions=ACTIONS)
def test_any_order_of_clicks_keeps_the_history_true(
    tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue, actions: list[str]
) -> None:
    """Whatever the user clicks, in whatever order: a Run only for a loaded routine, the history keeps
    only sessions whose clock started and never a trial, a check-in only with a kept session, and the question
    after a session only when the one before it was asked (the setting turned on and off at any moment)."""
    r = Rig(tmp_path_factory.mktemp("flow"), load_routine_text(SHORT_ROUTINE, "test.yaml", catalogue, "test"))
    started = 0
    asked_before = False
    for action in actions:
        if action in ("start", "run_now", "try") or (action == "again" and r.flow.stage is Stage.SUMMARY):
            asked_before = False  # a new workout
        if action == "session" and r.flow.stage is Stage.RUNNING and r.engine is not None:
            started += not r.flow.trial
        for step in clicked(r, action):
            if isinstance(step, Ask):
                assert step.before or asked_before, "a question after the session needs its question before"
                asked_before = asked_before or step.before
            if isinstance(step, Run):
                assert step.entry.routine is not None and r.flow.stage is Stage.RUNNING
                r.run([step])
    kept = r.store.sessions()
    assert len(kept) == started
    assert all(record.result is Result.COMPLETED for record in kept)
    assert {session for session, _, _ in r.store.check_ins()} <= {record.id for record in kept}


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
