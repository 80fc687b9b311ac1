"""Telling whether a file changed on disk since the app read it."""

from __future__ import annotations

from pathlib import Path

from workout_timer.domain.library.file_seen import NO_FILE, Change, Seen, change_since, look


def test_a_file_left_alone_is_the_same(tmp_path: Path) -> None:
    path = tmp_path / "plank.yaml"
    path.write_text("name: Plank\n")
    read = look(path)
    path.write_text("name: Plank\n")  # written again with the same bytes
    assert change_since(read, look(path)) is Change.SAME


def test_a_file_changed_since_it_was_read_is_changed(tmp_path: Path) -> None:
    path = tmp_path / "plank.yaml"
    path.write_text("name: Plank\n")
    read = look(path)
    path.write_text("name: Plonk\n")  # the same size: only the bytes tell
    assert change_since(read, look(path)) is Change.CHANGED


def test_a_file_deleted_since_it_was_read_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "plank.yaml"
    path.write_text("name: Plank\n")
    read = look(path)
    path.unlink()
    assert look(path) == NO_FILE
    assert change_since(read, look(path)) is Change.GONE


def test_a_file_made_where_there_was_none_is_changed(tmp_path: Path) -> None:
    path = tmp_path / "plank.yaml"
    read = look(path)
    assert read == NO_FILE and change_since(read, look(path)) is Change.SAME
    path.write_text("name: Someone else's\n")
    assert change_since(read, look(path)) is Change.CHANGED


def test_what_the_app_wrote_is_what_it_saw() -> None:
    assert Seen.of(b"name: Plank\n") == Seen.of(b"name: Plank\n") != Seen.of(b"name: Plonk\n")
