"""A routine imported beside one it clashes with gets a name of its own, in the window and the CLI alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.qt.editor.test_editor import answer, press, window
from workout_timer.cli import main as cli_main
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.library.entry import Entry, Source
from workout_timer.domain.library.importing import OnClash, imported_copy, plan_import
from workout_timer.domain.library.user_routines import copy_name
from workout_timer.domain.routines.loading import load_routine, load_routine_text
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.qt.shell.main_window import MainWindow

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


def user_routines(catalogue: Catalogue) -> list[tuple[str, str]]:
    """(file name, routine name) of every routine of the user's."""
    return sorted((p.name, load_routine(p, catalogue).name) for p in user_routines_dir().glob("*.y*ml"))


def import_by_cli(capsys: pytest.CaptureFixture[str], path: Path, choice: str | None) -> bool:
    """`workout-timer import PATH` with `--replace` or `--keep-both` (None: neither): whether it imported."""
    code = cli_main(["import", str(path), *([f"--{choice}"] if choice else [])])
    out, err = capsys.readouterr()
    if choice is None:
        assert code == 1 and out == ""
        assert err == (
            "workout-timer: there is a built-in routine called 'core-for-runners' (Core for runners); "
            "import it with --as ANOTHER-ID, --keep-both, or --replace it with yours\n"
        )
    return code == 0


def import_by_window(qtbot: QtBot, main: MainWindow, path: Path, choice: str | None) -> bool:
    """Import… in the window, answering the clash question with Replace, Keep both (None: Cancel)."""
    button = {"replace": "Replace", "keep-both": "Keep both", None: "Cancel"}[choice]
    asked = answer(qtbot, press(button))
    imported = main.editing.import_file(path)
    assert asked == ["A routine with this name exists"]
    return imported is not None


@pytest.mark.parametrize("choice", ["keep-both", "replace", None])
def test_importing_a_file_named_like_a_built_in_routine_goes_the_same_way_in_the_window_and_the_cli(
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
    clock: FakeClock,
    tmp_path: Path,
    catalogue: Catalogue,
    choice: str | None,
) -> None:
    shared = tmp_path / "core-for-runners.yaml"
    shared.write_text(TEXT)
    done = {}
    for way in ("cli", "window"):
        for path in user_routines_dir().glob("*.y*ml"):
            path.unlink()
        if way == "cli":
            imported = import_by_cli(capsys, shared, choice)
        else:
            main = window(qtbot, clock, tmp_path)
            imported = import_by_window(qtbot, main, shared, choice)
            main.close()
        done[way] = (imported, [r for r in user_routines(catalogue) if r[0] != "short-test.yaml"])
    assert (
        done["cli"]
        == done["window"]
        == {
            "keep-both": (True, [("core-for-runners-2.yaml", "Core for runners (2)")]),
            "replace": (True, [("core-for-runners.yaml", "Core for runners")]),
            None: (False, []),
        }[choice]
    )
