"""Which files in a folder are routines, and the id each one gets from its name."""

from __future__ import annotations

import re
from pathlib import Path

ROUTINE_SUFFIXES = (".yaml", ".yml")
CATALOGUE_NAME = "exercises.yaml"


def routine_id_for(path: str | Path) -> str:
    """A routine's id is its file name without the extension, tidied into lowercase-and-dashes."""
    stem = Path(path).stem.lower()
    tidy = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
    return tidy or "routine"


def routine_files(folder: Path) -> list[Path]:
    """The routine files in `folder` sorted by id; none when the folder does not exist."""
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in ROUTINE_SUFFIXES and p.name != CATALOGUE_NAME),
        key=routine_id_for,
    )
