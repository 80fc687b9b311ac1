"""The editor's document: edits, moves, and the loader's messages tied to the fields they are about."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from tests.conftest import good_routine_files
from tests.helpers.same_session import same_session
from tests.strategies import routines, to_yaml
from workout_timer.domain.editing.draft import (
    TOP,
    blank_document,
    check,
    document_of,
    no_steps,
    nudge,
    only_steps_missing,
    shown,
    step_paths,
    typed,
    value_at,
    with_step_inserted,
    with_step_moved,
    with_value,
    without_step,
)
from workout_timer.domain.routines.loading import load_routine, load_routine_text
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.domain.routines.routine_files import free_id

NUMBER_FIELDS = frozenset(
    {"duration", "reps", "sets", "tempo", "rest", "rest_between_sets", "rest_between_rounds", "rounds"}
    | {"prepare", "switch", "at"}
)
"""The fields the editor shows as text and reads back with `typed`: times, counts and tempos."""


def retyped(value: Any, key: str | None = None) -> Any:
    """Every number-like field shown in the editor and typed back, as a user retyping it would."""
    if isinstance(value, dict):
        return {k: retyped(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [retyped(v) for v in value]
    if key in NUMBER_FIELDS:
        return typed(shown(value))
    return value


@pytest.mark.parametrize(
    "path",
    good_routine_files(),
    ids=lambda p: p.name,
)
def test_every_built_in_and_fixture_goes_through_the_editor_unchanged(path: Path, catalogue: Catalogue) -> None:
    routine = load_routine(path, catalogue)
    result = check(retyped(document_of(routine)), catalogue, routine.id, "draft")
    assert result.routine is not None, result.problems
    same_session(routine, result.routine)


@settings(max_examples=60, deadline=None)
@given(routines())
def test_generated_routines_go_through_the_editor_unchanged(catalogue: Catalogue, data: dict[str, Any]) -> None:
    routine = load_routine_text(to_yaml(data), "g.yaml", catalogue, "g")
    result = check(retyped(document_of(routine)), catalogue, "g", "draft")
    assert result.routine is not None, result.problems
    same_session(routine, result.routine)


def test_typed_reads_a_field_the_way_a_file_would() -> None:
    assert typed(" 12 ") == 12
    assert typed("2.5") == 2.5
    assert typed("1m30s") == "1m30s"
    assert typed("") is None
    assert shown(30.0) == "30" and shown("45s") == "45s" and shown(None) == ""


def document() -> dict[str, Any]:
    doc = blank_document("Mine")
    for index, step in enumerate(
        [
            {"exercise": "plank", "duration": "30s"},
            {"circuit": {"rounds": 2, "steps": [{"exercise": "dead-bug", "reps": 10}, {"rest": 20}]}},
            {"exercise": "glute-bridge", "duration": 40},
        ]
    ):
        doc = with_step_inserted(doc, TOP, index, step)
    return doc


def names(doc: dict[str, Any]) -> list[str]:
    found = []
    for path in step_paths(doc):
        step = value_at(doc, path)
        found.append(step.get("exercise") or ("circuit" if "circuit" in step else "rest"))
    return found


def test_edits_make_new_documents_and_leave_the_old_one_alone() -> None:
    doc = document()
    changed = with_value(doc, ("steps", 0, "duration"), "45s")
    assert value_at(changed, ("steps", 0, "duration")) == "45s"
    assert value_at(doc, ("steps", 0, "duration")) == "30s"
    cleared = with_value(changed, ("steps", 0, "duration"), "")
    assert "duration" not in value_at(cleared, ("steps", 0))
    assert names(without_step(doc, ("steps", 1, "circuit", "steps", 0))) == ["plank", "circuit", "rest", "glute-bridge"]


def test_a_default_set_and_cleared_leaves_no_empty_block() -> None:
    doc = with_value(document(), ("defaults", "rest"), 20)
    assert list(doc) == ["version", "name", "defaults", "steps"]  # in the documented order
    assert "defaults" not in with_value(doc, ("defaults", "rest"), None)


def test_moves_within_and_between_circuits() -> None:
    doc = document()
    moved, where = with_step_moved(doc, ("steps", 0), TOP, 3)
    assert names(moved) == ["circuit", "dead-bug", "rest", "glute-bridge", "plank"] and where == ("steps", 2)
    moved, where = with_step_moved(doc, ("steps", 0), ("steps", 1, "circuit", "steps"), 1)
    assert names(moved) == ["circuit", "dead-bug", "plank", "rest", "glute-bridge"]
    assert where == ("steps", 0, "circuit", "steps", 1)
    same, where = with_step_moved(doc, ("steps", 1), ("steps", 1, "circuit", "steps"), 0)
    assert same is doc and where == ("steps", 1)  # a circuit cannot go into itself


def test_nudging_steps_out_of_a_circuit_and_past_it() -> None:
    doc = document()
    up, where = nudge(doc, ("steps", 1, "circuit", "steps", 0), -1)
    assert names(up) == ["plank", "dead-bug", "circuit", "rest", "glute-bridge"] and where == ("steps", 1)
    down, where = nudge(doc, ("steps", 0), +1)
    assert names(down) == ["circuit", "dead-bug", "rest", "plank", "glute-bridge"] and where == ("steps", 1)
    same, where = nudge(doc, ("steps", 2), +1)
    assert same is doc and where == ("steps", 2)


def test_messages_are_the_loaders_and_sit_at_their_fields(catalogue: Catalogue) -> None:
    doc = with_value(document(), ("steps", 0, "duration"), typed("half a minute"))
    doc = with_value(doc, ("steps", 1, "circuit", "rounds"), typed("0"))
    doc = with_value(doc, ("name",), "")
    result = check(doc, catalogue, "mine", "Mine")
    assert result.routine is None
    duration = result.at(("steps", 0, "duration"))
    assert len(duration) == 1 and "“half a minute”" in duration[0]
    assert any(str(p).endswith(duration[0]) for p in result.problems)  # word for word the loader's
    assert result.within(("steps", 1)) and result.at(("name",))
    assert not result.within(("steps", 2))


def test_in_german_a_cleared_name_is_told_at_the_name_too(catalogue: Catalogue) -> None:
    from workout_timer.domain.common import language

    language.use("de_DE")
    result = check(with_value(document(), ("name",), ""), catalogue, "mine", "Mine")
    assert result.at(("name",)) == ("die Routine braucht `name`, das fehlt noch",)


def test_an_empty_routine_asks_for_steps(catalogue: Catalogue) -> None:
    blank = blank_document("New")
    result = check(blank, catalogue, "new", "New")
    assert result.routine is None and result.at(("steps",)) == ("`steps` must not be empty",)  # validate's words
    assert result.about_routine() == ()  # not a mistake of the routine's: the editor says it where the steps are
    assert no_steps(blank) and only_steps_missing(blank, result)
    wrong = with_value(blank, ("defaults", "tempo"), "slow")
    assert no_steps(wrong) and not only_steps_missing(wrong, check(wrong, catalogue, "new", "New"))
    assert check(wrong, catalogue, "new", "New").about_routine()  # a mistake in its fields is the routine's
    assert not no_steps(document()) and not only_steps_missing(document(), check(document(), catalogue, "x", "X"))


def test_ids_come_from_names_and_never_clash() -> None:
    assert free_id("Wall Angels!", [], "exercise") == "wall-angels"
    assert free_id("Plank", ["plank", "plank-2"], "exercise") == "plank-3"
    assert free_id("???", [], "exercise") == "exercise"


def test_the_editors_list_shows_a_steps_note_as_a_sentence_of_its_own_as_the_preview_does() -> None:
    """It came after a "·", its capital letter inside the line, unlike the preview and the voice."""
    from workout_timer.domain.common import language
    from workout_timer.domain.editing.draft import step_label

    note = "Have a drink of water, then the stretches"
    assert step_label({"rest": 30, "note": note}, "") == "Rest · 30 secs. Have a drink of water, then the stretches."
    assert step_label({"exercise": "plank", "duration": 20, "note": "Slow and sleepy"}, "Plank") == (
        "Plank · 20 secs. Slow and sleepy."
    )
    language.use("de_DE")
    assert step_label({"rest": "1m", "note": "Trinken"}, "") == "Pause · 1 Min. Trinken."  # one full stop ends both


def test_the_editors_list_shows_a_steps_time_in_the_languages_units_and_a_half_typed_one_as_it_is() -> None:
    from workout_timer.domain.common import language
    from workout_timer.domain.editing.draft import step_label

    language.use("de_DE")
    assert step_label({"rest": "1m"}, "") == "Pause · 1 Min."  # "1m" read as a minute, not a metre
    assert (
        step_label({"exercise": "plank", "duration": 30, "sets": 3}, "Unterarmstütz") == "Unterarmstütz · 30 Sek. × 3"
    )
    assert step_label({"exercise": "plank", "duration": "1x"}, "Unterarmstütz") == "Unterarmstütz · 1x"
