"""Saving a file safely: whole or not at all, with the permissions the user expects.

The text goes to a temporary file in the same folder, is flushed to disk, and then replaces the old
file in one step, so a crash leaves the old file or the new one, never half of one. The file gets the
permissions any program would give it (0666 less the user's umask), or keeps the ones of the file it
replaces, so a routine saved into a shared folder can be read there. The temporary file's name is short
whatever the file's own, so any name the file system takes can be saved. A pipe, a device or a
socket standing where the file would go (or a link to one) is never replaced: it is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from workout_timer.domain.common.language import _


class NotARegularFile(OSError):
    """The path names a pipe, a device or a socket (or a link to one): it is left as it is."""


class TakesNoFiles(OSError):
    """The folder is there, but no file can be made in it: the system's own files, such as /proc, where the system
    says "no such file" of the file it was asked to make."""


def special_kind(mode: int) -> str:
    """What a file that is not a regular one (nor a folder) is, in a few words: "a pipe (FIFO)"…"""
    if stat.S_ISFIFO(mode):
        return _("a pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("a special file")


def save_text(path: Path, text: str, private: bool = False) -> None:
    """Write `text` to `path` atomically (see the module's docstring). Raises OSError.

    `private`: readable by the user alone (0600), for the app's own files such as drafts."""
    save_bytes(path, text.encode("utf-8"), private)


def save_bytes(path: Path, data: bytes, private: bool = False) -> None:
    """Write `data` to `path` atomically, as `save_text` does. Raises OSError: NotARegularFile when
    something other than a regular file (or a folder) stands at `path`."""
    refuse_special(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # something that is no folder stands where the folder should be: say what, not "exists"
        raise _not_a_folder(path) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _naming(path, error) from None
        raise
    mode = 0o600 if private else _mode_for(path)
    try:
        handle, name = tempfile.mkstemp(prefix=".workout-timer-", suffix=".partial", dir=path.parent)
    except FileNotFoundError as error:
        if path.parent.is_dir():  # there, yet "no such file": a folder that takes no new file
            raise TakesNoFiles(errno.ENOENT, os.strerror(errno.ENOENT), str(path)) from None
        raise _naming(path, error) from None
    except OSError as error:
        raise _naming(path, error) from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            os.fchmod(out.fileno(), mode)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError) and error.filename in (name, None):
            raise _naming(path, error) from None
        raise


def _not_a_folder(path: Path) -> OSError:
    """Why the folder of `path` can't be made where something stands already: links that lead round in a circle,
    or a file (named)."""
    try:
        path.parent.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return _naming(path, error)
    return NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path.parent))


def _naming(path: Path, error: OSError) -> OSError:
    """`error` naming the file asked for, `path`: not the temporary file it is written to first, which means
    nothing to the user, nor a folder the path only goes through."""
    if error.errno is None:
        return error
    return OSError(error.errno, os.strerror(error.errno), str(path))


def refuse_special(path: Path) -> None:
    """Raises NotARegularFile when `path` is (or links to) a pipe, a device or a socket: saving would put
    a regular file in its place, and as root even replace the system's /dev/null."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # nothing there (or nothing that can be looked at): the save says what fails, if anything
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        kind = special_kind(mode)
        # Translators: why a file was not saved, after its name and a colon; {kind} is "a pipe (FIFO)", "a device".
        said = _("it is {kind}, not a regular file, so it was left as it is").format(kind=kind)
        raise NotARegularFile(errno.EINVAL, said, str(path))


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
