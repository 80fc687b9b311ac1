"""Turning the daily reminder on and off from the app: the setting, the autostart entry that starts the
reminder at each login, and the reminder's process started at once (so it works from today on)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QProcess

from workout_timer.domain.common.atomic_file import save_text
from workout_timer.domain.common.failures import plain_words
from workout_timer.domain.common.language import _
from workout_timer.domain.desktop.reminders import (
    autostart_entry,
    autostart_file_name,
    done_on_setting,
    time_text,
    unsupported,
)
from workout_timer.qt.common.settings import Settings

Starter = Callable[[str, Sequence[str]], object]


def _start_detached(program: str, arguments: Sequence[str]) -> bool:
    started = QProcess.startDetached(program, list(arguments))
    return bool(started[0] if isinstance(started, tuple) else started)


def apply_reminder(
    settings: Settings,
    on: bool,
    at: dt.time,
    command: Sequence[str],
    autostart: Path,
    now: dt.datetime | None = None,
    start: Starter | None = None,
    platform: str = sys.platform,
) -> str:
    """Set the reminder as asked; returns what to tell the user (what was done, or why it couldn't be)."""
    entry = autostart / autostart_file_name()
    if not on:
        settings.reminder = False
        try:
            entry.unlink(missing_ok=True)
        except OSError as error:
            # Translators: {entry} is the file that starts the reminder at login, {reason} says why.
            off = _("The reminder is off, but its entry {entry} can't be removed: {reason}.")
            return off.format(entry=entry, reason=plain_words(error))
        return _("The daily reminder is off.")
    problem = unsupported(platform)
    if problem:
        return problem
    try:
        save_text(entry, autostart_entry(command))
    except OSError as error:
        # Translators: {entry} is the file that starts the reminder at login, {reason} says why.
        return _("The reminder can't be set: {entry} can't be written ({reason}).").format(
            entry=entry, reason=plain_words(error)
        )
    moment = now if now is not None else dt.datetime.now()
    done = done_on_setting(moment, at)
    settings.set_values(
        {"reminder/time": time_text(at), "reminder/done_on": done.isoformat() if done else "", "reminder/on": True}
    )
    if not (start or _start_detached)(command[0], [*command[1:], "remind"]):
        # Translators: {time} is the reminder's time of day, "18:30".
        later = _("You'll be reminded each day at {time}, unless today's goal is met by then. "
                  "The reminder starts with your next login.")  # fmt: skip
        return later.format(time=time_text(at))
    # Translators: {time} is the reminder's time of day, "18:30".
    return _("You'll be reminded each day at {time}, unless today's goal is met by then.").format(time=time_text(at))
