"""Gentler today: lighter doses and easier rungs for one session, never more than the routine asks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings

from tests.strategies import routines, to_yaml
from workout_timer.domain.care.gentler import Dial, gentler
from workout_timer.domain.routines.loading import load_routine_text
from workout_timer.domain.routines.routine import Catalogue, Circuit, ExerciseStep, Routine, iter_exercise_steps
from workout_timer.domain.routines.timeline import build_timeline

Load = Callable[[str], Routine]

ROUTINE = """\
version: 1
name: Core
defaults: {rest: 15, tempo: 3}
steps:
  - exercise: march-in-place
    duration: 1m
  - exercise: plank
    duration: 30s
    sets: 3
    cues: [{at: 25, say: Nearly there}]
  - exercise: push-up
    reps: 10
    sets: 2
  - circuit:
      rounds: 3
      steps:
        - {exercise: dead-bug, reps: 8}
        - {exercise: cat-cow, reps: 6}
  - exercise: hamstring-stretch
    duration: 30s
"""


def doses(routine: Routine) -> list[tuple[str, float | None, int | None, int]]:
    return [(s.exercise.id, s.duration, s.reps, s.sets) for s in iter_exercise_steps(routine.steps)]


def test_as_written_is_the_routine_itself(load: Load) -> None:
    routine = load(ROUTINE)
    assert gentler(routine, Dial.NORMAL) is routine


def test_gentler_cuts_a_quarter_takes_a_set_off_and_steps_one_rung_down(load: Load) -> None:
    today = gentler(load(ROUTINE), Dial.GENTLER)
    assert doses(today) == [
        ("march-in-place", 60, None, 1),  # a warm-up keeps its dose
        ("knee-plank", 20, None, 2),  # 22.5 s rounded down to whole 5 s
        ("knee-push-up", None, 7, 1),
        ("bent-knee-dead-bug", None, 6, 1),
        ("cat-cow", None, 6, 1),  # no ladder, no dose change for mobility
        ("hamstring-stretch", 30, None, 1),
    ]
    circuit = today.steps[3]
    assert isinstance(circuit, Circuit) and circuit.rounds == 2
    plank = today.steps[1]
    assert isinstance(plank, ExerciseStep) and plank.cues == ()  # "Nearly there" at 25 s: past the 20 s hold


def test_gentlest_halves_and_takes_the_first_rung(load: Load) -> None:
    today = gentler(load(ROUTINE), Dial.GENTLEST)
    assert doses(today)[1:4] == [
        ("knee-plank", 15, None, 1),
        ("wall-push-up", None, 5, 1),
        ("bent-knee-dead-bug", None, 4, 1),
    ]
    circuit = today.steps[3]
    assert isinstance(circuit, Circuit) and circuit.rounds == 1


def test_short_holds_and_few_reps_have_a_floor(load: Load) -> None:
    text = "version: 1\nname: t\nsteps:\n  - {exercise: side-plank, duration: 6}\n  - {exercise: bird-dog, reps: 1}\n"
    assert doses(gentler(load(text), Dial.GENTLEST)) == [("knee-side-plank", 5, None, 1), ("bird-dog", None, 1, 1)]
    tiny = "version: 1\nname: t\nsteps:\n  - {exercise: plank, duration: 3}\n"
    assert doses(gentler(load(tiny), Dial.GENTLER)) == [("knee-plank", 3, None, 1)]  # never longer than written


@pytest.mark.parametrize("dial", [Dial.GENTLER, Dial.GENTLEST])
@settings(max_examples=60, deadline=None)
@given(data=routines())
def test_a_gentler_day_is_never_longer_or_harder(catalogue: Catalogue, dial: Dial, data: dict[str, Any]) -> None:
    routine = load_routine_text(to_yaml(data), "g.yaml", catalogue, "g")
    today = gentler(routine, dial)
    assert build_timeline(today).total <= build_timeline(routine).total + 1e-9
    assert (
        build_timeline(gentler(routine, Dial.GENTLEST)).total
        <= build_timeline(gentler(routine, Dial.GENTLER)).total + 1e-9
    )
    for before, after in zip(iter_exercise_steps(routine.steps), iter_exercise_steps(today.steps), strict=True):
        ladder = [e.id for e in routine.variants] or [before.exercise.id]
        if before.exercise.id in ladder and after.exercise.id in ladder:
            assert ladder.index(after.exercise.id) <= ladder.index(before.exercise.id)
        assert after.exercise.sided == before.exercise.sided and after.sides == before.sides
        assert after.sets <= before.sets
        assert (after.duration or 0) <= (before.duration or 0) and (after.reps or 0) <= (before.reps or 0)
