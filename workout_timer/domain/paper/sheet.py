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

from workout_timer.domain.common.language import N_, _, ngettext, number, pgettext
from workout_timer.domain.figures.pose import Pose
from workout_timer.domain.library.browse import equipment_list
from workout_timer.domain.paper.honesty import made_by, not_advice
from workout_timer.domain.routines.durations import length_text, spoken_duration
from workout_timer.domain.routines.routine import (
    Circuit,
    Defaults,
    ExerciseStep,
    Level,
    RestStep,
    Routine,
    Sides,
    Step,
)
from workout_timer.domain.routines.timeline import build_timeline

NOTES_TITLE = N_("Notes from your physiotherapist")
"""Translated where it is drawn."""
_LEVELS = {
    Level.BEGINNER: N_("Level: beginner"),
    Level.INTERMEDIATE: N_("Level: intermediate"),
    Level.ADVANCED: N_("Level: advanced"),
}
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
    facts = [_("Total time: {length}").format(length=length_text(timeline.total, timeline.is_estimate))]
    exercises = len(_exercise_ids(routine.steps))
    facts.append(ngettext("{n} exercise", "{n} exercises", exercises).format(n=exercises))
    if routine.level is not None:
        facts.append(_(_LEVELS[routine.level]))
    equipment = equipment_list(routine.all_equipment())
    facts.append(
        _("You need: {equipment}").format(equipment=", ".join(equipment)) if equipment else _("No equipment needed")
    )
    blocks: list[SheetBlock] = []
    _blocks(routine.steps, routine.defaults, "", blocks, {})
    footer = [not_advice()]
    if timeline.is_estimate:
        footer.insert(0, _("Steps done at your own pace wait for you to finish, so the total time is a guess."))
    footer.append(" ".join((made_by(version, made_on), _("Routine: {id}.").format(id=routine.id))))
    blocks_made = tuple(blocks)
    notes = _(NOTES_TITLE)
    return Sheet(routine.name, tuple(facts), routine.description, blocks_made, notes, NOTES_LINES, tuple(footer))


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
            rest = spoken_duration(step.duration)
            said = _("Rest {duration}: {note}") if step.note else _("Rest {duration}")
            out.append(SheetRest(number, said.format(duration=rest, note=step.note)))
        elif isinstance(step, Circuit):
            out.append(SheetHeading(number, _circuit_words(step, defaults, rest_follows)))
            _blocks(step.steps, defaults, f"{number}.", out, seen)
        else:
            out.append(_step(step, defaults, number, rest_follows, seen))


def _circuit_words(circuit: Circuit, defaults: Defaults, rest_follows: bool) -> str:
    name = circuit.name or pgettext("a circuit of steps", "Circuit")
    between = circuit.round_rest_in(defaults) if circuit.rounds > 1 else 0.0
    after = circuit.rest_in(defaults) if rest_follows else 0.0
    n = circuit.rounds
    # Translators: a circuit's heading on the sheet: {name} is the circuit's name, {n} its rounds.
    if between > 0 and after > 0:
        words = ngettext(
            "{name}: the steps below, {n} round, with {between} of rest between rounds; then rest {after}",
            "{name}: the steps below, {n} rounds, with {between} of rest between rounds; then rest {after}",
            n,
        )
    elif between > 0:
        words = ngettext(
            "{name}: the steps below, {n} round, with {between} of rest between rounds",
            "{name}: the steps below, {n} rounds, with {between} of rest between rounds",
            n,
        )
    elif after > 0:
        words = ngettext(
            "{name}: the steps below, {n} round; then rest {after}",
            "{name}: the steps below, {n} rounds; then rest {after}",
            n,
        )
    else:
        words = ngettext("{name}: the steps below, {n} round", "{name}: the steps below, {n} rounds", n)
    return words.format(name=name, n=n, between=spoken_duration(between), after=spoken_duration(after))


def _step(step: ExerciseStep, defaults: Defaults, number: str, rest_follows: bool, seen: dict[str, str]) -> SheetStep:
    exercise = step.exercise
    pose = exercise.pose
    only = step.sides.value if step.sides in (Sides.LEFT, Sides.RIGHT) else None
    mirrored = pose.mirrored_for(only) if pose is not None else False
    shown: str | None = None
    if pose is not None and step.sides is not Sides.NONE:
        side = ("left" if pose.side_shown == "right" else "right") if mirrored else pose.side_shown
        shown = _shown_side(side == "left", step.sides is Sides.BOTH)
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


def _shown_side(left: bool, both: bool) -> str:
    """Which side the figure shows, and for an exercise done on both, that the other is its mirror image."""
    if both:
        return (
            _("Shown: left side. The right is the mirror image.")
            if left
            else _("Shown: right side. The left is the mirror image.")
        )
    return _("Shown: left side.") if left else _("Shown: right side.")


def _amount(step: ExerciseStep) -> str:
    """How many or how long, as a line of its own, or inside "3 sets of …"."""
    if step.reps is not None:
        return ngettext("{n} rep", "{n} reps", step.reps).format(n=step.reps)
    duration = spoken_duration(step.duration or 0.0)
    if step.exercise.kind.value != "stretch":
        return duration
    if step.sets > 1:
        # Translators: a stretch held, inside "3 sets of hold 30 seconds".
        return pgettext("inside a number of sets", "hold {duration}").format(duration=duration)
    return _("Hold {duration}").format(duration=duration)


def dose_lines(step: ExerciseStep, defaults: Defaults, rest_follows: bool = True) -> tuple[str, ...]:
    """The dose in full words, a line each: amount and sets, pace, sides, rests."""
    amount = _amount(step)
    sets = ngettext("{n} set of {amount}", "{n} sets of {amount}", step.sets).format(n=step.sets, amount=amount)
    lines = [sets if step.sets > 1 else amount]
    if step.reps is not None:
        tempo = step.tempo_in(defaults)
        lines.append(
            _("At your own pace")
            if tempo is None
            else ngettext("{n} second a rep, counted aloud", "{n} seconds a rep, counted aloud", tempo).format(
                n=number(tempo)
            )
        )
    if step.sides is Sides.BOTH:
        switch = spoken_duration(defaults.switch)
        lines.append(
            _("Each side: left, then right, with {duration} to switch").format(duration=switch)
            if defaults.switch > 0
            else _("Each side: left, then right")
        )
    elif step.sides is Sides.LEFT:
        lines.append(_("Left side only"))
    elif step.sides is Sides.RIGHT:
        lines.append(_("Right side only"))
    between = step.set_rest_in(defaults)
    if step.sets > 1 and between > 0:
        lines.append(_("Rest {duration} between sets").format(duration=spoken_duration(between)))
    after = step.rest_in(defaults)
    if rest_follows and after > 0:
        lines.append(_("Then rest {duration}").format(duration=spoken_duration(after)))
    return tuple(lines)
