"""Where the files that ship with the app are: built-in routines, the exercise catalogue, sounds, translations.

In an installed wheel they live inside the package (`workout_timer/data/`); in a source checkout they
are the top-level `routines/` and `assets/` folders. Everything else asks this module.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder of shipped files called `name` ("routines", "programmes" or "assets").

    The package is always a folder on disk (that is how pip installs it), so this is a plain path next
    to this file; it spares every start the import of importlib.resources.
    """
    packaged = _PACKAGE / "data" / name
    if packaged.is_dir():  # an installed wheel
        return packaged
    return _PACKAGE.parent / name


def routines_dir() -> Path:
    return data_dir("routines")


def programmes_dir() -> Path:
    """The built-in programmes."""
    return data_dir("programmes")


def assets_dir() -> Path:
    return data_dir("assets")


def locale_dir() -> Path:
    """The translations: `<language>/LC_MESSAGES/workout_timer.mo` (and the `.po` it is compiled from)."""
    return _PACKAGE / "locale"


def catalogue_path() -> Path:
    return routines_dir() / "exercises.yaml"


def shipped_library_path() -> Path:
    """The built-in routines as read when the wheel was built (`domain.library.shipped_library`; `hatch_build.py`
    writes it; a source checkout has it once `scripts/ship_library.py` wrote it)."""
    return _PACKAGE / "routines.pickle"


def schema_text(name: str = "routine") -> str:
    """The JSON Schema of format v1 of routine files (or of "programme" files), as shipped in the package."""
    from importlib.resources import files

    return files("workout_timer").joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
