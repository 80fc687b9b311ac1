"""A routine sheet: the routine as it goes on paper, for the fridge door or the physio's file.

The header gives the routine's name, its total time and what it needs; then each step in order with
its figure (the pose at its key frame, the side it shows named), the dose in full words, how to do it,
the form cues, the common mistakes and the caution; then room for the physio's notes, and a footer
that says what the sheet is. An exercise met again later (a circuit's second pass, the same stretch
twice) is described once: the later step points back to the first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workout_timer.domain.common.plurals import english_counted
from workout_timer.domain.figures.pose import Pose
from workout_timer.domain.library.browse import equipment_list
from workout_timer.domain.paper.honesty import NOT_ADVICE, made_by
from workout_timer.domain.routines.durations import length_text, spoken_duration
from workout_timer.domain.routines.routine import Circuit, Defaults, ExerciseStep, RestStep, Routine, Sides, Step
from workout_timer.domain.routines.timeline import build_timeline

NOTES_TITLE = "Notes from your physiotherapist"
NOTES_LINES = 4
"""Ruled lines left for handwritten notes."""


@dataclass(frozen=True)
class SheetStep:
    """One exercise step as the sheet shows it."""

    number: str
    """ "3", or "4.2" for the second step of the circuit that is step 4."""
    name: str
    dose: tuple[str, ...]
    """ "3 sets of 10 reps", "3 seconds a rep, counted aloud", "Rest 20 seconds between sets"."""
    pose: Pose | None
    mirrored: bool
    side_shown: str | None
    """ "Shown: right side. The left is the mirror image." for a sided exercise; None otherwise."""
    description: str | None
    instructions: tuple[str, ...]
    cues: tuple[str, ...]
    mistakes: tuple[str, ...]
    caution: str | None
    note: str | None
    """The routine's own word for this step."""
    described_at: str | None = None
    """The number of the step that already describes this exercise (its details are then left out)."""


@dataclass(frozen=True)
class SheetHeading:
    """A circuit's start: "Circuit, 3 rounds, with 1 minute of rest between rounds"."""

    number: str
    text: str


@dataclass(frozen=True)
class SheetRest:
    number: str
    text: str


SheetBlock = SheetStep | SheetHeading | SheetRest


@dataclass(frozen=True)
class Sheet:
    title: str
    facts: tuple[str, ...]
    """ "Total time: 14:13", "Level: beginner", "You need: mat"."""
    description: str | None
    blocks: tuple[SheetBlock, ...]
    notes_title: str
    notes_lines: int
    footer: tuple[str, ...]


def routine_sheet(routine: Routine, version: str, made_on: dt.date) -> Sheet:
    """The sheet for `routine`, made by app `version` on `made_on`."""
    timeline = build_timeline(routine)
    facts = [f"Total time: {length_text(timeline.total, timeline.is_estimate)}"]
    facts.append(english_counted(len(_exercise_ids(routine.steps)), "exercise", "exercises"))
    if routine.level is not None:
        facts.append(f"Level: {routine.level.value}")
    equipment = equipment_list(routine.all_equipment())
    facts.append("You need: " + ", ".join(equipment) if equipment else "No equipment needed")
    blocks: list[SheetBlock] = []
    _blocks(routine.steps, routine.defaults, "", blocks, {})
    footer = [NOT_ADVICE]
    if timeline.is_estimate:
        footer.insert(0, "Steps done at your own pace wait for you to finish, so the total time is a guess.")
    footer.append(made_by(version, made_on) + f" Routine: {routine.id}.")
    blocks_made = tuple(blocks)
    return Sheet(routine.name, tuple(facts), routine.description, blocks_made, NOTES_TITLE, NOTES_LINES, tuple(footer))


def _exercise_ids(steps: tuple[Step, ...]) -> set[str]:
    """The distinct exercises of the routine (by id), circuits opened."""
    found: set[str] = set()
    for step in steps:
        if isinstance(step, ExerciseStep):
            found.add(step.exercise.id)
        elif isinstance(step, Circuit):
            found |= _exercise_ids(step.steps)
    return found


def _blocks(
    steps: tuple[Step, ...], defaults: Defaults, prefix: str, out: list[SheetBlock], seen: dict[str, str]
) -> None:
    for position, step in enumerate(steps, start=1):
        number = f"{prefix}{position}"
        last = position == len(steps)
        rest_follows = not last and not isinstance(steps[position], RestStep)
        if isinstance(step, RestStep):
            text = f"Rest {spoken_duration(step.duration)}"
            out.append(SheetRest(number, text + (f": {step.note}" if step.note else "")))
        elif isinstance(step, Circuit):
            out.append(SheetHeading(number, _circuit_words(step, defaults, rest_follows)))
            _blocks(step.steps, defaults, f"{number}.", out, seen)
        else:
            out.append(_step(step, defaults, number, rest_follows, seen))


def _circuit_words(circuit: Circuit, defaults: Defaults, rest_follows: bool) -> str:
    words = f"{circuit.name or 'Circuit'}: the steps below, {english_counted(circuit.rounds, 'round', 'rounds')}"
    between = circuit.round_rest_in(defaults)
    if circuit.rounds > 1 and between > 0:
        words += f", with {spoken_duration(between)} of rest between rounds"
    after = circuit.rest_in(defaults)
    if rest_follows and after > 0:
        words += f"; then rest {spoken_duration(after)}"
    return words


def _step(step: ExerciseStep, defaults: Defaults, number: str, rest_follows: bool, seen: dict[str, str]) -> SheetStep:
    exercise = step.exercise
    pose = exercise.pose
    only = step.sides.value if step.sides in (Sides.LEFT, Sides.RIGHT) else None
    mirrored = pose.mirrored_for(only) if pose is not None else False
    shown: str | None = None
    if pose is not None and step.sides is not Sides.NONE:
        side = ("left" if pose.side_shown == "right" else "right") if mirrored else pose.side_shown
        other = "left" if side == "right" else "right"
        shown = f"Shown: {side} side." + (f" The {other} is the mirror image." if step.sides is Sides.BOTH else "")
    described_at = seen.get(exercise.id)
    if described_at is None:
        seen[exercise.id] = number
    return SheetStep(
        number,
        exercise.name,
        dose_lines(step, defaults, rest_follows),
        pose,
        mirrored,
        shown,
        exercise.description if described_at is None else None,
        exercise.instructions if described_at is None else (),
        exercise.cues if described_at is None else (),
        exercise.mistakes if described_at is None else (),
        exercise.caution if described_at is None else None,
        step.note,
        described_at,
    )


def dose_lines(step: ExerciseStep, defaults: Defaults, rest_follows: bool = True) -> tuple[str, ...]:
    """The dose in full words, a line each: amount and sets, pace, sides, rests."""
    if step.reps is not None:
        amount = english_counted(step.reps, "rep", "reps")
    else:
        amount = spoken_duration(step.duration or 0.0)
        amount = f"Hold {amount}" if step.exercise.kind.value == "stretch" else amount
    lines = [
        f"{english_counted(step.sets, 'set', 'sets')} of {amount[0].lower()}{amount[1:]}" if step.sets > 1 else amount
    ]
    if step.reps is not None:
        tempo = step.tempo_in(defaults)
        lines.append(
            "At your own pace"
            if tempo is None
            else f"{english_counted(tempo, 'second', 'seconds')} a rep, counted aloud"
        )
    if step.sides is Sides.BOTH:
        switch = f", with {spoken_duration(defaults.switch)} to switch" if defaults.switch > 0 else ""
        lines.append(f"Each side: left, then right{switch}")
    elif step.sides in (Sides.LEFT, Sides.RIGHT):
        lines.append(f"{step.sides.value.capitalize()} side only")
    between = step.set_rest_in(defaults)
    if step.sets > 1 and between > 0:
        lines.append(f"Rest {spoken_duration(between)} between sets")
    after = step.rest_in(defaults)
    if rest_follows and after > 0:
        lines.append(f"Then rest {spoken_duration(after)}")
    return tuple(lines)
