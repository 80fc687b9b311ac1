"""Steps at your own pace that move on by themselves: the format, the timeline, the engine and the log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SHORT_ROUTINE
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.history.event_log import EventLog, read_event_log
from workout_timer.domain.routines.loading import LoadError
from workout_timer.domain.routines.routine import Routine
from workout_timer.domain.routines.routine_writer import routine_yaml
from workout_timer.domain.routines.timeline import build_timeline
from workout_timer.domain.session.cues import CueKind
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import CueDue, Done, MovedOn, Paused
from workout_timer.domain.session.snapshot import State
from workout_timer.domain.session.summary import SessionSummary
from workout_timer.domain.workout.session_setup import session_routine

Load = Callable[[str], Routine]
PUSH_UPS = "  - {exercise: knee-push-up, reps: 8, tempo: none}\n"
"""8 reps at your own pace: estimated at 8 x 3 s = 24 s, so it moves on at 24 + 12 = 36 s."""


def routine(move_on: str | None) -> str:
    defaults = "{prepare: 0, rest: 0" + (f", move_on: {move_on}" if move_on is not None else "") + "}"
    return f"version: 1\nname: Push-ups\ndefaults: {defaults}\nsteps:\n{PUSH_UPS}"


@pytest.mark.parametrize(
    ("move_on", "setting", "after"),
    [
        (None, False, None),  # the app's setting is off, and the routine says nothing
        (None, True, 36.0),  # the estimate, and half of it again
        ("false", True, None),  # the routine has its way
        ("true", False, 36.0),
        ("90s", False, 90.0),
        ("1:30", True, 90.0),
    ],
)
def test_when_a_step_at_your_own_pace_moves_on(
    load: Load, move_on: str | None, setting: bool, after: float | None
) -> None:
    (segment,) = build_timeline(session_routine(load(routine(move_on)), -1, setting)).segments
    assert segment.waits and segment.move_on == after


def test_the_margin_is_at_least_ten_seconds(load: Load) -> None:
    text = routine("true").replace("reps: 8", "reps: 2")  # 6 s estimated
    (segment,) = build_timeline(load(text)).segments
    assert segment.move_on == 16.0


@pytest.mark.parametrize("bad", ["5", "0", "soon", "[1]"])
def test_a_move_on_the_app_cannot_keep_is_told_where_it_is(load: Load, bad: str) -> None:
    with pytest.raises(LoadError) as raised:
        load(routine(bad))
    (problem,) = raised.value.problems
    assert str(problem).startswith("test.yaml:3:")
    assert "`move_on` must be true, false, or how long a step at your own pace waits" in str(problem)
    assert "10 seconds or more" in str(problem)


@pytest.mark.parametrize("move_on", ["true", "false", "45s"])
def test_the_editor_s_writer_keeps_it(load: Load, move_on: str) -> None:
    first = load(routine(move_on))
    assert load(routine_yaml(first)).defaults.move_on == first.defaults.move_on


def test_it_says_moving_on_in_5_then_moves_on_and_the_log_says_so(load: Load, tmp_path: Path) -> None:
    timeline = build_timeline(load(routine("true") + PUSH_UPS))
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    log = EventLog(tmp_path / "events.jsonl", timeline)
    summary = SessionSummary(timeline)
    events = engine.start()
    for seconds in (30.9, 0.2, 4.8, 0.2):
        clock.advance(seconds)
        events += engine.update()
    said = [e for e in events if isinstance(e, CueDue) and e.cue.kind is CueKind.MOVE_ON]
    assert [(e.cue.text, e.planned) for e in said] == [("Moving on in 5.", 31.0)]
    moved = [e for e in events if isinstance(e, MovedOn)]
    assert [(e.index, e.planned) for e in moved] == [(0, 36.0)]
    assert engine.index == 1 and engine.snapshot().elapsed == pytest.approx(0.1)  # the next step, on time
    log.write(events)
    log.close()
    summary.feed(events)
    assert [r["index"] for r in read_event_log(tmp_path / "events.jsonl") if r["event"] == "moved_on"] == [0]
    assert [s.index for s in summary.done] == [0]  # done at your own pace, from the mat


def test_a_pause_holds_it_and_done_comes_first(load: Load) -> None:
    timeline = build_timeline(load(routine("true") + PUSH_UPS))
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    engine.start()
    clock.advance(30)
    assert isinstance(engine.pause()[-1], Paused)
    clock.advance(600)  # a long pause: nothing moves
    assert engine.update() == [] and engine.index == 0 and engine.state is State.PAUSED
    engine.resume()
    clock.advance(5.9)
    assert not any(isinstance(e, MovedOn) for e in engine.update())
    clock.advance(0.2)
    assert any(isinstance(e, MovedOn) for e in engine.update())  # the 6 s left before the pause
    clock.advance(10)
    events = engine.done()  # the next step is finished by hand, before its time
    assert any(isinstance(e, Done) for e in events) and not any(isinstance(e, MovedOn) for e in events)


def test_without_it_a_step_at_your_own_pace_waits_as_long_as_it_takes(load: Load) -> None:
    timeline = build_timeline(load(SHORT_ROUTINE))
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    engine.start()
    clock.advance(3600)
    events = engine.update()
    assert not any(isinstance(e, MovedOn) for e in events)
    assert engine.state is State.RUNNING and engine.snapshot().segment is not None
    assert engine.snapshot().segment.waits
