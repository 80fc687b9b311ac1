"""No routine file can run code, eat memory, or crash the loader."""

from __future__ import annotations

import errno
import os
import re
import time
from pathlib import Path

import pytest
import yaml

from workout_timer.domain.routines import yaml_nodes
from workout_timer.domain.routines.loading import load_routine
from workout_timer.domain.routines.problems import LoadError
from workout_timer.domain.routines.routine import Catalogue
from workout_timer.domain.routines.yaml_nodes import MAX_BYTES


def problems_for(path: Path, catalogue: Catalogue) -> list[str]:
    with pytest.raises(LoadError) as caught:
        load_routine(path, catalogue)
    return [str(p) for p in caught.value.problems]


def write(tmp_path: Path, content: str | bytes, name: str = "r.yaml") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['echo hacked']",
        "!!python/name:os.system",
        "!custom value",
        "!!binary aGVsbG8=",
        "!!set {a, b}",
    ],
)
def test_tags_never_construct_objects(tmp_path: Path, catalogue: Catalogue, tag: str) -> None:
    path = write(tmp_path, f"version: 1\nname: {tag}\nsteps: [{{rest: 5}}]\n")
    (message,) = problems_for(path, catalogue)
    assert message.startswith(f"{path}:2:7: YAML tags such as !")
    assert "are not allowed in routine files" in message


def test_an_alias_bomb_is_refused_quickly(tmp_path: Path, catalogue: Catalogue) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 12):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{', '.join([previous] * 9)}]")
    path = write(tmp_path, "\n".join(lines) + "\n")
    started = time.perf_counter()
    (message,) = problems_for(path, catalogue)
    assert time.perf_counter() - started < 1.0  # generous: it is refused after a few thousand nodes
    assert "expands to more than" in message


@pytest.mark.parametrize("parser", ["libyaml", "python"])
@pytest.mark.parametrize(("opening", "closing"), [("[", "]"), ("{a: ", "}")])
@pytest.mark.parametrize("depth", [41, 5000])
def test_deep_nesting_is_refused(
    tmp_path: Path,
    catalogue: Catalogue,
    monkeypatch: pytest.MonkeyPatch,
    parser: str,
    opening: str,
    closing: str,
    depth: int,
) -> None:
    """Refused in the app's own words with its place, whichever parser (and its own limits) reads the file."""
    if parser == "python":
        monkeypatch.setattr(yaml_nodes, "_Loader", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("this PyYAML was built without libyaml")
    path = write(tmp_path, "version: 1\nname: x\nsteps: " + opening * depth + "1" + closing * depth + "\n")
    (message,) = problems_for(path, catalogue)
    assert re.fullmatch(
        rf"{re.escape(str(path))}:3:\d+: lists and mappings are nested more than 40 levels deep", message
    )


def test_forty_levels_are_allowed(tmp_path: Path, catalogue: Catalogue) -> None:
    """The limit is the app's: the file below is refused for what it holds, not for its depth."""
    path = write(tmp_path, "version: 1\nname: x\nsteps: " + "[" * 39 + "1" + "]" * 39 + "\n")
    (message,) = problems_for(path, catalogue)
    assert "nested more than" not in message


def test_a_huge_file_is_refused_before_parsing(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(tmp_path, "# padding\n" * (MAX_BYTES // 10 + 1))
    (message,) = problems_for(path, catalogue)
    assert message == f"{path}: the file is 1025 KiB; routine files may be at most 1024 KiB"


def test_binary_file(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert problems_for(path, catalogue) == [f"{path}: this looks like a binary file, not a YAML text file"]


def test_non_utf8_file_names_the_place(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(tmp_path, "version: 1\nname: Caf\xe9\n".encode("latin-1"))
    assert problems_for(path, catalogue) == [
        f"{path}:2:10: the file is not UTF-8 text (unexpected byte 0xe9); save it as UTF-8"
    ]


@pytest.mark.parametrize("content", ["", "   \n\n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, catalogue: Catalogue, content: str) -> None:
    path = write(tmp_path, content)
    (message,) = problems_for(path, catalogue)
    assert message.startswith(f"{path}: the file is empty")


def test_missing_file_and_folder(tmp_path: Path, catalogue: Catalogue) -> None:
    assert problems_for(tmp_path / "nope.yaml", catalogue) == [f"{tmp_path / 'nope.yaml'}: there is no such file"]
    assert problems_for(tmp_path, catalogue) == [f"{tmp_path}: this is a folder, not a routine file"]


def test_unreadable_file(tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "version: 1\n")
    path.chmod(0)
    if os.geteuid() == 0:  # root (as in CI) reads any file: it is refused where the loader opens it, as for a user
        real_open = os.open

        def refused(name: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
            if Path(name) == path:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(name))
            return real_open(name, flags, *args, **kwargs)

        monkeypatch.setattr(yaml_nodes.os, "open", refused)
    assert problems_for(path, catalogue) == [
        f"{path}: the file cannot be read (the app is not allowed to use the file)"
    ]


def test_syntax_error_names_line_and_column(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(tmp_path, "version: 1\nname: Bad\nsteps:\n  - exercise: plank\n   duration: 30\n")
    (message,) = problems_for(path, catalogue)
    assert message.startswith(f"{path}:5:")
    assert "this is not valid YAML" in message


def test_a_second_document_is_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(tmp_path, "version: 1\nname: a\nsteps: [{rest: 5}]\n---\nversion: 1\n")
    (message,) = problems_for(path, catalogue)
    assert (
        message == f"{path}:4:1: the file holds more than one YAML document (a second `---`); keep one routine a file"
    )


def test_duplicate_keys_are_reported(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(tmp_path, "version: 1\nname: a\nname: b\nsteps: [{rest: 5}]\n")
    assert problems_for(path, catalogue) == [f"{path}:3:1: `name` is given twice (first on line 2); keep one"]


def test_anchors_and_merge_keys_work_for_reuse(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(
        tmp_path,
        "version: 1\nname: Reuse\nsteps:\n"
        "  - &hold {exercise: plank, duration: 30, rest: 10}\n"
        "  - <<: *hold\n    duration: 45\n"
        "  - *hold\n",
    )
    routine = load_routine(path, catalogue)
    assert [s.duration for s in routine.steps] == [30, 45, 30]  # type: ignore[union-attr]
    assert [s.rest for s in routine.steps] == [10, 10, 10]  # type: ignore[union-attr]


def test_a_bom_is_fine(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(tmp_path, "\ufeffversion: 1\nname: Bom\nsteps: [{rest: 5}]\n")
    assert load_routine(path, catalogue).name == "Bom"


def test_a_link_to_an_endless_device_is_refused_without_reading_it(tmp_path: Path, catalogue: Catalogue) -> None:
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    assert problems_for(link, catalogue) == [
        f"{link}: this is a device, not a regular file; the app reads only regular files"
    ]


def test_a_huge_file_is_refused_by_its_size_before_reading(tmp_path: Path, catalogue: Catalogue) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as out:
        out.truncate(8 * 1024**3)  # 8 GiB that take no room on the disk, and all the memory if read
    assert problems_for(path, catalogue) == [f"{path}: the file is 8388608 KiB; routine files may be at most 1024 KiB"]


@pytest.mark.slow
@pytest.mark.parametrize("command", [["validate", "{fifo}"], ["list"], ["import", "{fifo}"], ["start", "pipe"]])
def test_a_pipe_named_like_a_routine_never_hangs_the_command(
    tmp_path: Path, user_folders: Path, command: list[str]
) -> None:
    """A FIFO has no writer, so reading it would wait for ever: the command must answer at once."""
    import os
    import subprocess
    import sys

    from workout_timer.domain.common.paths import user_routines_dir

    folder = user_routines_dir()
    folder.mkdir(parents=True)
    fifo = folder / "pipe.yaml"
    os.mkfifo(fifo)
    args = [part.format(fifo=fifo) for part in command]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "workout_timer", *args], env=env, capture_output=True, text=True, timeout=60
    )
    assert "not a regular file" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
