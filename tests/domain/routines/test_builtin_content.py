"""The catalogue and built-in routines meet the bar a runner can rely on."""

from __future__ import annotations

from workout_timer import resources
from workout_timer.domain.library.entry import Source
from workout_timer.domain.library.library import Library
from workout_timer.domain.routines.routine import (
    Catalogue,
    Circuit,
    ExerciseStep,
    Kind,
    Routine,
    Sides,
    iter_exercise_steps,
)
from workout_timer.domain.routines.timeline import Phase, build_timeline

NAMED_IN_THE_SOURCE = {
    "plank", "side-plank", "bicycle-crunch", "dead-bug", "bird-dog", "glute-bridge", "back-extension",
    "lunge", "push-up", "knee-push-up", "goblet-squat", "single-leg-deadlift", "kettlebell-deadlift",
    "bodyweight-row", "lateral-lunge", "hamstring-stretch", "quad-stretch", "calf-stretch",
    "hip-flexor-stretch", "figure-four-stretch", "childs-pose", "cat-cow",
}  # fmt: skip


def built_in() -> list[Routine]:
    library = Library(resources.routines_dir(), None, resources.catalogue_path())
    entries = library.entries()
    assert all(e.source is Source.BUILT_IN for e in entries)
    assert [e.problems for e in entries if e.routine is None] == []
    return [e.routine for e in entries if e.routine is not None]


def test_the_catalogue_covers_the_source_material(catalogue: Catalogue) -> None:
    assert len(catalogue) >= 24
    assert set(catalogue) >= NAMED_IN_THE_SOURCE
    assert {e.kind for e in catalogue.values()} == set(Kind)


def test_every_exercise_is_complete(catalogue: Catalogue) -> None:
    for exercise in catalogue.values():
        assert len(exercise.instructions) >= 2, exercise.id
        assert 1 <= len(exercise.cues) <= 3, exercise.id
        assert all(len(cue.split()) <= 8 for cue in exercise.cues), exercise.id  # short enough to say
        assert exercise.mistakes, exercise.id
        assert (exercise.duration is None) != (exercise.reps is None), exercise.id
        assert exercise.description, exercise.id
        # a comma inside an unquoted [flow, list] splits a sentence into two items
        texts = (*exercise.instructions, *exercise.cues, *exercise.mistakes)
        assert all(text[:1].isupper() for text in texts), exercise.id


def test_strength_moves_that_load_the_back_carry_a_caution(catalogue: Catalogue) -> None:
    for exercise_id in ("plank", "back-extension", "bicycle-crunch", "kettlebell-deadlift", "push-up"):
        assert catalogue[exercise_id].caution, exercise_id


def test_there_are_routines_for_each_need() -> None:
    routines = {r.id: r for r in built_in()}
    assert len(routines) >= 6
    lengths = {rid: build_timeline(r).total / 60 for rid, r in routines.items()}
    assert 3.5 <= lengths["pre-run-warm-up"] <= 6.5
    assert 8 <= lengths["post-run-stretch"] <= 12
    assert 12 <= lengths["core-for-runners"] <= 18
    assert 22 <= lengths["core-and-glutes"] <= 30
    assert routines["core-for-runners"].level == "beginner"
    assert routines["core-and-glutes"].level == "intermediate"
    assert {"back-care-mobility", "desk-break-stretch"} <= set(routines)


def test_every_routine_uses_sides_sets_rests_and_both_kinds_of_step() -> None:
    for routine in built_in():
        steps = iter_exercise_steps(routine.steps)
        segments = build_timeline(routine).segments
        assert any(s.sides is not Sides.NONE for s in steps), routine.id
        assert any(s.sets > 1 for s in steps) or any(isinstance(s, Circuit) for s in routine.steps), routine.id
        assert any(s.phase is Phase.REST for s in segments), routine.id
        assert any(s.reps is None for s in steps), routine.id
        assert any(s.reps is not None for s in steps), routine.id
        assert routine.description and routine.level and routine.tags, routine.id


def test_only_the_desk_routine_defines_its_own_exercise() -> None:
    own = {r.id: [e.id for e in r.exercises] for r in built_in() if r.exercises}
    assert own == {"desk-break-stretch": ["wall-angel"]}
    desk = next(r for r in built_in() if r.id == "desk-break-stretch")
    assert any(isinstance(s, ExerciseStep) and s.cues for s in desk.steps)


def test_the_routine_offered_on_a_painful_day_is_a_gentle_one() -> None:
    from workout_timer import resources
    from workout_timer.domain.care.back_care import GENTLE_ROUTINE
    from workout_timer.domain.common.paths import user_routines_dir
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.routines.routine import Level

    entry = Library(resources.routines_dir(), user_routines_dir(), resources.catalogue_path()).find(GENTLE_ROUTINE)
    assert entry is not None and entry.routine is not None
    assert entry.routine.level is Level.BEGINNER and "gentle" in entry.routine.name.lower()
