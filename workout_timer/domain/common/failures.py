"""What went wrong, in plain words: for the errors nobody planned for, told to a person, not a programmer."""

from __future__ import annotations

import errno

from workout_timer.domain.common.atomic_file import NotARegularFile

_BY_ERRNO = {
    errno.EACCES: "the app is not allowed to use {place}",
    errno.EPERM: "the app is not allowed to use {place}",
    errno.EROFS: "{place} is on a disk that can only be read",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.ENOENT: "{place} does not exist",
    errno.ENOTDIR: "a part of the path to {place} is a file, not a folder",
    errno.EISDIR: "{place} is a folder, not a file",
    errno.ENAMETOOLONG: "the name {place} is too long",
    errno.EIO: "the disk could not read or write {place}",
}


def plain_words(error: BaseException) -> str:
    """One sentence (no full stop) for what failed: file problems by their cause, anything else by its text."""
    if isinstance(error, NotARegularFile):
        return f"“{error.filename}”: {error.strerror}" if error.filename else str(error.strerror)
    if isinstance(error, OSError) and error.errno in _BY_ERRNO:
        place = f"“{error.filename}”" if error.filename else "the file"
        return _BY_ERRNO[error.errno].format(place=place)
    if isinstance(error, MemoryError):
        return "the computer ran out of memory"
    text = str(error).strip()
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror + (f": “{error.filename}”" if error.filename else "")
    name = type(error).__name__
    return f"an unexpected error ({name}: {text})" if text else f"an unexpected error ({name})"


def as_sentence(text: str) -> str:
    """`text` as a sentence on its own: a full stop last, unless it ends in one already.
    For the words other programs give ("Connection to speech-dispatcher failed"), shown beside the app's."""
    text = text.strip()
    if not text:
        return ""
    return text if text[-1] in ".!?…" else text + "."
