"""Gentler today: one choice before a session that lightens it for this day only, the routine file untouched.

- **Normal** (`normal`): the routine at your usual doses (your own, or as written).
- **Gentler**: the holds and reps of core and strength steps cut by a quarter, one set and one round fewer
  (never fewer than one), and each exercise one rung down its ladder (a plank becomes a plank on your knees).
- **Gentlest**: those holds and reps halved, a single set and round, and each exercise on the first rung of
  its ladder.

Holds are rounded down to whole 5 seconds and reps down to whole reps, never below 5 seconds or 1 rep, and
never above what the routine says. Warm-ups, mobility and stretches keep their dose: they are what a sore
back is glad of. Rests stay as they are. A spoken cue the shorter step no longer reaches is left out.
"""

from __future__ import annotations

import math
from dataclasses import replace
from enum import StrEnum

from workout_timer.domain.common.language import N_, _
from workout_timer.domain.routines.ladders import easier_of, ladder_of
from workout_timer.domain.routines.routine import (
    Catalogue,
    Circuit,
    Defaults,
    Exercise,
    ExerciseStep,
    Kind,
    Routine,
    Step,
)


class Dial(StrEnum):
    NORMAL = "normal"
    GENTLER = "gentler"
    GENTLEST = "gentlest"

    @property
    def label(self) -> str:
        """The choice's name in English, marked for translation: `_(dial.label)` where it is shown."""
        return DIAL_LABELS[self]

    @property
    def explanation(self) -> str:
        """What the choice does, in a sentence for the preview (in the language in use)."""
        return _(EXPLANATIONS[self]) if EXPLANATIONS[self] else ""


DIAL_LABELS = {
    # Translators: a choice of how hard today's session is: as written, gentler, or gentlest.
    Dial.NORMAL: N_("Normal"),
    Dial.GENTLER: N_("Gentler"),
    Dial.GENTLEST: N_("Gentlest"),
}
EXPLANATIONS = {
    Dial.NORMAL: "",
    Dial.GENTLER: N_(
        "Gentler today: core and strength holds and reps a quarter shorter, one set and round fewer, "
        "and each exercise one step easier where it has an easier version."
    ),
    Dial.GENTLEST: N_(
        "Gentlest today: core and strength holds and reps halved, a single set and round, and each "
        "exercise in its easiest version."
    ),
}


SHARE = {Dial.NORMAL: 1.0, Dial.GENTLER: 0.75, Dial.GENTLEST: 0.5}
"""The part of each hold and rep count kept."""
HOLD_STEP = 5.0
"""Holds are rounded down to whole multiples of this many seconds, and never made shorter than it."""
DOSED_KINDS = frozenset({Kind.CORE, Kind.STRENGTH})
"""The kinds whose dose the dial lightens; the others are left as they are."""


def gentler(routine: Routine, dial: Dial) -> Routine:
    """`routine` as it runs today with `dial` chosen (the routine itself for `normal`)."""
    if dial is Dial.NORMAL:
        return routine
    ladders = {exercise.id: exercise for exercise in routine.variants}
    return replace(routine, steps=tuple(_step(step, dial, ladders, routine.defaults) for step in routine.steps))


def _step(step: Step, dial: Dial, ladders: Catalogue, defaults: Defaults) -> Step:
    if isinstance(step, Circuit):
        rounds = 1 if dial is Dial.GENTLEST else max(1, step.rounds - 1)
        inner = tuple(_step(each, dial, ladders, defaults) for each in step.steps)
        return replace(step, rounds=rounds, steps=inner)
    if not isinstance(step, ExerciseStep):
        return step
    exercise = _rung(step.exercise, dial, ladders)
    if step.exercise.kind not in DOSED_KINDS:
        return replace(step, exercise=exercise)
    share = SHARE[dial]
    duration = None if step.duration is None else _hold(step.duration, share)
    reps = None if step.reps is None else min(step.reps, max(1, math.floor(step.reps * share)))
    sets = 1 if dial is Dial.GENTLEST else max(1, step.sets - 1)
    eased = replace(step, exercise=exercise, duration=duration, reps=reps, sets=sets)
    tempo = eased.tempo_in(defaults)
    length = duration if reps is None else (reps * tempo if tempo else None)
    cues = step.cues if length is None else tuple(cue for cue in step.cues if cue.at < length)
    return replace(eased, cues=cues)


def _hold(seconds: float, share: float) -> float:
    return min(seconds, max(HOLD_STEP, math.floor(seconds * share / HOLD_STEP) * HOLD_STEP))


def _rung(exercise: Exercise, dial: Dial, ladders: Catalogue) -> Exercise:
    if dial is Dial.GENTLEST:
        return ladder_of(exercise, ladders)[0] if exercise.id in ladders else exercise
    return easier_of(exercise, ladders) or exercise
