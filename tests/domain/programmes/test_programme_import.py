"""Importing and exporting programmes: the rules the window and the command line share."""

from __future__ import annotations

from pathlib import Path

import pytest

from workout_timer import resources
from workout_timer.domain.library.importing import OnClash
from workout_timer.domain.programmes.programme_files import ProgrammeImport, export_programme, save_programme
from workout_timer.domain.programmes.programme_library import ProgrammeLibrary, load_programme
from workout_timer.domain.routines.problems import LoadError

ROUTINES = frozenset({"core-for-runners", "back-care-mobility"})
PLAN = "# my plan\nversion: 1\nname: Back on track  # the same name\nweeks:\n  - days: {1: core-for-runners}\n"


@pytest.fixture
def library(tmp_path: Path) -> ProgrammeLibrary:
    return ProgrammeLibrary(
        resources.programmes_dir(),
        tmp_path / "mine",
        lambda: ROUTINES | {"core-and-glutes", "post-run-stretch", "strength-for-runners", "stronger-back"},
    )


def test_a_clash_is_asked_about_then_kept_beside_or_replaced(tmp_path: Path, library: ProgrammeLibrary) -> None:
    source = tmp_path / "back-on-track.yaml"
    source.write_text(PLAN)
    importing = ProgrammeImport.read(source, library)
    asked = importing.plan()
    assert asked.clash is not None and asked.clash.name == "Back on track"

    both = importing.plan(OnClash.KEEP_BOTH)
    assert (both.id, both.name) == ("back-on-track-2", "Back on track (2)")
    assert both.text.startswith("# my plan\n") and '"Back on track (2)"  # the same name' in both.text
    saved = save_programme(tmp_path / "mine", both)
    assert load_programme(saved, library.routines).name == "Back on track (2)"

    replacing = importing.plan(OnClash.REPLACE)
    assert (replacing.id, replacing.name, replacing.text) == ("back-on-track", "Back on track", PLAN)
    save_programme(tmp_path / "mine", replacing)
    entry = library.find("back-on-track")
    assert entry is not None and entry.path.parent == tmp_path / "mine"

    renamed = importing.plan(as_id="My Track")
    assert (renamed.id, renamed.clash) == ("my-track", None)


def test_a_file_with_mistakes_is_not_imported(tmp_path: Path, library: ProgrammeLibrary) -> None:
    source = tmp_path / "plan.yaml"
    source.write_text("version: 1\nname: X\nweeks:\n  - days: {1: my-own-routine}\n")
    with pytest.raises(LoadError, match="unknown routine my-own-routine"):
        ProgrammeImport.read(source, library)


def test_an_exported_programme_is_its_file_and_imports_again(tmp_path: Path, library: ProgrammeLibrary) -> None:
    entry = library.find("runners-core")
    assert entry is not None
    export_programme(entry, tmp_path / "shared.yaml")
    assert (tmp_path / "shared.yaml").read_text() == entry.path.read_text()
    assert ProgrammeImport.read(tmp_path / "shared.yaml", library).programme.name == "Runner's core"
