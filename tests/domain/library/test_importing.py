"""Importing and exporting a routine: each rule once, in the domain, and the same through the command line and
the window (which only call it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.qt.editor.test_editor import answer, press, window
from workout_timer import resources
from workout_timer.cli import main as cli_main
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_drafts_dir, user_routines_dir, user_trash_dir
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.importing import OnClash, RoutineImport
from workout_timer.domain.library.library import Library
from workout_timer.domain.library.user_routines import UserRoutines, export_routine
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine_files import routine_files, routine_id_for

ROUTINE = "version: 1\nname: {name}\nsteps:\n  - exercise: plank\n    duration: 30s\n"
TWO_MISTAKES = "version: 1\nname: Two mistakes\nsteps:\n  - exercise: no-such-thing\n  - rest: -5s\n"


def library() -> Library:
    return Library(resources.routines_dir(), user_routines_dir(), resources.catalogue_path())


def user() -> UserRoutines:
    return UserRoutines(user_routines_dir(), user_trash_dir(), user_drafts_dir())


def mine(name: str, text: str) -> Path:
    """A file in the user's routines folder."""
    folder = user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli_main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- where the file goes ---------------------------------------------------------------------


def test_the_file_of_a_routine_is_the_one_its_id_comes_from_whatever_its_name() -> None:
    written = mine("My Core.yml", ROUTINE.format(name="My core"))
    assert user().path_for("my-core") == written
    assert user().path_for("other") == user_routines_dir() / "other.yaml"
    assert user().save("my-core", ROUTINE.format(name="Saved")) == written


@pytest.mark.parametrize("way", ["domain", "cli", "window"])
def test_an_import_that_replaces_a_routine_writes_over_its_file_whatever_its_name(
    way: str, qtbot: QtBot, capsys: pytest.CaptureFixture[str], clock: FakeClock, tmp_path: Path
) -> None:
    kept = mine("My Core.yml", ROUTINE.format(name="My core"))  # listed as my-core
    shared = tmp_path / "my-core.yaml"
    shared.write_text(ROUTINE.format(name="Club core"), encoding="utf-8")
    if way == "domain":
        plan = RoutineImport.read(shared, library()).plan(OnClash.REPLACE)
        user().save(plan.id, plan.text)
    elif way == "cli":
        assert cli(capsys, "import", str(shared), "--replace")[0] == 0
    else:
        main = window(qtbot, clock, tmp_path)
        asked = answer(qtbot, press("Replace"))
        assert main.editing.import_file(shared) == "my-core"
        assert asked == ["A routine with this name exists"]
        main.close()
    files = [path for path in routine_files(user_routines_dir()) if routine_id_for(path) == "my-core"]
    assert files == [kept] and "Club core" in kept.read_text(encoding="utf-8")
    assert [e.name for e in library().entries() if e.id == "my-core"] == ["Club core"]


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
        assert err.startswith("workout-timer: you already have a routine called 'mine' (mine); ")
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
        assert code == 0 and out == f"Imported 'Club core' as club-core ({user_routines_dir() / 'club-core.yaml'}).\n"


# -- what is checked -----------------------------------------------------------------------------


@pytest.mark.parametrize("way", ["domain", "cli", "window"])
def test_a_file_with_mistakes_is_refused_with_every_one_of_them(
    way: str, qtbot: QtBot, capsys: pytest.CaptureFixture[str], clock: FakeClock, tmp_path: Path
) -> None:
    shared = tmp_path / "two-mistakes.yaml"
    shared.write_text(TWO_MISTAKES, encoding="utf-8")
    expected = [f"{shared}:4:15: ", f"{shared}:5:11: "]
    if way == "domain":
        with pytest.raises(LoadError) as refused:
            RoutineImport.read(shared, library())
        said = "\n".join(str(p) for p in refused.value.problems)
    elif way == "cli":
        code, out, said = cli(capsys, "import", str(shared))
        assert (code, out) == (1, "")
    else:
        main = window(qtbot, clock, tmp_path)
        shown: list[str] = []

        def read_and_close(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            shown.append(box.text())
            press("OK")(box)

        asked = answer(qtbot, read_and_close)
        assert main.editing.import_file(shared) is None
        assert asked == ["Not imported"]
        said = shown[0]
        main.close()
    assert all(where in said for where in expected), said
    assert not (user_routines_dir() / "two-mistakes.yaml").exists()


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
