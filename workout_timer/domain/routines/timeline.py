"""A routine laid out in time: the one sequence of segments the engine, `show`, totals and the app share.

The rules (documented in docs/routine-format.md):
1. A prepare segment opens the session when `defaults.prepare` > 0.
2. A step with sets and sides makes, per set, one work segment per side with a switch segment between
   the sides, and a rest of `rest_between_sets` between sets.
3. After each step comes a rest (the step's `rest`, else `defaults.rest`), except after the last step of
   the routine or of a circuit's round, and before an explicit rest step. Zero-second rests and
   switches make no segment.
4. A circuit lays out its steps `rounds` times with `rest_between_rounds` between rounds, then is
   followed by a rest like any step.
5. A rep step with a tempo lasts reps x tempo; one without waits for Done and is estimated at
   reps x defaults.tempo (3 s a rep if the routine sets none).
6. A step that waits for Done moves on by itself when `defaults.move_on` says so: after its estimate
   and a margin (half the estimate, at least 10 s), or after the seconds the routine gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property
from typing import Any

from workout_timer.domain.routines.ladders import easier_of
from workout_timer.domain.routines.routine import (
    FALLBACK_TEMPO,
    Circuit,
    Defaults,
    Exercise,
    ExerciseStep,
    RestStep,
    Routine,
    Sides,
    Step,
    TimedCue,
)


class Phase(StrEnum):
    PREPARE = "prepare"
    WORK = "work"
    REST = "rest"
    SWITCH = "switch"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Segment:
    """One stretch of time with one thing to do.

    `duration` is None for a rep step that waits for the user's Done; `estimate` is always a number
    (the duration, or the estimate for a waiting step) so totals can be shown.
    """

    index: int
    phase: Phase
    duration: float | None
    estimate: float
    step: int
    exercise: Exercise | None = None
    side: Side | None = None
    set: int | None = None
    sets: int | None = None
    round: int | None = None
    rounds: int | None = None
    reps: int | None = None
    tempo: float | None = None
    note: str | None = None
    cues: tuple[TimedCue, ...] = ()
    move_on: float | None = None
    """For a step that waits for Done: seconds into it when it moves on by itself (None: it waits)."""

    @property
    def waits(self) -> bool:
        """True for a rep step that runs until the user says Done."""
        return self.duration is None


@dataclass(frozen=True)
class Timeline:
    """The segments of a routine in order, with nominal offsets and totals."""

    routine: Routine
    segments: tuple[Segment, ...]

    def __len__(self) -> int:
        return len(self.segments)

    def __getitem__(self, index: int) -> Segment:
        return self.segments[index]

    @cached_property
    def offsets(self) -> tuple[float, ...]:
        """Nominal start of each segment from the session start, estimates included."""
        found, at = [], 0.0
        for segment in self.segments:
            found.append(at)
            at += segment.estimate
        return tuple(found)

    @cached_property
    def total(self) -> float:
        return sum(s.estimate for s in self.segments)

    @cached_property
    def is_estimate(self) -> bool:
        """True when some step waits for Done, so the total is a guess."""
        return any(s.waits for s in self.segments)

    @cached_property
    def _left_after(self) -> tuple[float, ...]:
        sums = [0.0] * (len(self.segments) + 1)
        for index in range(len(self.segments) - 1, -1, -1):
            sums[index] = sums[index + 1] + self.segments[index].estimate
        return tuple(sums[1:])

    def remaining_after(self, index: int) -> float:
        """Nominal time of every segment after `index`."""
        return self._left_after[index]

    @cached_property
    def work_count(self) -> int:
        """How many work segments the session has: the N of "step n of N"."""
        return sum(1 for s in self.segments if s.phase is Phase.WORK)

    @cached_property
    def _work_numbers(self) -> tuple[int, ...]:
        numbers, count = [], 0
        for segment in self.segments:
            if segment.phase is Phase.WORK:
                count += 1
            numbers.append(count)
        return tuple(numbers)

    def work_number(self, index: int) -> int:
        """The n of "step n of N" at segment `index`: its own number for work, the coming one otherwise."""
        number = self._work_numbers[index]
        if self.segments[index].phase is Phase.WORK:
            return number
        return min(number + 1, self.work_count)

    def next_work(self, index: int) -> Segment | None:
        """The first work segment after `index`: what "next up" names."""
        return next((s for s in self.segments[index + 1 :] if s.phase is Phase.WORK), None)

    def exercise_at(self, index: int) -> Exercise | None:
        """The exercise segment `index` is about: its own (work, a switch of sides, a rest between sets), else
        the one coming next (getting ready, a rest between steps); None when no exercise is left."""
        segment = self.segments[index]
        if segment.exercise is not None:
            return segment.exercise
        coming = self.next_work(index)
        return None if coming is None else coming.exercise

    def easier_at(self, index: int, exercise: Exercise | None = None) -> tuple[Exercise, Exercise] | None:
        """What "easier now" at segment `index` changes: the exercise (the one it is about, unless another is
        named) and that exercise's easier variant on its ladder; None on the ladder's first rung (or none)."""
        exercise = exercise or self.exercise_at(index)
        if exercise is None:
            return None
        easier = easier_of(exercise, {rung.id: rung for rung in self.routine.variants})
        return None if easier is None else (exercise, easier)

    def eased(self, index: int, exercise: Exercise | None = None) -> Timeline:
        """This timeline with the exercise segment `index` is about (or `exercise`) replaced by its easier
        variant in every segment from `index` on, for the rest of the session. Lengths and sides stay as they
        are: a ladder keeps to one way of doing the sides, so the variant fits each segment as it stands."""
        change = self.easier_at(index, exercise)
        if change is None:
            return self
        exercise, easier = change
        segments = tuple(
            replace(s, exercise=easier)
            if s.index >= index and s.exercise is not None and s.exercise.id == exercise.id
            else s
            for s in self.segments
        )
        return Timeline(self.routine, segments)


def build_timeline(routine: Routine) -> Timeline:
    return Timeline(routine, tuple(iter_segments(routine)))


def iter_segments(routine: Routine) -> Iterator[Segment]:
    """The segments of a routine, one at a time (so a huge routine can be refused without building it)."""
    layout = _Layout(routine.defaults)
    if routine.defaults.prepare > 0:
        yield Segment(layout.next_index(), Phase.PREPARE, routine.defaults.prepare, routine.defaults.prepare, 0)
    yield from layout.steps(routine.steps, top=True, rounds=_NO_ROUND)


_Rounds = tuple[int | None, int | None]
_NO_ROUND: _Rounds = (None, None)


class _Layout:
    """Walks the steps, numbering segments as it goes."""

    def __init__(self, defaults: Defaults) -> None:
        self.defaults = defaults
        self.index = 0
        self.step = 0

    def next_index(self) -> int:
        self.index += 1
        return self.index - 1

    def rest(self, seconds: float, rounds: _Rounds, note: str | None = None) -> Segment:
        return Segment(
            self.next_index(),
            Phase.REST,
            seconds,
            seconds,
            self.step,
            round=rounds[0],
            rounds=rounds[1],
            note=note,
        )

    def steps(self, steps: tuple[Step, ...], top: bool, rounds: _Rounds) -> Iterator[Segment]:
        for position, step in enumerate(steps):
            if top:
                self.step = position
            if isinstance(step, RestStep):
                yield self.rest(step.duration, rounds, step.note)
                continue
            if isinstance(step, ExerciseStep):
                yield from self.exercise(step, rounds)
            else:
                yield from self.circuit(step)
            is_last = position == len(steps) - 1
            rest = step.rest_in(self.defaults)
            if not is_last and not isinstance(steps[position + 1], RestStep) and rest > 0:
                yield self.rest(rest, rounds)

    def circuit(self, circuit: Circuit) -> Iterator[Segment]:
        rest = circuit.round_rest_in(self.defaults)
        for number in range(1, circuit.rounds + 1):
            yield from self.steps(circuit.steps, top=False, rounds=(number, circuit.rounds))
            if number < circuit.rounds and rest > 0:
                yield self.rest(rest, (number, circuit.rounds))

    def exercise(self, step: ExerciseStep, rounds: _Rounds) -> Iterator[Segment]:
        sides = _SIDES[step.sides]
        tempo = step.tempo_in(self.defaults)
        duration: float | None
        if step.reps is None:
            assert step.duration is not None
            duration = estimate = step.duration
        elif tempo is not None:
            duration = estimate = step.reps * tempo
        else:
            duration = None
            estimate = step.reps * (self.defaults.tempo or FALLBACK_TEMPO)
        move_on = move_on_after(estimate, self.defaults.move_on) if duration is None else None
        switch = self.defaults.switch
        set_rest = step.set_rest_in(self.defaults)
        for number in range(1, step.sets + 1):
            for turn, side in enumerate(sides):
                if turn > 0 and switch > 0:
                    yield Segment(
                        self.next_index(),
                        Phase.SWITCH,
                        switch,
                        switch,
                        self.step,
                        step.exercise,
                        side,
                        number,
                        step.sets,
                        *rounds,
                    )
                yield Segment(
                    self.next_index(),
                    Phase.WORK,
                    duration,
                    estimate,
                    self.step,
                    step.exercise,
                    side,
                    number,
                    step.sets,
                    *rounds,
                    reps=step.reps,
                    tempo=tempo,
                    note=step.note,
                    cues=step.cues,
                    move_on=move_on,
                )
            if number < step.sets and set_rest > 0:
                yield Segment(
                    self.next_index(),
                    Phase.REST,
                    set_rest,
                    set_rest,
                    self.step,
                    step.exercise,
                    None,
                    number,
                    step.sets,
                    *rounds,
                )


MOVE_ON_MARGIN = 10.0
"""At least this many seconds past its estimate before a step at your own pace moves on by itself."""


def move_on_after(estimate: float, move_on: bool | float | None) -> float | None:
    """When a step at your own pace estimated at `estimate` moves on by itself (None: it waits for Done)."""
    if move_on is None or move_on is False:
        return None
    if move_on is True:
        return estimate + max(MOVE_ON_MARGIN, estimate / 2)
    return float(move_on)


_SIDES: dict[Sides, tuple[Side | None, ...]] = {
    Sides.BOTH: (Side.LEFT, Side.RIGHT),
    Sides.LEFT: (Side.LEFT,),
    Sides.RIGHT: (Side.RIGHT,),
    Sides.NONE: (None,),
}


# -- a segment as plain data: the one dict that `show --json`, the event log and the history all write.
# One word for each fact: a segment's `phase` (prepare, work, rest, switch; a cue's `kind` is another
# thing), `exercise` (its id) and `exercise_name`, the step's `note`, `duration` (None for a step that
# waits for Done) and `estimate` (always a number).
#
# Older files used other words: version 1 of the event log called the phase `kind`, and the history's
# copy of a timeline kept one `name` (the exercise's, else the note). `current_segment` reads either.


def segment_data(segment: Segment) -> dict[str, Any]:
    """The segment as plain data (docs/event-log.md lists the fields)."""
    exercise = segment.exercise
    return {
        "index": segment.index,
        "phase": segment.phase.value,
        "exercise": exercise.id if exercise else None,
        "exercise_name": exercise.name if exercise else None,
        "note": segment.note,
        "side": segment.side.value if segment.side else None,
        "set": segment.set,
        "sets": segment.sets,
        "round": segment.round,
        "rounds": segment.rounds,
        "duration": segment.duration,
        "estimate": segment.estimate,
        "reps": segment.reps,
        "tempo": segment.tempo,
    }


def current_segment(record: dict[str, Any]) -> dict[str, Any]:
    """A segment written by an older version in today's words (a copy; today's records come back as they are)."""
    if "phase" in record and "name" not in record:
        return record
    record = dict(record)
    if "phase" not in record and "kind" in record:  # the event log, version 1
        record["phase"] = record.pop("kind")
    if "name" in record:  # the history's timelines before the exercise's name and the note were told apart
        name = record.pop("name")
        record.setdefault("exercise_name", name if record.get("exercise") else None)
        record.setdefault("note", None if record.get("exercise") else name)  # a step's own note was not kept
    return record
