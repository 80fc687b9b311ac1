"""Which files are routines, and their order: by id, and the same whatever order the folder lists them in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workout_timer.domain.routines.routine_files import routine_files, routine_id_for

SAME_ID = ["my_core.yaml", "My Core.yml", "my-core.yaml", "MY CORE.YAML"]


@pytest.mark.parametrize("listed", [SAME_ID, SAME_ID[::-1], SAME_ID[1:] + SAME_ID[:1]])
def test_files_of_the_same_id_come_in_one_order_whatever_the_folder_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, listed: list[str]
) -> None:
    """Sorted by id only, files of the same id came in the filesystem's order, which differs between disks."""
    for name in [*SAME_ID, "abs.yaml", "exercises.yaml", "notes.txt"]:
        (tmp_path / name).write_text("version: 1\n")
    assert {routine_id_for(name) for name in SAME_ID} == {"my-core"}
    order = [*listed, "notes.txt", "abs.yaml", "exercises.yaml"]

    def in_order(folder: Path) -> Iterator[Path]:
        return iter(folder / name for name in order)

    monkeypatch.setattr(Path, "iterdir", in_order)
    assert [path.name for path in routine_files(tmp_path)] == [
        "abs.yaml",
        "my-core.yaml",  # as the app would name it: the one a search by id finds
        "MY CORE.YAML",
        "My Core.yml",
        "my_core.yaml",
    ]


def test_no_folder_no_files(tmp_path: Path) -> None:
    assert routine_files(tmp_path / "missing") == []


def test_a_new_id_spells_letters_beyond_a_to_z_out_and_an_existing_files_id_stays() -> None:
    """A copy made in German was saved as aufw-rmen-vor-dem-laufen-kopie.yaml (its id too): umlauts and ß are
    spelled out, other accents dropped; the id an existing file already has does not change under it."""
    from workout_timer.domain.routines.routine_files import free_id, routine_id_for

    assert free_id("Aufwärmen vor dem Laufen (Kopie)", [], "routine") == "aufwaermen-vor-dem-laufen-kopie"
    assert free_id("Übungen für Rücken & Füße", [], "routine") == "uebungen-fuer-ruecken-fuesse"
    assert free_id("Étirements après la course", ["etirements-apres-la-course"], "routine") == (
        "etirements-apres-la-course-2"
    )
    assert free_id("日本語", [], "routine") == "routine"  # nothing in plain letters: the fallback
    assert routine_id_for("Übungen.yaml") == "bungen"  # as it was read before: the history knows it by this id
