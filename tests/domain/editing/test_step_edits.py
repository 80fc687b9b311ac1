"""What the editor's buttons do to a routine, decided without a window: where a new step goes and what
it starts as, which step is chosen after a removal, an exercise of the routine's own, reps or a time."""

from __future__ import annotations

from typing import Any

from workout_timer.domain.editing.draft import blank_document
from workout_timer.domain.editing.step_edits import (
    NEW_CIRCUIT,
    NEW_REST,
    STANDARD_LENGTH,
    insertion_place,
    known_exercises,
    new_step_for,
    with_measure,
    with_new_step,
    with_own_exercise,
    with_step_removed,
)
from workout_timer.domain.routines.routine import Catalogue

PLANK = {"exercise": "plank", "duration": "30s"}
BUG = {"exercise": "dead-bug", "reps": 8}


def routine() -> dict[str, Any]:
    """plank, a circuit of (dead bug, rest), rest."""
    circuit = {"circuit": {"rounds": 2, "steps": [dict(BUG), dict(NEW_REST)]}}
    return {**blank_document("Test"), "steps": [dict(PLANK), circuit, dict(NEW_REST)]}


def test_a_new_step_goes_after_the_chosen_one_into_the_chosen_circuit_else_last() -> None:
    document = routine()
    assert insertion_place(document, None) == (("steps",), 3)
    assert insertion_place(document, ("steps", 0)) == (("steps",), 1)
    assert insertion_place(document, ("steps", 1)) == (("steps", 1, "circuit", "steps"), 2)
    assert insertion_place(document, ("steps", 1, "circuit", "steps", 0)) == (("steps", 1, "circuit", "steps"), 1)
    changed, where = with_new_step(document, ("steps", 1), NEW_CIRCUIT)
    assert where == ("steps", 1, "circuit", "steps", 2)
    assert changed["steps"][1]["circuit"]["steps"][2] == NEW_CIRCUIT
    assert changed["steps"][1]["circuit"]["steps"][2] is not NEW_CIRCUIT  # never the shared template itself
    assert document == routine()  # the document given is left as it was


def test_a_new_step_of_an_exercise_starts_with_its_usual_amount(catalogue: Catalogue) -> None:
    assert new_step_for("dead-bug", catalogue["dead-bug"]) == {"exercise": "dead-bug", "reps": 8}
    assert new_step_for("plank", catalogue["plank"]) == {"exercise": "plank", "duration": "30s"}
    assert new_step_for("mystery", None) == {"exercise": "mystery", "duration": STANDARD_LENGTH}


def test_an_own_exercise_gets_a_free_id_from_its_name_and_a_step_of_it() -> None:
    data = {"name": "Plank", "kind": "strength"}
    document, step = with_own_exercise(routine(), data, ["plank", "dead-bug"])
    assert document["exercises"] == {"plank-2": data}
    assert step == {"exercise": "plank-2", "duration": STANDARD_LENGTH}
    _, counted = with_own_exercise(routine(), {**data, "reps": 12}, [])
    assert counted == {"exercise": "plank"}  # its own amount, not the standard one


def test_the_picker_lists_the_catalogue_and_the_routines_own_exercises_once_they_read_right(
    catalogue: Catalogue,
) -> None:
    wall_sit = {"name": "Wall sit", "kind": "strength", "duration": "45s", "instructions": ["Back to the wall."]}
    known = known_exercises(catalogue, {**routine(), "exercises": {"wall-sit": wall_sit}})
    assert known["wall-sit"].name == "Wall sit" and known["plank"] is catalogue["plank"]
    unfinished = {"wall-sit": wall_sit, "half-made": {"name": "Half made"}}
    assert known_exercises(catalogue, {**routine(), "exercises": unfinished}) == catalogue


def test_after_a_removal_the_next_step_is_chosen_else_the_one_before_else_what_held_it() -> None:
    document = routine()
    changed, focus = with_step_removed(document, ("steps", 0))
    assert focus == ("steps", 0) and changed["steps"][0] == routine()["steps"][1]
    assert with_step_removed(document, ("steps", 2))[1] == ("steps", 1)  # the last: the one before
    inner = ("steps", 1, "circuit", "steps")
    assert with_step_removed(document, (*inner, 1))[1] == (*inner, 0)
    alone, _ = with_step_removed(document, (*inner, 1))
    assert with_step_removed(alone, (*inner, 0))[1] == ("steps", 1)  # the last in a circuit: the circuit
    only = {**blank_document("One"), "steps": [dict(PLANK)]}
    assert with_step_removed(only, ("steps", 0)) == ({**blank_document("One"), "steps": []}, None)


def test_switching_between_a_time_and_reps_keeps_only_one_amount() -> None:
    document = {**blank_document("Test"), "steps": [{"exercise": "plank", "duration": "45s", "tempo": 2}]}
    to_reps = with_measure(document, ("steps", 0), "reps")
    assert to_reps["steps"][0] == {"exercise": "plank", "tempo": 2, "reps": 10}
    back = with_measure(to_reps, ("steps", 0), "duration")
    assert back["steps"][0] == {"exercise": "plank", "duration": STANDARD_LENGTH}  # a tempo counts reps: it goes
    assert with_measure(document, ("steps", 0), "duration") == {
        **blank_document("Test"),
        "steps": [{"exercise": "plank", "duration": "45s"}],
    }
