"""Which files in a folder are routines, and the id each one gets from its name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

ROUTINE_SUFFIXES = (".yaml", ".yml")
CATALOGUE_NAME = "exercises.yaml"


def routine_id_for(path: str | Path) -> str:
    """A routine's id is its file name without the extension, tidied into lowercase-and-dashes."""
    return slug(Path(path).stem) or "routine"


def slug(name: str) -> str:
    """Lowercase words joined by dashes, as ids are written: "Core for Runners!" is core-for-runners."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:50].strip("-")


def free_id(name: str, taken: Iterable[str], fallback: str) -> str:
    """An id made from `name` that is none of `taken`: "plank", else "plank-2", "plank-3"… Letters beyond a to z
    are written as the language would in plain letters ("Aufwärmen" is aufwaermen, "Übung" is uebung, "Café" is
    cafe), not dropped ("aufw-rmen"); an existing file's id stays as `routine_id_for` reads it."""
    base = slug(plain_letters(name)) or fallback
    taken = set(taken)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def plain_letters(text: str) -> str:
    """`text` in the letters a to z where it can be: German's umlauts and ß spelled out, other accents dropped."""
    spelled = unicodedata.normalize("NFKD", text.translate(_SPELLED))
    return "".join(letter for letter in spelled if not unicodedata.combining(letter))


def routine_files(folder: Path) -> list[Path]:
    """The routine files in `folder` sorted by id; none when the folder does not exist.

    Files of the same id ("My Core.yml", "my-core.yaml") come in one order whatever order the folder lists them
    in: first the one named as the app names it (`my-core.yaml`), then the others by name. The first is the one
    a search by id finds."""
    if not folder.is_dir():
        return []
    return sorted(
        (p for p in folder.iterdir() if p.suffix.lower() in ROUTINE_SUFFIXES and p.name != CATALOGUE_NAME),
        key=_order,
    )


def _order(path: Path) -> tuple[str, bool, str]:
    ident = routine_id_for(path)
    return ident, path.name != f"{ident}.yaml", path.name
