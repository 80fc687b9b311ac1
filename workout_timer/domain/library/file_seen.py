"""What a file held when the app read it, to tell whether it changed on disk before the app writes it.

A routine file can be changed or deleted in another program while the app has it open. Before a save
the app looks again; a file that is not as it was read is never written over without asking.
"""

from __future__ import annotations

import errno
import hashlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from workout_timer.domain.routines.loading import read_file_bytes
from workout_timer.domain.routines.problems import LoadError


@dataclass(frozen=True)
class Seen:
    """A file as the app saw it: the digest of its bytes, or None when there was no file."""

    digest: str | None

    @classmethod
    def of(cls, data: bytes) -> Seen:
        return cls(hashlib.sha256(data).hexdigest())


NO_FILE = Seen(None)


class Change(Enum):
    """How a file on disk differs from what the app read."""

    SAME = "same"
    CHANGED = "changed"
    GONE = "gone"


def look(path: Path) -> Seen:
    """The file at `path` as it is now, read as the loader reads it (only a regular file, never past the
    size limit). Raises OSError, its `strerror` saying why, when it is there but cannot be read."""
    try:
        return Seen.of(read_file_bytes(path))
    except FileNotFoundError:
        return NO_FILE
    except LoadError as error:
        raise OSError(errno.EINVAL, error.problems[0].message, str(path)) from None


def change_since(read: Seen, now: Seen) -> Change:
    """Whether the file changed between the app's read (`read`) and now (`now`)."""
    if now == read:
        return Change.SAME
    return Change.GONE if now.digest is None else Change.CHANGED
