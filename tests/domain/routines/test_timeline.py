"""The five timeline rules, checked segment by segment."""

from __future__ import annotations

from collections.abc import Callable

from tests.conftest import FIXTURES
from workout_timer.domain.routines.loading import load_routine
from workout_timer.domain.routines.routine import Catalogue, Routine
from workout_timer.domain.routines.timeline import Phase, Timeline, build_timeline

Load = Callable[[str], Routine]


def shape(timeline: Timeline) -> list[tuple[object, ...]]:
    """(phase, exercise, side, set, round, duration) for each segment; None fields left out of sight."""
    return [
        (
            s.phase.value,
            s.exercise.id if s.exercise and s.phase is not Phase.REST else None,
            s.side.value if s.side else None,
            s.set if s.sets and s.sets > 1 and s.phase is not Phase.REST else None,
            s.round,
            s.duration,
        )
        for s in timeline.segments
    ]


def test_the_documented_example(catalogue: Catalogue) -> None:
    timeline = build_timeline(load_routine(FIXTURES / "valid" / "issue-example.yaml", catalogue))
    assert shape(timeline) == [
        ("prepare", None, None, None, None, 10),  # rule 1
        ("work", "plank", None, 1, None, 30),  # rule 2: sets, rest_between_sets
        ("rest", None, None, None, None, 20),
        ("work", "plank", None, 2, None, 30),
        ("rest", None, None, None, None, 20),
        ("work", "plank", None, 3, None, 30),
        ("rest", None, None, None, None, 15),  # rule 3: the default rest after a step
        ("work", "side-plank", "left", None, None, 20),  # rule 2: both sides, switch between
        ("switch", "side-plank", "right", None, None, 5),
        ("work", "side-plank", "right", None, None, 20),
        ("rest", None, None, None, None, 15),
        ("work", "bird-dog", "left", None, None, 40),  # rule 5: 10 reps x tempo 4
        ("switch", "bird-dog", "right", None, None, 5),
        ("work", "bird-dog", "right", None, None, 40),
        ("rest", None, None, None, None, 15),
        ("work", "push-up", None, None, None, None),  # rule 5: no tempo waits for Done
        ("rest", None, None, None, None, 60),  # rule 3: no rest before an explicit rest step
        ("work", "glute-bridge", None, None, 1, 40),  # rule 4: the circuit, round 1
        ("rest", None, None, None, 1, 15),
        ("work", "dead-bug", "left", None, 1, 30),  # the routine's default tempo of 3
        ("switch", "dead-bug", "right", None, 1, 5),
        ("work", "dead-bug", "right", None, 1, 30),
        ("rest", None, None, None, 1, 45),  # rest_between_rounds, no extra rest before it
        ("work", "glute-bridge", None, None, 2, 40),
        ("rest", None, None, None, 2, 15),
        ("work", "dead-bug", "left", None, 2, 30),
        ("switch", "dead-bug", "right", None, 2, 5),
        ("work", "dead-bug", "right", None, 2, 30),
        ("rest", None, None, None, None, 15),  # rule 4: then a rest like any step
        ("work", "wall-angel", None, None, None, 45),  # rule 3: none after the last step
    ]
    push_up = timeline[15]
    assert push_up.waits and push_up.estimate == 36  # 12 reps x defaults.tempo 3
    assert timeline.is_estimate
    assert timeline.total == 756
    assert timeline.offsets[:3] == (0, 10, 40)
    assert [s.index for s in timeline.segments] == list(range(len(timeline)))


def test_zero_rests_and_switches_make_no_segment(load: Load) -> None:
    routine = load(
        "version: 1\nname: t\ndefaults: {prepare: 0, rest: 0, switch: 0}\n"
        "steps:\n  - {exercise: side-plank, duration: 10, sets: 2}\n  - {exercise: plank, duration: 10}\n"
    )
    assert [(s.phase.value, s.side) for s in build_timeline(routine).segments] == [
        ("work", "left"),
        ("work", "right"),
        ("work", "left"),
        ("work", "right"),
        ("work", None),
    ]


def test_step_rest_overrides_and_sets_inherit_it(load: Load) -> None:
    routine = load(
        "version: 1\nname: t\ndefaults: {prepare: 0, rest: 15}\n"
        "steps:\n  - {exercise: plank, duration: 10, sets: 2, rest: 40}\n  - {exercise: plank, duration: 10}\n"
    )
    assert [(s.phase.value, s.duration) for s in build_timeline(routine).segments] == [
        ("work", 10),
        ("rest", 40),  # between sets: the rest in force for this step
        ("work", 10),
        ("rest", 40),
        ("work", 10),
    ]


def test_one_side_only(load: Load) -> None:
    routine = load("version: 1\nname: t\ndefaults: {prepare: 0}\nsteps:\n  - {exercise: side-plank, sides: right}\n")
    (only,) = build_timeline(routine).segments
    assert only.side == "right" and only.duration == 20


def test_no_default_tempo_estimates_three_seconds_a_rep(load: Load) -> None:
    routine = load("version: 1\nname: t\ndefaults: {prepare: 0}\nsteps:\n  - {exercise: push-up, reps: 10}\n")
    (push_up,) = build_timeline(routine).segments
    assert push_up.waits and push_up.estimate == 30 and push_up.tempo is None


def test_nested_circuits_and_a_circuit_last(load: Load) -> None:
    routine = load(
        "version: 1\nname: t\ndefaults: {prepare: 0, rest: 5}\nsteps:\n"
        "  - circuit:\n      rounds: 2\n      rest_between_rounds: 0\n      steps:\n"
        "        - {exercise: plank, duration: 10}\n"
        "        - circuit: {rounds: 2, rest_between_rounds: 3, steps: [{exercise: dead-bug, duration: 10, sides: none}]}\n"
    )
    assert [(s.phase.value, s.duration, s.round) for s in build_timeline(routine).segments] == [
        ("work", 10, 1),
        ("rest", 5, 1),
        ("work", 10, 1),
        ("rest", 3, 1),
        ("work", 10, 2),
        ("work", 10, 2),  # outer round 2 follows with no rest: rest_between_rounds is 0
        ("rest", 5, 2),
        ("work", 10, 1),
        ("rest", 3, 1),
        ("work", 10, 2),
    ]


def test_next_work_and_remaining(load: Load) -> None:
    routine = load(
        "version: 1\nname: t\nsteps:\n  - {exercise: plank, duration: 30}\n  - {exercise: bird-dog, duration: 20, sides: none}\n"
    )
    timeline = build_timeline(routine)
    assert [s.phase.value for s in timeline.segments] == ["prepare", "work", "rest", "work"]
    next_up = timeline.next_work(0)
    assert next_up is not None and next_up.exercise is not None and next_up.exercise.id == "plank"
    assert timeline.next_work(3) is None
    assert timeline.remaining_after(0) == 65
    assert timeline.remaining_after(3) == 0
