"""The app's log: a file in the user's log folder, and the terminal too with `--verbose`.

Qt-free, so the command line and the app set it up the same way. Unexpected errors are written here
with their traceback; what the user is told stays short and plain.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

from workout_timer.domain.common.language import _
from workout_timer.domain.common.paths import user_log_dir

LOGGER = "workout_timer"
FILE_NAME = "workout-timer.log"
MAX_BYTES = 512 * 1024
BACKUPS = 2
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path() -> Path:
    return user_log_dir() / FILE_NAME


def setup(verbose: bool = False) -> Path | None:
    """Send the app's records to the log file (and to stderr when `verbose`); the file, or None if unwritable.

    Safe to call again (the handlers are replaced). The folder and the file are made at the first record, so a
    command that notes nothing leaves no empty log folder behind. Without a log folder that can be made or written
    in, warnings and errors go to stderr instead, so nothing is lost in silence.
    """
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False
    path = log_path()
    to_file: logging.Handler | None = None
    if _can_hold(path):
        to_file = LogFile(path)
        to_file.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(to_file)
    if verbose or to_file is None:
        to_terminal = logging.StreamHandler(sys.stderr)
        to_terminal.setLevel(logging.DEBUG if verbose else logging.WARNING)
        to_terminal.setFormatter(logging.Formatter("workout-timer: %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(to_terminal)
    return path if to_file is not None else None


def _can_hold(path: Path) -> bool:
    """Whether the log file `path` can be written, its folder made first where it is missing, without making it:
    the file is writable, or else the nearest folder there is on its way can take what is missing."""
    if path.exists():
        return path.is_file() and os.access(path, os.W_OK)
    there = path.parent
    while not there.exists():
        if there.parent == there:
            return False
        there = there.parent
    return there.is_dir() and os.access(there, os.W_OK | os.X_OK)


class LogFile(logging.FileHandler):
    """The log file, kept under MAX_BYTES: a record that would take it over moves it aside (to `.1`, the
    older `.1` to `.2`, and so on up to BACKUPS) and starts a new one. The file, and its folder, are made at
    the first record.

    What `logging.handlers.RotatingFileHandler` does, without loading that module (and socket, queue and
    struct with it) on the way to the window's first paint."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)

    def _open(self) -> io.TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is None:
            try:
                self.stream = self._open()
            except OSError:  # the folder went, or became unwritable, since `setup`: not lost in silence
                if record.levelno >= logging.WARNING:
                    sys.stderr.write(f"workout-timer: {self.format(record)}\n")
                return
        try:
            if self.stream is not None and self.stream.tell() + len(self.format(record)) + 1 > MAX_BYTES:
                self._move_aside(self.stream)
        except Exception:  # as logging does: a record that can't be written never stops the app
            self.handleError(record)
            return
        super().emit(record)

    def _move_aside(self, stream: TextIO) -> None:
        """The file moved aside; the record opens a new one (FileHandler's emit)."""
        self.stream = None
        stream.close()
        current = Path(self.baseFilename)
        for number in range(BACKUPS - 1, 0, -1):
            older = current.with_name(f"{current.name}.{number}")
            if older.exists():
                older.replace(current.with_name(f"{current.name}.{number + 1}"))
        current.replace(current.with_name(f"{current.name}.1"))


def where() -> str:
    """Where the details of a problem can be read, for a message to the user."""
    for handler in logging.getLogger(LOGGER).handlers:
        if isinstance(handler, logging.FileHandler):
            return handler.baseFilename
    # Translators: where the details of a problem are when the app could not write its log file.
    return _("the terminal's output")
