"""Easier now: the exercise under way takes its easier variant for the rest of the session, on the same clock."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.domain.session.test_engine import run_to_end, run_until, starts
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.routines.loading import load_routine_text
from workout_timer.domain.routines.routine import Catalogue, Routine
from workout_timer.domain.routines.timeline import Phase, build_timeline
from workout_timer.domain.session.cues import CueKind
from workout_timer.domain.session.engine import SessionEngine
from workout_timer.domain.session.events import CueDue, Eased, Event, SessionFinished

Load = Callable[[str], Routine]

LADDERS = (
    "version: 1\nname: t\ndefaults: {prepare: 5, rest: 10, switch: 5}\nsteps:\n"
    "  - {exercise: plank, duration: 30, sets: 2, rest_between_sets: 10}\n"
    "  - {exercise: side-plank, duration: 20}\n"
    "  - {exercise: cat-cow, reps: 4, tempo: 3}\n"
    "  - {exercise: plank, duration: 20}\n"
)
# prepare 0-5 · plank 5-35 · set rest 35-45 · plank 45-75 · rest 75-85 · side plank L 85-105 · switch 105-110
# · R 110-130 · rest 130-140 · cat-cow 140-152 · rest 152-162 · plank 162-182


def names(engine: SessionEngine) -> list[str | None]:
    return [s.exercise.id if s.exercise else None for s in engine.timeline.segments]


def test_easier_now_in_a_hold_changes_it_and_the_rest_of_the_session(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(LADDERS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 5 + 8)
    deadline = engine.deadline
    events = engine.ease()
    eased, said = events[-2:]
    assert isinstance(eased, Eased) and isinstance(said, CueDue)
    assert (said.cue.kind, said.cue.text, said.t) == (CueKind.ANNOUNCE, "Easier now: Plank on your knees.", 13)
    assert (eased.index, eased.exercise.id, eased.easier.id, eased.t) == (1, "plank", "knee-plank", 13)
    assert eased.timeline is engine.timeline
    assert engine.segment is not None and engine.segment.exercise is not None
    assert engine.segment.exercise.id == "knee-plank"
    assert engine.deadline == deadline  # the same time left
    assert names(engine) == [
        None, "knee-plank", "knee-plank", "knee-plank", None, "side-plank", "side-plank", "side-plank",
        None, "cat-cow", None, "knee-plank",
    ]  # fmt: skip
    assert [s.duration for s in engine.timeline.segments] == [5, 30, 10, 30, 10, 20, 5, 20, 10, 12, 10, 20]


def test_the_cues_after_easier_now_are_the_variants(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(LADDERS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 5 + 2)
    engine.ease()
    said = [e.cue for e in run_to_end(engine, clock) if isinstance(e, CueDue)]
    form = {c.text for c in said if c.kind is CueKind.FORM and c.segment in (1, 3, 11)}
    assert form and form <= {"Straight line from knees to head", "Squeeze your glutes", "Keep breathing"}
    announced = [c.text for c in said if c.kind in (CueKind.ANNOUNCE, CueKind.NEXT_UP)]
    assert not any("Plank" in text and "knees" not in text for text in announced), announced


def test_in_a_rest_easier_now_is_for_the_exercise_coming_next(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(LADDERS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 80)  # the rest before the side plank
    (eased,) = [e for e in engine.ease() if isinstance(e, Eased)]
    assert eased.easier.id == "knee-side-plank"
    assert names(engine)[:9] == [
        None, "plank", "plank", "plank", None, "knee-side-plank", "knee-side-plank", "knee-side-plank", None,
    ]  # fmt: skip
    assert engine.timeline[6].phase is Phase.SWITCH


def test_each_press_steps_one_rung_down_and_the_first_rung_is_the_last(catalogue: Catalogue, clock: FakeClock) -> None:
    text = "version: 1\nname: t\nsteps:\n  - {exercise: plank-leg-lift, duration: 60}\n"
    engine = SessionEngine(build_timeline(load_routine_text(text, "t.yaml", catalogue, "t")), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 15)
    steps = [[e for e in engine.ease() if isinstance(e, Eased)] for _ in range(3)]
    assert [[(e.exercise.id, e.easier.id) for e in found] for found in steps] == [
        [("plank-leg-lift", "plank")],
        [("plank", "knee-plank")],
        [],
    ]


def test_an_exercise_without_an_easier_variant_stays(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(LADDERS)), clock=clock)
    engine.start()
    run_until(engine, clock, 1000 + 145)  # cat-cow: no ladder
    before = engine.timeline
    assert not any(isinstance(e, Eased) for e in engine.ease())
    assert engine.timeline is before


def test_easier_now_before_the_start_or_after_the_end_does_nothing(load: Load, clock: FakeClock) -> None:
    engine = SessionEngine(build_timeline(load(LADDERS)), clock=clock)
    assert engine.ease() == []
    engine.start()
    run_to_end(engine, clock)
    assert engine.ease() == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=200, allow_nan=False), max_size=4))
def test_easier_now_never_moves_a_deadline(catalogue: Catalogue, presses: list[float]) -> None:
    routine = load_routine_text(LADDERS, "t.yaml", catalogue, "t")
    plain_clock, clock = FakeClock(), FakeClock()
    plain = SessionEngine(build_timeline(routine), clock=plain_clock)
    plain.start()
    expected = run_to_end(plain, plain_clock)
    engine = SessionEngine(build_timeline(routine), clock=clock)
    engine.start()
    events: list[Event] = []
    for at in sorted(presses):
        events += run_until(engine, clock, max(clock.now, 1000 + at))
        events += engine.ease()
    events += run_to_end(engine, clock)
    assert starts(events) == starts(expected)
    (end,) = [e for e in events if isinstance(e, SessionFinished)]
    assert end.planned == next(e for e in expected if isinstance(e, SessionFinished)).planned
