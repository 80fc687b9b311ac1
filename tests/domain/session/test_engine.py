"""The session engine on a fake clock: deadlines, not ticks; exact pauses; every command."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, SHORT_ROUTINE
from tests.strategies import routines, to_yaml
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.loading import load_routine, load_routine_text
from workout_timer.domain.routines.routine import Catalogue, Routine
from workout_timer.domain.routines.timeline import Timeline, build_timeline
from workout_timer.domain.session.cues import CueKind, plan_cues
from workout_timer.domain.session.engine import RESTART_AFTER, SessionEngine
from workout_timer.domain.session.events import (
    CueDue,
    CueMissed,
    Done,
    Event,
    Extended,
    Paused,
    Resumed,
    SegmentStarted,
    SessionFinished,
    SessionStarted,
    Skipped,
)
from workout_timer.domain.session.snapshot import State

Load = Callable[[str], Routine]

SIMPLE = (
    "version: 1\nname: t\ndefaults: {prepare: 5, rest: 10, switch: 5}\nsteps:\n"
    "  - {exercise: plank, duration: 30}\n  - {exercise: side-plank, duration: 20}\n"
)
# segments: prepare 0-5, plank 5-35, rest 35-45, side plank L 45-65, switch 65-70, R 70-90


def engine_for(load: Load, clock: FakeClock, text: str = SIMPLE) -> SessionEngine:
    return SessionEngine(build_timeline(load(text)), clock=clock)


def run_to_end(engine: SessionEngine, clock: FakeClock, limit: int = 100_000) -> list[Event]:
    """Wake the engine exactly when it asks, as the Qt driver does, until nothing is left."""
    events: list[Event] = []
    for _ in range(limit):
        wake = engine.next_wakeup(display=False)
        if wake is None:
            return events
        clock.set(max(wake, clock.now))
        events.extend(engine.update())
    raise AssertionError("the session never finished")


def run_until(engine: SessionEngine, clock: FakeClock, when: float) -> list[Event]:
    """Wake the engine on time, as the driver does, up to the clock time `when`."""
    events: list[Event] = []
    while (wake := engine.next_wakeup(display=False)) is not None and wake <= when:
        clock.set(max(wake, clock.now))
        events.extend(engine.update())
    clock.set(when)
    return events + engine.update()


def starts(events: list[Event]) -> list[tuple[int, float]]:
    return [(e.segment.index, e.planned) for e in events if isinstance(e, SegmentStarted)]


def test_a_whole_session_hands_over_at_exact_deadlines(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    events = engine.start() + run_to_end(engine, clock)
    assert isinstance(events[0], SessionStarted)
    assert starts(events) == [(0, 0), (1, 5), (2, 35), (3, 45), (4, 65), (5, 70)]
    finished = events[-1]
    assert isinstance(finished, SessionFinished) and finished.completed and finished.planned == 90
    assert engine.state is State.FINISHED
    assert all(e.t >= e.planned - 1e-9 for e in events)  # nothing happens early
    assert engine.update() == [] and engine.next_wakeup() is None


def test_every_planned_cue_is_due_in_order_at_its_time(catalogue: Catalogue, clock: FakeClock) -> None:
    timeline = build_timeline(load_routine(FIXTURES / "valid" / "issue-example.yaml", catalogue))
    plan = plan_cues(timeline)
    engine = SessionEngine(timeline, clock=clock, plan=plan)
    events = engine.start()
    while engine.state is State.RUNNING:
        if engine.segment is not None and engine.segment.waits:
            clock.advance(20)  # the push-ups take 20 s; their cues before that are due on the way
            events.extend(engine.update())
            events.extend(engine.done())
        events.extend(run_until_waiting(engine, clock))
    said = [e.cue for e in events if isinstance(e, CueDue)]
    expected = [c for c in plan.cues if not (c.segment == 15 and c.at > 20)]
    assert said == expected
    assert not [e for e in events if isinstance(e, CueMissed)]


def test_spoken_cues_go_out_early_by_the_voices_lead(load: Load, clock: FakeClock) -> None:
    timeline = build_timeline(load(SHORT_ROUTINE))
    engine = SessionEngine(timeline, clock=clock, speech_lead=0.3)
    events = engine.start()
    events += run_until_waiting(engine, clock)
    cues = [e for e in events if isinstance(e, CueDue)]
    assert cues, "the short routine has cues"
    for event in cues:
        if event.cue.is_speech and event.cue.at > 0:
            assert event.t == pytest.approx(event.planned - 0.3)  # out early, logged with its real time
        else:  # beeps, and words at a segment's start (its tone leads them)
            assert event.t == pytest.approx(event.planned)
    assert any(e.cue.is_speech and e.cue.at > 0 for e in cues)
    assert [e.t for e in cues] == sorted(e.t for e in cues)


def run_until_waiting(engine: SessionEngine, clock: FakeClock) -> list[Event]:
    events: list[Event] = []
    while engine.state is State.RUNNING:
        wake = engine.next_wakeup(display=False)
        segment = engine.segment
        if wake is None or (segment is not None and segment.waits and not engine.due_cues.waiting):
            break
        clock.set(max(wake, clock.now))
        events.extend(engine.update())
    return events


def test_a_late_wakeup_still_hands_over_at_the_deadline(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    clock.advance(5.4)  # woken 0.4 s late
    events = engine.update()
    started = [e for e in events if isinstance(e, SegmentStarted)]
    assert [(e.planned, round(e.t, 6)) for e in started] == [(5, 5.4)]
    assert engine.deadline == clock.now - 0.4 + 30  # the plank ends 30 s after 5.0, not after 5.4


def test_pauses_shift_deadlines_exactly(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    clock.advance(12.25)
    events = engine.pause()
    assert isinstance(events[-1], Paused)
    assert engine.snapshot().remaining == pytest.approx(22.75)
    clock.advance(100)  # time stands still while paused
    assert engine.update() == []
    assert engine.snapshot().remaining == pytest.approx(22.75)
    assert engine.next_wakeup() is None
    resumed = engine.resume()
    assert isinstance(resumed[0], Resumed) and resumed[0].paused_for == pytest.approx(100)
    events = run_to_end(engine, clock)
    assert starts(events)[0] == (2, 135)
    assert events[-1].planned == 190
    assert engine.snapshot().session_elapsed == pytest.approx(90)


def test_many_pauses_never_drift(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    paused = 0.0
    for _ in range(500):
        clock.advance(0.013)
        engine.pause()
        clock.advance(0.031)
        paused += 0.031
        engine.resume()
    events = run_to_end(engine, clock)
    assert events[-1].planned == pytest.approx(90 + paused, abs=1e-9)


def test_skip_and_previous(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    clock.advance(7)  # 2 s into the plank
    events = engine.skip()
    assert [type(e) for e in events if not isinstance(e, (CueDue, CueMissed))] == [
        SegmentStarted,
        Skipped,
        SegmentStarted,
    ]
    skipped = next(e for e in events if isinstance(e, Skipped))
    assert (skipped.index, skipped.to, skipped.t) == (1, 2, 7)
    assert engine.index == 2 and engine.deadline == clock.now + 10

    clock.advance(1)  # 1 s into the rest: back goes to the plank
    engine.previous()
    assert engine.index == 1 and engine.deadline == clock.now + 30

    clock.advance(RESTART_AFTER + 1)  # well into the plank: back restarts it
    events = engine.previous()
    assert engine.index == 1 and engine.deadline == clock.now + 30
    restart = next(e for e in events if isinstance(e, Skipped))
    assert restart.index == restart.to == 1
    restarted = next(e for e in events if isinstance(e, SegmentStarted))
    assert restarted.planned == pytest.approx(12)


def test_previous_at_the_first_segment_restarts_it(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    clock.advance(1)
    engine.previous()
    assert engine.index == 0 and engine.deadline == clock.now + 5


def test_skipping_the_last_segment_finishes(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    for _ in range(6):
        events = engine.skip()
    assert isinstance(events[-1], SessionFinished) and events[-1].completed
    cue = events[-2]
    assert isinstance(cue, CueDue) and cue.cue.kind is CueKind.FINISH


def test_done_finishes_a_waiting_rep_step_and_only_rep_steps(load: Load, clock: FakeClock) -> None:
    text = "version: 1\nname: t\ndefaults: {prepare: 0}\nsteps:\n  - {exercise: plank, duration: 10}\n  - {exercise: push-up, reps: 10}\n"
    engine = engine_for(load, clock, text)
    engine.start()
    assert [e for e in engine.done() if isinstance(e, Done)] == []  # a hold is not done early
    run_until_waiting(engine, clock)
    assert engine.segment is not None and engine.segment.waits
    assert engine.deadline is None and engine.snapshot().remaining is None
    waited = engine.snapshot().elapsed
    clock.advance(300)  # a waiting step waits as long as it takes
    assert not [e for e in engine.update() if isinstance(e, SegmentStarted)]
    assert engine.snapshot().elapsed == pytest.approx(waited + 300)
    events = engine.done()
    assert isinstance(events[0], Done) and events[0].index == 2
    assert isinstance(events[-1], SessionFinished)


def test_extend_moves_the_end_and_the_countdown(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    events = run_until(engine, clock, 1000 + 5 + 21)  # 21 s into the 30 s plank: "halfway" was said
    said_before = [e.cue.kind for e in events if isinstance(e, CueDue)]
    assert CueKind.HALFWAY in said_before
    events = engine.extend()
    assert isinstance(events[-1], Extended) and events[-1].seconds == 10
    assert engine.deadline == 1000 + 5 + 40
    rest = run_to_end(engine, clock)
    plank_cues = [e for e in rest if isinstance(e, CueDue) and e.cue.segment == 1]
    assert [(e.cue.kind, e.planned) for e in plank_cues] == [
        (CueKind.COUNTDOWN, 42),
        (CueKind.COUNTDOWN, 43),
        (CueKind.COUNTDOWN, 44),
    ]  # no second "halfway"
    assert starts(rest)[0] == (2, 45)


def test_extend_is_ignored_for_a_waiting_step(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock, "version: 1\nname: t\ndefaults: {prepare: 0}\nsteps: [{exercise: push-up}]\n")
    engine.start()
    assert not [e for e in engine.extend() if isinstance(e, Extended)]


def test_abandon(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    clock.advance(50)
    events = engine.abandon()
    assert isinstance(events[-1], SessionFinished) and not events[-1].completed
    assert engine.state is State.ABANDONED and engine.next_wakeup() is None
    assert engine.abandon() == [] and engine.skip() == []


def test_after_a_long_sleep_it_catches_up_without_saying_stale_cues(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    clock.advance(50)  # the laptop slept through the plank and the rest
    events = engine.update()
    assert starts(events) == [(1, 5), (2, 35), (3, 45)]
    assert not [e for e in events if isinstance(e, CueDue) and e.t - e.planned > 1]
    missed = [e for e in events if isinstance(e, CueMissed)]
    assert missed  # each one is an event of its own, for the event log (as cue_dropped, reason late)
    assert all(e.t - e.planned > 1 for e in missed)


def test_skip_while_paused_stays_paused(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    clock.advance(2)
    engine.pause()
    clock.advance(10)
    engine.skip()
    assert engine.state is State.PAUSED and engine.index == 1
    clock.advance(10)
    assert engine.snapshot().remaining == pytest.approx(30)
    engine.resume()
    assert engine.deadline == pytest.approx(clock.now + 30)
    events = run_to_end(engine, clock)
    assert events[-1].planned == pytest.approx(22 + 85)


def test_snapshot(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    assert engine.snapshot().state is State.READY and engine.snapshot().session_left == 90
    engine.start()
    clock.advance(5 + 7.5)
    engine.update()
    view = engine.snapshot()
    assert view.index == 1 and view.remaining == pytest.approx(22.5)
    assert view.progress == pytest.approx(0.25)
    assert view.session_elapsed == pytest.approx(12.5) and view.session_left == pytest.approx(77.5)
    engine.pause()
    clock.advance(30)
    assert engine.snapshot().session_elapsed == pytest.approx(12.5)
    engine.resume()
    run_to_end(engine, clock)
    done = engine.snapshot()
    assert done.state is State.FINISHED and done.progress == 1 and done.session_left == 0
    assert done.session_elapsed == pytest.approx(90)


def test_the_display_wakes_on_each_whole_second(load: Load, clock: FakeClock) -> None:
    engine = engine_for(load, clock)
    engine.start()
    clock.advance(0.3)
    assert engine.next_wakeup() == pytest.approx(clock.now + 0.7)  # 4.7 s left becomes 4 at 1001.0
    clock.advance(0.7)
    assert engine.next_wakeup() == pytest.approx(clock.now + 1.0)


commands = st.sampled_from(["update", "pause", "resume", "skip", "previous", "done", "extend"])


@settings(max_examples=120, deadline=None)
@given(
    routines(),
    st.lists(st.tuples(st.floats(min_value=0, max_value=40), commands), max_size=40),
    st.sampled_from([0.0, 0.25]),
)
def test_any_routine_and_any_commands_keep_time_honest(
    catalogue: Catalogue, data: dict[str, object], script: list[tuple[float, str]], lead: float
) -> None:
    timeline: Timeline = build_timeline(load_routine_text(to_yaml(data), "g.yaml", catalogue, "g"))
    clock = FakeClock()
    engine = SessionEngine(timeline, clock=clock, speech_lead=lead)
    events = engine.start()
    for delay, command in script:
        clock.advance(delay)
        events.extend(getattr(engine, command)())
        view = engine.snapshot()
        assert view.remaining is None or 0 <= view.remaining <= (view.length or 0)
        assert view.session_left >= 0
    engine.resume()
    while engine.state is State.RUNNING:
        events.extend(run_to_end(engine, clock))
        if engine.state is State.RUNNING:  # a waiting rep step
            events.extend(engine.done())
    assert engine.state is State.FINISHED
    assert isinstance(events[-1], SessionFinished)
    assert sum(isinstance(e, SessionFinished) for e in events) == 1
    for event in events:
        early = lead if isinstance(event, CueDue) and event.cue.is_speech else 0.0
        assert event.t >= event.planned - early - 1e-9, event
    started = [e for e in events if isinstance(e, SegmentStarted)]
    for before, after in itertools.pairwise(started):
        assert after.planned >= before.planned - 1e-9
    assert all(0 <= e.segment.index < len(timeline) for e in started)
