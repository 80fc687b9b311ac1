"""Your own routines as the import tests set them up: files in your folder, the library, the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from workout_timer import resources
from workout_timer.cli import main as cli_main
from workout_timer.domain.common.paths import user_drafts_dir, user_routines_dir, user_trash_dir
from workout_timer.domain.library.library import Library
from workout_timer.domain.library.user_routines import UserRoutines
from workout_timer.domain.routines.loading import load_routine
from workout_timer.domain.routines.routine import Catalogue

ROUTINE = "version: 1\nname: {name}\nsteps:\n  - exercise: plank\n    duration: 30s\n"
TWO_MISTAKES = "version: 1\nname: Two mistakes\nsteps:\n  - exercise: no-such-thing\n  - rest: -5s\n"


def library() -> Library:
    return Library(resources.routines_dir(), user_routines_dir(), resources.catalogue_path())


def user() -> UserRoutines:
    return UserRoutines(user_routines_dir(), user_trash_dir(), user_drafts_dir())


def mine(name: str, text: str) -> Path:
    """A file in the user's routines folder."""
    folder = user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli_main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


TEXT = """\
version: 1
name: Core for runners   # the one from the club
steps:
  - exercise: plank
    duration: 30s
"""


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
            "workout-timer: there is a built-in routine called “core-for-runners” (Core for runners); "
            "import it with --as ANOTHER-ID, --keep-both, or --replace it with yours\n"
        )
    return code == 0
