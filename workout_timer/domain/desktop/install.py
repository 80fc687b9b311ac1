"""`workout-timer install-desktop`: the launcher, the metainfo and the icons in the user's data folder.

The files go where the XDG base directory spec says the user's own applications live
(`$XDG_DATA_HOME`, else `~/.local/share`): `applications/`, `metainfo/` and `icons/hicolor/`.
Uninstalling removes exactly those files, whichever sizes an older install put there.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from workout_timer.domain.common.atomic_file import save_text
from workout_timer.domain.desktop.identity import desktop_file_name, icon_paths, metainfo_file_name
from workout_timer.domain.desktop.launcher import desktop_entry
from workout_timer.domain.desktop.metainfo import metainfo


@dataclass(frozen=True)
class Placed:
    """One file install-desktop puts in place: its path under the data folder, and its text or its source."""

    relative: PurePosixPath
    text: str | None = None
    source: Path | None = None


def desktop_files(command: Sequence[str], version: str, assets: Path) -> list[Placed]:
    """Every file the desktop needs, for the app run by `command`; the icons come from `assets`."""
    return [
        Placed(PurePosixPath("applications") / desktop_file_name(), text=desktop_entry(command)),
        Placed(PurePosixPath("metainfo") / metainfo_file_name(), text=metainfo(version)),
        *(Placed(path, source=assets / path) for path in icon_paths()),
    ]


def data_home(environ: Mapping[str, str], home: Path) -> Path:
    """`$XDG_DATA_HOME` when it is set to an absolute path (the spec ignores a relative one), else ~/.local/share."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return home / ".local" / "share"


def default_data_home() -> Path:
    return data_home(os.environ, Path.home())


def install(files: Sequence[Placed], folder: Path) -> list[Path]:
    """Put `files` under `folder`; returns their paths. Raises OSError (a file already written stays)."""
    written = []
    for placed in files:
        target = folder / placed.relative
        if placed.text is not None:
            save_text(target, placed.text)
        elif placed.source is not None:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.partial")
            shutil.copyfile(placed.source, partial)
            partial.replace(target)
        written.append(target)
    return written


def uninstall(folder: Path) -> list[Path]:
    """Remove what `install` puts under `folder`; returns the paths removed (none when nothing was there)."""
    relatives = [
        PurePosixPath("applications") / desktop_file_name(),
        PurePosixPath("metainfo") / metainfo_file_name(),
        *icon_paths(),
    ]
    removed = []
    for relative in relatives:
        target = folder / relative
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        removed.append(target)
    return removed
