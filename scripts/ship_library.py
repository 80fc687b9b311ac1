"""Read the built-in routines in every language the app speaks and write what was read beside the code
(`workout_timer/routines.pickle`), so the very first start lists them without reading their files.

The wheel's build runs it (`hatch_build.py`); `benchmarks/bench_cold_start.py` runs it to measure a
first start as an installed app makes it. In a source checkout without it, or with one that no longer
matches the files and code, the routines are read from their files: `python scripts/ship_library.py [OUT]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ship_library(out: Path, routines: Path | None = None) -> None:
    """Write the shipped library to `out`, read from `routines` (the checkout's built-in routines)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from workout_timer import resources
    from workout_timer.domain.library.library import Library
    from workout_timer.domain.library.shipped_library import build

    folder = routines if routines is not None else resources.routines_dir()
    catalogue = folder / resources.catalogue_path().name
    # a library for each language: one keeps its catalogue's exercises in the language it first read them in
    build(out, catalogue, lambda: Library(folder, None, catalogue).entries())


if __name__ == "__main__":
    from workout_timer import resources

    ship_library(Path(sys.argv[1]) if len(sys.argv) > 1 else resources.shipped_library_path())
