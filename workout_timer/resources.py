"""Where the files that ship with the app are: built-in routines, the exercise catalogue, sounds.

In an installed wheel they live inside the package (`workout_timer/data/`); in a source checkout they
are the top-level `routines/` and `assets/` folders. Everything else asks this module.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """The folder of shipped files called `name` ("routines" or "assets")."""
    packaged = files("workout_timer").joinpath("data", name)
    if isinstance(packaged, Path) and packaged.is_dir():  # an installed wheel: a folder on disk
        return packaged
    return _CHECKOUT / name


def routines_dir() -> Path:
    return data_dir("routines")


def assets_dir() -> Path:
    return data_dir("assets")


def catalogue_path() -> Path:
    return routines_dir() / "exercises.yaml"


def schema_text() -> str:
    """The JSON Schema of routine format v1, as shipped in the package."""
    return files("workout_timer").joinpath("routine.schema.json").read_text(encoding="utf-8")
