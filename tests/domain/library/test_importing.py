"""Importing and exporting a routine: each rule once, in the domain, and the same through the command line and
the window (which only call it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.my_routines import ROUTINE, TWO_MISTAKES, cli, library, mine, user
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.importing import RoutineImport
from workout_timer.domain.library.user_routines import export_routine

# -- where the file goes ---------------------------------------------------------------------


def test_the_file_of_a_routine_is_the_one_its_id_comes_from_whatever_its_name() -> None:
    written = mine("My Core.yml", ROUTINE.format(name="My core"))
    assert user().path_for("my-core") == written
    assert user().path_for("other") == user_routines_dir() / "other.yaml"
    assert user().save("my-core", ROUTINE.format(name="Saved")) == written


# -- which ids clash -------------------------------------------------------------------------


@pytest.mark.parametrize("way", ["domain", "cli"])
def test_a_routine_of_yours_that_does_not_load_still_holds_its_id(
    way: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = mine("mine.yaml", "version: 1\nname: Mine\nsteps: []\n")
    shared = tmp_path / "mine.yaml"
    shared.write_text(ROUTINE.format(name="Theirs"), encoding="utf-8")
    if way == "domain":
        plan = RoutineImport.read(shared, library()).plan()
        assert plan.clash is not None and (plan.clash.path, plan.clash.routine) == (broken, None)
    else:
        code, out, err = cli(capsys, "import", str(shared))
        assert (code, out) == (1, "")
        assert err.startswith("workout-timer: you already have a routine called “mine” (mine); ")
    assert broken.read_text(encoding="utf-8") == "version: 1\nname: Mine\nsteps: []\n"


# -- the id and the name it gets ---------------------------------------------------------------


@pytest.mark.parametrize("way", ["domain", "cli"])
def test_an_id_asked_for_is_tidied_as_a_file_name_is(
    way: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shared = tmp_path / "core.yaml"
    shared.write_text(ROUTINE.format(name="Club core"), encoding="utf-8")
    if way == "domain":
        plan = RoutineImport.read(shared, library()).plan(as_id="Club Core!")
        assert (plan.id, plan.name, plan.clash) == ("club-core", "Club core", None)
    else:
        code, out, _ = cli(capsys, "import", str(shared), "--as", "Club Core!")
        assert code == 0 and out == f"Imported “Club core” as club-core ({user_routines_dir() / 'club-core.yaml'}).\n"


# -- what is checked -----------------------------------------------------------------------------


def test_what_is_imported_is_the_text_that_was_checked(tmp_path: Path) -> None:
    shared = tmp_path / "core.yaml"
    shared.write_text(ROUTINE.format(name="Checked"), encoding="utf-8")
    importing = RoutineImport.read(shared, library())
    shared.write_text(TWO_MISTAKES, encoding="utf-8")  # changed after the check
    plan = importing.plan()
    assert plan.text == ROUTINE.format(name="Checked") and plan.name == "Checked"


@pytest.mark.parametrize("way", ["domain", "cli"])
def test_a_routine_that_does_not_load_is_not_exported(
    way: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = mine("broken.yaml", TWO_MISTAKES)
    out_file = tmp_path / "out.yaml"
    if way == "domain":
        with pytest.raises(ValueError, match="broken does not load"):
            export_routine(Entry("broken", broken, Source.USER, None), out_file)
    else:
        code, _, err = cli(capsys, "export", "broken", str(out_file))
        assert code == 1 and f"{broken}:4:15: " in err
    assert not out_file.exists()
