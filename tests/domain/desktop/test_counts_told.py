"""What the README and the software centre say the app holds is what it ships: the number of built-in routines and
of exercises (they said "seven" and "33" while it shipped eight and 43)."""

from __future__ import annotations

import re
from pathlib import Path

from workout_timer import resources
from workout_timer.domain.desktop import metainfo
from workout_timer.domain.routines.loading import load_catalogue
from workout_timer.domain.routines.routine_files import routine_files

README = Path(__file__).parents[3] / "README.md"
NUMBERS = {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def told(text: str, what: str) -> list[int]:
    """Every count of `what` in `text`: "43 exercises", "Eight built-in routines"."""
    found = re.findall(rf"\b(\d+|{'|'.join(NUMBERS)})\**\s+{what}", text, flags=re.IGNORECASE)
    return [int(n) if n.isdigit() else NUMBERS[n.lower()] for n in found]


def test_the_counts_told_are_the_counts_shipped() -> None:
    routines = len(routine_files(resources.routines_dir()))
    exercises = len(load_catalogue(resources.catalogue_path()))
    texts = {
        "README.md": README.read_text(encoding="utf-8"),
        "metainfo": " ".join([*metainfo.FEATURES, *(release.notes for release in metainfo.RELEASES)]),
    }
    for name, text in texts.items():
        assert told(text, "built-in routines") == [routines] * len(told(text, "built-in routines")), name
        assert told(text, "exercises") == [exercises] * len(told(text, "exercises")), name
        assert told(text, "built-in routines") and told(text, r"exercises\b"), f"{name} names no count to check"
