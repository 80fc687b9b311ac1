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


def test_a_file_too_big_is_refused_by_its_size_not_read(tmp_path: Path) -> None:
    import pytest

    path = tmp_path / "huge.yaml"
    with path.open("wb") as out:
        out.truncate(2 * 1024**2)  # twice the limit: the size alone says no
    with pytest.raises(OSError, match="at most 1024 KiB") as raised:
        look(path)
    assert raised.value.strerror == "the file is 2048 KiB; routine files may be at most 1024 KiB"


def test_a_pipe_or_a_link_to_a_device_is_never_read(tmp_path: Path) -> None:
    import os

    import pytest

    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    for name, kind in (("pipe.yaml", "a pipe (FIFO)"), ("zero.yaml", "a device")):
        with pytest.raises(OSError, match="not a regular file") as raised:
            look(tmp_path / name)
        assert raised.value.strerror == f"this is {kind}, not a regular file; the app reads only regular files"


def test_a_version_is_never_written_over_a_file_grown_too_big(tmp_path: Path) -> None:
    from workout_timer.domain.library.user_routines import still_as_read
    from workout_timer.domain.routines.loading import load_routine_text

    text = "version: 1\nname: Plank\nsteps: [{rest: 5}]\n"
    original = load_routine_text(text, "plank.yaml", {}, "plank")
    path = tmp_path / "plank.yaml"
    path.write_text(text + "#" + " " * (2 * 1024**2) + "\n")  # the same routine, padded past the limit
    assert not still_as_read(path, original, {})
    path.write_text(text)
    assert still_as_read(path, original, {})
