"""Writing routines back to YAML: readable, and loading back to the very same timeline and cues."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings

from tests.conftest import FIXTURES, good_routine_files
from tests.helpers.same_session import same_session
from tests.strategies import routines, to_yaml
from workout_timer.domain.common.atomic_file import save_text
from workout_timer.domain.editing.draft import document_from_file
from workout_timer.domain.routines.loading import load_routine, load_routine_text
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.domain.routines.routine_writer import routine_yaml


@pytest.mark.parametrize(
    "path",
    good_routine_files(),
    ids=lambda p: p.name,
)
def test_every_built_in_and_fixture_loads_back_the_same(path: Path, catalogue: Catalogue) -> None:
    routine = load_routine(path, catalogue)
    text = routine_yaml(routine)
    again = load_routine_text(text, "written.yaml", catalogue, routine.id)
    same_session(routine, again)
    assert routine_yaml(again) == text  # and writing is stable


@settings(max_examples=100, deadline=None)
@given(routines())
def test_generated_routines_load_back_the_same(catalogue: Catalogue, data: dict[str, Any]) -> None:
    routine = load_routine_text(to_yaml(data), "g.yaml", catalogue, "g")
    same_session(routine, load_routine_text(routine_yaml(routine), "g.yaml", catalogue, "g"))


def test_the_text_reads_as_a_person_would_write_it(catalogue: Catalogue) -> None:
    routine = load_routine(FIXTURES / "valid" / "issue-example.yaml", catalogue)
    text = routine_yaml(routine)
    assert text.startswith("version: 1\nname: ")
    assert text.index("defaults:") < text.index("exercises:") < text.index("steps:")
    assert "duration: 30s" in text and "tempo: none" in text
    assert "wall-angel:" in text  # the routine's own exercise, defined inline
    assert "plank:\n" not in text  # catalogue exercises are named by id, not copied


def test_a_save_that_fails_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mine.yaml"
    save_text(path, "old")

    def broken_replace(self: Path, target: Path) -> Path:
        raise OSError("the disk went away")

    monkeypatch.setattr(Path, "replace", broken_replace)
    with pytest.raises(OSError, match="went away"):
        save_text(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["mine.yaml"]  # no half-written file left behind
    monkeypatch.undo()
    save_text(path, "new")
    assert path.read_text() == "new"


@pytest.mark.parametrize("path", good_routine_files(), ids=lambda p: p.name)
def test_a_file_read_into_the_editor_and_written_again_keeps_its_durations(path: Path, catalogue: Catalogue) -> None:
    routine = load_routine(path, catalogue)
    document = document_from_file(routine, path)
    text = routine_yaml(routine, spelled_like=document)
    again = load_routine_text(text, "written.yaml", catalogue, routine.id)
    same_session(routine, again)
    assert routine_yaml(again, spelled_like=yaml.safe_load(text)) == text  # the same form, save after save


def test_durations_keep_the_form_the_user_wrote(tmp_path: Path, catalogue: Catalogue) -> None:
    text = (
        "version: 1\nname: Forms\ndefaults: {rest: '0:45', prepare: 12}\n"
        "steps:\n  - {exercise: plank, duration: '1:15', rest: 90}\n  - {rest: 2m}\n"
        "  - {exercise: dead-bug, reps: 8, cues: [{at: '0:05', say: Breathe}]}\n"
    )
    path = tmp_path / "forms.yaml"
    path.write_text(text)
    routine = load_routine(path, catalogue)
    document = document_from_file(routine, path)
    assert (document["defaults"]["rest"], document["defaults"]["prepare"]) == ("0:45", 12)
    assert (document["steps"][0]["duration"], document["steps"][0]["rest"]) == ("1:15", 90)
    assert document["steps"][1]["rest"] == "2m" and document["steps"][2]["cues"][0]["at"] == "0:05"
    written = yaml.safe_load(routine_yaml(routine, spelled_like=document))
    assert written["steps"][0]["duration"] == "1:15" and written["defaults"]["rest"] == "0:45"
    assert yaml.safe_load(routine_yaml(routine))["steps"][0]["duration"] == "1m15s"  # without: the tidy form


def test_a_form_for_another_length_is_not_kept(catalogue: Catalogue, load: Any) -> None:
    routine = load("version: 1\nname: R\nsteps:\n  - {exercise: plank, duration: 40s}\n")
    typed_earlier = {"steps": [{"exercise": "plank", "duration": "1:15"}]}
    assert yaml.safe_load(routine_yaml(routine, spelled_like=typed_earlier))["steps"][0]["duration"] == "40s"
