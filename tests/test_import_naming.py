"""A routine imported beside one it clashes with gets a name of its own, in the window and the CLI alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from workout_timer.cli import main as cli_main
from workout_timer.domain.loading import Catalogue, load_routine, load_routine_text
from workout_timer.domain.paths import user_routines_dir
from workout_timer.domain.user_routines import copy_name, imported_copy

TEXT = """\
version: 1
name: Core for runners   # the one from the club
steps:
  - exercise: plank
    duration: 30s
"""


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


def test_the_cli_keeps_both_under_names_of_their_own(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, catalogue: Catalogue
) -> None:
    shared = tmp_path / "core-for-runners.yaml"
    shared.write_text(TEXT)
    assert cli_main(["import", str(shared)]) == 0  # beside the built-in routine of that id and name
    assert "'Core for runners (2)' as core-for-runners-2" in capsys.readouterr().out
    assert cli_main(["import", str(shared)]) == 0
    assert cli_main(["import", str(shared), "--keep-both"]) == 0
    names = sorted(load_routine(path, catalogue).name for path in user_routines_dir().iterdir())
    assert names == ["Core for runners (2)", "Core for runners (3)", "Core for runners (4)"]
