"""A copy of the loaded library kept between runs and between reloads, so only files that changed are read.

Each routine is kept with the stamp of its file (size, modification time, inode, change time): a
file whose stamp is unchanged is taken from the copy, any other is read afresh, and a removed file is
forgotten. The whole copy also depends on the exercise catalogue, the model code that built it and the
locale its messages and built-in routines are written in (`language.current_locale`, the region too: durations
read "30 sec" in the US, "30 secs" in Britain), and that language's two catalogues: a change to any,
or a new version of the app, reads every file again. With 1,000 routines, saving one of them re-reads that
one file. The cache only ever saves time: one that can't be read or
written is ignored. A built-in routine it does not hold yet (the very first start) is taken from the
entries shipped with the app when its file is the one they were read from (`shipped_library`).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workout_timer.domain.common import language
from workout_timer.domain.library import shipped_library
from workout_timer.domain.library.shipped_library import catalogue_files

if TYPE_CHECKING:
    from workout_timer.domain.library.entry import Entry, Source

FORMAT = 2
Fingerprint = tuple[object, ...]
Stamp = tuple[int, int, int, int] | None
Key = tuple[str, str]
"""A file's path and the source (built-in, user) it was listed under."""
_MODEL_CODE = Path(__file__).resolve().parents[1]
"""The domain's code, every package of it: a change to any module that shapes an entry makes the cache stale."""


def _code() -> list[str]:
    """The domain's modules (walked with `os`: pathlib's glob and a Path for each cost a start 2 ms more)."""
    found: list[str] = []
    for folder, _folders, files in os.walk(_MODEL_CODE):
        found.extend(os.path.join(folder, name) for name in files if name.endswith(".py"))  # noqa: PTH118
    return sorted(found)


def stamp(path: Path | str) -> Stamp:
    """What changes when a file is written, replaced or removed (None: it can't be looked at)."""
    try:
        info = os.stat(path)  # noqa: PTH116 (a name as well as a Path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino, info.st_ctime_ns)


class LibraryCache:
    """One pickle file in the user's cache folder, and its copy in memory, holding each file's entry."""

    def __init__(self, path: Path, shipped: Path | None = None) -> None:
        self.path = path
        self.shipped = shipped
        """The built-in entries read when the app was built (`shipped_library`), if there are any."""
        self._model: Fingerprint | None = None
        self._files: dict[Key, tuple[Stamp, Entry]] = {}
        self.reads = 0
        """How many files the last `entries` call had to read (the rest came from the cache)."""

    @staticmethod
    def fingerprint(depends_on: Iterable[Path]) -> Fingerprint:
        """What every cached entry depends on: these files (the catalogue) and the model code."""
        return (
            FORMAT,
            sys.version_info[:2],
            language.current_locale(),
            *((str(path), stamp(path)) for path in [*map(str, depends_on), *map(str, catalogue_files()), *_code()]),
        )

    def entries(
        self, files: list[tuple[Path, Source]], load: Callable[[Path, Source], Entry], depends_on: Iterable[Path]
    ) -> list[Entry]:
        """The entries of `files`, in order: from the cache where a file is unchanged, else `load`ed."""
        depends_on = list(depends_on)
        model = self.fingerprint(depends_on)
        if model != self._model:
            self._model, self._files = model, self._read(model)
        kept: dict[Key, tuple[Stamp, Entry]] = {}
        found: list[Entry] = []
        shipped: shipped_library.Shipped | None = None
        self.reads = 0
        for path, source in files:
            key = (str(path), source.value)
            now = stamp(path)
            cached = self._files.get(key)
            if cached is not None and now is not None and cached[0] == now:
                entry = cached[1]
            else:
                taken = None
                if source.value == "built-in":  # (the first start: the entries read when the app was built)
                    shipped = self._shipped(depends_on) if shipped is None else shipped
                    taken = shipped_library.take(shipped, path)
                if taken is not None:
                    entry = taken
                else:
                    entry = load(path, source)
                    self.reads += 1
            kept[key] = (now, entry)
            found.append(entry)
        if self.reads or kept.keys() != self._files.keys():
            self._files = kept
            self._write(model, kept)
        return found

    def _shipped(self, depends_on: Iterable[Path]) -> shipped_library.Shipped:
        catalogue = next(iter(depends_on), None)
        if self.shipped is None or catalogue is None:
            return {}
        return shipped_library.read(self.shipped, catalogue)

    def _read(self, model: Fingerprint) -> dict[Key, tuple[Stamp, Entry]]:
        try:
            stored: Any = shipped_library.safe_loads(self.path.read_bytes())
            stored_model, files = stored
        except Exception:  # missing, truncated, or from an older model: read the files instead
            return {}
        return dict(files) if stored_model == model and isinstance(files, dict) else {}

    def _write(self, model: Fingerprint, files: dict[Key, tuple[Stamp, Entry]]) -> None:
        """Store the entries atomically: a reader sees the old cache or the new one, never half."""
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}.partial")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(pickle.dumps((model, files), protocol=pickle.HIGHEST_PROTOCOL))
            partial.replace(self.path)
        except OSError:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
