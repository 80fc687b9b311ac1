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
from tests.helpers.workout_rig import Rig, rig
from workout_timer.domain.care.back_care import GENTLE_ROUTINE, CheckIn, Effort, Moment, Reason, WarningSign
from workout_timer.domain.care.gentler import Dial
from workout_timer.domain.history.records import Result
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.routines.loading import load_routine_text
from workout_timer.domain.routines.routine import Catalogue
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
)


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
    assert r.flow.finished_session(r.summary, editor_open=True) == [
        ShowSummary(r.summary, back_to_editor=True, trial=True)
    ]
    assert r.store.sessions() == []
    assert r.flow.again() == [Run(r.entry, trial=True)]  # Again tries it again
    assert r.flow.summary_left(editor_open=True) == [ShowEditor()]
    assert r.flow.summary_left(editor_open=True) == [ShowLibrary()]  # the trial is over


def test_a_programme_session_stopped_before_its_clock_started_leads_back_to_its_weeks_dose(
    tmp_path: Path, load
) -> None:  # type: ignore[no-untyped-def]
    r = rig(tmp_path, load, check_ins=False)
    r.run(r.flow.start(r.entry, Dial.GENTLEST, week=Dial.GENTLER))
    assert r.summary is not None
    stopped = SessionSummary(r.summary.timeline)  # the driver's summary of a stop during the wait: nothing done
    assert r.flow.finished_session(stopped, editor_open=False) == [ShowPreview(r.entry, Dial.GENTLER)]


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
