"""A routine imported beside one it clashes with gets a name of its own, in the window and the CLI alike."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.my_routines import TEXT
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.importing import OnClash, imported_copy, plan_import
from workout_timer.domain.library.user_routines import copy_name
from workout_timer.domain.routines.loading import load_routine_text
from workout_timer.domain.routines.routine import Catalogue


def test_a_copy_name_is_the_first_free_one_whatever_the_case() -> None:
    assert copy_name("Plank", []) == "Plank"
    assert copy_name("Plank", ["plank"]) == "Plank (2)"
    assert copy_name("Plank", ["Plank", "Plank (2)", "Other"]) == "Plank (3)"


def test_the_copy_keeps_the_file_as_written_but_its_name(catalogue: Catalogue) -> None:
    routine = load_routine_text(TEXT, "core-for-runners.yaml", catalogue, "core-for-runners")
    kept = imported_copy(TEXT, routine, "core-for-runners", ["core-for-runners"], ["Core for runners"])
    assert (kept.id, kept.name) == ("core-for-runners-2", "Core for runners (2)")
    assert kept.text == TEXT.replace("Core for runners", '"Core for runners (2)"')
    assert load_routine_text(kept.text, "x.yaml", catalogue, kept.id).name == kept.name
    free = imported_copy(TEXT, routine, "mine", ["core-for-runners"], ["Something else"])
    assert (free.id, free.name, free.text) == ("mine", "Core for runners", TEXT)


def test_a_name_not_on_its_own_line_is_written_afresh(catalogue: Catalogue) -> None:
    text = "version: 1\nname: >-\n  Core for\n  runners\nsteps: [{exercise: plank, duration: 30s}]\n"
    routine = load_routine_text(text, "c.yaml", catalogue, "c")
    kept = imported_copy(text, routine, "c", [], ["Core for runners"])
    assert load_routine_text(kept.text, "c.yaml", catalogue, "c").name == "Core for runners (2)"


def test_a_plan_counts_built_in_and_own_routines_as_clashes(catalogue: Catalogue) -> None:
    routine = load_routine_text(TEXT, "core-for-runners.yaml", catalogue, "core-for-runners")
    built_in = Entry("core-for-runners", Path("core-for-runners.yaml"), Source.BUILT_IN, routine)
    taken = [built_in, Entry("mine", Path("mine.yaml"), Source.USER, None)]
    asked = plan_import(TEXT, routine, "core-for-runners", taken)
    assert (asked.clash, asked.replaces) == (built_in, False)
    both = plan_import(TEXT, routine, "core-for-runners", taken, OnClash.KEEP_BOTH)
    assert (both.id, both.name, both.clash) == ("core-for-runners-2", "Core for runners (2)", None)
    replaced = plan_import(TEXT, routine, "core-for-runners", taken, OnClash.REPLACE)
    assert (replaced.id, replaced.name, replaced.text, replaced.replaces) == (
        "core-for-runners", "Core for runners", TEXT, True
    )  # the name of the one it replaces is free  # fmt: skip
    free = plan_import(TEXT, routine, "club-core", taken, OnClash.REPLACE)  # nothing to replace: kept beside
    assert (free.id, free.name, free.replaces) == ("club-core", "Core for runners (2)", False)
