"""The app's log: a file in the user's log folder, and the terminal too with `--verbose`.

Qt-free, so the command line and the app set it up the same way. Unexpected errors are written here
with their traceback; what the user is told stays short and plain.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

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

    Safe to call again (the handlers are replaced). Without a writable log folder, warnings and errors
    go to stderr instead, so nothing is lost in silence.
    """
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False
    path = log_path()
    to_file: logging.Handler | None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        to_file = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        to_file = None
    else:
        to_file.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(to_file)
    if verbose or to_file is None:
        to_terminal = logging.StreamHandler(sys.stderr)
        to_terminal.setLevel(logging.DEBUG if verbose else logging.WARNING)
        to_terminal.setFormatter(logging.Formatter("workout-timer: %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(to_terminal)
    return path if to_file is not None else None


def where() -> str:
    """Where the details of a problem can be read, for a message to the user."""
    for handler in logging.getLogger(LOGGER).handlers:
        if isinstance(handler, logging.FileHandler):
            return handler.baseFilename
    return "the terminal's output"
