"""Write the desktop file and the AppStream metainfo that packagers take from `packaging/`.

They are made by the same code as `workout-timer install-desktop` writes, with Exec=workout-timer (the
command on PATH, as a distribution or Flatpak installs it). A test checks the copies are up to date;
run this after changing the app's id, name, description or releases: `.venv/bin/python scripts/make_packaging.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from workout_timer import __version__
from workout_timer.domain.desktop.identity import desktop_file_name, metainfo_file_name
from workout_timer.domain.desktop.launcher import desktop_entry
from workout_timer.domain.desktop.metainfo import metainfo

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def packaging_files() -> dict[str, str]:
    return {desktop_file_name(): desktop_entry(), metainfo_file_name(): metainfo(__version__)}


def main() -> int:
    PACKAGING.mkdir(exist_ok=True)
    for name, text in packaging_files().items():
        (PACKAGING / name).write_text(text, encoding="utf-8")
        print(f"packaging/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
