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


class Ladders:
    """The ladders of one catalogue. The links written the other way round (`knee-plank` named as the
    plank's easier variant makes the plank the knee plank's harder one) are gathered once, so each
    rung is a look-up, not a pass over the whole catalogue: a file's variants are found with one."""

    def __init__(self, known: Catalogue) -> None:
        self._known = known
        self._named_by: dict[tuple[Direction, str], Exercise] | None = None

    def step(self, exercise: Exercise, direction: Direction) -> Exercise | None:
        """The next variant in `direction`: the one the exercise names, or the first that names it back."""
        named = _named(exercise, direction)
        if named is not None:
            return self._known.get(named)
        if self._named_by is None:
            self._named_by = {}
            for other in self._known.values():
                for way in DIRECTIONS:
                    name = _named(other, way)
                    if name is not None:
                        self._named_by.setdefault((way, name), other)  # the first that names it, as before
        return self._named_by.get((_opposite(direction), exercise.id))

    def ladder(self, exercise: Exercise) -> tuple[Exercise, ...]:
        """The whole ladder the exercise stands on, easiest first; just the exercise when it has no variants."""
        below: list[Exercise] = []
        seen = {exercise.id}
        rung = self.step(exercise, "easier")
        while rung is not None and rung.id not in seen:
            seen.add(rung.id)
            below.append(rung)
            rung = self.step(rung, "easier")
        above: list[Exercise] = []
        rung = self.step(exercise, "harder")
        while rung is not None and rung.id not in seen:
            seen.add(rung.id)
            above.append(rung)
            rung = self.step(rung, "harder")
        return (*reversed(below), exercise, *above)


def easier_of(exercise: Exercise, known: Catalogue) -> Exercise | None:
    """The next easier variant: the one the exercise names, or the one that names it as its harder variant."""
    return Ladders(known).step(exercise, "easier")


def ladder_of(exercise: Exercise, known: Catalogue) -> tuple[Exercise, ...]:
    """The whole ladder the exercise stands on, easiest first (see `Ladders`, for many exercises)."""
    return Ladders(known).ladder(exercise)


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
    ladders = Ladders(known)
    for exercise in own.values():
        if exercise.id in reported or (exercise.easier is None and exercise.harder is None):
            continue
        path = [exercise.id]
        rung = ladders.step(exercise, "easier")
        while rung is not None and rung.id not in path:
            path.append(rung.id)
            rung = ladders.step(rung, "easier")
        if rung is None or rung.id != exercise.id:
            continue
        reported.update(path)
        direction: Direction = "easier" if exercise.easier is not None else "harder"
        found.append(LadderProblem(exercise.id, direction, messages.ladder_loop([*path, exercise.id])))
    return found
