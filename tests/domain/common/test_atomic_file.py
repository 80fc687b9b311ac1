"""The atomic save never puts a regular file in place of a pipe or a device (or a link to one), and gives what
it writes the user's umask, read without changing it (the command line's export too)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from workout_timer.cli import main as cli_main
from workout_timer.domain.common.atomic_file import NotARegularFile, current_umask, save_text
from workout_timer.domain.common.failures import plain_words


def test_a_pipe_and_a_link_to_it_are_refused_and_left_as_they_are(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(fifo)
    for target in (fifo, link):
        with pytest.raises(NotARegularFile) as raised:
            save_text(target, "text")
        assert raised.value.strerror == "it is a pipe (FIFO), not a regular file, so it was left as it is"
        assert (
            plain_words(raised.value) == f"“{target}”: it is a pipe (FIFO), not a regular file, so it was left as it is"
        )
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "pipe"]  # no temporary file left


def test_a_device_node_is_refused(tmp_path: Path) -> None:
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("only root may make a device node (never /dev's own)")
    with pytest.raises(NotARegularFile, match="it is a device"):
        save_text(node, "text")
    assert stat.S_ISCHR(node.lstat().st_mode)


def test_a_regular_file_and_a_link_to_one_are_still_saved(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("old")
    save_text(path, "new")
    assert path.read_text() == "new"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """A usual umask, whatever the test runner's is."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_the_command_line_export_follows_the_umask(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "core.yaml"
    assert cli_main(["export", "core-for-runners", str(path)]) == 0
    assert mode(path) == 0o644


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_the_umask_is_read_without_changing_it(tmp_path: Path, mask: int) -> None:
    old = os.umask(mask)
    try:
        assert current_umask() == mask
        save_text(tmp_path / "r.yaml", "x")
        assert mode(tmp_path / "r.yaml") == 0o666 & ~mask and current_umask() == mask
    finally:
        os.umask(old)
