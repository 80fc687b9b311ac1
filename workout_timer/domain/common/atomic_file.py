"""Saving a file safely: whole or not at all, with the permissions the user expects.

The text goes to a temporary file in the same folder, is flushed to disk, and then replaces the old
file in one step, so a crash leaves the old file or the new one, never half of one. The file gets the
permissions any program would give it (0666 less the user's umask), or keeps the ones of the file it
replaces, so a routine saved into a shared folder can be read there. The temporary file's name is short
whatever the file's own, so any name the file system takes can be saved.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


def save_text(path: Path, text: str, private: bool = False) -> None:
    """Write `text` to `path` atomically (see the module's docstring). Raises OSError.

    `private`: readable by the user alone (0600), for the app's own files such as drafts."""
    save_bytes(path, text.encode("utf-8"), private)


def save_bytes(path: Path, data: bytes, private: bool = False) -> None:
    """Write `data` to `path` atomically, as `save_text` does. Raises OSError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file stands where the folder should be: say that, not "file exists"
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path.parent)) from None
    mode = 0o600 if private else _mode_for(path)
    handle, name = tempfile.mkstemp(prefix=".workout-timer-", suffix=".partial", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            os.fchmod(out.fileno(), mode)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, else what a new file gets under the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere: read it by setting it, and put it back at once
    os.umask(mask)
    return mask
