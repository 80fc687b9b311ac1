"""Where the user's own files live, from platformdirs (XDG variables are honoured on Linux)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "workout-timer"


def user_data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def user_routines_dir() -> Path:
    """The folder of the user's own routines (it may not exist yet)."""
    return user_data_dir() / "routines"
