"""The built-in routines as read when the app was built, shipped with it: the very first start (no
cache of the user's yet) lists them without loading the YAML reader or reading a file.

The file holds, for each language the app speaks, every built-in routine's entry with a checksum of
its file; and, for all of them, checksums of what they were read with: the exercise catalogue, that
language's two catalogues (the app's words and the content's) and the domain's code. Checksums, not
dates: an installed copy has dates of its own. An entry is taken only while all of these match and its
own file is unchanged; any other file is read as usual. The file is a pickle, read by an unpickler that
builds nothing but the domain's own classes and paths, so a damaged or foreign file can neither run
code nor be taken; one that can't be read is ignored, and the routines are read from their files.
"""

from __future__ import annotations

import dataclasses
import io
import os
import pickle
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workout_timer.domain.common import content, language

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from workout_timer.domain.library.entry import Entry

FORMAT = 1
_CODE = Path(__file__).resolve().parents[1]
"""The domain's code: a change to any module that shapes an entry makes the shipped entries stale."""
_PLACE = Path("/")
"""Where a shipped entry's file is said to be until it is taken (the built-in folder is the user's own)."""
Shipped = dict[str, tuple[int, "Entry"]]
"""Each built-in routine's file name, with its file's checksum and its entry."""


def checksum(path: Path) -> int | None:
    """A checksum of the file's bytes (None: it can't be read)."""
    try:
        return zlib.crc32(path.read_bytes())
    except OSError:
        return None


def _code_checksum() -> int:
    total = 0
    for folder, dirs, files in os.walk(_CODE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(f for f in files if f.endswith(".py")):
            path = Path(folder, name)
            total = zlib.crc32(path.relative_to(_CODE).as_posix().encode(), total)
            total = zlib.crc32(path.read_bytes(), total)
    return total


def catalogue_files() -> list[Path]:
    """The translations the entries are in: the app's words (messages) and the content's (built-in routines)."""
    return [language.catalogue_file(), content.catalogue_file()]


def fingerprint(catalogue_path: Path) -> tuple[object, ...]:
    """What every entry depends on, in the language in use, by content."""
    return (
        FORMAT,
        language.current(),
        checksum(catalogue_path),
        *(checksum(path) for path in catalogue_files()),
        _code_checksum(),
    )


_PATHLIB = ("pathlib", "pathlib._local")
"""Where paths' classes are said to be (Python 3.13 pickles them as `pathlib._local`'s)."""


class _DomainOnly(pickle.Unpickler):
    """Builds the domain's classes (dataclasses and enums) and paths, nothing else: no function is called."""

    def find_class(self, module: str, name: str) -> type:
        if module in _PATHLIB and name in ("PosixPath", "WindowsPath", "PurePosixPath", "PureWindowsPath"):
            return super().find_class(module, name)  # type: ignore[no-any-return]
        if module.startswith("workout_timer.domain.") and not name.startswith("_"):
            found = super().find_class(module, name)
            if isinstance(found, type) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"not a class of the domain: {module}.{name}")


def safe_loads(data: bytes) -> object:
    """A pickle of the domain's data, built without calling anything but the domain's classes."""
    return _DomainOnly(io.BytesIO(data)).load()


def read(path: Path, catalogue_path: Path) -> Shipped:
    """The shipped entries for the language in use, when they were read with what is here now; else none."""
    try:
        stored: Any = safe_loads(path.read_bytes())
        stored_format, languages = stored
        if stored_format != FORMAT or not isinstance(languages, dict):
            return {}
        stored_model, files = languages.get(language.current(), (None, {}))
    except Exception:  # missing, damaged or foreign: the files are read instead
        return {}
    return dict(files) if isinstance(files, dict) and stored_model == fingerprint(catalogue_path) else {}


def take(shipped: Shipped, path: Path) -> Entry | None:
    """The shipped entry of the built-in routine at `path`, if its file is the one that was read, placed there."""
    found = shipped.get(path.name)
    if found is None or checksum(path) != found[0]:
        return None
    entry = found[1]
    routine = entry.routine
    if routine is not None:
        routine = dataclasses.replace(routine, path=str(path))
    return dataclasses.replace(entry, path=path, routine=routine)


def placed_at(entry: Entry) -> Path:
    return _PLACE / entry.path.name


def write(path: Path, entries_by_language: dict[str, Iterable[Entry]], fingerprints: dict[str, object]) -> None:
    """Ship `entries_by_language` (the built-in entries read in each language, with the fingerprint each was
    read with) to `path`. An entry's file is named by its file name alone: the folder is the installed one."""
    languages: dict[str, tuple[object, Shipped]] = {}
    for code, entries in entries_by_language.items():
        files: Shipped = {}
        for entry in entries:
            if entry.routine is None or entry.problems:
                continue  # (a built-in routine that does not load is a bug the tests catch: read it as usual)
            crc = checksum(entry.path)
            if crc is not None:
                placed = dataclasses.replace(entry.routine, path=str(placed_at(entry)))
                files[entry.path.name] = (crc, dataclasses.replace(entry, path=placed_at(entry), routine=placed))
        languages[code] = (fingerprints[code], files)
    data = pickle.dumps((FORMAT, languages), protocol=4)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_bytes(data)
    partial.replace(path)


def build(path: Path, catalogue_path: Path, read_all: Callable[[], Iterable[Entry]]) -> None:
    """Read the built-in routines (`read_all`, afresh each time) in every language the app speaks, and ship
    them to `path`."""
    before = language.current_locale()
    entries: dict[str, Iterable[Entry]] = {}
    fingerprints: dict[str, object] = {}
    try:
        for code in language.shipped():
            language.use(code)
            entries[code] = list(read_all())
            fingerprints[code] = fingerprint(catalogue_path)
    finally:
        language.use(before)
    write(path, entries, fingerprints)
