"""A copy of the loaded library kept between runs, so the app opens without parsing YAML when nothing changed.

The copy is keyed by a fingerprint of every file it came from (path, size, modification time) and of
the model code that built it, so an edited, added or removed routine, or a new version of the app, is
always read afresh. The cache only ever saves time: one that can't be read or written is ignored.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .library import Entry

FORMAT = 1
Fingerprint = tuple[object, ...]
_MODEL_CODE = Path(__file__).resolve().parent


class LibraryCache:
    """One pickle file in the user's cache folder holding the entries and their fingerprint."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @staticmethod
    def fingerprint(files: Iterable[Path]) -> Fingerprint:
        """What must be unchanged for a cached library to equal a fresh one: the files and the model code."""
        stamps: list[object] = [FORMAT, sys.version_info[:2]]
        for path in [*files, *sorted(_MODEL_CODE.glob("*.py"))]:
            try:
                info = path.stat()
            except OSError:
                stamps.append((str(path), None))
            else:
                stamps.append((str(path), info.st_size, info.st_mtime_ns))
        return tuple(stamps)

    def get(self, key: Fingerprint) -> list[Entry] | None:
        """The cached entries if they were made from exactly these files, else None."""
        try:
            stored_key, entries = pickle.loads(self.path.read_bytes())
        except Exception:  # missing, truncated, or from an older model: read the files instead
            return None
        return list(entries) if stored_key == key else None

    def put(self, key: Fingerprint, entries: list[Entry]) -> None:
        """Store the entries atomically: a reader sees the old cache or the new one, never half."""
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}.partial")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(pickle.dumps((key, tuple(entries)), protocol=pickle.HIGHEST_PROTOCOL))
            partial.replace(self.path)
        except OSError:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
