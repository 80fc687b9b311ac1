"""Import in the window goes the way the domain and the command line go: the same file replaced, the same
mistakes refused, the same answer to a clash with a built-in routine."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.editor_window import answer, press, window
from tests.helpers.my_routines import (
    ROUTINE,
    TEXT,
    TWO_MISTAKES,
    cli,
    import_by_cli,
    library,
    mine,
    user,
    user_routines,
)
from workout_timer.domain.common.clock import FakeClock
from workout_timer.domain.common.paths import user_routines_dir
from workout_timer.domain.library.importing import OnClash, RoutineImport
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.domain.routines.routine_files import routine_files, routine_id_for
from workout_timer.qt.shell.main_window import MainWindow


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
