"""The routine model: what a routine file says, checked and resolved, as frozen dataclasses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Literal, TypeAlias

from workout_timer.domain.figures.pose import Pose

FORMAT_VERSION = 1
FALLBACK_TEMPO = 3.0
"""Seconds per rep used to estimate a rep step that waits for Done when no tempo is set anywhere."""
MIN_MOVE_ON = 10.0
"""The shortest time a routine may give a step at your own pace before it moves on by itself."""


class Kind(StrEnum):
    WARM_UP = "warm-up"
    CORE = "core"
    STRENGTH = "strength"
    STRETCH = "stretch"
    MOBILITY = "mobility"


class Level(StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Sides(StrEnum):
    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"
    NONE = "none"


WAIT: Literal["none"] = "none"
"""A tempo of "none": the step waits for the user to press Done."""

Tempo: TypeAlias = float | Literal["none"] | None
"""Seconds per rep, WAIT, or None to take the routine's default."""


@dataclass(frozen=True)
class Exercise:
    """One movement: how to do it, what to say during it, how long it lasts unless a step says so."""

    id: str
    name: str
    kind: Kind
    instructions: tuple[str, ...]
    cues: tuple[str, ...] = ()
    mistakes: tuple[str, ...] = ()
    caution: str | None = None
    duration: float | None = None
    reps: int | None = None
    sided: bool = False
    equipment: tuple[str, ...] = ()
    description: str | None = None
    pose: Pose | None = None
    """The figure drawn for it; None draws none."""
    easier: str | None = None
    """The id of the next easier variant on its ladder, as the file names it (see `ladders`)."""
    harder: str | None = None
    """The id of the next harder variant on its ladder, as the file names it."""


Catalogue: TypeAlias = Mapping[str, Exercise]
"""Exercises by id: the shared catalogue, the ones a routine defines for itself, or both."""


@dataclass(frozen=True)
class Defaults:
    """Timings in force for the whole routine unless a step sets its own, and the cues it leaves out."""

    prepare: float = 10.0
    rest: float = 15.0
    switch: float = 5.0
    tempo: float | None = None
    cues_off: tuple[str, ...] = ()
    """Groups of cues (see `cue_groups.CueGroup`) this routine is better without, e.g. "countdown"."""
    move_on: bool | float | None = None
    """Whether a step at your own pace moves on by itself: True after its estimate and a margin, a number
    after that many seconds, False never; None follows the app's setting."""


@dataclass(frozen=True)
class TimedCue:
    """Something the routine's author wants said `at` seconds into each work period of a step."""

    at: float
    say: str


@dataclass(frozen=True)
class ExerciseStep:
    """Do an exercise: for a time or a number of reps, on one side or both, once or in sets."""

    exercise: Exercise
    duration: float | None = None
    reps: int | None = None
    sets: int = 1
    sides: Sides = Sides.NONE
    tempo: Tempo = None
    rest: float | None = None
    rest_between_sets: float | None = None
    cues: tuple[TimedCue, ...] = ()
    note: str | None = None

    def tempo_in(self, defaults: Defaults) -> float | None:
        """Seconds per rep counted aloud, or None when the step waits for Done (or is timed)."""
        if self.reps is None or self.tempo == WAIT:
            return None
        if self.tempo is not None:
            return self.tempo
        return defaults.tempo

    def rest_in(self, defaults: Defaults) -> float:
        return defaults.rest if self.rest is None else self.rest

    def set_rest_in(self, defaults: Defaults) -> float:
        return self.rest_in(defaults) if self.rest_between_sets is None else self.rest_between_sets


@dataclass(frozen=True)
class RestStep:
    """An explicit rest, with an optional note ("Drink some water")."""

    duration: float
    note: str | None = None


@dataclass(frozen=True)
class Circuit:
    """Steps repeated for a number of rounds."""

    steps: tuple[Step, ...]
    rounds: int = 1
    rest_between_rounds: float | None = None
    rest: float | None = None
    name: str | None = None

    def rest_in(self, defaults: Defaults) -> float:
        return defaults.rest if self.rest is None else self.rest

    def round_rest_in(self, defaults: Defaults) -> float:
        return self.rest_in(defaults) if self.rest_between_rounds is None else self.rest_between_rounds


Step: TypeAlias = ExerciseStep | RestStep | Circuit


@dataclass(frozen=True)
class Routine:
    """A whole routine as loaded from one file. `exercises` holds the ones defined in the file itself."""

    id: str
    name: str
    steps: tuple[Step, ...]
    description: str | None = None
    tags: tuple[str, ...] = ()
    level: Level | None = None
    equipment: tuple[str, ...] = ()
    defaults: Defaults = field(default_factory=Defaults)
    exercises: tuple[Exercise, ...] = ()
    path: str | None = None
    variants: tuple[Exercise, ...] = ()
    """Every exercise on the ladders of the exercises its steps use (see `ladders`), from the file or the
    catalogue, so a session can step down a ladder without the catalogue."""

    def all_equipment(self) -> tuple[str, ...]:
        """The routine's equipment and that of every exercise it uses, each once, in order."""
        seen = dict.fromkeys(self.equipment)
        for step in iter_exercise_steps(self.steps):
            seen.update(dict.fromkeys(step.exercise.equipment))
        return tuple(seen)

    def with_move_on(self, on: bool) -> Routine:
        """This routine with the app's "move on by itself" setting, unless it says for itself."""
        if self.defaults.move_on is not None or not on:
            return self
        return replace(self, defaults=replace(self.defaults, move_on=True))

    def with_prepare(self, seconds: float | None) -> Routine:
        """This routine with another get-ready time before the first step; None keeps its own."""
        if seconds is None or seconds == self.defaults.prepare:
            return self
        return replace(self, defaults=replace(self.defaults, prepare=max(0.0, seconds)))


def iter_exercise_steps(steps: tuple[Step, ...]) -> list[ExerciseStep]:
    """Every exercise step, circuits opened, in file order (each written step once)."""
    found: list[ExerciseStep] = []
    for step in steps:
        if isinstance(step, ExerciseStep):
            found.append(step)
        elif isinstance(step, Circuit):
            found.extend(iter_exercise_steps(step.steps))
    return found
