"""Ladders: each exercise may name its easier and its harder variant, so a family of exercises forms a
ladder from its first, easiest rung to its top one (knee plank, plank, plank with a leg lift).

A link written on one side holds both ways: `plank: {easier: knee-plank}` also makes the plank the harder
variant of the knee plank, so a file may write each link once. What the loader asks of a ladder (the
messages are in `messages`):

- a variant is an exercise the file or the catalogue knows;
- a variant is of the same kind, and done on one side at a time exactly when the exercise is, so that one can
  take the other's place in a session without changing its timeline's shape;
- two exercises of the file agree: if one names the other as its easier variant, the other names no other
  exercise as its harder one, and no two exercises name the same variant in the same direction;
- following the easier variants always ends at a first rung: no loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from workout_timer.domain.routines import messages
from workout_timer.domain.routines.routine import Catalogue, Exercise

Direction = Literal["easier", "harder"]
DIRECTIONS: tuple[Direction, Direction] = ("easier", "harder")


def _opposite(direction: Direction) -> Direction:
    return "harder" if direction == "easier" else "easier"


def _named(exercise: Exercise, direction: Direction) -> str | None:
    return exercise.easier if direction == "easier" else exercise.harder


def _step(exercise: Exercise, direction: Direction, known: Catalogue) -> Exercise | None:
    named = _named(exercise, direction)
    if named is not None:
        return known.get(named)
    opposite = _opposite(direction)
    return next((other for other in known.values() if _named(other, opposite) == exercise.id), None)


def easier_of(exercise: Exercise, known: Catalogue) -> Exercise | None:
    """The next easier variant: the one the exercise names, or the one that names it as its harder variant."""
    return _step(exercise, "easier", known)


def harder_of(exercise: Exercise, known: Catalogue) -> Exercise | None:
    """The next harder variant, found the same way."""
    return _step(exercise, "harder", known)


def ladder_of(exercise: Exercise, known: Catalogue) -> tuple[Exercise, ...]:
    """The whole ladder the exercise stands on, easiest first; just the exercise when it has no variants."""
    below: list[Exercise] = []
    seen = {exercise.id}
    rung = easier_of(exercise, known)
    while rung is not None and rung.id not in seen:
        seen.add(rung.id)
        below.append(rung)
        rung = easier_of(rung, known)
    above: list[Exercise] = []
    rung = harder_of(exercise, known)
    while rung is not None and rung.id not in seen:
        seen.add(rung.id)
        above.append(rung)
        rung = harder_of(rung, known)
    return (*reversed(below), exercise, *above)


@dataclass(frozen=True)
class LadderProblem:
    """A link that breaks a ladder: the exercise and the key (`easier` or `harder`) where it is written."""

    exercise_id: str
    direction: Direction
    message: str


def ladder_problems(own: Catalogue, known: Catalogue) -> list[LadderProblem]:
    """Every broken link among the exercises a file defines (`own`), checked against all it can name."""
    found: list[LadderProblem] = []
    claimed: dict[tuple[Direction, str], str] = {}
    for exercise in own.values():
        for direction in DIRECTIONS:
            named = _named(exercise, direction)
            if named is None:
                continue
            message = _link_problem(exercise, direction, named, own, known, claimed)
            if message is not None:
                found.append(LadderProblem(exercise.id, direction, message))
            claimed.setdefault((direction, named), exercise.id)
    if not found:
        found.extend(_loops(own, known))
    return found


def _link_problem(
    exercise: Exercise,
    direction: Direction,
    named: str,
    own: Catalogue,
    known: Catalogue,
    claimed: dict[tuple[Direction, str], str],
) -> str | None:
    variant = known.get(named)
    if variant is None:
        return messages.unknown_variant(direction, named, known)
    if variant.id == exercise.id:
        return messages.variant_is_itself(direction)
    if variant.kind != exercise.kind:
        return messages.variant_kind_differs(direction, named, exercise.kind.value, variant.kind.value)
    if variant.sided != exercise.sided:
        return messages.variant_sides_differ(direction, named, exercise.sided)
    back = _named(variant, _opposite(direction))
    if named in own and back is not None and back != exercise.id:
        return messages.variant_disagrees(direction, named, back)
    first = claimed.get((direction, named))
    if first is not None:
        return messages.variant_taken(direction, named, first)
    return None


def _loops(own: Catalogue, known: Catalogue) -> list[LadderProblem]:
    """One problem for each loop of easier variants that passes through the file's own exercises."""
    found: list[LadderProblem] = []
    reported: set[str] = set()
    for exercise in own.values():
        if exercise.id in reported or (exercise.easier is None and exercise.harder is None):
            continue
        path = [exercise.id]
        rung = easier_of(exercise, known)
        while rung is not None and rung.id not in path:
            path.append(rung.id)
            rung = easier_of(rung, known)
        if rung is None or rung.id != exercise.id:
            continue
        reported.update(path)
        direction: Direction = "easier" if exercise.easier is not None else "harder"
        found.append(LadderProblem(exercise.id, direction, messages.ladder_loop([*path, exercise.id])))
    return found
