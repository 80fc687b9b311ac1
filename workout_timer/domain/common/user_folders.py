"""Whether the user's folders can keep what the app writes there, told once when the app opens.

An unwritable home (a folder that is a file, a read-only disk, no permission) must never stop a
workout: each part of the app carries on without its files, and the user is told in one sentence
what won't be kept. The cache folder is left out: losing it only costs time.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import N_, _, in_quotes
from workout_timer.domain.common.paths import user_config_dir, user_data_dir, user_log_dir

# Translators: what the app can't keep when a folder can't be written, in "The app can't keep {listed} (…)".
FOLDERS: tuple[tuple[str, Callable[[], Path]], ...] = (
    (N_("your settings"), user_config_dir),
    (N_("your routines, your history and unsaved edits"), user_data_dir),
    (N_("the timing logs and the app's log"), user_log_dir),
)


def cant_keep(folders: tuple[tuple[str, Callable[[], Path]], ...] = FOLDERS) -> list[tuple[str, str]]:
    """What can't be kept, each with why ("your settings", "the disk is full"); empty when all is well."""
    problems = []
    for what, folder in folders:
        path = folder()
        try:
            path.mkdir(parents=True, exist_ok=True)
            if not os.access(path, os.W_OK | os.X_OK):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        except OSError as error:
            problems.append((_(what), _why(path, error)))
    return problems


def _why(path: Path, error: OSError) -> str:
    if error.errno == errno.ENOTDIR:  # name the one file in the way, not each folder under it
        for parent in (path, *path.parents):
            if parent.exists() and not parent.is_dir():
                # Translators: why a folder can't be used; {path} is a file's place, in quotes.
                return _("{path} is a file where a folder should be").format(path=in_quotes(parent))
    return plain_words(error)


def cant_keep_words(problems: list[tuple[str, str]]) -> str | None:
    """One sentence for the user, or None."""
    if not problems:
        return None
    whats = [what for what, _why in problems]
    # Translators: the last two of the things the app can't keep; each may hold commas, hence the semicolon.
    listed = (
        whats[0] if len(whats) == 1 else _("{others}; or {last}").format(others="; ".join(whats[:-1]), last=whats[-1])
    )
    reasons = "; ".join(dict.fromkeys(why for _what, why in problems))
    # Translators: {listed} is what the app can't keep ("your settings"), {reasons} why ("the disk is full").
    said = _("The app can't keep {listed} ({reasons}). Your workouts run as usual; only these are not saved.")
    return said.format(listed=listed, reasons=reasons)
