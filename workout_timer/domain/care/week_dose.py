"""A programme week's dose, and how it meets each exercise's own (docs/progression.md, "In a programme").

A programme's gentle weeks (gentlest, then gentler) are a ceiling, not a second cut: each exercise runs the lighter
of its own dose and the week's dose of the routine as written, with the week's sets and rounds. What a gentle
week ran is what the exercise's state carries on from (`exercise_progress.after_ran`), so the gentle weeks count
as evidence at their own dose and the first normal week goes on from there one step at a time, never from the
routine as written all at once.

A step back (red, amber twice in a row, or worse the day after) holds the programme for that exercise: its state
has already stepped back, and its next session keeps the sets of a level gentler than the week, rather than
moving on by the calendar alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from workout_timer.domain.care.exercise_progress import Move, State
from workout_timer.domain.care.gentler import DOSED_KINDS, Dial, gentler
from workout_timer.domain.routines.ladders import Ladders, ladder_of
from workout_timer.domain.routines.routine import Catalogue, Circuit, Exercise, ExerciseStep, Routine, Step

LEVELS = tuple(Dial)
"""The dial's levels, heaviest first."""


def lighter_level(one: Dial, other: Dial) -> Dial:
    return max(one, other, key=LEVELS.index)


def held(states: Mapping[str, State]) -> frozenset[str]:
    """The ladders (by key) whose last move was a step back: the programme holds them a level gentler."""
    return frozenset(key for key, state in states.items() if state.move is Move.BACK)


def carried(week: Dial | None, keys: Iterable[str]) -> frozenset[str]:
    """The ladders (of `keys`) whose state takes on a lighter dose that ran: all of them in a programme's gentle
    week."""
    return frozenset(keys) if week not in (None, Dial.NORMAL) else frozenset()


def capped(dosed: Routine, routine: Routine, week: Dial, states: Mapping[str, State]) -> Routine:
    """`dosed` (`routine` at each exercise's own dose) no heavier than `routine` at the `week`'s level: each
    exercise at the lighter of the two, with the week's sets and rounds; a held exercise with a gentler level's
    sets."""
    holding = held(states)
    gentler_level = LEVELS[min(LEVELS.index(week) + 1, len(LEVELS) - 1)]
    if week is Dial.NORMAL and not holding:
        return dosed
    caps = (gentler(routine, week), gentler(routine, gentler_level) if holding else gentler(routine, week))
    known = {exercise.id: exercise for exercise in routine.variants}
    ladders = Ladders(known)

    def ladder(exercise: Exercise) -> str:
        return ladders.ladder(exercise)[0].id if exercise.id in known else exercise.id

    def step(written: Step, own: Step, cap: Step, held_cap: Step) -> Step:
        if isinstance(written, Circuit) and isinstance(own, Circuit) and isinstance(cap, Circuit):
            assert isinstance(held_cap, Circuit)
            inner = zip(written.steps, own.steps, cap.steps, held_cap.steps, strict=True)
            return replace(cap, steps=tuple(step(*each) for each in inner))
        if not isinstance(written, ExerciseStep):
            return cap
        dosed = own if week is Dial.NORMAL else _lighter(own, cap, known)
        holds = ladder(written.exercise) in holding
        if holds and isinstance(dosed, ExerciseStep) and isinstance(held_cap, ExerciseStep):
            return replace(dosed, sets=min(dosed.sets, held_cap.sets))
        return dosed

    steps = zip(routine.steps, dosed.steps, caps[0].steps, caps[1].steps, strict=True)
    return replace(caps[0], steps=tuple(step(*each) for each in steps))


def _lighter(own: Step, cap: Step, known: Catalogue) -> Step:
    """The lighter of an exercise at its own dose and at the week's, with the week's sets."""
    if not isinstance(own, ExerciseStep) or not isinstance(cap, ExerciseStep) or own.exercise.kind not in DOSED_KINDS:
        return cap
    ladder = [rung.id for rung in ladder_of(own.exercise, known)] if own.exercise.id in known else [own.exercise.id]
    if cap.exercise.id not in ladder or own.exercise.id not in ladder:
        return cap
    if (ladder.index(cap.exercise.id), _amount(cap)) <= (ladder.index(own.exercise.id), _amount(own)):
        return cap
    return replace(cap, exercise=own.exercise, duration=own.duration, reps=own.reps, cues=own.cues)


def _amount(step: ExerciseStep) -> float:
    return float(step.reps) if step.reps is not None else float(step.duration or 0.0)
