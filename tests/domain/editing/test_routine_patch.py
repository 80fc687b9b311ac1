"""A routine changed by the app (a progression step) is written into the user's own file in place."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workout_timer.domain.editing.routine_patch import changed_values, patched
from workout_timer.domain.library.user_routines import own_version
from workout_timer.domain.routines.loading import load_routine_text
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.domain.routines.routine_writer import routine_data

TEXT = """\
version: 1
name: Mine  # my routine
defaults: {rest: '0:20'}
steps:
  - exercise: plank   # hold it
    duration: "1:15"
  - {exercise: knee-push-up, reps: 8}
"""


def test_only_the_changed_values_are_written_where_they_stand() -> None:
    changes = changed_values({"a": [1, {"b": "2s"}], "c": 3}, {"a": [1, {"b": "4s"}], "c": 5})
    assert changes == [(("a", 1, "b"), "4s"), (("c",), 5)]
    assert changed_values({"a": 1}, {"a": 1, "b": 2}) is None  # a new key: not a change in place
    assert patched(TEXT, [(("steps", 0, "duration"), "1m30s"), (("steps", 1, "reps"), 10)]) == TEXT.replace(
        '"1:15"', "1m30s"
    ).replace("reps: 8", "reps: 10")
    assert patched(TEXT, [(("steps", 0, "reps"), 10)]) is None  # not written in the file


def test_your_version_is_your_file_with_the_step_written_in(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(TEXT)
    original = load_routine_text(TEXT, "mine.yaml", catalogue, "mine")
    longer = replace(original.steps[0], duration=90.0)  # type: ignore[call-arg]
    stepped = replace(original, steps=(longer, *original.steps[1:]))
    text = own_version(stepped, path, original, catalogue)
    assert text == TEXT.replace('"1:15"', "1m30s")
    assert routine_data(load_routine_text(text, "mine.yaml", catalogue, "mine")) == routine_data(stepped)

    other = TEXT.replace("  - {exercise: knee-push-up, reps: 8}\n", "")  # the file changed since: written afresh
    path.write_text(other)
    afresh = own_version(stepped, path, original, catalogue)
    assert "# my routine" not in afresh and "0:20" in afresh  # the user's spelling of the rest, at least
    assert routine_data(load_routine_text(afresh, "mine.yaml", catalogue, "mine")) == routine_data(stepped)
